import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { acceptanceDeadline } from './complaint-deadline.js';
import { ComplaintEvent, type ComplaintEventType } from './complaint-event.js';
import { Complaint } from './complaint-record.js';
import { ComplaintReference } from './complaint-reference.js';
import { ComplaintSeverity, EscalationLevel } from './complaint-types.js';
import { complaintWorkflow } from './complaint-workflow.js';
import { Actor } from './fields.js';
import { NewComplaint, type NewComplaintInput } from './new-complaint.js';
import { applyWorkflowEvent, nextWorkflowEvents } from './workflow.js';

/** Options of {@link createComplaint}: what the server knows and the complainant does not type. */
export const CreateComplaintOptions = z.object({
  /** The new complaint's id, `cmp_…`. */
  id: entityId(IdPrefix.complaint),
  /** The number given to the complainant, from {@link complaintReference}. */
  reference: ComplaintReference,
  /** When the complaint was received. */
  now: IsoInstant,
  /** Who registered it: the staff member, or the member or channel for online complaints. */
  actor: Actor,
  /** The complaining member, when signed in. */
  memberId: z.optional(entityId(IdPrefix.member)),
});
/** Options of {@link createComplaint}. */
export type CreateComplaintOptions = z.infer<typeof CreateComplaintOptions>;

/**
 * Registers a complaint in the log with status `received` and a `receive` history entry. A
 * `serious` complaint is escalated to the customer-service manager at once (A4 §3.3.4 3).
 *
 * @example
 * const complaint = createComplaint(form, { id: 'cmp_01', reference: complaintReference('2026-11-27', 42), now: '2026-11-27T08:00:00Z', actor: 'web' });
 */
export function createComplaint(input: NewComplaintInput, options: CreateComplaintOptions): Complaint {
  const submitted = parseInput(NewComplaint, input, 'complaint');
  const { id, reference, now, actor, memberId } = parseInput(CreateComplaintOptions, options, 'complaint options');
  const received: Complaint = {
    ...submitted,
    id,
    reference,
    status: 'received',
    receivedAt: now,
    ...(memberId === undefined ? {} : { memberId }),
    deadline: acceptanceDeadline(now, submitted.severity),
    history: [
      { type: 'receive', actor, at: now, details: { channel: submitted.channel, severity: submitted.severity } },
    ],
  };
  if (submitted.severity !== ComplaintSeverity.serious) return received;
  return applyWorkflowEvent(complaintWorkflow, received, {
    type: 'escalate',
    actor,
    at: now,
    to: EscalationLevel.manager,
    reason: 'Serious complaints go to the customer-service manager',
  });
}

/**
 * Applies one event to a complaint and returns the new complaint; the input is never changed.
 * Throws `complaint/invalid-transition` when the status does not take the event,
 * `complaint/follow-up-required` when closing before a follow-up, and
 * `service/event-out-of-order` when the event predates the history.
 *
 * @example
 * const resolved = applyComplaintEvent(assigned, { type: 'resolve', actor: 'stf_2', at: '2026-11-27T15:00:00Z', resolution: 'Lift repaired', signedBy: 'eng-head' });
 */
export function applyComplaintEvent(complaint: Complaint, event: ComplaintEvent): Complaint {
  const current = parseInput(Complaint, complaint, 'complaint');
  const parsed = parseInput(ComplaintEvent, event, 'complaint event');
  return applyWorkflowEvent(complaintWorkflow, current, parsed);
}

/**
 * The events the complaint can take now, for showing the next possible actions.
 *
 * @example
 * nextComplaintEvents(resolved) // ['followUp', 'flagMalicious']
 */
export function nextComplaintEvents(complaint: Complaint): ComplaintEventType[] {
  return nextWorkflowEvents(complaintWorkflow, parseInput(Complaint, complaint, 'complaint'));
}
