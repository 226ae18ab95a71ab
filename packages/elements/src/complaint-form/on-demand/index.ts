// What the complaint form loads on demand, in one module of its own so its first download
// carries none of it: filling the form in from a signed-in member's records, the kept receipt,
// and the "check progress" view (reference and phone digits), with their words and their look.
export { progressMessages } from './catalog.js';
export { renderKept, renderPrefilled } from './kept-view.js';
export { memberReads, memberValues, valuesOfMember, type MemberValues, type PrefillClient } from './member-values.js';
export {
  ComplaintProgressController,
  ProgressStatus,
  fourDigits,
  normalReference,
  problemsOf,
  type ProgressProblems,
  type ProgressState,
} from './progress-controller.js';
export { renderProgress, type ProgressViewActions } from './progress-view.js';
export { onDemandStyles } from './styles.js';
export type { OnDemandDeps } from './deps.js';
export type { ComplaintProgressMessages } from './messages.js';
