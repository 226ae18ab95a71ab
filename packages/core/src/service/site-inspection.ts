import { dateInZone } from '../shared/calendar.js';
import type { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { ProcedureRecord } from './procedure-record.js';
import { inspectionGaps, type InspectionGap } from './renovation-rules.js';

/**
 * The days of a renovation's work on which customer service, engineering or security has not
 * inspected the site (A4 §3.2.4 4 2]), from the day the site protection was accepted until
 * completion acceptance begins, or through `today` while work goes on. Empty for a renovation whose
 * work has not started, and for other procedures.
 *
 * @example
 * siteInspectionGaps(renovationCase, { today: '2026-11-28', timeZone: 'Asia/Shanghai' })
 * // [{ day: '2026-11-28', missing: ['security'] }]
 */
export function siteInspectionGaps(
  procedure: ProcedureRecord,
  when: { today: IsoDate; timeZone: string },
): InspectionGap[] {
  const p = parseInput(ProcedureRecord, procedure, 'procedure');
  const dayOf = (step: string) => {
    const first = p.signOffs.find((s) => s.step === step);
    return first === undefined ? undefined : dateInZone(new Date(first.at), when.timeZone);
  };
  const workFrom = dayOf('site-protection');
  if (p.name !== 'renovation' || workFrom === undefined) return [];
  const workUntil = dayOf('completion');
  return inspectionGaps(p.inspections ?? [], {
    workFrom,
    ...(workUntil === undefined ? {} : { workUntil }),
    today: when.today,
    timeZone: when.timeZone,
  });
}
