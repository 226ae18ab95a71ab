import { acceptanceDeadline } from './complaint-deadline.js';
import type { ComplaintEvent, ComplaintEventType } from './complaint-event.js';
import type { Complaint } from './complaint-record.js';
import { EscalationLevel, type ComplaintStatus } from './complaint-types.js';
import { ServiceErrorCode } from './errors.js';
import type { TransitionTable, Workflow } from './workflow.js';

/**
 * Which event each complaint status accepts and the status it leads to (A4 §3.3.4).
 * `reopen` sends a complaint back to `received` so it is verified and assigned anew, with a
 * fresh acceptance deadline; `flagMalicious` keeps the status; `closed` takes nothing.
 */
export const ComplaintTransitions = {
  received: { assign: 'assigned', escalate: 'escalated', resolve: 'resolved', flagMalicious: 'received' },
  assigned: { assign: 'assigned', escalate: 'escalated', resolve: 'resolved', flagMalicious: 'assigned' },
  escalated: { assign: 'assigned', escalate: 'escalated', flagMalicious: 'escalated' },
  resolved: { followUp: 'followed-up', flagMalicious: 'resolved' },
  'followed-up': { close: 'closed', reopen: 'received', flagMalicious: 'followed-up' },
  closed: {},
} as const satisfies TransitionTable<ComplaintStatus, ComplaintEventType>;

const rank = { [EscalationLevel.manager]: 1, [EscalationLevel.generalManager]: 2 } as const;

/** The complaint workflow: the table above, its guards and its effects on the record. @internal */
export const complaintWorkflow: Workflow<ComplaintStatus, ComplaintEvent, Complaint> = {
  kind: 'complaint',
  invalidTransition: ServiceErrorCode.complaintInvalidTransition,
  transitions: ComplaintTransitions,
  when: {
    escalate: (c) =>
      c.status === 'escalated' && c.escalatedTo === EscalationLevel.generalManager
        ? { reason: 'it is already with the general manager' }
        : undefined,
    reopen: (c) =>
      c.followUp?.satisfied === false
        ? undefined
        : { reason: 'only a complaint whose follow-up was unsatisfied can be reopened' },
    flagMalicious: (c) => (c.malicious ? { reason: 'it is already flagged as malicious' } : undefined),
  },
  check: {
    escalate: (c, e) =>
      c.status === 'escalated' && c.escalatedTo !== undefined && rank[e.to] <= rank[c.escalatedTo]
        ? { reason: `it is already escalated to the ${c.escalatedTo}` }
        : undefined,
  },
  explain: {
    close: (c) =>
      c.status === 'closed'
        ? undefined
        : {
            code: ServiceErrorCode.complaintFollowUpRequired,
            reason: 'a complaint is closed only after a follow-up visit or call',
          },
  },
  effects: {
    assign: (c, e) => ({ ...c, department: e.department, deadline: e.dueAt }),
    escalate: (c, e) => ({ ...c, escalatedTo: e.to }),
    resolve: (c, e) => ({ ...c, resolution: { text: e.resolution, signedBy: e.signedBy, at: e.at } }),
    followUp: (c, e) => ({
      ...c,
      followUp: { satisfied: e.satisfied, ...(e.comment === undefined ? {} : { comment: e.comment }), at: e.at },
      satisfaction: e.satisfied,
    }),
    reopen: (c, e) => {
      const reopened = { ...c, deadline: acceptanceDeadline(e.at, c.severity) };
      delete reopened.resolution;
      delete reopened.followUp;
      return reopened;
    },
    flagMalicious: (c, e) => ({ ...c, malicious: { reason: e.reason, at: e.at, by: e.actor } }),
  },
};
