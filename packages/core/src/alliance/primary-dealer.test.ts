import { describe, expect, it } from 'vitest';
import { isClubError, type ClubError } from '../shared/errors.js';
import { wasMemberOn, type Dealer } from './network.js';
import {
  firstPrimaryDealer,
  primaryDealerOn,
  primaryDealership,
  replacePrimaryDealer,
  type NewPrimaryReplacement,
} from './primary-dealer.js';

function errorOf(run: () => unknown): ClubError {
  try {
    run();
  } catch (e) {
    if (isClubError(e)) return e;
    throw e;
  }
  throw new Error('expected a ClubError');
}

const now = '2026-11-30T02:00:00.000Z';
const first = firstPrimaryDealer({ id: 'ctr_baoding', foundedOn: '2026-03-01' }, '保定糖酒', { id: 'pdl_1', now });

const member: Dealer = {
  id: 'dlr_qingyuan',
  centreId: 'ctr_baoding',
  countyId: 'cty_qingyuan',
  salespersonId: null,
  name: '清苑副食',
  appliedOn: '2026-04-01',
  qualification: { qualified: true, failures: [], marketShare: 0.7, networkShare: 0.8 },
  status: 'member',
  admittedOn: '2026-04-01',
  violations: [],
  revocation: null,
  createdAt: now,
  plaque: { issuedOn: '2026-04-01', withdrawnOn: null },
};

const byMember = (on: string): NewPrimaryReplacement => ({
  on,
  reason: 'short-of-funds',
  successor: { kind: 'member', dealerId: member.id },
});

const options = { id: 'pdl_2', today: '2026-11-30', now, successorDealer: member };

describe('replacePrimaryDealer', () => {
  it('develops a member dealer into the primary dealer and ends its secondary membership that day', () => {
    const { ended, successor, promoted } = replacePrimaryDealer(first, byMember('2026-11-20'), options);
    expect(ended.ended).toEqual({ on: '2026-11-20', reason: 'short-of-funds', note: null });
    expect(successor).toEqual({
      id: 'pdl_2',
      centreId: 'ctr_baoding',
      name: '清苑副食',
      dealerId: 'dlr_qingyuan',
      since: '2026-11-20',
      ended: null,
      recordedAt: now,
    });
    expect(promoted?.status).toBe('promoted');
    expect(promoted?.promotedOn).toBe('2026-11-20');
    expect(promoted && wasMemberOn(promoted, '2026-11-19')).toBe(true);
    expect(promoted && wasMemberOn(promoted, '2026-11-20')).toBe(false);
  });

  it('makes the successor primary on the replacement day itself and the replaced one until the day before', () => {
    const { ended, successor } = replacePrimaryDealer(first, byMember('2026-11-20'), options);
    expect(primaryDealerOn([ended, successor], '2026-11-19')?.name).toBe('保定糖酒');
    expect(primaryDealerOn([ended, successor], '2026-11-20')?.name).toBe('清苑副食');
    expect(primaryDealerOn([ended, successor], '2026-02-28')).toBeNull();
  });

  it('chooses another dealer by name, who comes from outside the alliance', () => {
    const { successor, promoted } = replacePrimaryDealer(
      first,
      { on: '2026-11-20', reason: 'short-of-funds', successor: { kind: 'dealer', name: '滿城商貿' } },
      { id: 'pdl_2', today: '2026-11-30', now },
    );
    expect(successor).toMatchObject({ name: '滿城商貿', dealerId: null, since: '2026-11-20' });
    expect(promoted).toBeNull();
  });

  it('dates the replacement today when no day is given', () => {
    const { successor } = replacePrimaryDealer(first, { ...byMember('2026-11-20'), on: undefined }, options);
    expect(successor.since).toBe('2026-11-30');
  });

  it('refuses a successor that is not a member on the replacement day', () => {
    expect(errorOf(() => replacePrimaryDealer(first, byMember('2026-03-31'), options)).code).toBe(
      'alliance/successor-not-a-member',
    );
    const revoked: Dealer = {
      ...member,
      status: 'revoked',
      revocation: { on: '2026-11-20', reasons: ['counterfeit'] },
    };
    expect(
      errorOf(() => replacePrimaryDealer(first, byMember('2026-11-20'), { ...options, successorDealer: revoked })).code,
    ).toBe('alliance/successor-not-a-member');
    expect(
      replacePrimaryDealer(first, byMember('2026-11-19'), { ...options, successorDealer: revoked }).promoted,
    ).not.toBeNull();
  });

  it('refuses a member of another alliance and a dealer that was not found', () => {
    const elsewhere: Dealer = { ...member, centreId: 'ctr_changshu' };
    expect(
      errorOf(() => replacePrimaryDealer(first, byMember('2026-11-20'), { ...options, successorDealer: elsewhere }))
        .code,
    ).toBe('alliance/successor-not-a-member');
    const without = { id: options.id, today: options.today, now };
    expect(errorOf(() => replacePrimaryDealer(first, byMember('2026-11-20'), without)).code).toBe(
      'alliance/successor-not-a-member',
    );
  });

  it('refuses to replace a primary dealer with itself, by dealer or by name in any width or case', () => {
    const { successor } = replacePrimaryDealer(first, byMember('2026-11-20'), options);
    const again = { ...member, status: 'member' as const };
    expect(
      errorOf(() => replacePrimaryDealer(successor, byMember('2026-12-01'), { ...options, successorDealer: again }))
        .code,
    ).toBe('alliance/same-primary-dealer');
    const byName = (name: string): NewPrimaryReplacement => ({
      on: '2026-11-20',
      reason: 'short-of-funds',
      successor: { kind: 'dealer', name },
    });
    expect(errorOf(() => replacePrimaryDealer(first, byName(' 保定糖酒 '), options)).code).toBe(
      'alliance/same-primary-dealer',
    );
    const latin = { ...first, name: 'Baoding Foods' };
    expect(errorOf(() => replacePrimaryDealer(latin, byName('ＢＡＯＤＩＮＧ foods'), options)).code).toBe(
      'alliance/same-primary-dealer',
    );
  });

  it('refuses a replacement on or before the first day of the primary dealer it replaces', () => {
    const error = errorOf(() => replacePrimaryDealer(first, byMember('2026-03-01'), options));
    expect(error.code).toBe('alliance/replacement-out-of-order');
    expect(
      replacePrimaryDealer(first, { ...byMember('2026-03-02'), successor: { kind: 'dealer', name: '新' } }, options),
    ).toBeTruthy();
  });

  it('takes any other reason only with a note saying it', () => {
    const other = { ...byMember('2026-11-20'), reason: 'other' as const };
    const error = errorOf(() => replacePrimaryDealer(first, other, options));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['note']);
    const { ended } = replacePrimaryDealer(first, { ...other, note: '不守統一供貨價' }, options);
    expect(ended.ended).toEqual({ on: '2026-11-20', reason: 'other', note: '不守統一供貨價' });
  });
});

describe('primaryDealership', () => {
  it('answers the current primary dealer, the history oldest first and who was primary on a day', () => {
    const { ended, successor } = replacePrimaryDealer(first, byMember('2026-11-20'), options);
    const answer = primaryDealership('ctr_baoding', [successor, ended], '2026-06-01');
    expect(answer.current?.id).toBe('pdl_2');
    expect(answer.history.map((t) => t.id)).toEqual(['pdl_1', 'pdl_2']);
    expect(answer.primaryOn?.id).toBe('pdl_1');
  });

  it('answers no primary dealer for a centre with none on record', () => {
    expect(primaryDealership('ctr_baoding', [], '2026-06-01')).toEqual({
      centreId: 'ctr_baoding',
      current: null,
      history: [],
      on: '2026-06-01',
      primaryOn: null,
    });
  });
});
