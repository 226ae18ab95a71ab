import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../shared/dates.js';
import { ComplaintReference, complaintReference } from './complaint-reference.js';

describe('complaintReference', () => {
  it('writes C, the date without dashes and a four-digit sequence', () => {
    expect(complaintReference('2026-11-27', 42)).toBe('C20261127-0042');
    expect(complaintReference('2026-01-05', 9999)).toBe('C20260105-9999');
  });

  it('refuses sequences outside 1–9999 and impossible dates', () => {
    for (const [date, seq] of [
      ['2026-11-27', 0],
      ['2026-11-27', 10000],
      ['2026-11-27', 1.5],
      ['2026-02-30', 1],
    ] as const) {
      expect(() => complaintReference(date, seq)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
  });

  it('makes references its own schema accepts, one per date and sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40000 }).map(fromDayNumber),
        fc.integer({ min: 1, max: 9999 }),
        (date, seq) => {
          const ref = complaintReference(date, seq);
          return (
            ComplaintReference.safeParse(ref).success &&
            ref === `C${date.slice(0, 4)}${date.slice(5, 7)}${date.slice(8)}-${String(seq).padStart(4, '0')}`
          );
        },
      ),
    );
  });

  it('rejects references with a wrong shape or an impossible date', () => {
    for (const bad of ['C20261127-42', 'c20261127-0042', 'C20260230-0001', '20261127-0042', 'C2026112-00042']) {
      expect(ComplaintReference.safeParse(bad).success).toBe(false);
    }
  });
});
