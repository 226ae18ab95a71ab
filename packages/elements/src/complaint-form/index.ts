// The complaint form's public names, for the package's curated src/index.ts.
export { ClubComplaintForm } from './complaint-form.js';
export {
  ComplaintFormController,
  ComplaintFormStatus,
  type ComplaintFormControllerOptions,
  type ComplaintClient,
  type ComplaintFormProblem,
  type MemberValues,
} from './complaint-form-controller.js';
export {
  DraftStore,
  ReceiptStore,
  DraftStatus,
  newDraft,
  newDraftKey,
  type ComplaintDraft,
  type DraftStoreOptions,
} from './draft-store.js';
export {
  checkComplaint,
  complaintFields,
  complaintInput,
  emptyComplaintValues,
  fieldErrors,
  subjectFields,
  type ComplaintField,
  type ComplaintFormValues,
  type ComplaintInputField,
  type ComplaintIssue,
} from './complaint-fields.js';
export { complaintFormCatalog, complaintFormZhHant, type ComplaintFormMessages } from './messages.js';
// What the form loads on demand; a page that renders its own markup imports it directly.
export {
  ComplaintProgressController,
  ProgressStatus,
  memberValues,
  progressMessages,
  valuesOfMember,
  type ComplaintProgressMessages,
  type PrefillClient,
  type ProgressProblems,
  type ProgressState,
} from './on-demand/index.js';
