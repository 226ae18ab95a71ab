import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { complaintDeadline } from '../service/complaint-deadline.js';
import { ComplaintEventType, type ComplaintEvent } from '../service/complaint-event.js';
import type { Complaint } from '../service/complaint-record.js';
import { NewComplaint } from '../service/new-complaint.js';
import { NewConductDetails } from '../service/conduct-complaint.js';
import { ComplaintReference } from '../service/complaint-reference.js';
import { ComplaintCategorySchema, ComplaintStatusSchema } from '../service/complaint-type-schemas.js';
import { eventBody, type WithoutActor } from './event-body.js';

/** A complaint event as a client sends it; the server records who (`actor`) and when (`at`). */
export type ComplaintEventRequest = WithoutActor<ComplaintEvent>;

/**
 * Body of `POST /v1/complaints/{id}/events`. The server adds `actor` and `at` and checks the
 * whole event with `ComplaintEvent`, so issues point at the event's own fields.
 */
export const ComplaintEventBody = eventBody(ComplaintEventType);

/**
 * The public part of a complaint: what the complainant gets back on filing, looks up by
 * reference and sees among a member's own complaints. Status, category, dates, the promised
 * follow-up and the resolution written for the complainant; never the complainant's personal
 * details, staff ids, departments, escalations, malicious flags or notes. Built from a complaint
 * by {@link complaintReceipt} and nowhere else.
 */
export const ComplaintReceipt = z.object({
  id: entityId(IdPrefix.complaint),
  reference: ComplaintReference,
  status: ComplaintStatusSchema,
  category: ComplaintCategorySchema,
  receivedAt: IsoInstant,
  /** When the club has promised to act by: the acceptance deadline, then the department's. */
  followUpBy: IsoInstant,
  /** The resolution text once the complaint is resolved. */
  resolution: z.optional(z.string()),
  /** When the complaint was resolved. */
  resolvedAt: z.optional(IsoInstant),
});
/** A complaint receipt. */
export type ComplaintReceipt = z.infer<typeof ComplaintReceipt>;

/**
 * The receipt of a complaint: the only way the public part is cut from the whole record.
 *
 * @example
 * complaintReceipt(complaint) // { id, reference, status, category, receivedAt, followUpBy }
 */
export function complaintReceipt(complaint: Complaint): ComplaintReceipt {
  return {
    id: complaint.id,
    reference: complaint.reference,
    status: complaint.status,
    category: complaint.category,
    receivedAt: complaint.receivedAt,
    followUpBy: complaintDeadline(complaint),
    ...(complaint.resolution ? { resolution: complaint.resolution.text, resolvedAt: complaint.resolution.at } : {}),
  };
}

/**
 * The last four digits of a contact phone as typed (`'138 0013 8000'` → `'8000'`): what a receipt
 * lookup asks for besides the reference. Shorter numbers give all their digits.
 */
export function phoneLast4(phone: string): string {
  return phone.replace(/\D/g, '').slice(-4);
}

/**
 * Query of `GET /v1/complaint-receipts/{reference}`: the last four digits of the contact phone
 * given when filing. Missing or wrong, the receipt answers 404 as for an unknown reference.
 */
export const ComplaintReceiptQuery = z.object({
  /** The last four digits of the phone number given when filing, e.g. `8000`. */
  phoneLast4: z.optional(z.string().check(z.regex(/^\d{4}$/))),
});
/** Query of a receipt lookup. */
export type ComplaintReceiptQuery = z.infer<typeof ComplaintReceiptQuery>;

/**
 * Body of `POST /v1/complaints`: the complaint form, and for staff the unit of the archive it is
 * about (`unitId`, `unt_…`; the server adds the unit's property). The form itself stays
 * `NewComplaint`, which partner pages check without zod; what other callers send as `unitId` is
 * ignored.
 */
export const NewComplaintBody = z.object({ ...NewComplaint.shape, unitId: z.optional(entityId(IdPrefix.unit)) });
/** Body of a new complaint. */
export type NewComplaintBody = z.input<typeof NewComplaintBody>;

/**
 * Body of `POST /v1/conduct-complaints`: a complaint about one staff member's conduct as the desk
 * logs it (A4 §3.3.6 5), with the staff member, the witnesses and the evidence; the server makes
 * the staff member's manager its handler.
 */
export const NewConductComplaintBody = z.object({ ...NewComplaintBody.shape, conduct: NewConductDetails });
/** Body of a new conduct complaint. */
export type NewConductComplaintBody = z.input<typeof NewConductComplaintBody>;

/**
 * A staff member as the desk may see them to name in a conduct complaint: who they are and their
 * role, nothing to reach them by.
 */
export const ConductStaff = z.object({
  id: entityId(IdPrefix.staff),
  name: z.string(),
  /** Their role, e.g. `desk`, so two of one name can be told apart. */
  role: z.string(),
});
/** A staff member the desk may name in a conduct complaint. */
export type ConductStaff = z.infer<typeof ConductStaff>;

/** Answer of `GET /v1/conduct-complaints/staff`: the matches, by name, at most `limit`. */
export const ConductStaffList = z.object({ data: z.array(ConductStaff) });
/** Answer of `GET /v1/conduct-complaints/staff`. */
export type ConductStaffList = z.infer<typeof ConductStaffList>;
