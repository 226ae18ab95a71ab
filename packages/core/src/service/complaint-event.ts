import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { DepartmentSchema, EscalationLevelSchema } from './complaint-type-schemas.js';
import { Actor, text } from './fields.js';
import { instantMs } from './instants.js';
import { historyEntry } from './workflow.js';

/** The events that move a complaint along (A4 §3.3.4). */
export const ComplaintEventType = {
  assign: 'assign',
  escalate: 'escalate',
  resolve: 'resolve',
  followUp: 'followUp',
  reopen: 'reopen',
  close: 'close',
  flagMalicious: 'flagMalicious',
} as const;
/** A complaint event type. */
export type ComplaintEventType = (typeof ComplaintEventType)[keyof typeof ComplaintEventType];

const base = { actor: Actor, at: IsoInstant };

const Assign = z.object({ type: z.literal('assign'), ...base, department: DepartmentSchema, dueAt: IsoInstant }).check(
  z.refine((e) => instantMs(e.dueAt) > instantMs(e.at), {
    error: 'The deadline must be after the assignment',
    path: ['dueAt'],
    params: { code: 'too_small' },
  }),
);

/**
 * One thing that happens to a complaint, with who (`actor`) and when (`at`):
 * `assign` to a department with a deadline; `escalate` to the manager or general manager;
 * `resolve` with the fix signed by the department head; `followUp` with the complainant's
 * satisfaction; `reopen` after an unsatisfied follow-up; `close`; `flagMalicious`.
 *
 * @example
 * applyComplaintEvent(c, { type: 'assign', actor: 'stf_1', at: '2026-11-27T09:00:00Z', department: 'engineering', dueAt: '2026-11-28T09:00:00Z' })
 */
export const ComplaintEvent = z.discriminatedUnion('type', [
  Assign,
  z.object({ type: z.literal('escalate'), ...base, to: EscalationLevelSchema, reason: text(500) }),
  z.object({ type: z.literal('resolve'), ...base, resolution: text(2000), signedBy: Actor }),
  z.object({ type: z.literal('followUp'), ...base, satisfied: z.boolean(), comment: z.optional(text(1000)) }),
  z.object({ type: z.literal('reopen'), ...base, reason: text(500) }),
  z.object({ type: z.literal('close'), ...base }),
  z.object({ type: z.literal('flagMalicious'), ...base, reason: text(500) }),
]);
/** One complaint event. */
export type ComplaintEvent = z.infer<typeof ComplaintEvent>;

/** One entry of a complaint's append-only history: `receive` at creation, then one per event. */
export const ComplaintHistoryEntry = historyEntry([
  'receive',
  'assign',
  'escalate',
  'resolve',
  'followUp',
  'reopen',
  'close',
  'flagMalicious',
]);
/** One entry of a complaint's history. */
export type ComplaintHistoryEntry = z.infer<typeof ComplaintHistoryEntry>;
