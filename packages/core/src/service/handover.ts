import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { Actor, recordOptions, text } from './fields.js';
import { HandoverStatus, isTakenOver, openItems, unansweredQuestions } from './handover-items.js';
import { applyWorkflowEvent, historyEntry, nextWorkflowEvents, type Refusal, type Workflow } from './workflow.js';

// The front desk's shift hand-over (A4 §3.9.1 1, 前臺交接班制度): the outgoing shift writes what it
// did and what is still open and signs it; the incoming shift reads it, asks what is unclear, and
// takes over once every question has its answer — or refuses to and the superior settles it; the
// manager or duty supervisor reviews each day's hand-overs. An item left open is carried into
// every later hand-over until a shift marks it done: nothing is dropped between shifts.

/** Schema of {@link HandoverStatus}. */
export const HandoverStatusSchema = z.enum(HandoverStatus);

/** The most items one hand-over carries, open and done. */
export const HANDOVER_ITEMS_MAX = 200;

/** Something a shift passes on: open until a shift marks it done. */
export const HandoverItem = z.object({
  /** Stable across the hand-overs that carry it: the id of the hand-over that opened it, `#`, its number there. */
  key: z.string().check(z.minLength(1), z.maxLength(80)),
  text: text(500),
  /** When and by whom it was opened. */
  openedAt: IsoInstant,
  openedBy: Actor,
  /** Set in the hand-over of the shift that finished it. */
  done: z.optional(z.object({ at: IsoInstant, by: Actor })),
});
/** An item of a hand-over. */
export type HandoverItem = z.infer<typeof HandoverItem>;

/** What the outgoing shift writes. */
export const NewHandover = z.object({
  /** What the shift did and what the next one should know (the work diary). */
  log: text(4000),
  /** New open items this shift passes on. @default [] */
  items: z._default(z.array(text(500)).check(z.maxLength(50)), () => []),
  /** Keys of the items the previous hand-over carried that this shift finished. @default [] */
  done: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(80))).check(z.maxLength(HANDOVER_ITEMS_MAX)),
    () => [],
  ),
});
/** A new hand-over as written. */
export type NewHandover = z.infer<typeof NewHandover>;
/** A new hand-over as a caller may pass it (`items` and `done` optional). */
export type NewHandoverInput = z.input<typeof NewHandover>;

/** A question of the incoming shift, and the outgoing shift's answer. */
export const HandoverQuestion = z.object({
  text: text(1000),
  askedAt: IsoInstant,
  askedBy: Actor,
  answer: z.optional(z.object({ text: text(1000), at: IsoInstant, by: Actor })),
});
/** A question about a hand-over. */
export type HandoverQuestion = z.infer<typeof HandoverQuestion>;

/** A shift hand-over with its items, questions and history. */
export const Handover = z.object({
  /** `hov_…` */
  id: entityId(IdPrefix.handover),
  /** The property whose front desk it is (`prp_…`); none for the club's own desk. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  /** The hand-over it follows; none for a desk's first. */
  previousId: z.optional(entityId(IdPrefix.handover)),
  status: HandoverStatusSchema,
  log: text(4000),
  /** The previous hand-over's open items (some now done) and the new ones. */
  items: z.array(HandoverItem).check(z.maxLength(HANDOVER_ITEMS_MAX)),
  /** Who wrote and signed it (交班人簽名), and when. */
  handedOverBy: Actor,
  handedOverAt: IsoInstant,
  questions: z.array(HandoverQuestion),
  acceptedBy: z.optional(Actor),
  refusal: z.optional(z.object({ reason: text(1000), by: Actor, at: IsoInstant })),
  review: z.optional(z.object({ note: z.optional(text(1000)), by: Actor, at: IsoInstant })),
  history: z.array(historyEntry(['handOver', 'ask', 'answer', 'accept', 'refuse', 'review'])).check(z.minLength(1)),
});
/** A shift hand-over. */
export type Handover = z.infer<typeof Handover>;

/** The events of a hand-over. */
export const HandoverEventType = {
  ask: 'ask',
  answer: 'answer',
  accept: 'accept',
  refuse: 'refuse',
  review: 'review',
} as const;
/** A hand-over event type. */
export type HandoverEventType = (typeof HandoverEventType)[keyof typeof HandoverEventType];

const base = { actor: Actor, at: IsoInstant };

/**
 * One thing that happens to a hand-over: the incoming shift may `ask` about it; the outgoing shift
 * `answer`s question `question` (its index); the incoming shift `accept`s it or `refuse`s it with
 * a reason; the manager or duty supervisor `review`s it, accepted or refused.
 */
export const HandoverEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ask'), ...base, text: text(1000) }),
  z.object({ type: z.literal('answer'), ...base, question: z.int().check(z.minimum(0)), text: text(1000) }),
  z.object({ type: z.literal('accept'), ...base }),
  z.object({ type: z.literal('refuse'), ...base, reason: text(1000) }),
  z.object({ type: z.literal('review'), ...base, note: z.optional(text(1000)) }),
]);
/** One hand-over event. */
export type HandoverEvent = z.infer<typeof HandoverEvent>;

const notTheWriter =
  (what: string) =>
  (h: Handover, e: { actor: string }): Refusal | undefined =>
    e.actor === h.handedOverBy ? { reason: `the shift that wrote a hand-over does not ${what} it` } : undefined;

const unanswered = (h: Handover): Refusal | undefined => {
  const open = unansweredQuestions(h);
  return open > 0 ? { reason: `${String(open)} question(s) still have no answer` } : undefined;
};

const HANDOVER_WORKFLOW: Workflow<HandoverStatus, HandoverEvent, Handover> = {
  kind: 'hand-over',
  invalidTransition: ServiceErrorCode.handoverInvalidTransition,
  transitions: {
    'handed-over': { ask: 'handed-over', answer: 'handed-over', accept: 'accepted', refuse: 'refused' },
    accepted: { review: 'reviewed' },
    refused: { review: 'reviewed' },
    reviewed: {},
  },
  when: { accept: unanswered },
  check: {
    ask: notTheWriter('ask about'),
    answer: (h, e) =>
      e.actor !== h.handedOverBy
        ? { reason: 'only the shift that wrote a hand-over answers its questions' }
        : h.questions[e.question] === undefined
          ? { reason: `there is no question ${String(e.question)}` }
          : h.questions[e.question]?.answer !== undefined
            ? { reason: `question ${String(e.question)} already has its answer` }
            : undefined,
    accept: notTheWriter('take over'),
    refuse: notTheWriter('refuse'),
    review: notTheWriter('review'),
  },
  effects: {
    ask: (h, e) => ({ ...h, questions: [...h.questions, { text: e.text, askedAt: e.at, askedBy: e.actor }] }),
    answer: (h, e) => ({
      ...h,
      questions: h.questions.map((q, i) =>
        i === e.question ? { ...q, answer: { text: e.text, at: e.at, by: e.actor } } : q,
      ),
    }),
    accept: (h, e) => ({ ...h, acceptedBy: e.actor }),
    refuse: (h, e) => ({ ...h, refusal: { reason: e.reason, by: e.actor, at: e.at } }),
    review: (h, e) => ({ ...h, review: { ...(e.note === undefined ? {} : { note: e.note }), by: e.actor, at: e.at } }),
  },
};

// Re-exported beside the schemas they read; they live apart so a browser bundle takes them without zod.
export { HandoverStatus, isTakenOver, openItems, unansweredQuestions };

/** Options of {@link handOver}: the new id, when, who, and the desk. */
export const HandoverOptions = z.object({
  ...recordOptions(IdPrefix.handover).shape,
  propertyId: z.optional(entityId(IdPrefix.property)),
});
/** Options of {@link handOver}. */
export type HandoverOptions = z.infer<typeof HandoverOptions>;

/**
 * Writes a shift's hand-over after `previous`, the desk's latest (undefined for its first). Every
 * item `previous` left open is in the new one — done when its key is in `done`, still open
 * otherwise — followed by the new `items`: nothing is dropped between shifts.
 *
 * @throws ClubError `handover/previous-pending` while `previous` is not taken over (accepted, or
 *   refused and reviewed): a shift hands over only what it took over.
 * @throws ClubError `invalid-input` for a `done` key that is not an open item of `previous`, or
 *   more than {@link HANDOVER_ITEMS_MAX} items in all.
 */
export function handOver(previous: Handover | undefined, input: NewHandoverInput, options: HandoverOptions): Handover {
  const { log, items, done } = parseInput(NewHandover, input, 'hand-over');
  const { id, now, actor, propertyId } = parseInput(HandoverOptions, options, 'hand-over options');
  if (previous && !isTakenOver(previous)) {
    throw new ClubError(
      ServiceErrorCode.handoverPending,
      `Hand-over ${previous.id} is ${previous.status}: the next shift must take it over (or the superior settle its refusal) before a new one is written`,
      { details: { previousId: previous.id, status: previous.status } },
    );
  }
  const carried = previous ? openItems(previous) : [];
  const keys = new Set(carried.map((item) => item.key));
  const unknown = done.flatMap((key, i) => (keys.has(key) ? [] : [i]));
  if (unknown.length > 0) {
    throw new ClubError(INVALID_INPUT, `No open item ${done[unknown[0] ?? 0] ?? ''} in the previous hand-over`, {
      issues: unknown.map((i) => ({ path: ['done', i], code: 'not_found', message: `No open item ${done[i] ?? ''}` })),
    });
  }
  const finished = new Set(done);
  const all: HandoverItem[] = [
    ...carried.map((item) => (finished.has(item.key) ? { ...item, done: { at: now, by: actor } } : item)),
    ...items.map((text, i) => ({ key: `${id}#${String(i + 1)}`, text, openedAt: now, openedBy: actor })),
  ];
  if (all.length > HANDOVER_ITEMS_MAX) {
    throw new ClubError(INVALID_INPUT, `A hand-over carries at most ${String(HANDOVER_ITEMS_MAX)} items`, {
      issues: [{ path: ['items'], code: 'too_big', message: `At most ${String(HANDOVER_ITEMS_MAX)} items in all` }],
    });
  }
  return {
    id,
    ...(propertyId === undefined ? {} : { propertyId }),
    ...(previous ? { previousId: previous.id } : {}),
    status: HandoverStatus.handedOver,
    log,
    items: all,
    handedOverBy: actor,
    handedOverAt: now,
    questions: [],
    history: [{ type: 'handOver', actor, at: now, details: { items: all.length, done: done.length } }],
  };
}

/**
 * Applies one event to a hand-over.
 *
 * @throws ClubError `handover/invalid-transition` when its status does not take the event, the
 *   writer asks, takes over, refuses or reviews their own hand-over, someone else answers, or a
 *   question is left unanswered at `accept`; `service/event-out-of-order` for an event dated
 *   before the last one.
 */
export function applyHandoverEvent(handover: Handover, event: z.input<typeof HandoverEvent>): Handover {
  return applyWorkflowEvent(HANDOVER_WORKFLOW, handover, parseInput(HandoverEvent, event, 'hand-over event'));
}

/** The events a hand-over takes now (before who sends them is checked). */
export function nextHandoverEvents(handover: Handover): HandoverEventType[] {
  return nextWorkflowEvents(HANDOVER_WORKFLOW, handover);
}
