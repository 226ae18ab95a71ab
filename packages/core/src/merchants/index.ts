/**
 * Partner merchants ("特約商戶"), their member offers and the merchant directory search (A5 §1–2).
 * @module
 */
export { BestOffer, bestOffer, OfferList } from './best-offer.js';
export { type BranchName, branchName } from './branch-name.js';
export { CategoryGroup, categoryGroup, MERCHANT_CATEGORIES, MerchantCategory } from './category.js';
export { categoryLabel } from './category-label.js';
export { MerchantCategorySchema } from './category-schema.js';
export { CLUB_REGIONS, ClubRegion, regionLabel } from './region.js';
export { regionName } from './region-name.js';
export { REGION_NAMES_EN } from './region-names-en.js';
export { REGION_NAMES_ZH_HANS } from './region-names-zh-hans.js';
export { REGION_NAMES_ZH_HANT } from './region-names-zh-hant.js';
export { distanceKm } from './distance.js';
export { GeoPoint, Merchant, PhoneNumber, RegionCode } from './merchant.js';
export { AmountOffer, Offer, OfferKind, offerSaving, PercentOffer, PriceOffer, Purchase } from './offer.js';
export { bestOfferOn, headlineOffer, offerOpenOn, offerSavingOn } from './offer-rules.js';
export { MerchantHit, MerchantQuery, MerchantSort, searchMerchants } from './search.js';
export {
  checkOfferFields,
  OFFER_TITLE_MAX,
  OfferIssueCode,
  type OfferField,
  type OfferFieldCheck,
  type OfferFieldIssue,
} from './check-offer.js';
