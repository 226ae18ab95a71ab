import { IsoInstant } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { Complaint } from './complaint-record.js';
import { ComplaintStatus, type ComplaintSeverity } from './complaint-types.js';
import { addHours, instantMs } from './instants.js';

/**
 * Hours customer service has to verify and assign a complaint after receiving (or reopening) it.
 * A4 §3.3 asks for timely handling without a figure; clubkit sets 24 h, and 4 h for serious ones.
 */
export const ComplaintAcceptanceHours = { normal: 24, serious: 4 } as const satisfies Record<ComplaintSeverity, number>;

const OPEN: ReadonlySet<string> = new Set([
  ComplaintStatus.received,
  ComplaintStatus.assigned,
  ComplaintStatus.escalated,
]);

/** The acceptance deadline of a complaint received or reopened at `from`. @internal */
export function acceptanceDeadline(from: IsoInstant, severity: ComplaintSeverity): IsoInstant {
  return addHours(from, ComplaintAcceptanceHours[severity]);
}

function deadlineOf(c: Complaint): IsoInstant {
  return c.deadline ?? acceptanceDeadline(c.receivedAt, c.severity);
}

/**
 * The complaint's current deadline: the department's due time once assigned, before that the
 * acceptance deadline ({@link ComplaintAcceptanceHours} after it was received or reopened).
 *
 * @example
 * complaintDeadline(complaint) // '2026-11-28T09:00:00.000Z'
 */
export function complaintDeadline(complaint: Complaint): IsoInstant {
  return deadlineOf(parseInput(Complaint, complaint, 'complaint'));
}

/**
 * True while the complaint waits for the club to act (received, assigned or escalated): only such
 * a complaint can be overdue.
 *
 * @example
 * awaitsAction(complaint) // true until it is resolved
 */
export function awaitsAction(complaint: Complaint): boolean {
  return OPEN.has(parseInput(Complaint, complaint, 'complaint').status);
}

/**
 * True when the complaint is not yet resolved and `now` is past its deadline; at the deadline
 * instant itself it is still on time.
 *
 * @example
 * isOverdue(complaint, '2026-11-28T09:00:01Z') // true
 */
export function isOverdue(complaint: Complaint, now: IsoInstant): boolean {
  const c = parseInput(Complaint, complaint, 'complaint');
  const at = parseInput(IsoInstant, now, 'now');
  return OPEN.has(c.status) && instantMs(at) > instantMs(deadlineOf(c));
}

/**
 * Whether the complaint was resolved by its deadline; `undefined` while it is unresolved.
 * The `stats` on-time resolution rate counts these.
 */
export function resolvedOnTime(complaint: Complaint): boolean | undefined {
  const c = parseInput(Complaint, complaint, 'complaint');
  if (!c.resolution) return undefined;
  return instantMs(c.resolution.at) <= instantMs(deadlineOf(c));
}
