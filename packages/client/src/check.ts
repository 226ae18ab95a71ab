/**
 * `@clubkit/client/check`: the check of the Club API's answers against core's schemas, for the
 * `checkResponses` option. Kept out of the main entry so that a browser page downloads no
 * schemas (nor zod); use it in development, in tests and in back ends.
 *
 * @example
 * import { createClubClient } from '@clubkit/client';
 * import { checkResponses } from '@clubkit/client/check';
 *
 * const club = createClubClient({ baseUrl, secretKey: process.env.CLUB_SECRET_KEY, checkResponses });
 * @packageDocumentation
 */
import { toClubIssue } from '@clubkit/core';
import {
  ApiKey,
  ApplicationApprovalResult,
  AuditEntry,
  TimelineEntry,
  ProcedureNextStepsAnswer,
  Branch,
  CardReplacementResult,
  CounterCheck,
  CreatedApiKey,
  MemberCardCode,
  MemberSavings,
  VipOrderCancellation,
  VipOrderResult,
  ComplaintReceipt,
  ConductStaffList,
  MemberCardView,
  MemberRecord,
  MemberSession,
  MerchantPage,
  Page,
  RenewalResult,
  Staff,
  StaffSession,
  StaffSessionInfo,
} from '@clubkit/core/api';
import {
  Campaign,
  CampaignReport,
  Handbook,
  ClubService,
  ServiceUse,
  Member,
  MemberCard,
  Membership,
  MembershipApplication,
} from '@clubkit/core/membership';
import { Merchant, Offer } from '@clubkit/core/merchants';
import { Activity, ActivitySignUp, AdIncome, Redemption, VipOrder } from '@clubkit/core/vip';
import { AllianceCalendar, PrimaryDealership } from '@clubkit/core/alliance';
import {
  Complaint,
  ComplaintEventType,
  Handover,
  HandoverEventType,
  PaidService,
  ProcedureRecord,
  PropertyUnit,
  RepairOrder,
  ServicePrice,
  Survey,
  SurveyRequest,
  Visit,
  VisitEventType,
} from '@clubkit/core/service';
import {
  AllianceMarketStats,
  ComplaintStats,
  DeskStats,
  MemberStats,
  MerchantStats,
  RevenueStats,
  SurveyStats,
} from '@clubkit/core/stats';
import {
  AllianceCounty,
  AlliancePenalty,
  Assessment,
  AssessmentSheet,
  BudgetPlan,
  AllianceStanding,
  Dealer,
  DealerReview,
  MonthlyDealerReport,
  PayStatement,
  PurchaseRecord,
  RewardFund,
  LargestSecondaryDealers,
  SecondaryList,
  Promotion,
  PromotionEnrolment,
  SalesCentre,
  SalesMonth,
  Salesperson,
  VisitNoteRecord,
  WeeklyVisitList,
} from '@clubkit/core/alliance';
import * as z from 'zod/mini';
import type { AnswerName, Answers } from './answers.js';
import type { ResponseCheck } from './options.js';

/**
 * The schema of each answer shape, from core's shared contract. `satisfies` ties each name to
 * its type in {@link Answers}: a schema whose output is not that type does not compile.
 */
export const answerSchemas = {
  Merchant,
  MerchantPage,
  Offer,
  ComplaintReceipt,
  ComplaintReceiptPage: Page(ComplaintReceipt),
  Complaint,
  ComplaintPage: Page(Complaint),
  ConductStaffList,
  Member,
  MemberPage: Page(Member),
  MemberRecord,
  MemberCardView,
  MemberCardList: z.array(MemberCard),
  MembershipApplication,
  ApplicationPage: Page(MembershipApplication),
  Campaign,
  CampaignPage: Page(Campaign),
  CampaignReport,
  Handbook,
  HandbookPage: Page(Handbook),
  ClubService,
  ClubServicePage: Page(ClubService),
  ServiceUse,
  ServiceUsePage: Page(ServiceUse),
  ApplicationApprovalResult,
  Membership,
  RenewalResult,
  RepairOrder,
  RepairOrderPage: Page(RepairOrder),
  PaidService,
  PaidServicePage: Page(PaidService),
  MemberSession,
  MemberStats,
  ComplaintStats,
  MerchantStats,
  Staff,
  StaffPage: Page(Staff),
  StaffSession,
  StaffSessionInfo,
  AuditPage: Page(AuditEntry),
  SalesCentre,
  SalesCentrePage: Page(SalesCentre),
  County: AllianceCounty,
  CountyPage: Page(AllianceCounty),
  Salesperson,
  SalespersonPage: Page(Salesperson),
  PayStatement,
  Dealer,
  DealerPage: Page(Dealer),
  AllianceStanding,
  SalesMonth,
  SalesMonthList: z.array(SalesMonth),
  DealerReview,
  VisitNote: VisitNoteRecord,
  VisitNotePage: Page(VisitNoteRecord),
  DealerPurchase: PurchaseRecord,
  WeeklyVisitList,
  MonthlyDealerReport,
  AlliancePenalty,
  AlliancePenaltyPage: Page(AlliancePenalty),
  BudgetPlan,
  BudgetPlanPage: Page(BudgetPlan),
  AssessmentSheet,
  AssessmentSheetPage: Page(AssessmentSheet),
  Assessment,
  AssessmentPage: Page(Assessment),
  RewardFund,
  RewardFundPage: Page(RewardFund),
  SecondaryList,
  SecondaryListPage: Page(SecondaryList),
  LargestSecondaryDealers,
  AllianceMarketStats,
  PropertyUnit,
  PropertyUnitPage: Page(PropertyUnit),
  TimelinePage: Page(TimelineEntry),
  Visit,
  VisitPage: Page(Visit),
  VisitNextEvents: z.object({ events: z.array(z.enum(VisitEventType)) }),
  Handover,
  HandoverPage: Page(Handover),
  HandoverNextEvents: z.object({ events: z.array(z.enum(HandoverEventType)) }),
  ComplaintNextEvents: z.object({ events: z.array(z.enum(ComplaintEventType)) }),
  ProcedureRecord,
  ProcedureRecordPage: Page(ProcedureRecord),
  ProcedureNextSteps: ProcedureNextStepsAnswer,
  ServicePrice,
  ServicePricePage: Page(ServicePrice),
  DeskStats,
  Survey,
  SurveyPage: Page(Survey),
  SurveyRequest,
  SurveyRequestPage: Page(SurveyRequest),
  SurveyStats,
  RevenueStats,
  Branch,
  BranchPage: Page(Branch),
  ApiKeyPage: Page(ApiKey),
  CreatedApiKey,
  CardReplacementResult,
  VipOrder,
  VipOrderResult,
  VipOrderCancellation,
  MemberCardCode,
  MemberSavings,
  CounterCheck,
  Redemption,
  Activity,
  ActivityPage: Page(Activity),
  ActivitySignUp,
  ActivitySignUpPage: Page(ActivitySignUp),
  AdIncome,
  AdIncomePage: Page(AdIncome),
  AllianceCalendar,
  PrimaryDealership,
  Promotion,
  PromotionPage: Page(Promotion),
  PromotionEnrolment,
  PromotionEnrolmentPage: Page(PromotionEnrolment),
} satisfies { [K in AnswerName]: z.ZodMiniType<Answers[K]> };

/**
 * Checks an answer against core's schema of its shape, with zod's issues (path, code and
 * message) when it does not match: the check to give the client as `checkResponses`.
 *
 * @example
 * const club = createClubClient({ baseUrl, secretKey, checkResponses });
 */
export const checkResponses: ResponseCheck = (answer, body) => {
  if (!Object.hasOwn(answerSchemas, answer)) throw new TypeError(`No schema for the answer ${JSON.stringify(answer)}.`);
  const schema: z.ZodMiniType = answerSchemas[answer];
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((issue) => toClubIssue(issue, issue.message)) };
};
