// @clubkit/core/alliance: the distributor alliance of secondary dealers under one primary dealer (source A1).

export { AllianceErrorCode } from './errors.js';
export {
  marketVolume,
  MarketVolumeInput,
  suggestedDealerCount,
  SuggestedDealerCountInput,
  DealersPerCounty,
} from './market.js';
export { checkQualification, QualificationInput, QualificationResult, QualificationFailure } from './qualification.js';
export {
  reviewCompliance,
  ComplianceInput,
  ComplianceReview,
  MonthlySales,
  Violation,
  ViolationKind,
  RevocationReason,
  IsoMonth,
} from './compliance.js';
export {
  AllianceStanding,
  dealerStanding,
  DealerStanding,
  DealerStandingLevel,
  SHORTFALL_MONTHS_TO_WARN,
} from './standing.js';
export { allianceBudget, AllianceBudgetInput, AllianceBudget } from './budget.js';
export {
  reportPenalties,
  ReportPenaltiesInput,
  ReportPenalties,
  LATE_REPORT_PENALTY_FEN,
  MISSING_REPORT_PENALTY_FEN,
} from './penalties.js';
export {
  salespersonPay,
  SalespersonPayInput,
  SalespersonPay,
  networkCompletion,
  NetworkCompletion,
  County,
  Territory,
} from './pay.js';
export {
  counterfeitPenalty,
  CounterfeitPenaltyInput,
  CounterfeitPenalty,
  MIN_COUNTERFEIT_FINE_FEN,
} from './counterfeit.js';
export {
  ContactKind,
  DealerId,
  VisitNote,
  WeeklyVisitEntry,
  WeeklyVisitList,
  DealerPurchase,
  MonthlyPurchaseStats,
  MonthlyDealerReport,
} from './records.js';
export {
  weekOf,
  weeklyVisitReport,
  WeeklyVisitReportOptions,
  monthlyDealerReport,
  MonthlyDealerReportOptions,
} from './reports.js';
export {
  admitDealer,
  AllianceCounty,
  Dealer,
  type DealerPlacement,
  DealerReview,
  DealerStatus,
  DEVELOPMENT_MONTHS,
  inDevelopmentOn,
  NewCounty,
  NewDealer,
  NewSalesCentre,
  NewSalesperson,
  newCounty,
  recordViolation,
  Revocation,
  reviewDealer,
  SalesCentre,
  SalesCentrePatch,
  Salesperson,
  territoryOn,
  wasMemberOn,
} from './network.js';
export { PayStatement, type PayStatementInput, payStatement } from './statement.js';
export {
  AllianceCalendar,
  allianceCalendar,
  FIRST_HALF_YEAR_MONTHS,
  FirstHalfYear,
  firstHalfYear,
  inFirstHalfYear,
  monthEnd,
  VISIT_FUND_FEN,
  visitFundFor,
  VisitListCadence,
  VisitListPeriod,
  visitListPeriodOn,
  visitListsDue,
} from './time-rules.js';
export { holdsPlaqueOn, Plaque, withdrawPlaque } from './plaque.js';
export { PromotionEligibility, promotionEligibility, PromotionRefusal } from './promotions.js';
export {
  AlliancePenalty,
  AlliancePenaltyKind,
  BudgetPlan,
  NewAlliancePenalty,
  NewBudgetPlan,
  NewCounterfeitPenalty,
  NewReportPenalty,
  NewVisitNote,
  planBudget,
  PurchaseRecord,
  recordCounterfeitPenalty,
  recordPurchase,
  recordReportPenalty,
  recordSalesMonth,
  recordVisitNote,
  SalesMonth,
  SalesMonthBody,
  VisitNoteRecord,
} from './ledger.js';
export {
  ASSESSMENT_TOTAL_POINTS,
  AssessmentSheet,
  HalfYear,
  halfYearDays,
  halfYearOf,
  NewAssessmentSheet,
  publishSheet,
  RewardBand,
  rewardForScore,
  SheetItem,
} from './assessment-sheet.js';
export {
  Assessment,
  AssessmentDecision,
  AssessmentSignature,
  AssessmentStep,
  ASSESSMENT_STEPS,
  checkScores,
  decideAssessmentStep,
  ItemScore,
  NewAssessment,
  openAssessment,
  SCORING_STEPS,
} from './assessment.js';
export {
  creditFine,
  FineCredit,
  FUND_FINE_KINDS,
  fundFineOf,
  NewRewardFund,
  openRewardFund,
  payReward,
  reviseRewardFund,
  RewardFund,
  RewardPayment,
} from './reward-fund.js';
export {
  assertListCurrent,
  chooseCandidate,
  CountyChoice,
  fileSecondaryList,
  LARGEST_SECONDARY_DEALERS,
  LargestCandidate,
  LargestSecondaryDealers,
  largestSecondaryDealers,
  ListChoice,
  ListEntry,
  ListGrade,
  type ListPlacement,
  MAX_LIST_ENTRIES,
  NewListEntry,
  NewSecondaryList,
  PrimaryDealerLargest,
  SecondaryList,
} from './secondary-list.js';
export {
  firstPrimaryDealer,
  NewPrimaryReplacement,
  PrimaryDealerEnd,
  primaryDealerOn,
  PrimaryDealership,
  primaryDealership,
  PrimaryDealerTerm,
  type PrimaryReplacement,
  PrimarySuccessor,
  replacePrimaryDealer,
  ReplacementReason,
} from './primary-dealer.js';
export {
  enrolInPromotion,
  NewPromotion,
  NewPromotionEnrolment,
  newPromotion,
  payPromotionReward,
  Promotion,
  PromotionEnrolment,
  PromotionReward,
} from './promotion-records.js';
