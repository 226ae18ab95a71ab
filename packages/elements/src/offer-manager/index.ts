// The offer manager's public names, for src/operator.ts to re-export.
export { ClubOfferManager } from './offer-manager.js';
export {
  OfferChange,
  OfferManagerController,
  OfferManagerStatus,
  type DoneChange,
  type OfferDraft,
  type OfferManagerOptions,
  type OfferManagerState,
  type PendingChange,
} from './offer-manager-controller.js';
export { offerManagerClient, offerManagerKit, type OfferManagerClient } from './client.js';
export {
  checkOfferForm,
  emptyOfferValues,
  formFields,
  offerPatch,
  valuesOfOffer,
  type OfferFormCheck,
  type OfferFormField,
  type OfferFormIssue,
  type OfferFormValues,
} from './offer-form.js';
export { offerManagerCatalog, offerManagerZhHant, type OfferManagerMessages } from './messages.js';
