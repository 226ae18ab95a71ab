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
// Core's rules applied to the form's values (`checkComplaint`, `complaintInput`) are their own
// entry, `@clubkit/elements/complaint-check`, which the form loads on demand.
export {
  complaintFields,
  emptyComplaintValues,
  fieldErrors,
  subjectFields,
  type ComplaintField,
  type ComplaintFormValues,
  type ComplaintInputField,
  type ComplaintIssue,
} from './complaint-fields.js';
export { complaintFormCatalog, complaintFormZhHant, type ComplaintFormMessages } from './messages.js';
// What the form loads on demand (a member's details, "check progress") is its own entry,
// `@clubkit/elements/complaint-progress`, so that a page's first file never carries it.
