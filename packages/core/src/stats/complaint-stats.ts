import * as z from 'zod/mini';
import {
  ComplaintCategory,
  ComplaintCategorySchema,
  ComplaintStatus,
  ComplaintStatusSchema,
  isOverdue,
  resolvedOnTime,
  type Complaint,
} from '../service/index.js';
import { IsoInstant } from '../shared/dates.js';
import type { ClubIssue } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { withinBounds, type PeriodBounds } from './period.js';
import { Count, median, Rate, rate, zeroCounts } from './tally.js';
import { assertUniqueIds, invalidList, mapValidated } from './validate-each.js';

const HOUR_MS = 3_600_000;

/** The complaint report (A4 §3.3.3: timely handling, a follow-up and the complainant's feedback). */
export const ComplaintStats = z.object({
  /** The instant overdue complaints are judged at. */
  asOf: IsoInstant,
  /** Complaints counted. */
  total: Count,
  /** Complaints per status, every status present. */
  byStatus: z.record(ComplaintStatusSchema, Count),
  /** Complaints per category, every category present. */
  byCategory: z.record(ComplaintCategorySchema, Count),
  /** Open complaints (received, assigned or escalated) past their deadline at `asOf`. */
  overdue: Count,
  /** Complaints with a resolution on record. */
  resolved: Count,
  /** Of those, the ones resolved by their deadline. */
  resolvedOnTime: Count,
  /** resolvedOnTime / resolved; `null` when none is resolved. */
  onTimeResolutionRate: Rate,
  /** Follow-up visits or calls in the complaints' histories, reopened complaints' earlier ones included. */
  followUps: Count,
  /** Follow-ups where the complainant said they were satisfied. */
  satisfiedFollowUps: Count,
  /** satisfiedFollowUps / followUps; `null` when there was no follow-up. */
  satisfactionRate: Rate,
  /** Median hours from receiving a complaint to its first resolution; `null` when none was resolved. */
  medianHoursToResolve: z.nullable(z.number().check(z.minimum(0))),
  /** Complaints flagged as malicious (they stay in every other count too). */
  malicious: Count,
});
/** The complaint report. */
export type ComplaintStats = z.infer<typeof ComplaintStats>;

/** True when an item, not yet validated, carries a resolution. */
function hasResolution(item: unknown): boolean {
  return typeof item === 'object' && item !== null && (item as { resolution?: unknown }).resolution !== undefined;
}

interface Reading {
  overdue: boolean;
  onTime: boolean | undefined;
}

/** What a complaint's history adds to the complaint report. */
export interface ComplaintHistoryFigures {
  /** Follow-up visits or calls, reopened complaints' earlier ones included. */
  followUps: number;
  /** Of those, the ones where the complainant was satisfied. */
  satisfied: number;
  /** Hours from receiving the complaint to its first resolution; undefined before one. */
  hoursToResolve: number | undefined;
}

/**
 * The follow-ups and hours to first resolution of one stored complaint, as {@link complaintStats}
 * counts them: what a database keeps beside the record to compute the report with aggregates.
 *
 * @example
 * complaintHistoryFigures(complaint) // { followUps: 1, satisfied: 1, hoursToResolve: 20 }
 */
export function complaintHistoryFigures(complaint: Complaint): ComplaintHistoryFigures {
  return readHistory(complaint, 0, []);
}

/** Follow-ups and first resolution from a complaint's history; bad follow-up entries become issues. */
function readHistory(c: Complaint, index: number, issues: ClubIssue[]) {
  let followUps = 0;
  let satisfied = 0;
  let firstResolveAt: string | undefined;
  c.history.forEach((entry, j) => {
    if (entry.type === 'resolve' && firstResolveAt === undefined) firstResolveAt = entry.at;
    if (entry.type !== 'followUp') return;
    const answer = entry.details['satisfied'];
    if (typeof answer !== 'boolean') {
      const path = [index, 'history', j, 'details', 'satisfied'];
      issues.push({ path, code: 'invalid_type', message: 'A followUp entry must record satisfied as true or false' });
      return;
    }
    followUps += 1;
    if (answer) satisfied += 1;
  });
  const hoursToResolve =
    firstResolveAt === undefined ? undefined : (Date.parse(firstResolveAt) - Date.parse(c.receivedAt)) / HOUR_MS;
  return { followUps, satisfied, hoursToResolve };
}

/**
 * The complaint report at `now`: counts by status and category, open complaints past their
 * deadline (`isOverdue`; at the deadline instant itself a complaint is still on time), the
 * on-time resolution rate (`resolvedOnTime`), the satisfaction rate over every follow-up,
 * the median hours to the first resolution, and how many were flagged malicious. Every
 * complaint is validated by the Complaint schema; ids must be unique. With `period` (see
 * `periodBounds`), only complaints received within it are counted.
 *
 * @example
 * const report = complaintStats(complaints, '2026-11-27T08:00:00Z');
 * report.overdue // open complaints past their deadline
 * report.satisfactionRate // e.g. 0.75, or null before any follow-up
 */
export function complaintStats(
  complaints: readonly Complaint[],
  now: IsoInstant,
  period: PeriodBounds = {},
): ComplaintStats {
  const at = parseInput(IsoInstant, now, 'now');
  const { items, results } = mapValidated<Complaint, Reading>(complaints, 'complaints', (c) =>
    // Each complaint goes through one rule, which validates it: an unresolved complaint has no
    // on-time answer yet, and a resolved one is never overdue (see isOverdue, resolvedOnTime).
    hasResolution(c) ? { overdue: false, onTime: resolvedOnTime(c) } : { overdue: isOverdue(c, at), onTime: undefined },
  );
  assertUniqueIds(items, 'complaints');

  const byStatus = zeroCounts(Object.values(ComplaintStatus));
  const byCategory = zeroCounts(Object.values(ComplaintCategory));
  const hours: number[] = [];
  const issues: ClubIssue[] = [];
  let overdue = 0;
  let resolved = 0;
  let onTime = 0;
  let followUps = 0;
  let satisfied = 0;
  let malicious = 0;
  let total = 0;
  items.forEach((c, i) => {
    if (!withinBounds(c.receivedAt, period)) return;
    total += 1;
    const reading = results[i] as Reading;
    byStatus[c.status] += 1;
    byCategory[c.category] += 1;
    if (reading.overdue) overdue += 1;
    if (reading.onTime !== undefined) resolved += 1;
    if (reading.onTime === true) onTime += 1;
    if (c.malicious !== undefined) malicious += 1;
    const history = readHistory(c, i, issues);
    followUps += history.followUps;
    satisfied += history.satisfied;
    if (history.hoursToResolve !== undefined) hours.push(history.hoursToResolve);
  });
  if (issues.length > 0) throw invalidList('complaints', issues);
  return {
    asOf: at,
    total,
    byStatus,
    byCategory,
    overdue,
    resolved,
    resolvedOnTime: onTime,
    onTimeResolutionRate: rate(onTime, resolved),
    followUps,
    satisfiedFollowUps: satisfied,
    satisfactionRate: rate(satisfied, followUps),
    medianHoursToResolve: median(hours),
    malicious,
  };
}
