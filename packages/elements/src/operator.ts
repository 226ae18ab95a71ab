/**
 * `@clubkit/elements/operator`: the widgets for the people who run the club — so far
 * `<club-stats-board>`, `<club-complaint-desk>`, `<club-offer-manager>`, `<club-card-check>`, `<club-alliance-board>`, `<club-handover-desk>` and `<club-service-catalogue>` — with their headless
 * controllers. A partner page's member widgets never import it. Importing this module defines no
 * tag: import `@clubkit/elements/define/stats-board`, `…/define/complaint-desk` or
 * `…/define/offer-manager` or `…/define/card-check` for that.
 * @packageDocumentation
 */
export * from './complaint-desk/index.js';
export { ClubStatsBoard } from './stats-board/stats-board.js';
export {
  StatsBoardController,
  StatsBoardStatus,
  StatsSection,
  type AllianceSection,
  type RevenueSection,
  type ApplicationsInBucket,
  type ComplaintsInBucket,
  type DeskSection,
  type MemberSection,
  type StatsBoardOptions,
  type StatsBoardReport,
  type StatsBoardState,
} from './stats-board/stats-board-controller.js';
export { statsBoardClient, statsBoardKit, type StatsBoardClient } from './stats-board/client.js';
export {
  checkPeriod,
  defaultPeriod,
  periodBuckets,
  PeriodProblem,
  MAX_MONTH_BUCKETS,
  MAX_YEAR_BUCKETS,
  type PeriodBucket,
  type StatsPeriod,
} from './stats-board/period.js';
export {
  boardSections,
  barLength,
  chartTop,
  scaleTop,
  type BoardChart,
  type BoardColumn,
  type BoardFigure,
  type BoardFormat,
  type BoardSection,
  type ColumnUnit,
} from './stats-board/board-charts.js';
export { statsBoardCatalog, statsBoardZhHant, type StatsBoardMessages } from './stats-board/messages.js';
export { ClubOfferManager } from './offer-manager/offer-manager.js';
export {
  OfferChange,
  OfferManagerController,
  OfferManagerStatus,
  type DoneChange,
  type OfferDraft,
  type OfferManagerOptions,
  type OfferManagerState,
  type PendingChange,
} from './offer-manager/offer-manager-controller.js';
export { offerManagerClient, offerManagerKit, type OfferManagerClient } from './offer-manager/client.js';
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
} from './offer-manager/offer-form.js';
export { offerManagerCatalog, offerManagerZhHant, type OfferManagerMessages } from './offer-manager/messages.js';
export * from './member-desk/index.js';
export * from './card-check/index.js';
export * from './procedure-desk/index.js';
export * from './alliance-board/index.js';
export * from './handover-desk/index.js';
export * from './service-catalogue/index.js';
