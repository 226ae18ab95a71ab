import type { Handover, HandoverItem } from './handover.js';

// The hand-over's rules a browser reads records by: plain data in, no schema check (the Club API
// checked the records), so a widget's bundle takes them without zod.

/** Where a hand-over stands. */
export const HandoverStatus = {
  /** Written and signed by the outgoing shift; the incoming shift has not taken over yet. */
  handedOver: 'handed-over',
  /** The incoming shift took over: no question left unanswered. */
  accepted: 'accepted',
  /** The incoming shift refused to take over; the superior settles it (A4 §3.9.1 1 5]). */
  refused: 'refused',
  /** Read and signed by the manager or duty supervisor. */
  reviewed: 'reviewed',
} as const;
/** A hand-over status. */
export type HandoverStatus = (typeof HandoverStatus)[keyof typeof HandoverStatus];

/** The items a hand-over passes on: those not yet done. */
export function openItems(handover: Pick<Handover, 'items'>): HandoverItem[] {
  return handover.items.filter((item) => item.done === undefined);
}

/** Whether the next shift has taken over (or the superior settled a refusal): then a new hand-over may follow it. */
export function isTakenOver(handover: Pick<Handover, 'status'>): boolean {
  return handover.status === HandoverStatus.accepted || handover.status === HandoverStatus.reviewed;
}

/** How many of a hand-over's questions still have no answer: the incoming shift takes over at none. */
export function unansweredQuestions(handover: Pick<Handover, 'questions'>): number {
  return handover.questions.filter((q) => q.answer === undefined).length;
}
