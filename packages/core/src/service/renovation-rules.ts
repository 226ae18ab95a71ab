import * as z from 'zod/mini';
import { addDays, compareDates, dateInZone } from '../shared/calendar.js';
import type { IsoDate } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { text } from './fields.js';
import { InspectingDepartment, RenovationViolationSchema, type RenovationViolation } from './renovation-kinds.js';
import type { ServicePrice } from './service-price.js';

/**
 * The lowest contractor qualification grade a renovation permit accepts (A4 §3.2.1: 二級以上，含二級).
 * Grades count down as they rise — grade 1 is above grade 2 — so grades 1 and 2 pass and 3 does not.
 */
export const RenovationMinQualificationGrade = 2;

/** The contractor of a renovation as customer service checks it before the permit (A4 §3.2.1, §3.2.4 1). */
export const RenovationContractor = z.object({
  /** The contractor's company name. */
  name: text(100),
  /** The number on the business licence whose copy is filed. */
  licenceNumber: text(50),
  /** The construction qualification grade on the certificate: 1 is the highest. */
  qualificationGrade: z.int().check(z.minimum(1), z.maximum(4)),
});
/** A renovation contractor. */
export type RenovationContractor = z.infer<typeof RenovationContractor>;

/**
 * Whether a contractor's qualification is good enough for a permit: grade 2 or above, grade 2
 * included (A4 §3.2.1). Grade 2 → true, grade 3 → false.
 *
 * @example
 * contractorQualified({ name: '安達裝飾', licenceNumber: '91530100MA6K', qualificationGrade: 2 }) // true
 */
export function contractorQualified(contractor: RenovationContractor): boolean {
  return (
    parseInput(RenovationContractor, contractor, 'contractor').qualificationGrade <= RenovationMinQualificationGrade
  );
}

/**
 * The fine for a renovation violation: the amount of the club's price-list line published as the
 * fine for that kind. A4 hands the contractor the club's rules on safety violations (§3.2.4 1 4])
 * and fines serious violations "by the rules" (§3.2.4 4 2] D) but names no amounts, so the amounts
 * are the club's own, kept on its price list. Throws `procedure/fine-unpublished` for a line that
 * is unknown, retired, or the fine for another kind.
 *
 * @example
 * violationFine({ id: 'spr_noise', name: 'Noise out of hours', priceFen: 50000, chargeUnit: 'per violation', violation: 'noise', active: true, updatedAt }, 'noise') // 50000
 */
export function violationFine(
  line: ServicePrice | undefined,
  violation: RenovationViolation,
  priceId = line?.id,
): number {
  const kind = parseInput(RenovationViolationSchema, violation, 'violation');
  if (line === undefined || !line.active || line.violation !== kind) {
    const why =
      line === undefined ? 'is not on the price list' : !line.active ? 'is retired' : `is not the fine for ${kind}`;
    throw new ClubError(ServiceErrorCode.fineUnpublished, `The price ${priceId ?? ''} ${why}.`.replace('  ', ' '), {
      details: { priceId: priceId ?? null, violation: kind },
    });
  }
  return line.priceFen;
}

/** One department's visit to a renovation site as {@link inspectionGaps} reads it. */
export interface SiteInspection {
  department: InspectingDepartment;
  /** When it was recorded. */
  at: string;
}

/** A day of renovation work on which one or more departments have not inspected the site. */
export interface InspectionGap {
  day: IsoDate;
  /** The departments with no inspection that day, in the order customer service, engineering, security. */
  missing: InspectingDepartment[];
}

/** Days after which a work period is not walked day by day: a guard against a runaway range. */
const MAX_WORK_DAYS = 3660;

/**
 * The days of renovation work on which a department has not yet inspected the site (A4 §3.2.4 4
 * 2]: customer service, engineering and security each at least once a day). Work runs from the day
 * `workFrom` (the site protection was accepted) up to the day before `workUntil` (completion
 * acceptance began) or through `today` while it goes on; days are the club's, in `timeZone`.
 * A day with one department missing is reported with that department; today is reported while its
 * inspections may still come.
 *
 * @example
 * inspectionGaps([{ department: 'engineering', at: '2026-11-27T02:00:00Z' }], { workFrom: '2026-11-27', today: '2026-11-27', timeZone: 'Asia/Shanghai' })
 * // [{ day: '2026-11-27', missing: ['customer-service', 'security'] }]
 */
export function inspectionGaps(
  inspections: readonly SiteInspection[],
  period: { workFrom: IsoDate; workUntil?: IsoDate; today: IsoDate; timeZone: string },
): InspectionGap[] {
  const seen = new Set(inspections.map((i) => `${dateInZone(new Date(i.at), period.timeZone)}\u0000${i.department}`));
  const last = period.workUntil === undefined ? period.today : addDays(period.workUntil, -1);
  const gaps: InspectionGap[] = [];
  let day = period.workFrom;
  for (let n = 0; compareDates(day, last) <= 0 && n < MAX_WORK_DAYS; n++, day = addDays(day, 1)) {
    const missing = Object.values(InspectingDepartment).filter((d) => !seen.has(`${day}\u0000${d}`));
    if (missing.length > 0) gaps.push({ day, missing });
  }
  return gaps;
}
