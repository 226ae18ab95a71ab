import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../shared/money.js';
import { allianceBudget } from './budget.js';
import { errorOf } from '../shared/fixtures.js';

describe('allianceBudget', () => {
  it('budgets Baoding at 50,000 CNY: sales 10 M, 20 plaques', () => {
    expect(allianceBudget({ annualSalesFen: yuan(10_000_000), plaques: 20 })).toEqual({
      rewardFen: yuan(40_000),
      meetingsFen: yuan(4000),
      plaquesFen: yuan(4000),
      otherFen: yuan(2000),
      totalFen: yuan(50_000),
    });
  });

  it('budgets Changshu at 52,400 CNY: the same sales, 32 plaques', () => {
    const budget = allianceBudget({ annualSalesFen: yuan(10_000_000), plaques: 32 });
    expect(budget.plaquesFen).toBe(yuan(6400));
    expect(budget.totalFen).toBe(yuan(52_400));
  });

  it('rounds the reward half-up to the fen', () => {
    expect(allianceBudget({ annualSalesFen: 125, plaques: 0 }).rewardFen).toBe(1); // 0.5 fen
    expect(allianceBudget({ annualSalesFen: 124, plaques: 0 }).rewardFen).toBe(0); // 0.496 fen
  });

  it('takes a fractional per-mille exactly', () => {
    expect(allianceBudget({ annualSalesFen: yuan(10_000_000), plaques: 0, rewardPerMille: 4.5 }).rewardFen).toBe(
      yuan(45_000),
    );
    expect(allianceBudget({ annualSalesFen: 100, plaques: 0, rewardPerMille: 0.1 }).rewardFen).toBe(0);
  });

  it('lets every default be overridden', () => {
    const budget = allianceBudget({
      annualSalesFen: 0,
      plaques: 1,
      meetings: 3,
      meetingCostFen: 100,
      plaqueCostFen: 10,
      otherFen: 0,
    });
    expect(budget).toEqual({ rewardFen: 0, meetingsFen: 300, plaquesFen: 10, otherFen: 0, totalFen: 310 });
  });

  it('totals the sum of its lines', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 12 }),
        (annualSalesFen, plaques, perMilleTenths, meetings) => {
          const b = allianceBudget({ annualSalesFen, plaques, meetings, rewardPerMille: perMilleTenths / 10 });
          return b.totalFen === b.rewardFen + b.meetingsFen + b.plaquesFen + b.otherFen;
        },
      ),
    );
  });

  it('grows by one plaque cost for every extra plaque', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (sales, plaques, extra) => {
          const before = allianceBudget({ annualSalesFen: sales, plaques });
          const after = allianceBudget({ annualSalesFen: sales, plaques: plaques + extra });
          return after.totalFen - before.totalFen === extra * 20_000;
        },
      ),
    );
  });

  it('never misses the exact reward by more than half a fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (sales) => {
        const reward = BigInt(allianceBudget({ annualSalesFen: sales, plaques: 0 }).rewardFen);
        const diff = reward * 1000n - BigInt(sales) * 4n;
        return (diff < 0n ? -diff : diff) * 2n <= 1000n;
      }),
    );
  });

  it('refuses bad input with paths: negative sales, fractional plaques, a per-mille over 1000 or too precise', () => {
    const e = errorOf(() => allianceBudget({ annualSalesFen: -1, plaques: 1.5, rewardPerMille: 1001 }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['annualSalesFen', 'plaques', 'rewardPerMille']);
    const precise = errorOf(() => allianceBudget({ annualSalesFen: 1, plaques: 0, rewardPerMille: 0.0000001 }));
    expect(precise.issues).toEqual([
      { path: ['rewardPerMille'], code: 'custom', message: 'Must have at most six decimal places' },
    ]);
  });

  it('refuses a budget whose total is beyond exact fen', () => {
    const e = errorOf(() => allianceBudget({ annualSalesFen: 0, plaques: Number.MAX_SAFE_INTEGER, plaqueCostFen: 2 }));
    expect(e.code).toBe('invalid-input');
  });
});
