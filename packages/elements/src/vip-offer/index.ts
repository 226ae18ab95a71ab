// The VIP offer's public names, for src/vip-offer.ts to re-export.
export { ClubVipOffer, DEFAULT_VIP_CATEGORIES } from './vip-offer.js';
export {
  EstimateStatus,
  VipMemberStatus,
  VipOfferController,
  VipPurchaseStatus,
  type BestVipOffer,
  type EstimateState,
  type VipMemberState,
  type VipOfferOptions,
  type VipPurchaseState,
} from './vip-offer-controller.js';
export { vipOfferClient, vipOfferKit, type VipOfferClient } from './client.js';
export { ClubVipChangedEvent, ClubVipOrderEvent } from './events.js';
export { SpendIssue, yearlySpend, type YearlySpend } from './spend.js';
export { vipOfferCatalog, vipOfferZhHant, type VipOfferMessages } from './messages.js';
