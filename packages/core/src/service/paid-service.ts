import type * as z from 'zod/mini';
import { IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { recordOptions } from './fields.js';
import {
  NewPaidService,
  PaidService,
  PaidServiceEvent,
  type PaidServiceEventType,
  type PaidServiceStatus,
} from './paid-service-record.js';
import { applyWorkflowEvent, nextWorkflowEvents, type TransitionTable, type Workflow } from './workflow.js';

/**
 * Which event each paid-service status accepts and the status it leads to (A4 §3.12.4):
 * quoted → signed → performed → accepted → charged, with `reject` → rework → performed again,
 * and an accepted service the customer will not pay `escalate`d until it is charged.
 */
export const PaidServiceTransitions = {
  quoted: { sign: 'signed', cancel: 'cancelled' },
  signed: { perform: 'performed', cancel: 'cancelled' },
  performed: { accept: 'accepted', reject: 'rework' },
  rework: { perform: 'performed' },
  accepted: { charge: 'charged', escalate: 'escalated' },
  escalated: { charge: 'charged' },
  charged: {},
  cancelled: {},
} as const satisfies TransitionTable<PaidServiceStatus, PaidServiceEventType>;

const paidServiceWorkflow: Workflow<PaidServiceStatus, PaidServiceEvent, PaidService> = {
  kind: 'paid service',
  invalidTransition: ServiceErrorCode.paidServiceInvalidTransition,
  transitions: PaidServiceTransitions,
  effects: {
    sign: (s, e) => ({ ...s, feeNoticeSignedBy: e.signedBy }),
    accept: (s, e) => ({ ...s, acceptedBy: e.signedBy }),
    escalate: (s, e) => ({ ...s, handedTo: e.handedTo }),
    charge: (s, e) => ({
      ...s,
      charged: {
        amountFen: s.quote.priceFen,
        at: e.at,
        ...(e.receiptNumber === undefined ? {} : { receiptNumber: e.receiptNumber }),
      },
    }),
  },
};

/** Options of {@link createPaidService}: the new id (`psv_…`), when, and who wrote the fee notice. */
export const CreatePaidServiceOptions = recordOptions(IdPrefix.paidService);
/** Options of {@link createPaidService}. */
export type CreatePaidServiceOptions = z.infer<typeof CreatePaidServiceOptions>;

/**
 * Records a paid-service request with its fee notice, in status `quoted`.
 *
 * @example
 * createPaidService({ customer: 'ACME', phone: '021-5555-0100', unit: 'B-702', content: 'Move furniture', quote: { priceFen: yuan(120), scheduledAt: '2026-11-29T01:00:00Z' } }, { id: 'psv_1', now: '2026-11-27T08:00:00Z', actor: 'stf_1' })
 */
export function createPaidService(input: NewPaidService, options: CreatePaidServiceOptions): PaidService {
  const request = parseInput(NewPaidService, input, 'paid service');
  const { id, now, actor } = parseInput(CreatePaidServiceOptions, options, 'paid service options');
  return { ...request, id, status: 'quoted', history: [{ type: 'quote', actor, at: now, details: {} }] };
}

/**
 * Applies one event to a paid service and returns the new record; the input is never changed.
 * Throws `paid-service/invalid-transition` when the status does not take the event.
 *
 * @example
 * applyPaidServiceEvent(quoted, { type: 'sign', actor: 'stf_1', at: '2026-11-27T08:05:00Z', signedBy: 'Ms Li' })
 */
export function applyPaidServiceEvent(service: PaidService, event: PaidServiceEvent): PaidService {
  const current = parseInput(PaidService, service, 'paid service');
  return applyWorkflowEvent(paidServiceWorkflow, current, parseInput(PaidServiceEvent, event, 'paid service event'));
}

/** The events the paid service can take now. */
export function nextPaidServiceEvents(service: PaidService): PaidServiceEventType[] {
  return nextWorkflowEvents(paidServiceWorkflow, parseInput(PaidService, service, 'paid service'));
}
