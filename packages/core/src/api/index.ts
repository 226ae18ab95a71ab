/**
 * The HTTP contract of the Club API: request bodies, responses and pages that the server and
 * the client share. The records themselves are the contexts' schemas.
 * @packageDocumentation
 */
export { Cursor, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page } from './page.js';
export { ProblemDetails, ProblemIssue } from './problem.js';
export { MemberSession, MemberSessionRequest } from './sessions.js';
export { Branch, BranchPatch, NewBranch } from './branch.js';
export { ApiKey, CreatedApiKey, KeyOrigin, NewApiKey } from './keys.js';
export { MemberCardView } from './me.js';
export {
  CounterCheck,
  CounterCheckRequest,
  MemberCardCode,
  MemberSavings,
  NewRedemption,
  NewVipOrder,
  VipOrderCancellation,
  VipOrderConfirmation,
  VipOrderResult,
} from './vip.js';
export { MemberSearch } from './member-search.js';
export {
  ApplicationApprovalResult,
  ApplicationRejectionRequest,
  CardReplacementResult,
  MemberRecord,
  NewApplication,
  PolicyTerms,
  RenewalRequest,
  RenewalResult,
  type NewApplicationInput,
} from './membership.js';
export {
  MerchantListItem,
  MerchantPage,
  MerchantPatch,
  NewMerchantBody,
  NewOfferBody,
  OfferPatchBody,
  type NewMerchant,
  type NewOffer,
  type OfferPatch,
} from './merchants.js';
export {
  ComplaintEventBody,
  ComplaintReceipt,
  ComplaintReceiptQuery,
  complaintReceipt,
  ConductStaff,
  ConductStaffList,
  NewComplaintBody,
  NewConductComplaintBody,
  phoneLast4,
  type ComplaintEventRequest,
} from './complaints.js';
export {
  HandoverEventBody,
  PaidServiceEventBody,
  PaidServiceRequest,
  ProcedureEventBody,
  ProcedureNextStepsAnswer,
  RepairEventBody,
  SignOffRequest,
  TimelineEntry,
  VisitEventBody,
  paidServiceFromRequest,
  type HandoverEventRequest,
  type PaidServiceEventRequest,
  type ProcedureEventRequest,
  type RepairEventRequest,
  type VisitEventRequest,
} from './desk.js';
export { Health } from './health.js';
export {
  AuditEntry,
  NewStaff,
  Staff,
  StaffPatch,
  StaffSession,
  StaffSessionInfo,
  StaffSessionRequest,
  StaffStatus,
} from './staff.js';
