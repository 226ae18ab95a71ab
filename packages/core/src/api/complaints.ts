import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { ComplaintEventType, type ComplaintEvent } from '../service/complaint-event.js';
import { ComplaintReference } from '../service/complaint-reference.js';
import { ComplaintCategorySchema, ComplaintStatusSchema } from '../service/complaint-types.js';
import { eventBody, type WithoutActor } from './event-body.js';

/** A complaint event as a client sends it; the server records who (`actor`) and when (`at`). */
export type ComplaintEventRequest = WithoutActor<ComplaintEvent>;

/**
 * Body of `POST /v1/complaints/{id}/events`. The server adds `actor` and `at` and checks the
 * whole event with `ComplaintEvent`, so issues point at the event's own fields.
 */
export const ComplaintEventBody = eventBody(ComplaintEventType);

/**
 * What a complainant gets back and can look up by reference: the status and the promised
 * follow-up, without the personal details of the complaint.
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
});
/** A complaint receipt. */
export type ComplaintReceipt = z.infer<typeof ComplaintReceipt>;
