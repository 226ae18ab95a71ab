import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { NewPaidService, PaidServiceEventType, type PaidServiceEvent } from '../service/paid-service-record.js';
import { ProcedurePartySchema } from '../service/procedure.js';
import { InspectingDepartmentSchema } from '../service/renovation-kinds.js';
import { SignOff } from '../service/procedure-progress.js';
import { ProcedureEventType, type ProcedureEvent } from '../service/procedure-record.js';
import { priceFromList, type ServicePrice } from '../service/service-price.js';
import { HandoverEventType, type HandoverEvent } from '../service/handover.js';
import { VisitEventType, type VisitEventInput } from '../service/visit.js';
import { RepairEventType, type RepairEvent } from '../service/repair-order.js';
import { eventBody, type WithoutActor } from './event-body.js';

/** A repair-order event as a client sends it; the server records `actor` and `at`. */
export type RepairEventRequest = WithoutActor<RepairEvent>;
/** A paid-service event as a client sends it; the server records `actor` and `at`. */
export type PaidServiceEventRequest = WithoutActor<PaidServiceEvent>;

/** Body of `POST /v1/repairs/{id}/events`: a `RepairEvent` without `actor` and `at`. */
export const RepairEventBody = eventBody(RepairEventType);

/** Body of `POST /v1/paid-services/{id}/events`: a `PaidServiceEvent` without `actor` and `at`. */
export const PaidServiceEventBody = eventBody(PaidServiceEventType);

/** One record on a unit's timeline: what it is, when it began, and where it stands. */
export const TimelineEntry = z.object({
  kind: z.enum(['complaint', 'repair', 'paid-service', 'visit', 'procedure']),
  /** The record's id: `cmp_…`, `rep_…`, `psv_…`, `vst_…` or `prc_…`. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** When it was received, registered, quoted, booked or opened. */
  at: IsoInstant,
  status: z.string().check(z.minLength(1), z.maxLength(50)),
});
/** One record on a unit's timeline. */
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** Body of `POST /v1/visits/{id}/events`: a `VisitEvent` without `actor` and `at`. */
export const VisitEventBody = eventBody(VisitEventType);
/** A visit event as a client sends it; the server records `actor` and `at`. */
export type VisitEventRequest = WithoutActor<VisitEventInput>;

/** Body of `POST /v1/handovers/{id}/events`: a `HandoverEvent` without `actor` and `at`. */
export const HandoverEventBody = eventBody(HandoverEventType);
/** A hand-over event as a client sends it; the server records `actor` and `at`. */
export type HandoverEventRequest = WithoutActor<HandoverEvent>;

const OtherProcedureEventTypes = Object.fromEntries(
  Object.entries(ProcedureEventType).filter(([, type]) => type !== ProcedureEventType.signOff),
) as Record<string, Exclude<ProcedureEventType, 'signOff'>>;
/**
 * Body of `POST /v1/procedures/{id}/events`: a `ProcedureEvent` without `actor` and `at`; a
 * sign-off goes to `POST /v1/procedures/{id}/sign-offs` instead.
 */
export const ProcedureEventBody = eventBody(OtherProcedureEventTypes);
/**
 * A procedure event other than a sign-off, as a client sends it. A fined violation names the
 * club's price-list line of the fine (`priceId`); the server records its amount.
 */
export type ProcedureEventRequest =
  | Exclude<WithoutActor<ProcedureEvent>, { type: 'signOff' | 'recordViolation' }>
  | Omit<WithoutActor<Extract<ProcedureEvent, { type: 'recordViolation' }>>, 'fineFen'>;

/** Body of `POST /v1/procedures/{id}/sign-offs`: the step and the party that signs it; the server records who and when. */
export const SignOffRequest = z.object({ step: SignOff.shape.step, department: ProcedurePartySchema });
/** A sign-off as a client sends it. */
export type SignOffRequest = z.infer<typeof SignOffRequest>;

/** Answer of `GET /v1/procedures/{id}/next-steps`: what core's rules let the procedure take now. */
export const ProcedureNextStepsAnswer = z.object({
  /** The missing sign-offs whose prerequisites are met, in step order. */
  signOffs: z.array(SignOffRequest),
  /** The other events it takes now, e.g. `assessDamages`. */
  events: z.array(ProcedureEventBody.shape.type),
  /**
   * A renovation's days of work, through the club's today, on which a department has not inspected
   * the site (A4 §3.2.4: customer service, engineering and security at least once a day each).
   */
  inspectionGaps: z.array(z.object({ day: IsoDate, missing: z.array(InspectingDepartmentSchema) })),
});
/** What a procedure can take now. */
export type ProcedureNextStepsAnswer = z.infer<typeof ProcedureNextStepsAnswer>;

/**
 * Body of `POST /v1/paid-services`: a paid service whose fee notice is priced either by hand
 * (`quote.priceFen`) or from the price list (`priceId`, times `quantity`), never both.
 */
export const PaidServiceRequest = z
  .object({
    ...NewPaidService.shape,
    quote: z.object({ priceFen: z.optional(NonNegativeFen), scheduledAt: IsoInstant }),
  })
  .check(
    z.refine((r) => (r.quote.priceFen === undefined) !== (r.priceId === undefined), {
      error: 'Give the price either as quote.priceFen or as a priceId of the price list',
      path: ['priceId'],
      params: { code: 'conflict' },
    }),
  );
/** Body of a new paid service. */
export type PaidServiceRequest = z.infer<typeof PaidServiceRequest>;

/**
 * The paid service a request describes: the price as given, or the price-list line's (core's
 * `priceFromList`: a retired or unknown line throws `paid-service/price-unavailable`).
 *
 * @example
 * paidServiceFromRequest({ …, priceId: 'spr_hood', quantity: 2, quote: { scheduledAt } }, hoodLine).quote.priceFen // 24000
 */
export function paidServiceFromRequest(request: PaidServiceRequest, line?: ServicePrice): NewPaidService {
  const { quote, ...rest } = request;
  const priceFen =
    request.priceId === undefined ? (quote.priceFen ?? 0) : priceFromList(line, request.quantity ?? 1, request.priceId);
  return { ...rest, quote: { priceFen, scheduledAt: quote.scheduledAt } };
}
