import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../shared/money.js';
import { counterfeitPenalty, MIN_COUNTERFEIT_FINE_FEN } from './counterfeit.js';
import { AllianceErrorCode } from './errors.js';
import { errorOf } from '../shared/fixtures.js';

describe('counterfeitPenalty', () => {
  it('gives 80 % of the minimum 50,000 CNY fine to the whistle-blower', () => {
    expect(counterfeitPenalty({ fineFen: yuan(50_000) })).toEqual({
      fineFen: yuan(50_000),
      whistleblowerRewardFen: yuan(40_000),
      retainedFen: yuan(10_000),
    });
  });

  it('rounds the reward half-up to the fen', () => {
    expect(counterfeitPenalty({ fineFen: 5_000_001 }).whistleblowerRewardFen).toBe(4_000_001); // 4,000,000.8
    expect(counterfeitPenalty({ fineFen: 5_000_003 }).whistleblowerRewardFen).toBe(4_000_002); // 4,000,002.4
  });

  it('refuses a fine one fen under 50,000 CNY with alliance/fine-below-minimum', () => {
    const e = errorOf(() => counterfeitPenalty({ fineFen: MIN_COUNTERFEIT_FINE_FEN - 1 }));
    expect(e.code).toBe(AllianceErrorCode.fineBelowMinimum);
    expect(e.details).toEqual({ fineFen: 4_999_999, minimumFen: 5_000_000 });
  });

  it('refuses a negative or fractional fine as invalid input', () => {
    expect(errorOf(() => counterfeitPenalty({ fineFen: -5 })).code).toBe('invalid-input');
    expect(errorOf(() => counterfeitPenalty({ fineFen: 5_000_000.5 })).issues[0]?.path).toEqual(['fineFen']);
  });

  it('splits every fine into reward and remainder without losing a fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_COUNTERFEIT_FINE_FEN, max: Number.MAX_SAFE_INTEGER }), (fineFen) => {
        const split = counterfeitPenalty({ fineFen });
        const exact = BigInt(fineFen) * 8n;
        const diff = BigInt(split.whistleblowerRewardFen) * 10n - exact;
        return split.whistleblowerRewardFen + split.retainedFen === fineFen && (diff < 0n ? -diff : diff) * 2n <= 10n;
      }),
    );
  });
});
