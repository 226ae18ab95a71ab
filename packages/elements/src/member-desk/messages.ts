import type { ApplicationStatus, MembershipState } from '@clubkit/core/membership';
import { messageCatalog } from '../messages/messages.js';
import type { MemberDeskActionKind } from './member-desk-controller.js';

/** Messages of `<club-member-desk>`. Dates arrive already formatted. */
export interface MemberDeskMessages {
  /** The desk's heading. */
  mdTitle: string;
  /** Shown when the desk has no base URL or session endpoint to work with. */
  mdNotConfigured: string;
  /** Shown when no staff member is signed in. */
  mdSignedOut: string;
  /** Heading of the member search. */
  mdSearchTitle: string;
  /** Search field labels. */
  mdFilterQ: string;
  mdFilterName: string;
  mdFilterPhone: string;
  mdFilterPlate: string;
  mdFilterCard: string;
  mdFilterStatus: string;
  mdFilterTier: string;
  /** The "any" choice of a picker. */
  mdAny: string;
  /** The search button. */
  mdSearch: string;
  /** A search with every filter empty. */
  mdSearchEmpty: string;
  /** Announced when a search found `count` members. */
  mdFound(count: number): string;
  /** A search that found no member the staff member may see. */
  mdNoneFound: string;
  /** Under results that hold more than one page. */
  mdTruncated: string;
  /** Table headings. */
  mdName: string;
  mdPhone: string;
  mdBranch: string;
  mdPlate: string;
  mdTierLabel: string;
  mdPolicy: string;
  mdSubmittedAt: string;
  mdActions: string;
  /** The button that opens a member's record; `name` the member's. */
  mdOpen(name: string): string;
  /** Heading of the applications. */
  mdApplicationsTitle: string;
  /** Label of the applications' status picker. */
  mdApplicationsStatus: string;
  /** Application statuses. */
  mdApplicationStatuses: Readonly<Record<ApplicationStatus, string>>;
  /** Announced when the applications have loaded. */
  mdApplicationsLoaded(count: number): string;
  /** No application of the status. */
  mdNoApplications: string;
  /** Tier names. */
  mdTiers: Readonly<Record<'standard' | 'vip', string>>;
  /** Membership states. */
  mdStates: Readonly<Record<MembershipState, string>>;
  /** Card statuses. */
  mdCardStatuses: Readonly<Record<'active' | 'superseded' | 'cancelled', string>>;
  /** The steps' names, as buttons. */
  mdSteps: Readonly<Record<MemberDeskActionKind, string>>;
  /** The campaigns section's heading, and the applications table's campaign column. */
  mdCampaigns: string;
  /** An application that names no campaign, in the campaign column. */
  mdNoCampaign: string;
  /** No campaign is set up yet. */
  mdNoCampaigns: string;
  /** Beside a campaign that runs today. */
  mdCampaignRunning: string;
  /** Labels of the campaign form: its name, first and last day. */
  mdCampaignName: string;
  mdCampaignFrom: string;
  mdCampaignTo: string;
  /** The campaign form's refusals before any request. */
  mdCampaignNameRequired: string;
  mdCampaignDayRequired: string;
  /** Under a campaign day's field: the format it is typed in. */
  mdCampaignDayHint: string;
  mdCampaignToBeforeFrom: string;
  /** A campaign was set up. */
  mdCampaignCreated(name: string): string;
  /** The button that opens the application form. */
  mdApply: string;
  /** Label of the rejection's reason. */
  mdReason: string;
  /** The rejection's reason is empty. */
  mdReasonRequired: string;
  /** A form's cancel button. */
  mdCancel: string;
  /** The rejection form's heading; `name` the applicant's. */
  mdRejectTitle(name: string): string;
  /** Announced when an application was approved; `name` the new member's. */
  mdApproved(name: string): string;
  /** The button that opens the member an approval created. */
  mdOpenApproved(name: string): string;
  /** Announced when an application was rejected. */
  mdRejected: string;
  /** Announced when a membership was renewed; `card` the new card, masked. */
  mdRenewed(card: string): string;
  /** Announced when a card was replaced; `card` the new card, masked. */
  mdReplaced(card: string): string;
  /** A step the server refused; `reason` in words. Nothing changed. */
  mdRefused(step: string, reason: string): string;
  /** The Club API's 403: the staff member may not do or see this. */
  mdForbidden: string;
  /** The Club API's 404: no such record, or not one the staff member may see. */
  mdNotFound: string;
  /** The record's heading; `name` the member's. */
  mdRecordTitle(name: string): string;
  /** The button back to the search and applications. */
  mdBack: string;
  mdEmail: string;
  mdVehicles: string;
  mdPolicies: string;
  mdMemberships: string;
  mdNoVehicles: string;
  mdNoPolicies: string;
  mdNoMemberships: string;
  mdPolicyNumber: string;
  mdPolicyStart: string;
  mdPolicyEnd: string;
  mdState: string;
  mdValid: string;
  mdCard: string;
  mdMemberSince: string;
  /** A period of dates. */
  mdPeriod(from: string, to: string): string;
  /** The renewal form's heading; `plate` the membership's car. */
  mdRenewTitle(plate: string): string;
  /** The end is before the start. */
  mdEndBeforeStart: string;
  /** A required field is empty. */
  mdRequired: string;
  /** The confirm button of a confirmation. */
  mdConfirm: string;
  /** Asks to confirm a renewal. */
  mdConfirmRenew(plate: string, policy: string, from: string, to: string): string;
  /** Asks to confirm a card replacement; `card` masked. */
  mdConfirmReplace(card: string): string;
}

/** Traditional Chinese, the default. */
export const memberDeskZhHant: MemberDeskMessages = {
  mdTitle: '會員管理',
  mdNotConfigured: '會員管理台尚未設定：需要俱樂部的服務網址與職員工作階段端點。',
  mdSignedOut: '請先登入才能管理會員。',
  mdSearchTitle: '查詢會員',
  mdFilterQ: '姓名或電話包含',
  mdFilterName: '姓名',
  mdFilterPhone: '電話',
  mdFilterPlate: '車牌',
  mdFilterCard: '會員卡號',
  mdFilterStatus: '會籍狀態',
  mdFilterTier: '會員等級',
  mdAny: '不限',
  mdSearch: '查詢',
  mdSearchEmpty: '請至少填寫一個查詢條件。',
  mdFound: (n) => `找到 ${n} 位會員。`,
  mdNoneFound: '找不到符合條件的會員。',
  mdTruncated: '只顯示前 100 筆。',
  mdName: '姓名',
  mdPhone: '電話',
  mdBranch: '分公司',
  mdPlate: '車牌',
  mdTierLabel: '等級',
  mdPolicy: '保單',
  mdSubmittedAt: '申請時間',
  mdActions: '操作',
  mdOpen: (n) => `查看 ${n}`,
  mdApplicationsTitle: '入會申請',
  mdApplicationsStatus: '申請狀態',
  mdApplicationStatuses: { submitted: '待審核', approved: '已核准', rejected: '已駁回' },
  mdApplicationsLoaded: (n) => `共 ${n} 件申請。`,
  mdNoApplications: '沒有這個狀態的申請。',
  mdTiers: { standard: '普通會員', vip: '鑽石卡會員' },
  mdStates: { pending: '尚未生效', active: '有效', grace: '寬限期', expired: '已過期', cancelled: '已取消' },
  mdCardStatuses: { active: '使用中', superseded: '已換發', cancelled: '已註銷' },
  mdSteps: { approve: '核准', reject: '駁回', renew: '續期', replace: '掛失補卡', campaign: '設立行銷活動' },
  mdCampaigns: '行銷活動',
  mdNoCampaign: '—',
  mdNoCampaigns: '尚未設立行銷活動。',
  mdCampaignRunning: '進行中',
  mdCampaignName: '活動名稱',
  mdCampaignFrom: '開始日期',
  mdCampaignTo: '結束日期',
  mdCampaignNameRequired: '請填寫活動名稱。',
  mdCampaignDayRequired: '請以 年-月-日 輸入日期，例如 2026-12-01。',
  mdCampaignDayHint: '年-月-日，例如 2026-12-01',
  mdCampaignToBeforeFrom: '結束日期不可早於開始日期。',
  mdCampaignCreated: (n) => `已設立行銷活動「${n}」。`,
  mdApply: '新增入會申請',
  mdReason: '駁回原因',
  mdReasonRequired: '請填寫駁回原因。',
  mdCancel: '取消',
  mdRejectTitle: (n) => `駁回 ${n} 的申請`,
  mdApproved: (n) => `已核准，${n} 已成為會員。`,
  mdOpenApproved: (n) => `查看新會員 ${n}`,
  mdRejected: '已駁回申請。',
  mdRenewed: (c) => `已續期，新會員卡 ${c}。`,
  mdReplaced: (c) => `已補發新卡 ${c}，舊卡即時停用。`,
  mdRefused: (s, r) => `無法${s}，未作任何變更：${r}`,
  mdForbidden: '您的帳號沒有此權限（例如不屬於您分公司的會員）。',
  mdNotFound: '找不到此紀錄，或您無權查看。',
  mdRecordTitle: (n) => `會員 ${n}`,
  mdBack: '返回查詢',
  mdEmail: '電子郵件',
  mdVehicles: '車輛',
  mdPolicies: '保單',
  mdMemberships: '會籍與會員卡',
  mdNoVehicles: '沒有車輛。',
  mdNoPolicies: '沒有保單。',
  mdNoMemberships: '沒有會籍。',
  mdPolicyNumber: '保單號碼',
  mdPolicyStart: '保單生效日',
  mdPolicyEnd: '保單到期日',
  mdState: '狀態',
  mdValid: '有效期',
  mdCard: '會員卡',
  mdMemberSince: '入會日',
  mdPeriod: (a, b) => `${a} 至 ${b}`,
  mdRenewTitle: (p) => `續期 ${p} 的會籍`,
  mdEndBeforeStart: '到期日不可早於生效日。',
  mdRequired: '請填寫此欄。',
  mdConfirm: '確認',
  mdConfirmRenew: (p, n, a, b) => `以保單 ${n}（${a} 至 ${b}）續期 ${p} 的會籍，並換發新會員卡？`,
  mdConfirmReplace: (c) => `會員卡 ${c} 將即時停用並補發新卡，確定掛失補卡？`,
};

/** The desk's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const memberDeskCatalog = messageCatalog(memberDeskZhHant, {
  en: () => import('./locales/en.js').then((m) => m.memberDeskEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.memberDeskZhHans),
});
