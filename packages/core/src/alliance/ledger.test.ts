import { holdsPlaqueOn } from './plaque.js';
import { describe, expect, it } from 'vitest';
import {
  planBudget,
  recordCounterfeitPenalty,
  recordReportPenalty,
  recordSalesMonth,
  recordVisitNote,
} from './ledger.js';
import { admitDealer, reviewDealer, type Dealer } from './network.js';
import { errorOf } from '../shared/fixtures.js';

const now = '2026-11-27T04:00:00.000Z';
const dealer: Dealer = admitDealer(
  {
    countyId: 'cty_qingyuan',
    name: '清苑副食',
    appliedOn: '2026-01-05',
    qualification: {
      dealerSales: 800,
      marketSales: 1000,
      selectedDealersSales: 9000,
      primaryDealerSales: 10000,
      agreementSigned: true,
    },
  },
  {
    id: 'dlr_a',
    county: { id: 'cty_qingyuan', centreId: 'ctr_baoding', salespersonId: 'slp_li' },
    today: '2026-01-05',
    now,
  },
);

describe('recordSalesMonth', () => {
  it('takes the county’s market volume when the month names no market, and keeps the dealer’s scope', () => {
    const month = recordSalesMonth(
      dealer,
      { monthlyMarketSales: 5400 },
      { month: '2026-10', sales: 4000 },
      { id: 'dsm_1', now },
    );
    expect(month).toEqual({
      id: 'dsm_1',
      dealerId: 'dlr_a',
      centreId: 'ctr_baoding',
      countyId: 'cty_qingyuan',
      salespersonId: 'slp_li',
      month: '2026-10',
      sales: 4000,
      marketSales: 5400,
      recordedAt: now,
    });
    expect(
      recordSalesMonth(
        dealer,
        { monthlyMarketSales: 5400 },
        { month: '2026-10', sales: 1, marketSales: 2 },
        { id: 'dsm_2', now },
      ).marketSales,
    ).toBe(2);
  });

  it('refuses a dealer that is not a member with alliance/not-a-member', () => {
    const revoked = { ...dealer, status: 'revoked' as const };
    const error = errorOf(() =>
      recordSalesMonth(revoked, { monthlyMarketSales: 1 }, { month: '2026-10', sales: 1 }, { id: 'dsm_1', now }),
    );
    expect([error.code, error.details]).toEqual(['alliance/not-a-member', { dealerId: 'dlr_a', status: 'revoked' }]);
  });

  it('refuses a malformed month with invalid-input', () => {
    expect(
      errorOf(() =>
        recordSalesMonth(dealer, { monthlyMarketSales: 1 }, { month: '2026-13', sales: -1 }, { id: 'dsm_1', now }),
      ).issues.map((i) => i.path),
    ).toEqual([['month'], ['sales']]);
  });
});

describe('recordVisitNote', () => {
  it('keeps a note in its dealer’s scope, whatever dealer the body named', () => {
    const note = recordVisitNote(
      dealer,
      { dealerId: 'dlr_other', date: '2026-11-24', kind: 'visit', sales: '節前備貨充足' },
      { id: 'vst_1', now },
    );
    expect(note).toMatchObject({ id: 'vst_1', dealerId: 'dlr_a', centreId: 'ctr_baoding', salespersonId: 'slp_li' });
  });
});

describe('alliance penalties', () => {
  it('fines a late report 50 CNY and a missing one 200 CNY', () => {
    const options = { id: 'apn_1', centreId: 'ctr_baoding', now };
    expect(
      recordReportPenalty({ kind: 'late-report', salespersonId: 'slp_li', month: '2026-08' }, options).amountFen,
    ).toBe(5_000);
    expect(
      recordReportPenalty({ kind: 'missing-report', salespersonId: 'slp_li', month: '2026-08' }, options).amountFen,
    ).toBe(20_000);
  });

  it('splits a counterfeit fine 80 % to the whistle-blower and records the breach, which revokes', () => {
    const { penalty, dealer: breached } = recordCounterfeitPenalty(
      dealer,
      { kind: 'counterfeit', dealerId: 'dlr_a', fineFen: 5_000_000, on: '2026-09-03', whistleblower: '王先生' },
      { id: 'apn_2', now },
    );
    expect(penalty).toMatchObject({
      month: '2026-09',
      amountFen: 5_000_000,
      salespersonId: 'slp_li',
      split: { fineFen: 5_000_000, whistleblowerRewardFen: 4_000_000, retainedFen: 1_000_000 },
    });
    expect(reviewDealer(breached, [], '2026-09-04').dealer.revocation?.reasons).toEqual(['counterfeit']);
  });

  it('takes the member plaque back on the day the counterfeits were found, as well as the fine', () => {
    expect(holdsPlaqueOn(dealer, '2026-09-03')).toBe(true);
    const { dealer: breached } = recordCounterfeitPenalty(
      dealer,
      { kind: 'counterfeit', dealerId: 'dlr_a', fineFen: 5_000_000, on: '2026-09-03' },
      { id: 'apn_3', now },
    );
    expect(breached.plaque).toEqual({ issuedOn: dealer.admittedOn, withdrawnOn: '2026-09-03' });
    expect(holdsPlaqueOn(breached, '2026-09-02')).toBe(true);
    expect(holdsPlaqueOn(breached, '2026-09-03')).toBe(false);
  });

  it('keeps the plaque when the fine is refused', () => {
    expect(() =>
      recordCounterfeitPenalty(
        dealer,
        { kind: 'counterfeit', dealerId: 'dlr_a', fineFen: 4_999_999, on: '2026-09-03' },
        { id: 'apn_4', now },
      ),
    ).toThrow(/50,000/);
    expect(dealer.plaque.withdrawnOn).toBeNull();
  });

  it('refuses a counterfeit fine under 50,000 CNY', () => {
    const error = errorOf(() =>
      recordCounterfeitPenalty(
        dealer,
        { kind: 'counterfeit', dealerId: 'dlr_a', fineFen: 2_000_000, on: '2026-09-03' },
        { id: 'apn_3', now },
      ),
    );
    expect(error.code).toBe('alliance/fine-below-minimum');
  });
});

describe('planBudget', () => {
  it('budgets Baoding 50,000 CNY and Changshu 52,400 CNY, keeping the defaults it used', () => {
    const baoding = planBudget(
      { centreId: 'ctr_baoding', year: 2026, annualSalesFen: 1_000_000_000, plaques: 20 },
      { id: 'abg_1', now },
    );
    expect(baoding.budget.totalFen).toBe(5_000_000);
    expect(baoding.input).toEqual({
      annualSalesFen: 1_000_000_000,
      plaques: 20,
      rewardPerMille: 4,
      meetings: 2,
      meetingCostFen: 200_000,
      plaqueCostFen: 20_000,
      otherFen: 200_000,
    });
    const changshu = planBudget(
      { centreId: 'ctr_changshu', year: 2026, annualSalesFen: 1_000_000_000, plaques: 32 },
      { id: 'abg_2', now },
    );
    expect(changshu.budget.totalFen).toBe(5_240_000);
  });
});
