import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
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

/** A visit as booked with the customer, by plan or for something that came up. */
export const NewVisit = z.object({
  /** The customer's name or company. */
  customer: text(100),
  unit: z.optional(Unit),
  phone: z.optional(Phone),
  /** Why the visit is made. */
  purpose: text(500),
  appointmentAt: IsoInstant,
});
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
  status: VisitStatusSchema,
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
    record: (v, e) => ({ ...v, notes: { opinions: e.opinions, requests: e.requests, referred: e.referred } }),
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
  return { ...visit, id, status: 'scheduled', history: [{ type: 'book', actor, at: now, details: {} }] };
}

/** Applies one event to a visit and returns the new visit; throws `visit/invalid-transition` when refused. */
export function applyVisitEvent(visit: Visit, event: VisitEventInput): Visit {
  const current = parseInput(Visit, visit, 'visit');
  return applyWorkflowEvent(visitWorkflow, current, parseInput(VisitEvent, event, 'visit event'));
}

/** The events the visit can take now. */
export function nextVisitEvents(visit: Visit): VisitEventType[] {
  return nextWorkflowEvents(visitWorkflow, parseInput(Visit, visit, 'visit'));
}
