// The merchant directory's public names, for the package's curated src/index.ts.
export { ClubMerchantDirectory, parseNear, parseRegions, type DirectoryRegion } from './merchant-directory.js';
export {
  DirectoryStatus,
  MerchantDirectoryController,
  type DirectoryQuery,
  type MerchantDirectoryOptions,
  type DirectoryClient,
} from './merchant-directory-controller.js';
export {
  DEFAULT_MAX_ROWS,
  DEFAULT_OVERSCAN,
  rowsPerPage,
  scrollTopToReveal,
  visibleRange,
  type ViewportMetrics,
  type WindowInput,
  type WindowRange,
} from './windowing.js';
export { isAmountYuan, MAX_AMOUNT_YUAN, parseAmountYuan } from '../shared/amount.js';
export { formatOfferDate, offerTerms, type OfferTermsMessages } from '../shared/offer-terms.js';
export { directoryCatalog, directoryZhHant, type DirectoryMessages } from './messages.js';
// SpacerSheet stays internal: an implementation detail of the element's window.
