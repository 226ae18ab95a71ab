import { describe, expect, it } from 'vitest';
import { yuan } from '../shared/money.js';
import { halfYearDays, halfYearOf, publishSheet, rewardForScore, type NewAssessmentSheet } from './assessment-sheet.js';
import { decideAssessmentStep, openAssessment, type Assessment, type AssessmentDecision } from './assessment.js';
import { AllianceErrorCode } from './errors.js';
import { openRewardFund, payReward, reviseRewardFund } from './reward-fund.js';
import { errorOf } from '../shared/fixtures.js';

const now = '2026-07-10T08:00:00.000Z';
const centreId = 'ctr_baoding';
const sheetInput = (points: readonly [number, number, number]): NewAssessmentSheet => ({
  centreId,
  items: [
    { key: 'sales-volume', label: 'Sales against the market', points: points[0] },
    { key: 'pricing', label: 'Keeps the agreed price', points: points[1] },
    { key: 'reports', label: 'Reports on time', points: points[2] },
  ],
  bands: [
    { minScore: 60, rewardFen: yuan(1_000) },
    { minScore: 90, rewardFen: yuan(3_000) },
  ],
});
const v1 = publishSheet(sheetInput([50, 30, 20]), { id: 'ash_v1', now });
const dealer = { id: 'dlr_qingyuan', centreId, salespersonId: 'slp_wang', status: 'member' as const };
const scores = (a: number, b: number, c: number) => [
  { key: 'sales-volume', score: a },
  { key: 'pricing', score: b },
  { key: 'reports', score: c },
];
const open = (s = scores(45, 28, 18)) =>
  openAssessment(dealer, v1, { dealerId: dealer.id, halfYear: '2026-H1', scores: s }, { id: 'asm_1', now });
const sign = (a: Assessment, step: AssessmentDecision['step'], extra: Partial<AssessmentDecision> = {}) =>
  decideAssessmentStep(a, { outcome: 'signed', step, signerName: `${step} signer`, ...extra } as AssessmentDecision, {
    now,
    enteredBy: 'staff:stf_ops',
  });
const refuse = (a: Assessment, step: AssessmentDecision['step'], reason: string) =>
  decideAssessmentStep(
    a,
    { outcome: 'refused', step, signerName: `${step} signer`, reason },
    { now, enteredBy: 'staff:stf_ops' },
  );

describe('publishSheet', () => {
  it('accepts items adding up to exactly 100 points as version 1', () => {
    expect(v1).toMatchObject({ id: 'ash_v1', centreId, version: 1, publishedAt: now });
    expect(v1.items.map((i) => i.points)).toEqual([50, 30, 20]);
  });

  it('refuses items adding up to 99 or 101 points with alliance/sheet-not-100', () => {
    for (const [points, total] of [
      [[50, 30, 19], 99],
      [[50, 30, 21], 101],
    ] as const) {
      const e = errorOf(() => publishSheet(sheetInput(points), { id: 'ash_x', now }));
      expect(e.code).toBe(AllianceErrorCode.sheetNot100);
      expect(e.details).toEqual({ totalPoints: total });
    }
  });

  it('numbers each new version one above the previous', () => {
    expect(publishSheet(sheetInput([40, 40, 20]), { id: 'ash_v2', now, previousVersion: 1 }).version).toBe(2);
  });

  it('refuses a key used twice and bands that do not rise as invalid input', () => {
    const twice = {
      ...sheetInput([50, 30, 20]),
      items: [...sheetInput([50, 30, 20]).items.slice(0, 2), { key: 'pricing', label: 'Again', points: 20 }],
    };
    expect(errorOf(() => publishSheet(twice, { id: 'ash_x', now })).issues[0]?.path).toEqual(['items', 2, 'key']);
    const flat = {
      ...sheetInput([50, 30, 20]),
      bands: [
        { minScore: 60, rewardFen: 1 },
        { minScore: 60, rewardFen: 2 },
      ],
    };
    expect(errorOf(() => publishSheet(flat, { id: 'ash_x', now })).issues[0]?.path).toEqual(['bands', 1, 'minScore']);
  });
});

describe('rewardForScore', () => {
  it('pays the highest band a score reaches, its bound included, and nothing below the lowest', () => {
    expect(rewardForScore(v1.bands, 59)).toBe(0);
    expect(rewardForScore(v1.bands, 60)).toBe(yuan(1_000));
    expect(rewardForScore(v1.bands, 89)).toBe(yuan(1_000));
    expect(rewardForScore(v1.bands, 90)).toBe(yuan(3_000));
    expect(rewardForScore(v1.bands, 100)).toBe(yuan(3_000));
  });
});

describe('halfYearOf', () => {
  it('puts the last day of June in H1 and the first of July in H2', () => {
    expect(halfYearOf('2026-06-30')).toBe('2026-H1');
    expect(halfYearOf('2026-07-01')).toBe('2026-H2');
    expect(halfYearOf('2026-01-01')).toBe('2026-H1');
    expect(halfYearOf('2026-12-31')).toBe('2026-H2');
  });

  it('gives each half-year its first and last day', () => {
    expect(halfYearDays('2026-H1')).toEqual({ first: '2026-01-01', last: '2026-06-30' });
    expect(halfYearDays('2026-H2')).toEqual({ first: '2026-07-01', last: '2026-12-31' });
  });

  it('refuses a date or half-year that is not one', () => {
    expect(errorOf(() => halfYearOf('2026-13-01')).code).toBe('invalid-input');
    expect(errorOf(() => halfYearDays('2026-H3')).code).toBe('invalid-input');
  });
});

describe('openAssessment', () => {
  it('adds up the scores, takes the reward from the bands and awaits the director', () => {
    const a = open();
    expect(a).toMatchObject({ totalScore: 91, rewardFen: yuan(3_000), status: 'in-progress', awaiting: 'director' });
    expect(a.salespersonId).toBe('slp_wang');
  });

  it('accepts an item scored at its full points and refuses one point above with alliance/score-above-points', () => {
    expect(open(scores(50, 30, 20)).totalScore).toBe(100);
    const e = errorOf(() => open(scores(51, 30, 20)));
    expect(e.code).toBe(AllianceErrorCode.scoreAbovePoints);
    expect(e.details).toEqual({ key: 'sales-volume', score: 51, points: 50 });
  });

  it('refuses a dealer that is not a member with alliance/not-a-member', () => {
    const revoked = { ...dealer, status: 'revoked' as const };
    const e = errorOf(() =>
      openAssessment(
        revoked,
        v1,
        { dealerId: dealer.id, halfYear: '2026-H1', scores: scores(1, 1, 1) },
        { id: 'asm_1', now },
      ),
    );
    expect(e.code).toBe(AllianceErrorCode.notAMember);
  });

  it('refuses a missing, unknown or repeated item as invalid input', () => {
    expect(errorOf(() => open(scores(45, 28, 18).slice(0, 2))).issues[0]?.path).toEqual(['scores', 2]);
    expect(errorOf(() => open([...scores(45, 28, 18), { key: 'other', score: 1 }])).code).toBe('invalid-input');
    expect(errorOf(() => open([...scores(45, 28, 18), { key: 'pricing', score: 1 }])).code).toBe('invalid-input');
  });

  it('keeps sheet version 1 after version 2 is published', () => {
    const a = open();
    const v2 = publishSheet(sheetInput([40, 40, 20]), { id: 'ash_v2', now, previousVersion: v1.version });
    const corrected = sign(a, 'director', { scores: scores(50, 30, 20) });
    expect(v2.version).toBe(2);
    expect(corrected.sheet).toEqual(v1);
    expect(corrected.totalScore).toBe(100); // 50 on sales volume fits v1, not v2's 40
  });
});

describe('decideAssessmentStep', () => {
  it('runs director, deputy, branch, region and sales centre in order and files on the last', () => {
    let a = open();
    for (const step of ['director', 'deputy', 'branch', 'region'] as const) {
      a = sign(a, step);
      expect(a.status).toBe('in-progress');
    }
    expect(a.awaiting).toBe('sales-centre');
    a = sign(a, 'sales-centre');
    expect(a).toMatchObject({ status: 'filed', awaiting: null, filedAt: now });
    expect(a.signatures.map((s) => [s.step, s.signerName, s.enteredBy])).toEqual(
      ['director', 'deputy', 'branch', 'region', 'sales-centre'].map((s) => [s, `${s} signer`, 'staff:stf_ops']),
    );
  });

  it('refuses a step out of order with alliance/step-out-of-order', () => {
    const e = errorOf(() => sign(open(), 'branch'));
    expect(e.code).toBe(AllianceErrorCode.stepOutOfOrder);
    expect(e.details).toEqual({ step: 'branch', awaiting: 'director' });
  });

  it('refuses any step of a filed assessment', () => {
    let a = open();
    for (const step of ['director', 'deputy', 'branch', 'region', 'sales-centre'] as const) a = sign(a, step);
    expect(errorOf(() => sign(a, 'sales-centre')).details).toEqual({ step: 'sales-centre', awaiting: null });
  });

  it('sends a refused step back to the step before with its reason, which signs again', () => {
    let a = sign(sign(sign(open(), 'director'), 'deputy'), 'branch');
    a = refuse(a, 'region', 'Pricing score not backed by the visit notes');
    expect(a.awaiting).toBe('branch');
    expect(a.returned).toEqual({ from: 'region', reason: 'Pricing score not backed by the visit notes' });
    expect(a.signatures.at(-1)).toMatchObject({
      step: 'region',
      outcome: 'refused',
      reason: 'Pricing score not backed by the visit notes',
    });
    expect(errorOf(() => sign(a, 'region')).code).toBe(AllianceErrorCode.stepOutOfOrder);
    a = sign(a, 'branch');
    expect(a).toMatchObject({ awaiting: 'region', returned: null });
  });

  it('lets the director correct the scores after the deputy refuses them', () => {
    let a = refuse(sign(open(), 'director'), 'deputy', 'Reports were late twice');
    expect(a.awaiting).toBe('director');
    a = sign(a, 'director', { scores: scores(45, 28, 10) });
    expect(a).toMatchObject({ totalScore: 83, rewardFen: yuan(1_000), awaiting: 'deputy' });
  });

  it('refuses a refusal of the first step, and scores from a step that only verifies', () => {
    expect(errorOf(() => refuse(open(), 'director', 'No')).code).toBe(AllianceErrorCode.stepOutOfOrder);
    const atBranch = sign(sign(open(), 'director'), 'deputy');
    expect(errorOf(() => sign(atBranch, 'branch', { scores: scores(1, 1, 1) })).issues[0]?.path).toEqual(['scores']);
  });

  it('refuses a refusal without a reason as invalid input', () => {
    expect(errorOf(() => refuse(sign(open(), 'director'), 'deputy', '  ')).code).toBe('invalid-input');
  });
});

describe('payReward', () => {
  const fund = openRewardFund({ centreId, halfYear: '2026-H1', budgetedFen: yuan(4_000) }, { id: 'arf_1', now });
  const filed = { id: 'asm_1', dealerId: dealer.id, halfYear: '2026-H1', rewardFen: yuan(3_000) };

  it('pays the reward from the fund: budgeted, paid, left', () => {
    const paid = payReward(fund, filed, now);
    expect(paid).toMatchObject({ budgetedFen: yuan(4_000), paidFen: yuan(3_000), leftFen: yuan(1_000) });
    expect(paid?.payments).toEqual([
      { assessmentId: 'asm_1', dealerId: dealer.id, amountFen: yuan(3_000), paidAt: now },
    ]);
  });

  it('pays exactly what is left and refuses one fen more with alliance/reward-exceeds-fund', () => {
    const paid = payReward(fund, filed, now);
    expect(payReward(paid, { ...filed, id: 'asm_2', rewardFen: yuan(1_000) }, now)?.leftFen).toBe(0);
    const e = errorOf(() => payReward(paid, { ...filed, id: 'asm_2', rewardFen: yuan(1_000) + 1 }, now));
    expect(e.code).toBe(AllianceErrorCode.rewardExceedsFund);
    expect(e.details).toEqual({ amountFen: 100_001, leftFen: 100_000, halfYear: '2026-H1' });
  });

  it('raises or lowers the budget, never below what is paid', () => {
    const paid = payReward(fund, filed, now);
    if (!paid) throw new Error('expected a fund');
    expect(reviseRewardFund(paid, yuan(5_000))).toMatchObject({ budgetedFen: yuan(5_000), leftFen: yuan(2_000) });
    expect(reviseRewardFund(paid, yuan(3_000)).leftFen).toBe(0);
    expect(errorOf(() => reviseRewardFund(paid, yuan(3_000) - 1)).issues[0]?.path).toEqual(['budgetedFen']);
  });

  it('refuses a reward when the half-year has no fund, and pays nothing for a reward of 0', () => {
    expect(errorOf(() => payReward(null, filed, now)).details).toMatchObject({ leftFen: 0 });
    expect(payReward(null, { ...filed, rewardFen: 0 }, now)).toBeNull();
    expect(payReward(fund, { ...filed, rewardFen: 0 }, now)).toBe(fund);
  });
});
