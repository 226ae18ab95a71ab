/**
 * Membership: members, cars, policies, cards, validity, renewal and applications (A3, A2 §1, A5).
 * @packageDocumentation
 */
export { Plate, normalizePlate } from './plate.js';
export { CardNumber, CardIssuerPrefix, issueCardNumber, normalizeCardNumber } from './card-number.js';
export { isValidCardNumber, maskCardNumber } from './card-number-rules.js';
export {
  DEFAULT_GRACE_DAYS,
  PolicyPeriod,
  MembershipWindowOptions,
  MembershipWindow,
  membershipWindow,
  membershipStatus,
} from './validity.js';
export { MembershipState, MembershipStatus } from './states.js';
export { MEMBERSHIP_STATE_BOUNDARIES, membershipStateOn, membershipStatusOn } from './state-rules.js';
export type { MembershipBoundary, MembershipBoundaryField } from './state-rules.js';
export { Member, Vehicle } from './member.js';
export { Policy } from './policy.js';
export { CardStatus, CardStatusSchema, MemberCard } from './card.js';
export { Membership, membershipState } from './membership.js';
export { StartMembershipInput, startMembership } from './start.js';
export { RenewalIds, renewMembership } from './renew.js';
export type { MembershipRenewal } from './renew.js';
export { cancelMembership } from './cancel.js';
export { CardReplacementIds, replaceCard } from './replace-card.js';
export type { CardReplacement } from './replace-card.js';
export { assertVehicleFree } from './duplicate-vehicle.js';
export {
  ApplicationStatus,
  ApplicationStatusSchema,
  MembershipApplication,
  ApplicationApproval,
  ApplicationRejection,
  approveApplication,
  rejectApplication,
} from './application.js';
export { MembershipErrorCode } from './errors.js';
// Internal building blocks (PersonName, Phone, Email, PolicyNumber, GraceDays) stay unexported until a caller needs them.
export {
  assertCampaignRuns,
  Campaign,
  CampaignReport,
  campaignRunsOn,
  campaignSentence,
  CampaignTally,
  NewCampaign,
} from './campaign.js';
export { campaignSentenceOn, type CampaignCounts } from './campaign-sentence.js';
export {
  Handbook,
  HANDBOOK_MAX_CHARS,
  HandbookSection,
  handbookInForce,
  handbookLength,
  NewHandbook,
  publishHandbook,
} from './handbook.js';
export { SOURCE_SERVICE_COUNT, ServiceCategory, SERVICE_CATEGORIES, ServiceStatus } from './catalogue-categories.js';
export {
  serviceCategoryLabel,
  NewClubService,
  type NewClubServiceInput,
  ClubServiceUpdate,
} from './service-catalogue.js';
export { ServiceCategorySchema, ClubService, ServiceUse } from './catalogue-records.js';
export {
  serviceNameKey,
  assertServiceNameFree,
  assertServiceOffered,
  retireService,
  catalogueCounts,
  type CatalogueCounts,
} from './catalogue-rules.js';
export { NewServiceUse, assertServiceUsable } from './service-use.js';
export type { CardMembership } from './service-use.js';
export { CatalogueErrorCode } from './catalogue-errors.js';
