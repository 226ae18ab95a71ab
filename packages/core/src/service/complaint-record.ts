import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { IdPrefix, RecordId, entityId } from '../shared/ids.js';
import { ComplaintHistoryEntry } from './complaint-event.js';
import { ComplaintReference } from './complaint-reference.js';
import { ConductDetails } from './conduct-complaint.js';
import { ComplaintStatusSchema, DepartmentSchema, EscalationLevelSchema } from './complaint-type-schemas.js';
import { Actor, text } from './fields.js';
import { NewComplaint } from './new-complaint.js';

/** A complaint in the log: what was submitted, where it stands, and everything that happened to it. */
export const Complaint = z.object({
  ...NewComplaint.shape,
  /** `cmp_…` */
  id: RecordId,
  /** The number given to the complainant. */
  reference: ComplaintReference,
  status: ComplaintStatusSchema,
  receivedAt: IsoInstant,
  /** The unit of the service desk's archive the complaint is about, when staff linked one (`unt_…`). */
  unitId: z.optional(entityId(IdPrefix.unit)),
  /** The property of that unit (`prp_…`): what a property's service desk is scoped by. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  /** The member who complained, when known. */
  memberId: z.optional(RecordId),
  /** The current deadline: for acceptance until assigned, then the department's due time. */
  deadline: z.optional(IsoInstant),
  /** The responsible department, once assigned. */
  department: z.optional(DepartmentSchema),
  /** The level the complaint was last escalated to. */
  escalatedTo: z.optional(EscalationLevelSchema),
  /** The fix, signed by the responsible department's head. */
  resolution: z.optional(z.object({ text: text(2000), signedBy: Actor, at: IsoInstant })),
  /** The follow-up visit or call. */
  followUp: z.optional(z.object({ satisfied: z.boolean(), comment: z.optional(text(1000)), at: IsoInstant })),
  /** Whether the complainant said they were satisfied at the last follow-up. */
  satisfaction: z.optional(z.boolean()),
  /** Set when staff judged the complaint malicious; the complaint is still answered and kept. */
  malicious: z.optional(z.object({ reason: text(500), at: IsoInstant, by: Actor })),
  /** Set on a complaint about a staff member's conduct: whom, the manager handling it, witnesses and evidence. */
  conduct: z.optional(ConductDetails),
  /** Append-only: every change, oldest first. */
  history: z.array(ComplaintHistoryEntry).check(z.minLength(1)),
});
/** A complaint. */
export type Complaint = z.infer<typeof Complaint>;
