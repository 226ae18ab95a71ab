import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { ServiceErrorCode } from './errors.js';
import { Actor } from './fields.js';
import { instantMs } from './instants.js';

// The one event-sourced workflow behind complaints, repair orders, paid services and visits:
// a record has a status and an append-only history; an event moves it along a transition
// table (status × event type → next status) unless a guard refuses.

/** Schema of one history entry whose `type` is one of `types`. */
export function historyEntry<const T extends readonly [string, ...string[]]>(types: T) {
  return z.object({
    type: z.enum(types),
    actor: Actor,
    at: IsoInstant,
    details: z.record(z.string(), z.unknown()),
  });
}

/** What every workflow event carries. */
export interface WorkflowEvent {
  type: string;
  actor: string;
  at: string;
}

/** One entry of a record's history. */
export interface WorkflowEntry {
  type: string;
  actor: string;
  at: string;
  details: Record<string, unknown>;
}

/** What every workflow record carries. */
export interface WorkflowRecord<S extends string> {
  status: S;
  history: readonly WorkflowEntry[];
}

/** Status × event type → next status. A missing cell means the event is refused. */
export type TransitionTable<S extends string, T extends string> = { readonly [K in S]: { readonly [E in T]?: S } };

/** Why a guard refuses an event; `code` defaults to the workflow's invalid-transition code. */
export interface Refusal {
  code?: ServiceErrorCode;
  reason: string;
}

type EventOf<E, T> = Extract<E, { type: T }>;

/** A workflow definition: the table plus guards and field effects per event type. */
export interface Workflow<S extends string, E extends WorkflowEvent, R extends WorkflowRecord<S>> {
  /** The record kind in messages, e.g. `complaint`. */
  kind: string;
  /** The code thrown when the table or a guard refuses an event. */
  invalidTransition: ServiceErrorCode;
  transitions: TransitionTable<S, E['type']>;
  /** Guards on the record alone; {@link nextWorkflowEvents} honours them. */
  when?: { readonly [T in E['type']]?: (record: R) => Refusal | undefined };
  /** Guards on the event's payload. */
  check?: { readonly [T in E['type']]?: (record: R, event: EventOf<E, T>) => Refusal | undefined };
  /** A more specific refusal for an event the table does not allow from the current status. */
  explain?: { readonly [T in E['type']]?: (record: R) => Refusal | undefined };
  /** The record's fields after the event; status and history are set by the workflow. */
  effects?: { readonly [T in E['type']]?: (record: R, event: EventOf<E, T>) => R };
}

function refuse(kind: string, code: ServiceErrorCode, status: string, type: string, refusal: Refusal): ClubError {
  const message = `Cannot apply "${type}" to a ${kind} that is ${status}: ${refusal.reason}`;
  return new ClubError(refusal.code ?? code, message, {
    details: { status, event: type, reason: refusal.reason },
  });
}

/** The event types the table and the record guards allow now, in table order. */
export function nextWorkflowEvents<S extends string, E extends WorkflowEvent, R extends WorkflowRecord<S>>(
  workflow: Workflow<S, E, R>,
  record: R,
): E['type'][] {
  const row: Partial<Record<string, S>> = workflow.transitions[record.status];
  const when: Partial<Record<string, (r: R) => Refusal | undefined>> = workflow.when ?? {};
  return Object.keys(row).filter((type) => when[type]?.(record) === undefined);
}

/**
 * Applies one event: checks the table, the guards and the time order, then returns a new
 * record with the effects, the next status and the event appended to the history.
 */
export function applyWorkflowEvent<S extends string, E extends WorkflowEvent, R extends WorkflowRecord<S>>(
  workflow: Workflow<S, E, R>,
  record: R,
  event: E,
): R {
  const { type, actor, at, ...details } = event;
  const { kind, invalidTransition } = workflow;
  const explain: Partial<Record<string, (r: R) => Refusal | undefined>> = workflow.explain ?? {};
  const when: Partial<Record<string, (r: R) => Refusal | undefined>> = workflow.when ?? {};
  const check = (workflow.check ?? {}) as Partial<Record<string, (r: R, e: E) => Refusal | undefined>>;
  const effects = (workflow.effects ?? {}) as Partial<Record<string, (r: R, e: E) => R>>;
  const row: Partial<Record<string, S>> = workflow.transitions[record.status];
  const to = row[type];
  if (to === undefined) {
    const allowed = Object.keys(row);
    const fallback = allowed.length === 0 ? 'it takes no more events' : `it takes ${allowed.join(', ')}`;
    throw refuse(kind, invalidTransition, record.status, type, explain[type]?.(record) ?? { reason: fallback });
  }
  const refusal = when[type]?.(record) ?? check[type]?.(record, event);
  if (refusal) throw refuse(kind, invalidTransition, record.status, type, refusal);
  const last = record.history.at(-1);
  if (last && instantMs(event.at) < instantMs(last.at)) {
    throw new ClubError(
      ServiceErrorCode.eventOutOfOrder,
      `A ${kind} event at ${event.at} is earlier than its last history entry at ${last.at}`,
      {
        details: { at: event.at, lastAt: last.at },
      },
    );
  }
  const changed = effects[type]?.(record, event) ?? record;
  return { ...changed, status: to, history: [...record.history, { type, actor, at, details }] };
}
