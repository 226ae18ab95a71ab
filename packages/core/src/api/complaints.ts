import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import {
  ComplaintCategorySchema,
  ComplaintEventType,
  ComplaintReference,
  ComplaintStatusSchema,
  PaidServiceEventType,
  RepairEventType,
  type ComplaintEvent,
  type PaidServiceEvent,
  type RepairEvent,
} from '../service/index.js';

type WithoutActor<T> = T extends unknown ? Omit<T, 'actor' | 'at'> : never;

/** A complaint event as a client sends it; the server records who (`actor`) and when (`at`). */
export type ComplaintEventRequest = WithoutActor<ComplaintEvent>;
/** A repair-order event as a client sends it; the server records `actor` and `at`. */
export type RepairEventRequest = WithoutActor<RepairEvent>;
/** A paid-service event as a client sends it; the server records `actor` and `at`. */
export type PaidServiceEventRequest = WithoutActor<PaidServiceEvent>;

/** An event body: its `type`; the server adds `actor` and `at` and checks the whole event with core's schema. */
function eventBody<T extends string>(types: Record<string, T>) {
  return z.looseObject({ type: z.enum(Object.values(types) as [T, ...T[]]) });
}

/**
 * Body of `POST /v1/complaints/{id}/events`. The server adds `actor` and `at` and checks the
 * whole event with `ComplaintEvent`, so issues point at the event's own fields.
 */
export const ComplaintEventBody = eventBody(ComplaintEventType);

/** Body of `POST /v1/repairs/{id}/events`: a `RepairEvent` without `actor` and `at`. */
export const RepairEventBody = eventBody(RepairEventType);

/** Body of `POST /v1/paid-services/{id}/events`: a `PaidServiceEvent` without `actor` and `at`. */
export const PaidServiceEventBody = eventBody(PaidServiceEventType);

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
