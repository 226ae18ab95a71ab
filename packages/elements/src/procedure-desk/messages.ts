import type {
  MoveInDocument,
  MoveInRemedy,
  ProcedureName,
  ProcedureParty,
  ProcedureStatus,
  RenovationViolation,
} from '@clubkit/core/service';
import type { RecordField, RecordFieldProblem } from './record-forms.js';
import type { TimelineEntry } from '@clubkit/core/api';
import { messageCatalog } from '../messages/messages.js';
import type { ProcedureActionKind } from './procedure-desk-controller.js';
import type { TimelineStatusLabels } from './timeline-status.js';

/** Messages of `<club-procedure-desk>`. Dates and amounts arrive already formatted. */
export interface ProcedureDeskMessages {
  /** The desk's heading. */
  procTitle: string;
  /** Shown when the desk has no base URL or session endpoint to work with. */
  procNotConfigured: string;
  /** Shown when no staff member is signed in. */
  procSignedOut: string;
  /** Announced when the list has loaded with `open` open and `done` finished procedures. */
  procLoaded(open: number, done: number): string;
  /** Headings of the two parts of the list. */
  procOpenList: string;
  procDoneList: string;
  /** A part of the list with no procedure. */
  procEmpty: string;
  /** Shown under a list that holds more than one page. */
  procTruncated: string;
  /** Procedure names. */
  procNames: Readonly<Record<ProcedureName, string>>;
  /** Status names. */
  procStatuses: Readonly<Record<ProcedureStatus, string>>;
  /** The parties that sign: departments, the customer, the contractor. */
  procParties: Readonly<Record<ProcedureParty, string>>;
  /** Step names, by step id; an unknown id shows as it is. */
  procSteps: Readonly<Record<string, string>>;
  /** A unit in the list; `number` its house number. */
  procUnit(number: string): string;
  /** How many sign-offs are still missing. */
  procMissing(count: number): string;
  /** When the procedure was opened; `date` formatted. */
  procOpenedOn(date: string): string;
  /** Heading of the opened procedure. */
  procHeading(name: string, unit: string): string;
  /** The button back to the list. */
  procBack: string;
  procArea: string;
  /** An area in square metres. */
  procSqm(area: number): string;
  procDepositHeld: string;
  procStatus: string;
  /** Heading of the sign-off table and its columns. */
  procSignOffs: string;
  procStep: string;
  procParty: string;
  procState: string;
  /** A sign-off given; `by` the signer, `at` formatted. */
  procSigned(by: string, at: string): string;
  /** A sign-off still waited for. */
  procWaiting: string;
  /** A sign-off refused, with its reason; `at` formatted. */
  procRefused(reason: string, at: string): string;
  /** The sign-off button of a step and party. */
  procSignAs(party: string): string;
  /** The refusal button of the drawings (engineering sends them back). */
  procRefuse: string;
  /** Heading of the other actions. */
  procActions: string;
  /** When nothing can be done now. */
  procNothingNow: string;
  /** Each action's name, as a button and when announced. */
  procActionNames: Readonly<Record<ProcedureActionKind, string>>;
  /** The deposit settlement once damages are assessed. */
  procDeposit: string;
  procDamages: string;
  procRefund: string;
  procCharge: string;
  procFeesSettled: string;
  procKeysReturned: string;
  /** Field labels of the action forms. */
  procReason: string;
  procNote: string;
  procDamagesYuan: string;
  procReceipt: string;
  /** Heading and fields of the form that opens a procedure. */
  procNew: string;
  procKind: string;
  procUnitField: string;
  procAreaField: string;
  procDepositField: string;
  /** Hint of the area: what it decides. */
  procAreaHint: string;
  procSubmitNew: string;
  procCancel: string;
  /** A required field is empty. */
  procRequired: string;
  /** A number field holds something else. */
  procNotNumber: string;
  /** An amount field is not a yuan amount. */
  procNotAmount: string;
  /** Heading of the unit's archive timeline. */
  procTimeline: string;
  /** The record kinds of the timeline. */
  procTimelineKinds: Readonly<Record<TimelineEntry['kind'], string>>;
  /** When the timeline could not be read. */
  procTimelineUnavailable: string;
  /** The status of each record kind of the timeline, as the record's own widget names it. */
  procTimelineStatuses: TimelineStatusLabels;
  /** Labels of the renovation and move-in record forms' fields. */
  procRecordFields: Readonly<Record<RecordField, string>>;
  /** A contractor qualification grade as a choice, e.g. 二級. */
  procGrade(grade: number): string;
  /** The kinds of renovation violation. */
  procViolations: Readonly<Record<RenovationViolation, string>>;
  /** The move-in papers. */
  procDocuments: Readonly<Record<MoveInDocument, string>>;
  /** The remedies for missing papers. */
  procRemedies: Readonly<Record<MoveInRemedy, string>>;
  /** How to write the facilities list. */
  procFacilitiesHint: string;
  /** A record field refused before sending (a required one empty has `procRequired`). */
  procRecordProblems: Readonly<Record<Exclude<RecordFieldProblem, 'required'>, string>>;
  /** The record's lines of the renovation and move-in records. */
  procContractor(name: string, grade: string): string;
  procReadings(electricity: number, water: number, gas: number | undefined): string;
  procFacilitiesListed(items: number, defective: number): string;
  procKeysHanded(keys: string): string;
  procInspected(count: number): string;
  /** Violations found, with the fines' total when any was fined. */
  procViolationsFound(count: number, finedYuan: string | undefined): string;
  procMissingPapers(papers: string, remedy: string): string;
  /** The days a department did not inspect the site: heading and one day. */
  procGapsHeading: string;
  procGap(day: string, departments: string): string;
  /** Names of the record lines. */
  procRecordLabels: Readonly<
    Record<'contractor' | 'readings' | 'facilities' | 'keys' | 'inspections' | 'violations' | 'papers', string>
  >;
  /** Announced when an action was taken. */
  procTaken(action: string): string;
  /** An action the server refused; `reason` from the server. */
  procRefusedAction(action: string, reason: string): string;
}

/** Traditional Chinese, the default. */
export const procedureDeskZhHant: ProcedureDeskMessages = {
  procTitle: '入伙、裝修與退租手續',
  procNotConfigured: '手續台尚未設定：需要俱樂部的服務網址與職員工作階段端點。',
  procSignedOut: '請先登入才能辦理手續。',
  procLoaded: (open, done) => `進行中 ${open} 件，已完成 ${done} 件。`,
  procOpenList: '進行中',
  procDoneList: '已完成',
  procEmpty: '沒有手續。',
  procTruncated: '只顯示每個狀態的前 100 件。',
  procNames: { 'move-in': '入伙', renovation: '裝修', 'move-out': '退租' },
  procStatuses: { open: '進行中', done: '已完成' },
  procParties: {
    'customer-service': '客服部',
    engineering: '工程部',
    security: '保安部',
    cleaning: '清潔部',
    finance: '財務部',
    management: '管理處',
    leasing: '租賃部',
    'club-operations': '會所營運部',
    customer: '客戶',
    contractor: '裝修單位',
  },
  procSteps: {
    notice: '入伙通知及移交清單',
    identity: '查驗身分證明',
    handbooks: '發放手冊及建檔',
    agreements: '簽署消防責任書及公約',
    'meter-readings': '三方確認電錶讀數',
    'unit-check': '單位設備驗收',
    keys: '簽收鑰匙',
    'moved-in': '入伙完成',
    application: '申請',
    drawings: '審核圖紙',
    fees: '繳交費用及按金',
    undertakings: '簽署裝修及消防承諾書',
    'fire-review': '消防審批',
    permit: '發出裝修許可證',
    'worker-passes': '發出施工人員出入證',
    'site-protection': '公共區域保護檢查',
    'hidden-works': '隱蔽工程驗收',
    completion: '竣工驗收',
    'deposit-refund': '退還按金',
    passes: '交回出入證',
    inspection: '退租查驗',
    settlement: '財務結算',
    handback: '交回鑰匙及卡',
    release: '放行',
  },
  procUnit: (n) => `單位 ${n}`,
  procMissing: (n) => `尚缺 ${n} 項簽核`,
  procOpenedOn: (d) => `開始於 ${d}`,
  procHeading: (name, unit) => `${name}：${unit}`,
  procBack: '返回清單',
  procArea: '面積',
  procSqm: (a) => `${a} 平方米`,
  procDepositHeld: '按金',
  procStatus: '狀態',
  procSignOffs: '各部門簽核',
  procStep: '步驟',
  procParty: '簽核方',
  procState: '狀態',
  procSigned: (by, at) => `已簽核（${by}，${at}）`,
  procWaiting: '等待中',
  procRefused: (reason, at) => `已退回：${reason}（${at}）`,
  procSignAs: (party) => `${party}簽核`,
  procRefuse: '退回圖紙',
  procActions: '其他事項',
  procNothingNow: '目前沒有可辦理的事項。',
  procActionNames: {
    signOff: '簽核',
    rejectDrawings: '退回圖紙',
    resubmitDrawings: '圖紙已重新提交',
    assessDamages: '記錄損壞並計算退還按金',
    settleFees: '財務結清費用',
    returnKeys: '鑰匙及出入證已交回',
    create: '開始手續',
    checkContractor: '審核施工單位資質',
    inspectSite: '記錄施工巡視',
    recordViolation: '記錄違章施工',
    documentsMissing: '證明材料未帶齊',
    recordMeterReadings: '記錄能源表底數',
    recordFacilities: '記錄單元設施交接',
    handOverKeys: '記錄鑰匙交接',
  },
  procDeposit: '按金結算',
  procDamages: '損壞扣款',
  procRefund: '退還客戶',
  procCharge: '客戶須補付',
  procFeesSettled: '費用已結清',
  procKeysReturned: '鑰匙已交回',
  procReason: '退回原因',
  procNote: '備註（選填）',
  procDamagesYuan: '損壞扣款（元）',
  procReceipt: '收據號碼（選填）',
  procNew: '開始新手續',
  procKind: '手續',
  procUnitField: '單位',
  procAreaField: '面積（平方米）',
  procDepositField: '按金（元，選填）',
  procAreaHint: '裝修須填面積：面積決定是否需要消防審批。',
  procSubmitNew: '開始手續',
  procCancel: '取消',
  procRequired: '請填寫此欄。',
  procNotNumber: '請填寫大於零的數字。',
  procNotAmount: '請填寫金額，例如 3000 或 3000.50。',
  procTimeline: '單位檔案',
  procTimelineKinds: {
    complaint: '投訴',
    repair: '維修',
    'paid-service': '有償服務',
    visit: '回訪',
    procedure: '手續',
  },
  procTimelineUnavailable: '暫時無法讀取單位檔案。',
  procTimelineStatuses: {
    complaint: {
      received: '已受理',
      assigned: '已指派',
      escalated: '已升級',
      resolved: '已處理',
      'followed-up': '已回訪',
      closed: '已結案',
    },
    repair: {
      registered: '已登記',
      dispatched: '已派工',
      assessed: '已審核',
      declined: '不予維修',
      done: '已完工',
      'signed-off': '已簽收',
      cancelled: '已取消',
    },
    'paid-service': {
      quoted: '已報價',
      signed: '已簽認',
      performed: '已服務',
      rework: '返工中',
      accepted: '已驗收',
      escalated: '已移交',
      charged: '已收費',
      cancelled: '已取消',
    },
    visit: { scheduled: '已預約', visited: '已回訪', 'followed-up': '已跟進', cancelled: '已取消' },
    procedure: { open: '進行中', done: '已完成' },
  },
  procRecordFields: {
    contractorName: '施工單位名稱',
    licenceNumber: '營業執照號碼',
    grade: '施工資質等級',
    department: '巡視部門',
    findings: '巡視情況',
    violation: '違章類別',
    finding: '違章情況',
    document: '未帶齊的證明材料',
    remedy: '處理方式',
    substitute: '替代辦法',
    appointmentOn: '改約收樓日期',
    electricity: '電表底數（度）',
    water: '水表底數（立方米）',
    gas: '煤氣表底數（立方米，選填）',
    facilities: '單元設施交接單',
    keyLabel: '鑰匙',
    keyCount: '數量',
  },
  procGrade: (g) => `${['', '一', '二', '三', '四'][g] ?? g}級`,
  procViolations: {
    'off-drawings': '未按報審圖紙施工或破壞結構',
    'no-pass': '未持證上崗或無動火證',
    'fire-safety': '消防隱患',
    waste: '施工垃圾未清理',
    noise: '非規定時段強噪音施工',
    unprotected: '公共設施未做保護',
    misconduct: '打架鬥毆或不文明行為',
    unlawful: '偷盜、縱火或破壞公物',
  },
  procDocuments: {
    identity: '本人身份證明',
    'business-licence': '公司營業執照',
    'power-of-attorney': '委託書原件',
    'agent-identity': '被委託人身份證明',
  },
  procRemedies: { substitute: '替代辦法', 'second-appointment': '另約收樓日期' },
  procFacilitiesHint: '每行一項：名稱，數量；有缺陷時再加一項說明，例如「百葉窗，3，拉繩斷裂」。',
  procRecordProblems: {
    number: '請填寫零或以上的數字。',
    count: '請填寫 1 至 1000 的整數。',
    lines: '每行須為「名稱，數量」或「名稱，數量，缺陷說明」。',
  },
  procContractor: (n, g) => `${n}（${g}）`,
  procReadings: (e, w, g) => `電 ${e} 度，水 ${w} 立方米${g === undefined ? '' : `，煤氣 ${g} 立方米`}`,
  procFacilitiesListed: (n, d) => `${n} 項${d > 0 ? `，其中 ${d} 項有缺陷` : ''}`,
  procKeysHanded: (k) => k,
  procInspected: (n) => `${n} 次`,
  procViolationsFound: (n, f) => `${n} 宗${f === undefined ? '' : `，罰款合計 ${f}`}`,
  procMissingPapers: (p, r) => `${p}：${r}`,
  procGapsHeading: '未巡視的日子',
  procGap: (d, deps) => `${d}：${deps}未巡視`,
  procRecordLabels: {
    contractor: '施工單位',
    readings: '能源表底數',
    facilities: '單元設施',
    keys: '鑰匙',
    inspections: '巡視紀錄',
    violations: '違章',
    papers: '證明材料',
  },
  procTaken: (a) => `已完成：${a}。`,
  procRefusedAction: (a, r) => `無法${a}：${r}`,
};

/** The desk's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const procedureDeskCatalog = messageCatalog(procedureDeskZhHant, {
  en: () => import('./locales/en.js').then((m) => m.procedureDeskEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.procedureDeskZhHans),
});
