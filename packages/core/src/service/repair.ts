import type * as z from 'zod/mini';
import type { IsoInstant } from '../shared/dates.js';
import { IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import {
  NewRepairOrder,
  RepairEvent,
  RepairOrder,
  type RepairEventInput,
  type RepairEventType,
  type RepairStatus,
} from './repair-order.js';
import { recordOptions } from './fields.js';
import { addHours, instantMs } from './instants.js';
import { applyWorkflowEvent, nextWorkflowEvents, type TransitionTable, type Workflow } from './workflow.js';

/**
 * Which event each repair status accepts and the status it leads to (A4 §3.4.4). A public item
 * goes from `dispatched` straight to `done`; any other is `assessed` (or `declined`) first.
 */
export const RepairTransitions = {
  registered: { dispatch: 'dispatched', cancel: 'cancelled' },
  dispatched: {
    assess: 'assessed',
    decline: 'declined',
    recordMaterials: 'dispatched',
    complete: 'done',
    cancel: 'cancelled',
  },
  assessed: { recordMaterials: 'assessed', complete: 'done', cancel: 'cancelled' },
  done: { signOff: 'signed-off' },
  'signed-off': {},
  declined: {},
  cancelled: {},
} as const satisfies TransitionTable<RepairStatus, RepairEventType>;

const publicNeedsNoAssessment = (r: RepairOrder) =>
  r.publicItem ? { reason: 'public items are fixed without an assessment' } : undefined;

const repairWorkflow: Workflow<RepairStatus, RepairEvent, RepairOrder> = {
  kind: 'repair order',
  invalidTransition: ServiceErrorCode.repairInvalidTransition,
  transitions: RepairTransitions,
  when: {
    assess: publicNeedsNoAssessment,
    decline: publicNeedsNoAssessment,
    complete: (r) => {
      if (r.status === 'dispatched' && !r.publicItem) {
        return {
          code: ServiceErrorCode.repairAssessmentRequired,
          reason: 'the engineering supervisor must assess a non-public item first',
        };
      }
      const unchecked = (r.materials ?? []).filter((m) => m.suppliedByCustomer && m.check !== 'pass');
      if (unchecked.length === 0) return undefined;
      const names = unchecked.map((m) => `${m.name} (${m.check})`).join(', ');
      return {
        code: ServiceErrorCode.repairMaterialCheckFailed,
        reason: `customer-supplied materials have not passed their check: ${names}`,
      };
    },
  },
  effects: {
    dispatch: (r, e) => ({ ...r, receivedBy: e.receivedBy, receivedAt: e.receivedAt }),
    assess: (r, e) => ({
      ...r,
      assessment: { by: e.actor, at: e.at, ...(e.note === undefined ? {} : { note: e.note }) },
    }),
    recordMaterials: (r, e) => ({ ...r, materials: e.materials }),
    complete: (r, e) => ({ ...r, work: e.work }),
    signOff: (r, e) => ({ ...r, signedOffBy: e.signedBy }),
  },
};

/** Options of {@link createRepairOrder}: the new id (`rep_…`), when, and who registered it. */
export const CreateRepairOptions = recordOptions(IdPrefix.repair);
/** Options of {@link createRepairOrder}. */
export type CreateRepairOptions = z.infer<typeof CreateRepairOptions>;

/**
 * Registers a repair request (A4 §3.4.4 1–2) as a `registered` work order.
 *
 * @example
 * createRepairOrder({ customer: 'ACME', phone: '021-5555-0100', unit: 'B-702', content: 'Leaking tap', appointmentAt: '2026-11-28T02:00:00Z', publicItem: false }, { id: 'rep_1', now: '2026-11-27T08:00:00Z', actor: 'stf_1' })
 */
export function createRepairOrder(input: NewRepairOrder, options: CreateRepairOptions): RepairOrder {
  const request = parseInput(NewRepairOrder, input, 'repair order');
  const { id, now, actor } = parseInput(CreateRepairOptions, options, 'repair order options');
  return { ...request, id, status: 'registered', history: [{ type: 'register', actor, at: now, details: {} }] };
}

/**
 * Applies one event to a repair order and returns the new order; the input is never changed.
 * Throws `repair/invalid-transition`, `repair/assessment-required` (a non-public item not yet
 * assessed) or `repair/material-check-failed` (a customer-supplied material not passed).
 *
 * @example
 * applyRepairEvent(order, { type: 'dispatch', actor: 'stf_1', at: '2026-11-27T08:10:00Z', receivedBy: 'eng_3', receivedAt: '2026-11-27T08:10:00Z' })
 */
export function applyRepairEvent(order: RepairOrder, event: RepairEventInput): RepairOrder {
  const current = parseInput(RepairOrder, order, 'repair order');
  return applyWorkflowEvent(repairWorkflow, current, parseInput(RepairEvent, event, 'repair event'));
}

/** The events the repair order can take now. */
export function nextRepairEvents(order: RepairOrder): RepairEventType[] {
  return nextWorkflowEvents(repairWorkflow, parseInput(RepairOrder, order, 'repair order'));
}

/**
 * Hours after the appointment within which a repair's work still counts as done on time. A4
 * §3.4 asks for repairs at the appointed time without a figure; clubkit allows the day after it.
 */
export const RepairOnTimeHours = 24;

/** When the repair's work was completed (its first `complete` entry), or undefined before that. */
export function repairCompletedAt(order: RepairOrder): IsoInstant | undefined {
  return parseInput(RepairOrder, order, 'repair order').history.find((h) => h.type === 'complete')?.at;
}

/**
 * Whether the repair's work was completed within {@link RepairOnTimeHours} of the appointment;
 * undefined while it is not completed. The desk statistics' on-time rate counts these.
 *
 * @example
 * repairCompletedOnTime(order) // true when completed by the day after the appointment
 */
export function repairCompletedOnTime(order: RepairOrder): boolean | undefined {
  const done = repairCompletedAt(order);
  if (done === undefined) return undefined;
  return instantMs(done) <= instantMs(addHours(order.appointmentAt, RepairOnTimeHours));
}
