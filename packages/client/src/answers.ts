import type {
  ApiKey,
  ApplicationApprovalResult,
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
  AuditEntry,
  MemberSession,
  MerchantPage,
  Page,
  RenewalResult,
  Staff,
  StaffSession,
  StaffSessionInfo,
  TimelineEntry,
  ProcedureNextStepsAnswer,
} from '@clubkit/core/api';
import type {
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
import type { Merchant, Offer } from '@clubkit/core/merchants';
import type { Activity, ActivitySignUp, AdIncome, Redemption, VipOrder } from '@clubkit/core/vip';
import type { AllianceCalendar, PrimaryDealership } from '@clubkit/core/alliance';
import type {
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
import type {
  AllianceMarketStats,
  ComplaintStats,
  DeskStats,
  MemberStats,
  MerchantStats,
  RevenueStats,
  SurveyStats,
} from '@clubkit/core/stats';
import type {
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

/**
 * Every shape the Club API answers the client's calls with, by name: the types of core's shared
 * contract, without its schemas. A call names its answer (`answer: 'Merchant'`) and is typed by
 * this map; `@clubkit/client/check` holds the schema of each name, for clients that check answers.
 */
export interface Answers {
  Merchant: Merchant;
  MerchantPage: MerchantPage;
  Offer: Offer;
  ComplaintReceipt: ComplaintReceipt;
  ComplaintReceiptPage: Page<ComplaintReceipt>;
  Complaint: Complaint;
  ComplaintPage: Page<Complaint>;
  ConductStaffList: ConductStaffList;
  Member: Member;
  MemberPage: Page<Member>;
  MemberRecord: MemberRecord;
  MemberCardView: MemberCardView;
  MemberCardList: MemberCard[];
  MembershipApplication: MembershipApplication;
  ApplicationPage: Page<MembershipApplication>;
  Campaign: Campaign;
  CampaignPage: Page<Campaign>;
  CampaignReport: CampaignReport;
  Handbook: Handbook;
  HandbookPage: Page<Handbook>;
  ClubService: ClubService;
  ClubServicePage: Page<ClubService>;
  ServiceUse: ServiceUse;
  ServiceUsePage: Page<ServiceUse>;
  ApplicationApprovalResult: ApplicationApprovalResult;
  Membership: Membership;
  RenewalResult: RenewalResult;
  RepairOrder: RepairOrder;
  RepairOrderPage: Page<RepairOrder>;
  PaidService: PaidService;
  PaidServicePage: Page<PaidService>;
  MemberSession: MemberSession;
  MemberStats: MemberStats;
  ComplaintStats: ComplaintStats;
  MerchantStats: MerchantStats;
  Staff: Staff;
  StaffPage: Page<Staff>;
  StaffSession: StaffSession;
  StaffSessionInfo: StaffSessionInfo;
  AuditPage: Page<AuditEntry>;
  SalesCentre: SalesCentre;
  SalesCentrePage: Page<SalesCentre>;
  County: AllianceCounty;
  CountyPage: Page<AllianceCounty>;
  Salesperson: Salesperson;
  SalespersonPage: Page<Salesperson>;
  PayStatement: PayStatement;
  AllianceStanding: AllianceStanding;
  Dealer: Dealer;
  DealerPage: Page<Dealer>;
  SalesMonth: SalesMonth;
  SalesMonthList: SalesMonth[];
  DealerReview: DealerReview;
  VisitNote: VisitNoteRecord;
  VisitNotePage: Page<VisitNoteRecord>;
  DealerPurchase: PurchaseRecord;
  WeeklyVisitList: WeeklyVisitList;
  MonthlyDealerReport: MonthlyDealerReport;
  AlliancePenalty: AlliancePenalty;
  AlliancePenaltyPage: Page<AlliancePenalty>;
  BudgetPlan: BudgetPlan;
  BudgetPlanPage: Page<BudgetPlan>;
  AssessmentSheet: AssessmentSheet;
  AssessmentSheetPage: Page<AssessmentSheet>;
  Assessment: Assessment;
  AssessmentPage: Page<Assessment>;
  RewardFund: RewardFund;
  RewardFundPage: Page<RewardFund>;
  SecondaryList: SecondaryList;
  SecondaryListPage: Page<SecondaryList>;
  LargestSecondaryDealers: LargestSecondaryDealers;
  AllianceMarketStats: AllianceMarketStats;
  PropertyUnit: PropertyUnit;
  PropertyUnitPage: Page<PropertyUnit>;
  TimelinePage: Page<TimelineEntry>;
  Visit: Visit;
  VisitPage: Page<Visit>;
  VisitNextEvents: { events: VisitEventType[] };
  Handover: Handover;
  HandoverPage: Page<Handover>;
  HandoverNextEvents: { events: HandoverEventType[] };
  ComplaintNextEvents: { events: ComplaintEventType[] };
  ProcedureRecord: ProcedureRecord;
  ProcedureRecordPage: Page<ProcedureRecord>;
  ProcedureNextSteps: ProcedureNextStepsAnswer;
  ServicePrice: ServicePrice;
  ServicePricePage: Page<ServicePrice>;
  DeskStats: DeskStats;
  Survey: Survey;
  SurveyPage: Page<Survey>;
  SurveyRequest: SurveyRequest;
  SurveyRequestPage: Page<SurveyRequest>;
  SurveyStats: SurveyStats;
  RevenueStats: RevenueStats;
  Branch: Branch;
  BranchPage: Page<Branch>;
  ApiKeyPage: Page<ApiKey>;
  CreatedApiKey: CreatedApiKey;
  CardReplacementResult: CardReplacementResult;
  VipOrder: VipOrder;
  VipOrderResult: VipOrderResult;
  VipOrderCancellation: VipOrderCancellation;
  MemberCardCode: MemberCardCode;
  MemberSavings: MemberSavings;
  CounterCheck: CounterCheck;
  Redemption: Redemption;
  Activity: Activity;
  ActivityPage: Page<Activity>;
  ActivitySignUp: ActivitySignUp;
  ActivitySignUpPage: Page<ActivitySignUp>;
  AdIncome: AdIncome;
  AdIncomePage: Page<AdIncome>;
  AllianceCalendar: AllianceCalendar;
  PrimaryDealership: PrimaryDealership;
  Promotion: Promotion;
  PromotionPage: Page<Promotion>;
  PromotionEnrolment: PromotionEnrolment;
  PromotionEnrolmentPage: Page<PromotionEnrolment>;
}

/** The name of an answer shape: a key of {@link Answers}. */
export type AnswerName = keyof Answers;
