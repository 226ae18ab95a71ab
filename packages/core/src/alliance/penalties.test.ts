import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { LATE_REPORT_PENALTY_FEN, MISSING_REPORT_PENALTY_FEN, reportPenalties } from './penalties.js';

describe('reportPenalties', () => {
  it('charges 50 CNY a late report and 200 CNY a missing one', () => {
    expect(reportPenalties({ lateReports: 1, missingReports: 2 })).toEqual({
      lateFen: 5000,
      missingFen: 40_000,
      totalFen: 45_000,
    });
  });

  it('charges nothing by default', () => {
    expect(reportPenalties({})).toEqual({ lateFen: 0, missingFen: 0, totalFen: 0 });
  });

  it('is linear in the number of reports', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (late, missing) => {
        return (
          reportPenalties({ lateReports: late, missingReports: missing }).totalFen ===
          late * LATE_REPORT_PENALTY_FEN + missing * MISSING_REPORT_PENALTY_FEN
        );
      }),
    );
  });

  it('refuses negative counts', () => {
    let error: unknown;
    try {
      reportPenalties({ lateReports: -1 });
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.issues.map((i) => i.path)).toEqual([['lateReports']]);
  });
});
