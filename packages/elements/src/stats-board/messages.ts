import { messageCatalog } from '../messages/messages.js';

/** Messages of `<club-stats-board>`. Numbers and dates arrive already formatted. */
export interface StatsBoardMessages {
  /** The board's heading. */
  statsTitle: string;
  /** Shown when the board has no base URL or session endpoint to work with. */
  statsNotConfigured: string;
  /** Shown when no staff member is signed in. */
  statsSignedOut: string;
  /** Shown when the signed-in role reads no statistics report. */
  statsNoSections: string;
  /** Announced when a period has loaded; `period` is its text. */
  statsLoaded(period: string): string;
  /** The period picker's legend. */
  statsPeriod: string;
  /** Label of the period's first day. */
  statsFrom: string;
  /** Label of the period's last day. */
  statsTo: string;
  /** The button that shows the chosen period. */
  statsApply: string;
  /** A period as text: `from` through `to`, both formatted. */
  statsPeriodText(from: string, to: string): string;
  /** A bound is not a date. */
  statsPeriodInvalid: string;
  /** The last day is before the first. */
  statsPeriodReversed: string;
  /** The period touches more than `years` calendar years. */
  statsPeriodTooLong(years: number): string;
  /** The toggle that shows a chart's numbers as a table (pressed) or as a chart. */
  statsShowTable: string;
  /** Shown instead of a chart with no figure in the period. */
  statsNoData: string;
  /** A rate with nothing to divide by, as read in a table. */
  statsNoRate: string;
  /** Heading of the member section. */
  statsMembers: string;
  /** Heading of the service desk section. */
  statsDesk: string;
  /** Heading of the dealer alliance section. */
  statsAlliance: string;
  /** Memberships counted on `date` (formatted). */
  statsAsOf(date: string): string;
  /** Chart: memberships per branch, by tier. */
  statsByBranch: string;
  /** Chart: memberships per state. */
  statsByState: string;
  /** Chart: applications submitted, approved and rejected over time. */
  statsApplications: string;
  /** Chart: applications per marketing campaign, as of the period's last day. */
  statsCampaigns: string;
  /** The campaigns chart's row header. */
  statsCampaign: string;
  /** Chart: complaints resolved on time and complainants satisfied, per slice. */
  statsComplaints: string;
  /** Chart: the alliance's sales against the market per county. */
  statsCounties: string;
  statsBranch: string;
  statsState: string;
  /** Column of the month (or year) a row is about. */
  statsMonth: string;
  statsCounty: string;
  statsMemberships: string;
  statsTierStandard: string;
  statsTierVip: string;
  statsStatePending: string;
  statsStateActive: string;
  statsStateGrace: string;
  statsStateExpired: string;
  statsStateCancelled: string;
  statsSubmitted: string;
  statsApproved: string;
  statsRejected: string;
  /** Share of decided applications that were approved. */
  statsApprovalRate: string;
  statsReceived: string;
  statsResolved: string;
  statsResolvedOnTime: string;
  statsOnTimeRate: string;
  statsFollowedUp: string;
  statsSatisfied: string;
  statsSatisfactionRate: string;
  /** Open complaints past their deadline. */
  statsOverdue: string;
  statsSales: string;
  statsMarket: string;
  /** Sales / market. */
  statsShare: string;
  /** Counties with a member / counties counted. */
  statsNetwork: string;
  /** The row of totals in a table. */
  statsTotal: string;
  /** Heading of the VIP card revenue section. */
  statsRevenue: string;
  /** The plan's first month (formatted), under the revenue heading. */
  statsPlanFrom(month: string): string;
  /** Chart: VIP cards billed against the plan, per month. */
  statsRevenueBilled: string;
  /** Chart: fees recognised against the plan, per month. */
  statsRevenueRecognized: string;
  /** Paid orders' amounts on the days they were paid. */
  statsBilled: string;
  /** The plan's billed amount. */
  statsPlanBilled: string;
  /** Fees earned over the cards' years. */
  statsRecognized: string;
  /** The plan's recognised amount. */
  statsPlanRecognized: string;
  /** VIP orders paid. */
  statsOrdersPaid: string;
  /** Of those, renewals. */
  statsRenewals: string;
  /** What cancellations gave back. */
  statsRefunded: string;
  /** Chart: the club's other income per month (A5 §4.2 2–4). */
  statsRevenueOther: string;
  /** Seats on self-drive trips and gatherings. */
  statsActivities: string;
  /** Seats on group buying (惠購). */
  statsGroupBuying: string;
  /** Merchants' advertising. */
  statsAdvertising: string;
  /** The income of all: recognised fees and the other income. */
  statsIncome: string;
  /** The button that opens the administrator's activities and advertising income (`manage-income`). */
  statsIncomeOpen: string;
}

/** Traditional Chinese. */
export const statsBoardZhHant: StatsBoardMessages = {
  statsTitle: '統計報表',
  statsNotConfigured: '統計報表尚未設定：需要俱樂部的服務網址與員工登入端點。',
  statsSignedOut: '請先登入，以查看統計報表。',
  statsNoSections: '您的角色沒有可查看的統計報表。',
  statsLoaded: (period) => `已載入 ${period} 的統計。`,
  statsPeriod: '統計期間',
  statsFrom: '開始日期',
  statsTo: '結束日期',
  statsApply: '顯示',
  statsPeriodText: (from, to) => `${from} 至 ${to}`,
  statsPeriodInvalid: '請輸入有效的開始與結束日期。',
  statsPeriodReversed: '結束日期不可早於開始日期。',
  statsPeriodTooLong: (years) => `期間最長 ${years} 個年度。`,
  statsShowTable: '以表格顯示',
  statsNoData: '此期間沒有資料。',
  statsNoRate: '無資料',
  statsMembers: '會員',
  statsDesk: '客戶服務',
  statsAlliance: '聯銷體',
  statsAsOf: (date) => `會員數統計至 ${date}`,
  statsByBranch: '各分公司會員（依等級）',
  statsByState: '會員狀態',
  statsApplications: '入會申請與審核',
  statsCampaigns: '各行銷活動的入會申請',
  statsCampaign: '行銷活動',
  statsComplaints: '投訴按時處理率與滿意度',
  statsCounties: '各縣銷量與市場容量',
  statsBranch: '分公司',
  statsState: '狀態',
  statsMonth: '期間',
  statsCounty: '縣',
  statsMemberships: '會員數',
  statsTierStandard: '一般會員',
  statsTierVip: 'VIP 鑽石卡',
  statsStatePending: '尚未生效',
  statsStateActive: '有效',
  statsStateGrace: '寬限期',
  statsStateExpired: '已過期',
  statsStateCancelled: '已取消',
  statsSubmitted: '申請',
  statsApproved: '核准',
  statsRejected: '駁回',
  statsApprovalRate: '核准率',
  statsReceived: '受理',
  statsResolved: '已處理',
  statsResolvedOnTime: '按時處理',
  statsOnTimeRate: '按時處理率',
  statsFollowedUp: '已回訪',
  statsSatisfied: '滿意',
  statsSatisfactionRate: '滿意度',
  statsOverdue: '逾期未處理',
  statsSales: '銷量',
  statsMarket: '市場容量',
  statsShare: '佔市場比例',
  statsNetwork: '網路完成率',
  statsTotal: '合計',
  statsRevenue: 'VIP 卡收入',
  statsPlanFrom: (month) => `計畫自 ${month} 起算`,
  statsRevenueBilled: 'VIP 卡收款與計畫',
  statsRevenueRecognized: '會費收入確認與計畫',
  statsBilled: '收款',
  statsPlanBilled: '計畫收款',
  statsRecognized: '確認收入',
  statsPlanRecognized: '計畫確認收入',
  statsOrdersPaid: '售出卡數',
  statsRenewals: '續約',
  statsRefunded: '退款',
  statsRevenueOther: '活動、惠購與廣告收入',
  statsActivities: '活動',
  statsGroupBuying: '惠購',
  statsAdvertising: '廣告',
  statsIncome: '總收入',
  statsIncomeOpen: '管理活動與廣告收入',
};

/** The board's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const statsBoardCatalog = messageCatalog(statsBoardZhHant, {
  en: () => import('./locales/en.js').then((m) => m.statsBoardEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.statsBoardZhHans),
});
