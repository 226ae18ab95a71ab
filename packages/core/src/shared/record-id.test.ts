// The computations over data a caller brings price, rank and count it whatever its ids look
// like: prefixed ids are what the Club API mints, not a condition for computing.
import { describe, expect, it } from 'vitest';
import { estimateYearlySavings } from '../fees/savings.js';
import { bestOffer } from '../merchants/best-offer.js';
import type { Merchant } from '../merchants/merchant.js';
import { offerSaving, type Offer } from '../merchants/offer.js';
import { searchMerchants } from '../merchants/search.js';
import { allianceStats } from '../stats/alliance-stats.js';
import { complaintStats } from '../stats/complaint-stats.js';
import { complaintOf, membershipOf } from '../stats/fixtures.js';
import { memberStats } from '../stats/member-stats.js';
import { merchantStats } from '../stats/merchant-stats.js';
import { RecordId } from './ids.js';

const DATE = '2026-11-27';
const purchase = { amountFen: 8000, tier: 'standard' as const, date: DATE };
const tenOff: Offer = { kind: 'percent', id: 'A-17', title: '會員9折', percentOff: 10 };
const twentyOff: Offer = { kind: 'amount', id: 'shop 3 / summer', title: '滿減20元', amountOffFen: 2000 };
const wash: Merchant = {
  id: 'M-1',
  name: '版納洗車',
  category: 'car-wash',
  region: 'jinghong',
  address: '景洪市宣慰大道1號',
  phone: '0691-2123456',
  offers: [tenOff, twentyOff],
};

describe('RecordId', () => {
  it.each([['A-17'], ['shop 3'], ['off_1'], ['商戶-7'], ['x'.repeat(64)]])('accepts %s', (id) => {
    expect(RecordId.safeParse(id).success).toBe(true);
  });
  it.each([[''], ['   '], ['x'.repeat(65)], [17]])('refuses %s', (id) => {
    expect(RecordId.safeParse(id).success).toBe(false);
  });
});

describe("the caller's own ids", () => {
  it('offerSaving prices an offer whose id is "A-17" like any other', () => {
    expect(offerSaving(tenOff, purchase)).toBe(800);
  });

  it('bestOffer picks among offers with the caller’s ids', () => {
    expect(bestOffer([tenOff, twentyOff], purchase)).toMatchObject({
      offer: { id: 'shop 3 / summer' },
      savingFen: 2000,
    });
  });

  it('searchMerchants finds and ranks a merchant whose id is "M-1"', () => {
    const [hit] = searchMerchants([wash], { text: '洗車', purchase });
    expect(hit).toMatchObject({ merchant: { id: 'M-1' }, best: { offer: { id: 'shop 3 / summer' } } });
  });

  it('estimateYearlySavings names the caller’s merchant and offer', () => {
    const estimate = estimateYearlySavings({ spendFen: { 'car-wash': 96_000 }, merchants: [wash], date: DATE });
    expect(estimate.byCategory[0]).toMatchObject({ merchantId: 'M-1', offerId: 'shop 3 / summer' });
  });

  it('merchantStats counts merchants with the caller’s ids', () => {
    expect(merchantStats([wash], { date: DATE }).total).toMatchObject({ merchants: 1 });
  });

  it('memberStats counts memberships, members and branches with the caller’s ids', () => {
    const m = membershipOf({ n: 1, branch: 'a', start: '2026-01-01', end: '2026-12-31' });
    const own = {
      ...m,
      id: 'M-1',
      memberId: 'person 1',
      branchId: 'north',
      policyId: 'P-1',
      card: { ...m.card, id: 'C-1', membershipId: 'M-1', memberId: 'person 1' },
    };
    const report = memberStats([own], DATE);
    expect(report.byBranch).toMatchObject([{ branchId: 'north', total: 1 }]);
  });

  it('complaintStats counts complaints with the caller’s ids', () => {
    const c = { ...complaintOf({ n: 1, receivedAt: '2026-11-20T01:00:00Z' }), id: 'case-7' };
    expect(complaintStats([c], '2026-11-27T01:00:00Z').total).toBe(1);
  });

  it('allianceStats reports dealers with the caller’s ids', () => {
    const report = allianceStats({
      months: [{ dealerId: 'D-1', month: '2026-01', sales: 700, marketSales: 1000 }],
      counties: [{ id: 'baoding', hasMember: true, inDevelopment: false }],
    });
    expect(report.dealers.map((d) => d.dealerId)).toEqual(['D-1']);
  });
});
