import { describe, expect, it } from 'vitest';
import { yuan } from '../shared/money.js';
import type { AlliancePenalty } from './ledger.js';
import { creditFine, fundFineOf, openRewardFund, payReward, reviseRewardFund } from './reward-fund.js';
import { errorOf } from '../shared/fixtures.js';

const now = '2026-07-10T08:00:00.000Z';
const centreId = 'ctr_baoding';
const report = (id: string, kind: 'late-report' | 'missing-report', month: string): AlliancePenalty => ({
  kind,
  id,
  centreId,
  salespersonId: 'slp_li',
  month,
  amountFen: kind === 'late-report' ? yuan(50) : yuan(200),
  recordedAt: now,
});
const counterfeit: AlliancePenalty = {
  kind: 'counterfeit',
  id: 'apn_fake',
  centreId,
  salespersonId: 'slp_li',
  month: '2026-03',
  amountFen: yuan(50_000),
  recordedAt: now,
  dealerId: 'dlr_qingyuan',
  on: '2026-03-02',
  split: { fineFen: yuan(50_000), whistleblowerRewardFen: yuan(40_000), retainedFen: yuan(10_000) },
};
const h1 = () => openRewardFund({ centreId, halfYear: '2026-H1', budgetedFen: yuan(1_000) }, { id: 'arf_1', now });

describe('fundFineOf', () => {
  it('sends a June fine to the first half-year and a July fine to the second', () => {
    expect(fundFineOf(report('apn_1', 'late-report', '2026-06'))?.halfYear).toBe('2026-H1');
    expect(fundFineOf(report('apn_2', 'missing-report', '2026-07'))?.halfYear).toBe('2026-H2');
    expect(fundFineOf(report('apn_3', 'late-report', '2026-01'))?.halfYear).toBe('2026-H1');
    expect(fundFineOf(report('apn_4', 'late-report', '2026-12'))?.halfYear).toBe('2026-H2');
  });

  it('credits a late report 50 CNY and a missing one 200 CNY', () => {
    expect(fundFineOf(report('apn_1', 'late-report', '2026-03'))?.credit).toEqual({
      penaltyId: 'apn_1',
      kind: 'late-report',
      salespersonId: 'slp_li',
      month: '2026-03',
      amountFen: 5_000,
    });
    expect(fundFineOf(report('apn_2', 'missing-report', '2026-03'))?.credit.amountFen).toBe(20_000);
  });

  it('feeds no fund with a counterfeit fine, which the dealer pays to the maker', () => {
    expect(fundFineOf(counterfeit)).toBeNull();
  });
});

describe('creditFine', () => {
  it('adds a fine of its half-year to fines in and to what is left', () => {
    const fund = creditFine(h1(), report('apn_1', 'missing-report', '2026-06'));
    expect(fund).toMatchObject({ budgetedFen: yuan(1_000), finesFen: yuan(200), paidFen: 0, leftFen: yuan(1_200) });
    expect(fund.fines.map((f) => f.penaltyId)).toEqual(['apn_1']);
  });

  it('leaves the fund as it is for a fine of the next half-year, another centre or a counterfeit', () => {
    const fund = h1();
    expect(creditFine(fund, report('apn_1', 'late-report', '2026-07'))).toBe(fund);
    expect(creditFine(fund, { ...report('apn_2', 'late-report', '2026-02'), centreId: 'ctr_changshu' })).toBe(fund);
    expect(creditFine(fund, counterfeit)).toBe(fund);
  });

  it('counts a penalty once however often it is credited', () => {
    const fine = report('apn_1', 'late-report', '2026-02');
    const once = creditFine(h1(), fine);
    expect(creditFine(once, fine)).toBe(once);
    expect(once.finesFen).toBe(yuan(50));
  });
});

describe('the reward fund ledger: budgeted, fines in, paid, left', () => {
  const filed = { id: 'asm_1', dealerId: 'dlr_qingyuan', halfYear: '2026-H1', rewardFen: yuan(1_250) };

  it('opens with the fines of its half-year recorded before it, and no others', () => {
    const fines = [
      report('apn_1', 'late-report', '2026-01'),
      report('apn_2', 'missing-report', '2026-06'),
      report('apn_3', 'missing-report', '2026-07'),
      counterfeit,
    ];
    const fund = openRewardFund(
      { centreId, halfYear: '2026-H1', budgetedFen: yuan(1_000) },
      { id: 'arf_1', now },
      fines,
    );
    expect(fund).toMatchObject({ finesFen: yuan(250), paidFen: 0, leftFen: yuan(1_250) });
  });

  it('pays a reward up to the budget and the fines together, and not one fen more', () => {
    const fund = creditFine(h1(), report('apn_1', 'late-report', '2026-05'));
    const fined = creditFine(fund, report('apn_2', 'missing-report', '2026-05'));
    expect(payReward(fined, filed, now)).toMatchObject({ finesFen: yuan(250), paidFen: yuan(1_250), leftFen: 0 });
    const e = errorOf(() => payReward(fined, { ...filed, rewardFen: yuan(1_250) + 1 }, now));
    expect(e.details).toEqual({ amountFen: 125_001, leftFen: 125_000, halfYear: '2026-H1' });
  });

  it('lowers the budget to what the fines do not cover of what is paid, and no lower', () => {
    const fined = creditFine(h1(), report('apn_1', 'missing-report', '2026-05'));
    const paid = payReward(fined, { ...filed, rewardFen: yuan(1_000) }, now);
    if (!paid) throw new Error('expected a fund');
    expect(reviseRewardFund(paid, yuan(800))).toMatchObject({ budgetedFen: yuan(800), leftFen: 0 });
    expect(errorOf(() => reviseRewardFund(paid, yuan(800) - 1)).issues[0]?.path).toEqual(['budgetedFen']);
  });

  it('takes a budget of 0 when the fines cover every payment', () => {
    const fined = creditFine(h1(), report('apn_1', 'missing-report', '2026-05'));
    const paid = payReward(fined, { ...filed, rewardFen: yuan(200) }, now);
    if (!paid) throw new Error('expected a fund');
    expect(reviseRewardFund(paid, 0)).toMatchObject({ budgetedFen: 0, finesFen: yuan(200), leftFen: 0 });
  });

  it('keeps a fine credited after the budget changes', () => {
    const fined = creditFine(h1(), report('apn_1', 'late-report', '2026-05'));
    expect(reviseRewardFund(fined, yuan(2_000)).leftFen).toBe(yuan(2_050));
  });
});
