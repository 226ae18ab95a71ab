import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';

const REFERENCE = /^C(\d{4})(\d{2})(\d{2})-(\d{4})$/;

/**
 * The number a complainant is given: `C`, the UTC date received as `YYYYMMDD`, a dash and the
 * day's 4-digit sequence number, e.g. `C20261127-0042`. Short enough to read out on the phone.
 */
export const ComplaintReference = z.string().check(
  z.regex(REFERENCE),
  z.refine(
    (value: string) => {
      const m = REFERENCE.exec(value);
      return m === null || IsoDate.safeParse(`${m[1]}-${m[2]}-${m[3]}`).success;
    },
    { error: 'Expected a real calendar date in the reference', params: { code: 'invalid_format' } },
  ),
);
/** A complaint reference such as `C20261127-0042`. */
export type ComplaintReference = z.infer<typeof ComplaintReference>;

const ReferenceInput = z.object({
  date: IsoDate,
  sequence: z.int().check(z.minimum(1), z.maximum(9999)),
});

/**
 * The reference of the `sequence`-th complaint (1–9999) received on `date`.
 *
 * @example
 * complaintReference('2026-11-27', 42) // 'C20261127-0042'
 */
export function complaintReference(date: IsoDate, sequence: number): ComplaintReference {
  const input = parseInput(ReferenceInput, { date, sequence }, 'complaint reference');
  return `C${input.date.replaceAll('-', '')}-${String(input.sequence).padStart(4, '0')}`;
}
