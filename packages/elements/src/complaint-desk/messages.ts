import type { Department, EscalationLevel } from '@clubkit/core/service';
import type { ComplaintCategory, ComplaintEventType, ComplaintStatus } from '@clubkit/core/service';
import { messageCatalog } from '../messages/messages.js';

/** What a history entry records: receiving the complaint, or one of its events. */
export type HistoryKind = 'receive' | ComplaintEventType;

/** Messages of `<club-complaint-desk>`. Dates arrive already formatted. */
export interface ComplaintDeskMessages {
  /** The headings of the sections loaded on demand: staff conduct complaints and feedback surveys. */
  deskSections: Readonly<Record<'conduct' | 'surveys', string>>;
  /** The button that opens such a section; `section` its heading. */
  deskOpen(section: string): string;
  /** The desk's heading. */
  deskTitle: string;
  /** Shown when the desk has no base URL or session endpoint to work with. */
  deskNotConfigured: string;
  /** Shown when no staff member is signed in. */
  deskSignedOut: string;
  /** Label of the queue picker. */
  deskQueue: string;
  /** The queues' names. */
  deskQueues: Readonly<Record<'open' | 'resolved' | 'followed-up' | 'closed', string>>;
  /** Announced when a queue has loaded with `count` complaints. */
  deskLoaded(count: number): string;
  /** Shown for a queue with no complaint. */
  deskEmpty: string;
  /** Shown under a queue that holds more than one page of a status. */
  deskTruncated: string;
  /** The button that shows the queue's next page. */
  deskMore: string;
  /** The mark of an overdue complaint. */
  deskOverdue: string;
  /** A complaint's deadline in the queue; `date` formatted. */
  deskDueBy(date: string): string;
  /** Status names. */
  deskStatuses: Readonly<Record<ComplaintStatus, string>>;
  /** Category names. */
  deskCategories: Readonly<Record<ComplaintCategory, string>>;
  /** Department names. */
  deskDepartments: Readonly<Record<Department, string>>;
  /** Escalation levels. */
  deskLevels: Readonly<Record<EscalationLevel, string>>;
  /** Each step's name, as a button and in the history. */
  deskEvents: Readonly<Record<HistoryKind, string>>;
  /** Heading of the opened complaint; `reference` its number. */
  deskComplaintTitle(reference: string): string;
  /** The button that closes the opened complaint. */
  deskBack: string;
  deskStatus: string;
  deskCategory: string;
  deskComplainant: string;
  deskPhone: string;
  deskContent: string;
  deskReceivedAt: string;
  deskDeadline: string;
  deskDepartment: string;
  deskResolution: string;
  /** A resolution's text and who signed it off. */
  deskResolutionBy(text: string, signedBy: string): string;
  deskSatisfaction: string;
  deskMalicious: string;
  /** Heading of the history. */
  deskHistory: string;
  /** Heading of the next steps. */
  deskNextSteps: string;
  /** When the complaint takes no more steps. */
  deskNoSteps: string;
  /** When the signed-in staff member may not take its steps (a conduct complaint: only its handler). */
  deskNotYourSteps: string;
  /** Field labels of the step forms. */
  deskDueAt: string;
  deskEscalateTo: string;
  deskReason: string;
  deskSignedBy: string;
  deskSatisfied: string;
  deskYes: string;
  deskNo: string;
  deskComment: string;
  /** The step form's cancel button. */
  deskCancel: string;
  /** A required field is empty. */
  deskRequired: string;
  /** The deadline is not after now. */
  deskDueInPast: string;
  /** Announced when a step was taken. */
  deskTaken(step: string): string;
  /** A step the server refused; `reason` from the server. */
  deskRefused(step: string, reason: string): string;
  /** Heading of the return visits due after resolved complaints. */
  deskVisitsTitle: string;
  /** Announced when the return visits due have loaded, `count` of them. */
  deskVisitsLoaded(count: number): string;
  /** Shown when no return visit is due today. */
  deskVisitsEmpty: string;
  /** Shown under the visits when more are due than one page holds. */
  deskVisitsTruncated: string;
  /** A visit's appointment; `date` formatted. */
  deskVisitAt(date: string): string;
  /** The button that opens the complaint a visit follows up; `customer` the complainant. */
  deskVisitOpen(customer: string): string;
}

/** Traditional Chinese, the default. */
export const complaintDeskZhHant: ComplaintDeskMessages = {
  deskTitle: '投訴處理',
  deskNotConfigured: '投訴處理台尚未設定：需要俱樂部的服務網址與職員工作階段端點。',
  deskSignedOut: '請先登入才能處理投訴。',
  deskQueue: '清單',
  deskQueues: { open: '待處理', resolved: '待回訪', 'followed-up': '已回訪', closed: '已結案' },
  deskLoaded: (n) => `顯示 ${n} 件投訴。`,
  deskEmpty: '這份清單沒有投訴。',
  deskTruncated: '只顯示每個狀態的前 100 件。',
  deskMore: '顯示更多投訴',
  deskOverdue: '逾期',
  deskDueBy: (d) => `期限 ${d}`,
  deskStatuses: {
    received: '已受理',
    assigned: '已指派',
    escalated: '已升級',
    resolved: '已處理',
    'followed-up': '已回訪',
    closed: '已結案',
  },
  deskCategories: {
    'service-attitude': '服務態度',
    'service-quality': '服務品質',
    'broken-promise': '未履行承諾',
    repair: '維修',
    billing: '收費',
    merchant: '特約商戶',
    membership: '會籍',
    facility: '設施',
    suggestion: '建議',
    other: '其他',
  },
  deskDepartments: {
    'customer-service': '客服部',
    engineering: '工程部',
    security: '保安部',
    cleaning: '清潔部',
    finance: '財務部',
    management: '管理處',
    leasing: '租賃部',
    'club-operations': '會所營運部',
  },
  deskLevels: { manager: '客服經理', 'general-manager': '總經理' },
  deskEvents: {
    receive: '受理',
    assign: '指派',
    escalate: '升級',
    resolve: '處理完成',
    followUp: '回訪',
    reopen: '重新處理',
    close: '結案',
    flagMalicious: '標記為惡意投訴',
  },
  deskSections: { conduct: '員工操守投訴', surveys: '意見徵詢' },
  deskOpen: (s) => `開啟${s}`,
  deskComplaintTitle: (r) => `投訴 ${r}`,
  deskBack: '返回清單',
  deskStatus: '狀態',
  deskCategory: '類別',
  deskComplainant: '投訴人',
  deskPhone: '電話',
  deskContent: '內容',
  deskReceivedAt: '受理時間',
  deskDeadline: '期限',
  deskDepartment: '負責部門',
  deskResolution: '處理結果',
  deskResolutionBy: (text, signedBy) => `${text}（${signedBy}）`,
  deskSatisfaction: '滿意度',
  deskMalicious: '惡意投訴',
  deskHistory: '處理紀錄',
  deskNextSteps: '下一步',
  deskNoSteps: '此投訴已結案，沒有下一步。',
  deskNotYourSteps: '此投訴的下一步由其處理人負責；員工操守投訴由該員工的主管處理。',
  deskDueAt: '處理期限',
  deskEscalateTo: '升級至',
  deskReason: '原因',
  deskSignedBy: '部門主管簽署',
  deskSatisfied: '投訴人是否滿意',
  deskYes: '滿意',
  deskNo: '不滿意',
  deskComment: '意見（選填）',
  deskCancel: '取消',
  deskRequired: '請填寫此欄。',
  deskDueInPast: '期限須晚於現在。',
  deskTaken: (s) => `已${s}。`,
  deskRefused: (s, r) => `無法${s}：${r}`,
  deskVisitsTitle: '今日待回訪',
  deskVisitsLoaded: (n) => `今日共 ${n} 件待回訪。`,
  deskVisitsEmpty: '今天沒有到期的回訪。',
  deskVisitsTruncated: '只顯示前 100 件。',
  deskVisitAt: (d) => `預約 ${d}`,
  deskVisitOpen: (c) => `查看${c}的投訴`,
};

/** The desk's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const complaintDeskCatalog = messageCatalog(complaintDeskZhHant, {
  en: () => import('./locales/en.js').then((m) => m.complaintDeskEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.complaintDeskZhHans),
});
