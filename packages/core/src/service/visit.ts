import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { addMonths } from '../shared/calendar.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { IdPrefix, RecordId, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { Actor, Phone, Unit, recordOptions, text } from './fields.js';
import {
  applyWorkflowEvent,
  historyEntry,
  nextWorkflowEvents,
  type TransitionTable,
  type Workflow,
} from './workflow.js';

/** Where a customer visit is (A4 §3.5.4). */
export const VisitStatus = {
  scheduled: 'scheduled',
  visited: 'visited',
  followedUp: 'followed-up',
  cancelled: 'cancelled',
} as const;
/** A visit status. */
export type VisitStatus = (typeof VisitStatus)[keyof typeof VisitStatus];
/** Schema of {@link VisitStatus}. */
export const VisitStatusSchema = z.enum(VisitStatus);

/** What a return visit follows up: a complaint, a repair order or a paid service (A4 §3.3.4 4). */
export const VisitSubject = z.object({
  kind: z.enum(['complaint', 'repair', 'paid-service']),
  /** The record's id: `cmp_…`, `rep_…` or `psv_…`. */
  id: RecordId,
});
/** What a return visit follows up. */
export type VisitSubject = z.infer<typeof VisitSubject>;

/** The longest interval of a periodic visit plan, in months. */
export const VISIT_PLAN_MAX_MONTHS = 12;

/** A periodic visit's plan: the customer is visited again every `everyMonths` months (A4 §3.5.4 1). */
export const VisitPlan = z.object({
  everyMonths: z.int().check(z.minimum(1), z.maximum(VISIT_PLAN_MAX_MONTHS)),
});
/** A periodic visit plan. */
export type VisitPlan = z.infer<typeof VisitPlan>;

/** Why a visit is made: after a record (`return`), by the visit plan (`periodic`), or as it came up (`ad-hoc`). */
export const VisitKind = { return: 'return', periodic: 'periodic', adHoc: 'ad-hoc' } as const;
/** A kind of visit. */
export type VisitKind = (typeof VisitKind)[keyof typeof VisitKind];
/** Schema of {@link VisitKind}. */
export const VisitKindSchema = z.enum(VisitKind);

/**
 * A visit as booked with the customer, by plan or for something that came up. A return visit
 * names its `subject`; a periodic one its `plan`; never both.
 */
export const NewVisit = z
  .object({
    /** The customer's name or company. */
    customer: text(100),
    unit: z.optional(Unit),
    phone: z.optional(Phone),
    /** Why the visit is made. */
    purpose: text(500),
    appointmentAt: IsoInstant,
    /** The unit of the service desk's archive, `unt_…`; the server adds its property. */
    unitId: z.optional(entityId(IdPrefix.unit)),
    /** The complaint, repair or paid service a return visit follows up. */
    subject: z.optional(VisitSubject),
    /** The plan of a periodic visit. */
    plan: z.optional(VisitPlan),
  })
  .check(
    z.refine((v) => v.subject === undefined || v.plan === undefined, {
      error: 'A visit follows up a record or belongs to the visit plan, not both',
      path: ['plan'],
      params: { code: 'conflict' },
    }),
  );
/** A new visit. */
export type NewVisit = z.infer<typeof NewVisit>;

/** The events of a visit. */
export const VisitEventType = {
  reschedule: 'reschedule',
  record: 'record',
  followUp: 'followUp',
  cancel: 'cancel',
} as const;
/** A visit event type. */
export type VisitEventType = (typeof VisitEventType)[keyof typeof VisitEventType];

const base = { actor: Actor, at: IsoInstant };

/**
 * One thing that happens to a visit: `reschedule`; `record` the customer's opinions and requests
 * (the visit record form), with `referred` when a request went to management for a decision;
 * `followUp` on those requests; `cancel`.
 */
export const VisitEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reschedule'), ...base, appointmentAt: IsoInstant }),
  z.object({
    type: z.literal('record'),
    ...base,
    opinions: text(4000),
    /** @default [] */
    requests: z._default(z.array(text(500)).check(z.maxLength(50)), () => []),
    /** @default false */
    referred: z._default(z.boolean(), false),
    /** Whether the customer is satisfied; required on a return visit (A4 §3.3.4 4). */
    satisfied: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('followUp'), ...base, note: text(2000) }),
  z.object({ type: z.literal('cancel'), ...base, reason: text(500) }),
]);
/** One visit event. */
export type VisitEvent = z.infer<typeof VisitEvent>;
/** A visit event as a caller may pass it (`requests` and `referred` optional). */
export type VisitEventInput = z.input<typeof VisitEvent>;

/** A customer visit and its history. */
export const Visit = z.object({
  ...NewVisit.shape,
  /** `vst_…` */
  id: entityId(IdPrefix.visit),
  kind: VisitKindSchema,
  /** The property of the linked unit (`prp_…`): what a property's service desk is scoped by. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  status: VisitStatusSchema,
  /** Whether the customer said they were satisfied, as recorded at the visit. */
  satisfied: z.optional(z.boolean()),
  /** What the customer said, from the visit record form. */
  notes: z.optional(z.object({ opinions: text(4000), requests: z.array(text(500)), referred: z.boolean() })),
  followUp: z.optional(z.object({ note: text(2000), at: IsoInstant })),
  history: z.array(historyEntry(['book', 'reschedule', 'record', 'followUp', 'cancel'])).check(z.minLength(1)),
});
/** A visit. */
export type Visit = z.infer<typeof Visit>;

/** Which event each visit status accepts and the status it leads to. */
export const VisitTransitions = {
  scheduled: { reschedule: 'scheduled', record: 'visited', cancel: 'cancelled' },
  visited: { followUp: 'followed-up' },
  'followed-up': {},
  cancelled: {},
} as const satisfies TransitionTable<VisitStatus, VisitEventType>;

const visitWorkflow: Workflow<VisitStatus, VisitEvent, Visit> = {
  kind: 'visit',
  invalidTransition: ServiceErrorCode.visitInvalidTransition,
  transitions: VisitTransitions,
  effects: {
    reschedule: (v, e) => ({ ...v, appointmentAt: e.appointmentAt }),
    record: (v, e) => ({
      ...v,
      notes: { opinions: e.opinions, requests: e.requests, referred: e.referred },
      ...(e.satisfied === undefined ? {} : { satisfied: e.satisfied }),
    }),
    followUp: (v, e) => ({ ...v, followUp: { note: e.note, at: e.at } }),
  },
};

/** Options of {@link createVisit}: the new id (`vst_…`), when, and who booked it. */
export const CreateVisitOptions = recordOptions(IdPrefix.visit);
/** Options of {@link createVisit}. */
export type CreateVisitOptions = z.infer<typeof CreateVisitOptions>;

/**
 * Books a visit with a customer, in status `scheduled`.
 *
 * @example
 * createVisit({ customer: 'ACME', purpose: 'Quarterly visit', appointmentAt: '2026-12-01T02:00:00Z' }, { id: 'vst_1', now: '2026-11-27T08:00:00Z', actor: 'stf_1' })
 */
export function createVisit(input: NewVisit, options: CreateVisitOptions): Visit {
  const visit = parseInput(NewVisit, input, 'visit');
  const { id, now, actor } = parseInput(CreateVisitOptions, options, 'visit options');
  const kind = visit.subject ? VisitKind.return : visit.plan ? VisitKind.periodic : VisitKind.adHoc;
  return { ...visit, id, kind, status: 'scheduled', history: [{ type: 'book', actor, at: now, details: {} }] };
}

/**
 * Applies one event to a visit and returns the new visit; throws `visit/invalid-transition` when
 * refused, and `invalid-input` (at `satisfied`) when a return visit is recorded without asking
 * whether the customer is satisfied.
 */
export function applyVisitEvent(visit: Visit, event: VisitEventInput): Visit {
  const current = parseInput(Visit, visit, 'visit');
  const parsed = parseInput(VisitEvent, event, 'visit event');
  if (parsed.type === 'record' && current.kind === VisitKind.return && parsed.satisfied === undefined) {
    throw new ClubError(INVALID_INPUT, 'A return visit records whether the customer is satisfied.', {
      issues: [{ path: ['satisfied'], code: 'invalid_type', message: 'Expected true or false' }],
    });
  }
  return applyWorkflowEvent(visitWorkflow, current, parsed);
}

/**
 * The next visit of a periodic visit's plan, once this one has been made: the same customer and
 * unit, `everyMonths` calendar months after this appointment (the UTC date moves; a 31st gives
 * the month's last day). Undefined for any other visit, or one not yet made.
 *
 * @example
 * nextPlannedVisit(visitedQuarterly)?.appointmentAt // '2027-03-01T02:00:00Z' after '2026-12-01T02:00:00Z'
 */
export function nextPlannedVisit(visit: Visit): NewVisit | undefined {
  const v = parseInput(Visit, visit, 'visit');
  if (v.plan === undefined || v.status !== VisitStatus.visited) return undefined;
  const appointmentAt = `${addMonths(v.appointmentAt.slice(0, 10), v.plan.everyMonths)}${v.appointmentAt.slice(10)}`;
  return {
    customer: v.customer,
    purpose: v.purpose,
    appointmentAt,
    plan: v.plan,
    ...(v.unit === undefined ? {} : { unit: v.unit }),
    ...(v.phone === undefined ? {} : { phone: v.phone }),
    ...(v.unitId === undefined ? {} : { unitId: v.unitId }),
  };
}

/** The events the visit can take now. */
export function nextVisitEvents(visit: Visit): VisitEventType[] {
  return nextWorkflowEvents(visitWorkflow, parseInput(Visit, visit, 'visit'));
}
