import type { AssessmentMessages } from '../assessment-messages.js';

/** English. */
export const assessmentEn: AssessmentMessages = {
  loaded: (n, w) => `${n} ${n === 1 ? 'assessment' : 'assessments'}${w > 0 ? `, ${w} awaiting the sales centre` : ''}.`,
  empty: 'No assessment.',
  caption: 'Half-yearly 100-point assessments',
  colDealer: 'Dealer',
  colHalfYear: 'Half-year',
  colScore: 'Score',
  colReward: 'Reward',
  colStep: 'Step',
  score: (n) => `${n} / 100`,
  steps: {
    director: 'Awaiting the director',
    deputy: 'Awaiting the deputy',
    branch: 'Awaiting the branch',
    region: 'Awaiting the region',
    'sales-centre': 'Awaiting the sales centre',
    filed: 'Approved and filed',
  },
  returned: (reason) => `Sent back: ${reason}`,
  signerName: 'Signed by',
  reason: 'Reason for sending back',
  sign: 'Approve and file',
  refuse: 'Send back to the region',
  reasonRequired: 'Sending back needs a reason.',
  decided: (d, r) => (r ? `${d}’s assessment sent back.` : `${d}’s assessment approved; its reward is paid.`),
  refused: (r) => `Not done: ${r}`,
};
