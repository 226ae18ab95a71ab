import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { VIP_ANNUAL_FEE_FEN } from '../fees/annual-fee.js';
import { cancelVipOrder, confirmVipOrder, openVipOrder, vipOrderStatusAt, vipRefund, vipTermFor } from './order.js';

const NOW = '2026-06-01T02:00:00.000Z';
const order = () =>
  openVipOrder({ id: 'vor_1', memberId: 'mbr_1', branchId: 'br_north', now: NOW, today: '2026-06-01' });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('VIP orders', () => {
  it('opens a pending new order for the annual fee, payable for 30 minutes', () => {
    const o = order();
    expect(o).toMatchObject({ kind: 'new', status: 'pending', amountFen: VIP_ANNUAL_FEE_FEN });
    expect(o.expiresAt).toBe('2026-06-01T02:30:00.000Z');
  });

  it('marks an order renewal when the member holds a VIP year, and refuses one more than a year ahead', () => {
    const current = { validFrom: '2025-06-10', activeUntil: '2026-06-09', validUntil: '2026-06-19' };
    expect(
      openVipOrder({ id: 'vor_2', memberId: 'mbr_1', branchId: 'br_north', now: NOW, today: '2026-06-01', current })
        .kind,
    ).toBe('renewal');
    const ahead = { validFrom: '2026-06-10', activeUntil: '2027-06-01', validUntil: '2027-06-11' };
    expect(
      codeOf(() =>
        openVipOrder({
          id: 'vor_3',
          memberId: 'mbr_1',
          branchId: 'br_north',
          now: NOW,
          today: '2026-06-01',
          current: ahead,
        }),
      ),
    ).toBe('vip/renewal-too-early');
  });

  it('reads a pending order as expired from the end of its payment window on', () => {
    const o = order();
    expect(vipOrderStatusAt(o, '2026-06-01T02:29:59.999Z')).toBe('pending');
    expect(vipOrderStatusAt(o, '2026-06-01T02:30:00.000Z')).toBe('expired');
  });

  it('confirms a pending order into a year from the day it is paid', () => {
    const paid = confirmVipOrder(order(), { paymentReference: 'PAY-1', now: NOW, today: '2026-06-01' });
    expect(paid).toMatchObject({ status: 'paid', paidAt: NOW, paymentReference: 'PAY-1' });
    expect(paid.term).toEqual({ validFrom: '2026-06-01', activeUntil: '2027-05-31', validUntil: '2027-06-10' });
  });

  it('refuses confirming twice, after the window and after cancelling, each with its own code', () => {
    const paid = confirmVipOrder(order(), { paymentReference: 'PAY-1', now: NOW, today: '2026-06-01' });
    expect(codeOf(() => confirmVipOrder(paid, { paymentReference: 'PAY-1', now: NOW, today: '2026-06-01' }))).toBe(
      'vip/order-already-paid',
    );
    expect(
      codeOf(() =>
        confirmVipOrder(order(), { paymentReference: 'PAY-1', now: '2026-06-01T02:30:00.000Z', today: '2026-06-01' }),
      ),
    ).toBe('vip/order-expired');
    const cancelled = cancelVipOrder(order(), { now: NOW, today: '2026-06-01' });
    expect(cancelled).toMatchObject({ status: 'cancelled', refundFen: 0 });
    expect(codeOf(() => confirmVipOrder(cancelled, { paymentReference: 'PAY-1', now: NOW, today: '2026-06-01' }))).toBe(
      'vip/order-cancelled',
    );
    expect(codeOf(() => cancelVipOrder(cancelled, { now: NOW, today: '2026-06-01' }))).toBe('vip/order-cancelled');
  });

  it('refuses a blank payment reference as invalid input', () => {
    expect(codeOf(() => confirmVipOrder(order(), { paymentReference: ' ', now: NOW, today: '2026-06-01' }))).toBe(
      'invalid-input',
    );
  });

  it('continues a renewal paid while the card is valid right after the current year, losing no day', () => {
    const current = { validFrom: '2025-06-10', activeUntil: '2026-06-09', validUntil: '2026-06-19' };
    expect(vipTermFor('2026-06-01', current)).toEqual({
      validFrom: '2026-06-10',
      activeUntil: '2027-06-09',
      validUntil: '2027-06-19',
    });
    expect(vipTermFor('2026-06-19', current).validFrom).toBe('2026-06-10');
    expect(vipTermFor('2026-06-20', current).validFrom).toBe('2026-06-20');
  });

  it('refunds the unused days by proratedFee, nothing for the grace days, never more than was paid', () => {
    const term = { validFrom: '2026-06-01', activeUntil: '2027-05-31', validUntil: '2027-06-10' };
    expect(vipRefund({ amountFen: VIP_ANNUAL_FEE_FEN, term }, '2027-03-02')).toBe(9100);
    expect(vipRefund({ amountFen: VIP_ANNUAL_FEE_FEN, term }, '2027-05-31')).toBe(100);
    expect(vipRefund({ amountFen: VIP_ANNUAL_FEE_FEN, term }, '2027-06-01')).toBe(0);
    expect(vipRefund({ amountFen: VIP_ANNUAL_FEE_FEN, term }, '2026-05-01')).toBe(VIP_ANNUAL_FEE_FEN);
    const leap = { validFrom: '2027-06-01', activeUntil: '2028-05-31', validUntil: '2028-06-10' };
    expect(vipRefund({ amountFen: VIP_ANNUAL_FEE_FEN, term: leap }, '2027-06-01')).toBe(VIP_ANNUAL_FEE_FEN);
  });

  it('cancels a paid order with its refund', () => {
    const paid = confirmVipOrder(order(), { paymentReference: 'PAY-1', now: NOW, today: '2026-06-01' });
    const cancelled = cancelVipOrder(paid, { now: '2027-03-02T02:00:00.000Z', today: '2027-03-02' });
    expect(cancelled).toMatchObject({ status: 'cancelled', refundFen: 9100, cancelledAt: '2027-03-02T02:00:00.000Z' });
  });
});
