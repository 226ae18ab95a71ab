/**
 * `@clubkit/elements`: the member card, complaint form and merchant directory widgets, their
 * headless controllers, and `<club-provider>`. Importing this module defines no tag: import
 * `@clubkit/elements/define` (or a per-widget define entry) for that.
 * @packageDocumentation
 */
export { ClubProvider } from './provider/provider.js';
export { ClubElement } from './shared/club-element.js';
export { clubContext, type ClubContextValue, type WidgetClient } from './shared/context.js';
export { clubContextFrom, contextWithKit, fullKit, type ClientKit, type ClubConfig } from './shared/club-config.js';
export { defineElement, type DefinableElement } from './shared/define.js';
export { describeError } from './shared/errors.js';
export { baseStyles } from './shared/styles.js';
export {
  ClubErrorEvent,
  ClubRenewEvent,
  ClubSelectEvent,
  ClubSubmitEvent,
  ClubSubmittedEvent,
} from './shared/events.js';
export {
  builtInLocale,
  commonCatalog,
  messageCatalog,
  type LoadedLocale,
  type LocaleLoaders,
  type MessageCatalog,
  type Messages,
} from './messages/messages.js';
export { loadMessages } from './messages/load-messages.js';
export type { CommonMessages } from './messages/common.js';

export {
  ClubMemberCard,
  MemberCardController,
  MemberCardStatus,
  memberCardDetails,
  memberCardStatusText,
  formatCalendarDate,
  type MemberCardState,
  type CardClient,
  type MemberCardDetails,
  type MemberCardMessages,
  memberCardCatalog,
  memberCardZhHant,
  VipCodeController,
  VipCodeStatus,
  type VipCardClient,
  type VipCodeState,
  type VipSavingsState,
} from './member-card/index.js';

export {
  ClubComplaintForm,
  ComplaintFormController,
  ComplaintFormStatus,
  DraftStore,
  DraftStatus,
  complaintFields,
  emptyComplaintValues,
  fieldErrors,
  newDraft,
  newDraftKey,
  subjectFields,
  type ComplaintFormControllerOptions,
  type ComplaintClient,
  type ComplaintFormProblem,
  type ComplaintDraft,
  type DraftStoreOptions,
  type ComplaintField,
  type ComplaintFormValues,
  type ComplaintInputField,
  type ComplaintIssue,
  type ComplaintFormMessages,
  complaintFormCatalog,
  complaintFormZhHant,
} from './complaint-form/index.js';

export {
  ClubMerchantDirectory,
  MerchantDirectoryController,
  DirectoryStatus,
  parseNear,
  parseRegions,
  visibleRange,
  rowsPerPage,
  scrollTopToReveal,
  offerTerms,
  formatOfferDate,
  parseAmountYuan,
  isAmountYuan,
  DEFAULT_MAX_ROWS,
  DEFAULT_OVERSCAN,
  MAX_AMOUNT_YUAN,
  type DirectoryRegion,
  type DirectoryQuery,
  type MerchantDirectoryOptions,
  type DirectoryClient,
  type ViewportMetrics,
  type WindowInput,
  type WindowRange,
  type OfferTermsMessages,
  type DirectoryMessages,
  directoryCatalog,
  directoryZhHant,
} from './merchant-directory/index.js';
