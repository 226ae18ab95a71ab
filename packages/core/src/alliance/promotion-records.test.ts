import { describe, expect, it } from 'vitest';
import { ClubError } from '../shared/errors.js';
import { AllianceErrorCode } from './errors.js';
import {
  enrolInPromotion,
  newPromotion,
  payPromotionReward,
  type NewPromotion,
  type PromotionEnrolment,
} from './promotion-records.js';

const now = '2026-12-01T02:00:00.000Z';
const body: NewPromotion = {
  centreId: 'ctr_baoding',
  title: '冬季有獎訂貨',
  from: '2026-12-01',
  to: '2026-12-31',
  rewardFen: 50_000,
};
const promotion = newPromotion(body, { id: 'prm_winter', now });
const member: Parameters<typeof enrolInPromotion>[1] = {
  id: 'dlr_qingyuan',
  centreId: 'ctr_baoding',
  salespersonId: 'slp_li',
  admittedOn: '2026-12-10',
  revocation: null,
};
const revokedOn = (on: string) => ({ ...member, revocation: { on, reasons: ['counterfeit' as const] } });

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClubError) return e.code;
    throw e;
  }
  throw new Error('expected a refusal');
}
const enrol = (dealer = member, today = '2026-12-15', enrolments: PromotionEnrolment[] = []) =>
  enrolInPromotion(promotion, dealer, enrolments, { id: 'pen_1', today, now });

describe('newPromotion', () => {
  it('keeps the reward in fen and no description when none is given', () => {
    expect(promotion).toEqual({ ...body, id: 'prm_winter', description: null, createdAt: now });
  });

  it('takes a one-day promotion whose last day is its first', () => {
    expect(newPromotion({ ...body, to: body.from }, { id: 'prm_day', now }).to).toBe('2026-12-01');
  });

  it('refuses a period that ends before it starts', () => {
    expect(code(() => newPromotion({ ...body, to: '2026-11-30' }, { id: 'prm_x', now }))).toBe('invalid-input');
  });

  it('refuses a promotion that gives neither money nor a described reward', () => {
    expect(code(() => newPromotion({ ...body, rewardFen: 0 }, { id: 'prm_x', now }))).toBe('invalid-input');
    expect(code(() => newPromotion({ ...body, rewardFen: 0, description: '  ' }, { id: 'prm_x', now }))).toBe(
      'invalid-input',
    );
    const inKind = newPromotion({ ...body, rewardFen: 0, description: '每訂100箱贈10箱' }, { id: 'prm_k', now });
    expect(inKind).toMatchObject({ rewardFen: 0, description: '每訂100箱贈10箱' });
  });
});

describe('enrolInPromotion', () => {
  it('enrols a member on the day it is admitted, under its salesperson, with no reward yet', () => {
    expect(enrol(member, '2026-12-10')).toEqual({
      id: 'pen_1',
      promotionId: 'prm_winter',
      centreId: 'ctr_baoding',
      dealerId: 'dlr_qingyuan',
      salespersonId: 'slp_li',
      enrolledOn: '2026-12-10',
      reward: null,
      createdAt: now,
    });
  });

  it('refuses a dealer the day before it is admitted, and one that never qualified', () => {
    expect(code(() => enrol(member, '2026-12-09'))).toBe(AllianceErrorCode.notAMember);
    expect(code(() => enrol({ ...member, admittedOn: null }))).toBe(AllianceErrorCode.notAMember);
  });

  it('refuses a member revoked that day or the day before, and takes one revoked the day after', () => {
    expect(code(() => enrol(revokedOn('2026-12-15')))).toBe(AllianceErrorCode.notAMember);
    expect(code(() => enrol(revokedOn('2026-12-14')))).toBe(AllianceErrorCode.notAMember);
    expect(enrol(revokedOn('2026-12-16')).enrolledOn).toBe('2026-12-15');
  });

  it('refuses a member of another sales centre', () => {
    expect(code(() => enrol({ ...member, centreId: 'ctr_changshu' }))).toBe(AllianceErrorCode.notAMember);
  });

  it('takes enrolments on the first and the last day of the period only', () => {
    const early = { ...member, admittedOn: '2026-01-01' };
    expect(enrol(early, '2026-12-01').enrolledOn).toBe('2026-12-01');
    expect(enrol(early, '2026-12-31').enrolledOn).toBe('2026-12-31');
    expect(code(() => enrol(early, '2026-11-30'))).toBe(AllianceErrorCode.outsidePromotionPeriod);
    expect(code(() => enrol(early, '2027-01-01'))).toBe(AllianceErrorCode.outsidePromotionPeriod);
  });

  it('refuses a second enrolment of the same dealer, but not one in another promotion', () => {
    const first = enrol();
    expect(code(() => enrol(member, '2026-12-20', [first]))).toBe(AllianceErrorCode.alreadyEnrolled);
    expect(enrol(member, '2026-12-20', [{ ...first, promotionId: 'prm_other' }]).dealerId).toBe('dlr_qingyuan');
  });
});

describe('payPromotionReward', () => {
  const enrolment = enrol();
  const pay = (dealer = member, today = '2027-01-05', e = enrolment) =>
    payPromotionReward(promotion, e, dealer, { today });

  it('pays a member still in the alliance the promotion’s reward, after the period too', () => {
    expect(pay().reward).toEqual({ paidOn: '2027-01-05', amountFen: 50_000 });
  });

  it('pays none to a dealer revoked on the pay day or before it, and pays one revoked the day after', () => {
    expect(code(() => pay(revokedOn('2027-01-05')))).toBe(AllianceErrorCode.notAMember);
    expect(code(() => pay(revokedOn('2027-01-04')))).toBe(AllianceErrorCode.notAMember);
    expect(pay(revokedOn('2027-01-06')).reward?.amountFen).toBe(50_000);
  });

  it('refuses to pay the same enrolment twice', () => {
    expect(code(() => pay(member, '2027-01-06', pay()))).toBe(AllianceErrorCode.rewardAlreadyPaid);
  });
});
