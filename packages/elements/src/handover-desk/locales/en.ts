import type { HandoverDeskMessages } from '../messages.js';

/** `who` at the start of a sentence. */
const capital = (who: string) => `${who.charAt(0).toUpperCase()}${who.slice(1)}`;

/** English. */
export const handoverDeskEn: HandoverDeskMessages = {
  hovTitle: 'Shift hand-over',
  hovNotConfigured: 'The hand-over desk is not configured: it needs the club’s base URL and a staff session endpoint.',
  hovSignedOut: 'Sign in to see the shift hand-overs.',
  hovLoaded: (s) => `Latest hand-over: ${s}.`,
  hovNone: 'This desk has no hand-over yet.',
  hovReload: 'Refresh',
  hovLatest: 'Latest hand-over',
  hovStatuses: {
    'handed-over': 'Awaiting the next shift',
    accepted: 'Taken over',
    refused: 'Refused',
    reviewed: 'Reviewed',
  },
  hovWrittenBy: (who, at) => `Handed over by ${who}, ${at}`,
  hovYou: 'you',
  hovStaff: (id) => `colleague ${id}`,
  hovLog: 'Log',
  hovOpenItems: (n) => `Open items (${n})`,
  hovDoneItems: (n) => `Done this shift (${n})`,
  hovNoItems: 'None.',
  hovOpenedBy: (who, at) => `${who}, ${at}`,
  hovQuestions: (n) => `Questions (${n})`,
  hovNoQuestions: 'No questions.',
  hovAskedBy: (who) => `${capital(who)} asked:`,
  hovUnanswered: 'Not answered yet.',
  hovAnswer: (text, who) => `${capital(who)} answered: ${text}`,
  hovAcceptedBy: (who) => `Taken over by ${who}`,
  hovRefusedBy: (who, reason) => `${capital(who)} refused to take over: ${reason}`,
  hovReviewedBy: (who, note) => `Reviewed by ${who}${note ? `: ${note}` : '.'}`,
  hovQuestionField: 'Question',
  hovAnswerField: (n) => `Answer to question ${n}`,
  hovReasonField: 'Why you refuse to take over',
  hovNoteField: 'Review note (optional)',
  hovActions: {
    ask: 'Ask',
    answer: 'Answer',
    accept: 'Take over',
    refuse: 'Refuse to take over',
    review: 'Review',
    handOver: 'Hand over',
  },
  hovAcceptWaits: (n) =>
    `${n} ${n === 1 ? 'question has' : 'questions have'} no answer yet: take over once ${n === 1 ? 'it is' : 'they are'} answered.`,
  hovWrite: 'Write the hand-over',
  hovWriteWaits: 'The latest hand-over is not taken over yet: the next one is written after it is.',
  hovCarried: 'Open items from the previous shift',
  hovDoneThisShift: 'Done this shift',
  hovNewItems: 'New open items',
  hovNewItemsHint: 'One per line.',
  hovRequired: 'Please fill this in.',
  hovRefused: (action, reason) => `Could not ${action.toLowerCase()}: ${reason}`,
  hovPreviousPending:
    'The latest hand-over is not taken over yet, or a colleague has just handed over. Reloaded; what you wrote is kept.',
  hovNotNow:
    'The hand-over no longer takes this (say, a question still has no answer). Reloaded with its latest state.',
  hovDone: (action) => `Done: ${action.toLowerCase()}.`,
};
