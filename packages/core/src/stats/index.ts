/**
 * Back-office statistics reports (A2 §3): members by branch, tier and state with applications
 * against approvals; complaints by status with on-time resolution and satisfaction (A4 §3.3);
 * dealer alliance sales against the market and network completion (A1); merchants and offers
 * by category and region (A5); the VIP card's revenue, actual against plan (A5 §4.2). Every result is plain JSON data with its own schema.
 * @module
 */
export {
  ApplicationStats,
  BranchMemberStats,
  MemberCounts,
  MembershipCount,
  MembershipStateCounts,
  MemberStats,
  MemberStatsOptions,
  memberStats,
  memberStatsFromCounts,
  TierCounts,
} from './member-stats.js';
export {
  ComplaintStats,
  complaintHistoryFigures,
  complaintStats,
  type ComplaintHistoryFigures,
} from './complaint-stats.js';
export { DepartmentComplaintStats, DeskStats, deskStats, type DeskRecords } from './desk-stats.js';
export { StatsPeriod, periodBounds, type PeriodBounds } from './period.js';
export { SurveyStats, surveyStats } from './survey-stats.js';
export { median, rate } from './tally.js';
export {
  AllianceMonth,
  AllianceStats,
  AllianceStatsInput,
  allianceStats,
  DealerMonth,
  DealerMonthlySales,
  DealerSalesStats,
} from './alliance-stats.js';
export {
  AllianceMarketInput,
  AllianceMarketStats,
  AllianceMarketTotals,
  allianceMarketReport,
  allianceMarketStats,
  CountyDealerMonth,
  CountyMarketStats,
  CountySalesTotals,
  MonthSalesTotals,
  SalespersonMarketStats,
} from './alliance-market.js';
export {
  MerchantCell,
  MerchantCounts,
  MerchantStats,
  MerchantStatsOptions,
  merchantStats,
  merchantStatsFromCounts,
  RegionMerchantCounts,
} from './merchant-stats.js';
export { MAX_REVENUE_DAYS } from './revenue-limits.js';
export {
  ActivityIncome,
  AdvertisingIncome,
  OtherIncome,
  PaidVipOrder,
  RevenueDay,
  RevenueMonth,
  RevenuePlanMonth,
  RevenueStats,
  RevenueStatsOptions,
  revenueStats,
  revenueStatsOn,
  revenueStatsOnGroups,
  type CheckedOtherIncome,
  type PaidVipOrderGroups,
  type CheckedRevenueStatsOptions,
} from './revenue-stats.js';
// The other counting helpers (tally.ts) and the list validation (validate-each.ts) stay internal;
// `rate` and `median` are shared so a report computed in a database derives as the in-memory one does.
