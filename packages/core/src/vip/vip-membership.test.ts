import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { issueCardNumber } from '../membership/card-number.js';
import { cancelVipOrder, confirmVipOrder, openVipOrder } from './order.js';
import { counterQuote, redemptionQuote } from './counter.js';
import {
  currentVipTerm,
  vipCardStatus,
  vipMembershipAfterCancel,
  vipMembershipAfterPayment,
  vipMembershipYear,
  VipMembership,
} from './vip-membership.js';
import * as z from 'zod/mini';
import type { Offer } from '../merchants/offer.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e.code;
    throw e;
  }
  return undefined;
}

const ids = (n: number) => ({
  membershipId: `vip_${n}`,
  cardId: `card_v${n}`,
  cardNumber: issueCardNumber('622', 900 + n),
});

function buy(id: string, day: string, current?: VipMembership) {
  const now = `${day}T02:00:00.000Z`;
  const term = currentVipTerm(current, day);
  const order = openVipOrder({ id, memberId: 'mbr_1', branchId: 'br_north', now, today: day, current: term });
  const paid = confirmVipOrder(order, { paymentReference: `PAY-${id}`, now, today: day, current: term });
  return { paid, ...vipMembershipAfterPayment(current, paid, ids(Number(id.slice(4))), day) };
}

describe('VIP membership', () => {
  it('starts with a VIP card on the day it is paid, and is active, in grace, then expired', () => {
    const { membership, started } = buy('vor_1', '2026-06-01');
    expect(started).toBe(true);
    expect(z.safeParse(VipMembership, membership).success).toBe(true);
    expect(membership.card).toMatchObject({ tier: 'vip', status: 'active', issuedOn: '2026-06-01' });
    expect(vipCardStatus(undefined, '2026-06-01')).toBe('not-vip');
    expect(vipCardStatus(membership, '2026-05-31')).toBe('not-vip');
    expect(vipCardStatus(membership, '2027-05-31')).toBe('active');
    expect(vipCardStatus(membership, '2027-06-01')).toBe('grace');
    expect(vipCardStatus(membership, '2027-06-10')).toBe('grace');
    expect(vipCardStatus(membership, '2027-06-11')).toBe('expired');
  });

  it('extends the same membership and card when renewed in grace; starts a new one after expiry', () => {
    const first = buy('vor_1', '2026-06-01').membership;
    const renewed = buy('vor_2', '2027-06-05', first);
    expect(renewed.started).toBe(false);
    expect(renewed.membership).toMatchObject({ id: first.id, activeUntil: '2028-05-31', orderIds: ['vor_1', 'vor_2'] });
    expect(renewed.paid.kind).toBe('renewal');
    const late = buy('vor_3', '2027-06-11', first);
    expect(late.started).toBe(true);
    expect(late.membership).toMatchObject({ id: 'vip_3', memberSince: '2027-06-11' });
    expect(late.paid.kind).toBe('renewal');
  });

  it('cancels the card today when the running year is cancelled, and takes off a renewal not yet started', () => {
    const first = buy('vor_1', '2026-06-01');
    const cancelled = vipMembershipAfterCancel(
      first.membership,
      cancelVipOrder(first.paid, { now: '2026-09-01T00:00:00.000Z', today: '2026-09-01' }),
      '2026-09-01',
    );
    expect(cancelled.card.status).toBe('cancelled');
    expect(vipCardStatus(cancelled, '2026-09-01')).toBe('cancelled');
    expect(currentVipTerm(cancelled, '2026-09-01')).toBeUndefined();

    const renewal = buy('vor_2', '2027-05-01', first.membership);
    const back = vipMembershipAfterCancel(renewal.membership, renewal.paid, '2027-05-02');
    expect(back).toMatchObject({ activeUntil: '2027-05-31', validUntil: '2027-06-10', orderIds: ['vor_1'] });
    expect(codeOf(() => vipMembershipAfterCancel(renewal.membership, first.paid, '2027-05-02'))).toBe(
      'vip/order-superseded',
    );
  });
});

const offers: Offer[] = [
  { kind: 'amount', id: 'off_20', title: '滿200減20', amountOffFen: 2000, minSpendFen: 20_000 },
  { kind: 'percent', id: 'off_10', title: '9折', percentOff: 10, tiers: ['vip'] },
];

describe('counter quote', () => {
  it("gives a valid VIP card this merchant's best offer for the bill", () => {
    expect(counterQuote({ status: 'active', offers, billFen: 30_000, today: '2026-06-01' })).toMatchObject({
      offer: { id: 'off_10' },
      savingFen: 3000,
      payFen: 27_000,
    });
    expect(counterQuote({ status: 'grace', offers, billFen: 10_000, today: '2026-06-01' }).savingFen).toBe(1000);
  });

  it('gives no offer to a card that is not valid VIP', () => {
    for (const status of ['expired', 'cancelled', 'not-vip'] as const)
      expect(counterQuote({ status, offers, billFen: 30_000, today: '2026-06-01' })).toEqual({
        offer: null,
        savingFen: 0,
        payFen: 30_000,
      });
  });

  it('refuses to record for an invalid card, a bill nothing saves on and an offer that is not the best here', () => {
    const base = { offers, today: '2026-06-01', offerId: 'off_10' };
    expect(codeOf(() => redemptionQuote({ ...base, status: 'expired', billFen: 30_000 }))).toBe('vip/card-not-valid');
    expect(
      codeOf(() => redemptionQuote({ ...base, status: 'active', offers: [offers[0] as Offer], billFen: 100 })),
    ).toBe('vip/no-offer');
    expect(
      codeOf(() => redemptionQuote({ ...base, status: 'active', billFen: 30_000, offerId: 'off_elsewhere' })),
    ).toBe('vip/offer-mismatch');
    expect(redemptionQuote({ ...base, status: 'active', billFen: 30_000 }).savingFen).toBe(3000);
    expect(codeOf(() => counterQuote({ status: 'active', offers, billFen: 0, today: '2026-06-01' }))).toBe(
      'invalid-input',
    );
  });
});

describe('vipMembershipYear', () => {
  const vip = { validFrom: '2026-06-01', activeUntil: '2028-05-31' };
  it('runs from anniversary to anniversary and stays on the last paid year after it ends', () => {
    expect(vipMembershipYear(vip, '2026-06-01')).toEqual({ from: '2026-06-01', to: '2027-05-31' });
    expect(vipMembershipYear(vip, '2027-05-31')).toEqual({ from: '2026-06-01', to: '2027-05-31' });
    expect(vipMembershipYear(vip, '2027-06-01')).toEqual({ from: '2027-06-01', to: '2028-05-31' });
    expect(vipMembershipYear(vip, '2029-01-01')).toEqual({ from: '2027-06-01', to: '2028-05-31' });
    expect(vipMembershipYear(vip, '2026-01-01')).toEqual({ from: '2026-06-01', to: '2027-05-31' });
  });
});
