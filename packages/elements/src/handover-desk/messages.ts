import type { HandoverStatus } from '@clubkit/core/service';
import { messageCatalog } from '../messages/messages.js';
import type { HandoverActionKind } from './handover-desk-controller.js';

/** Messages of `<club-handover-desk>`. Dates arrive already formatted, people already named. */
export interface HandoverDeskMessages {
  /** The desk's heading. */
  hovTitle: string;
  /** Shown when the desk has no base URL or session endpoint to work with. */
  hovNotConfigured: string;
  /** Shown when no staff member is signed in. */
  hovSignedOut: string;
  /** Announced when the latest hand-over has loaded; `status` named. */
  hovLoaded(status: string): string;
  /** Shown (and announced) before the desk's first hand-over. */
  hovNone: string;
  /** The button that reads the desk's latest hand-over again (a colleague's answer, a new hand-over). */
  hovReload: string;
  /** Heading of the latest hand-over. */
  hovLatest: string;
  /** Status names. */
  hovStatuses: Readonly<Record<HandoverStatus, string>>;
  /** Who wrote and signed the hand-over, and when (`at` formatted). */
  hovWrittenBy(who: string, at: string): string;
  /** The signed-in staff member, where a person is named. */
  hovYou: string;
  /** Another staff member, by the id the Club API records. */
  hovStaff(id: string): string;
  /** Heading of the log. */
  hovLog: string;
  /** Heading of the items still open, `n` of them. */
  hovOpenItems(n: number): string;
  /** Heading of the items this shift finished, `n` of them. */
  hovDoneItems(n: number): string;
  /** An empty list of items. */
  hovNoItems: string;
  /** Who opened an item, and when (`at` formatted). */
  hovOpenedBy(who: string, at: string): string;
  /** Heading of the questions, `n` of them. */
  hovQuestions(n: number): string;
  /** No question asked. */
  hovNoQuestions: string;
  /** Who asked a question. */
  hovAskedBy(who: string): string;
  /** A question without its answer yet. */
  hovUnanswered: string;
  /** The answer, and who gave it. */
  hovAnswer(text: string, who: string): string;
  /** Who took the hand-over over. */
  hovAcceptedBy(who: string): string;
  /** Who refused to take it over, and why. */
  hovRefusedBy(who: string, reason: string): string;
  /** Who reviewed it, and their note (empty for none). */
  hovReviewedBy(who: string, note: string): string;
  /** Labels of the incoming shift's and the writer's fields. */
  hovQuestionField: string;
  hovAnswerField(n: number): string;
  hovReasonField: string;
  hovNoteField: string;
  /** The actions' button labels. */
  hovActions: Readonly<Record<HandoverActionKind, string>>;
  /** Why accepting waits: `n` questions still have no answer. */
  hovAcceptWaits(n: number): string;
  /** Heading of the form that writes the next hand-over. */
  hovWrite: string;
  /** Why the next hand-over waits: the latest is not taken over yet. */
  hovWriteWaits: string;
  /** Label of the carried items' checkboxes' group. */
  hovCarried: string;
  /** The checkbox of a carried item. */
  hovDoneThisShift: string;
  /** Label and hint of the new items. */
  hovNewItems: string;
  hovNewItemsHint: string;
  /** A required field left empty. */
  hovRequired: string;
  /** An action the Club API refused, in words; `reason` the refusal's. */
  hovRefused(action: string, reason: string): string;
  /** A hand-over written while the latest is not taken over (409 `handover/previous-pending`). */
  hovPreviousPending: string;
  /** An event the hand-over does not take now (409 `handover/invalid-transition`), say accepting with a question open. */
  hovNotNow: string;
  /** Announced when an action went through. */
  hovDone(action: string): string;
}

/** Traditional Chinese. */
export const handoverDeskZhHant: HandoverDeskMessages = {
  hovTitle: '交接班',
  hovNotConfigured: '交接班記錄尚未設定：需要會所的 API 網址及員工登入端點。',
  hovSignedOut: '請先登入，才能查看交接班記錄。',
  hovLoaded: (s) => `最近一次交接班：${s}。`,
  hovNone: '本櫃檯還沒有交接班記錄。',
  hovReload: '重新整理',
  hovLatest: '最近一次交接班',
  hovStatuses: {
    'handed-over': '待接班',
    accepted: '已接班',
    refused: '拒絕接班',
    reviewed: '已審閱',
  },
  hovWrittenBy: (who, at) => `交班人：${who}，${at}`,
  hovYou: '你',
  hovStaff: (id) => `同事 ${id}`,
  hovLog: '工作日誌',
  hovOpenItems: (n) => `未完成事項（${n}）`,
  hovDoneItems: (n) => `本班完成（${n}）`,
  hovNoItems: '沒有。',
  hovOpenedBy: (who, at) => `${who}，${at}`,
  hovQuestions: (n) => `問題（${n}）`,
  hovNoQuestions: '沒有問題。',
  hovAskedBy: (who) => `${who}問：`,
  hovUnanswered: '尚未回答。',
  hovAnswer: (text, who) => `${who}答：${text}`,
  hovAcceptedBy: (who) => `接班人：${who}`,
  hovRefusedBy: (who, reason) => `${who}拒絕接班：${reason}`,
  hovReviewedBy: (who, note) => `${who}已審閱${note ? `：${note}` : '。'}`,
  hovQuestionField: '提問',
  hovAnswerField: (n) => `回答第 ${n} 個問題`,
  hovReasonField: '拒絕接班的原因',
  hovNoteField: '審閱意見（可不填）',
  hovActions: {
    ask: '提問',
    answer: '回答',
    accept: '接班',
    refuse: '拒絕接班',
    review: '審閱',
    handOver: '交班',
  },
  hovAcceptWaits: (n) => `還有 ${n} 個問題未回答，回答後才能接班。`,
  hovWrite: '寫交接班記錄',
  hovWriteWaits: '最近一次交接班還沒有人接班：接班後才能寫下一次。',
  hovCarried: '上一班留下的未完成事項',
  hovDoneThisShift: '本班已完成',
  hovNewItems: '新的未完成事項',
  hovNewItemsHint: '每行一項。',
  hovRequired: '請填寫。',
  hovRefused: (action, reason) => `無法${action}：${reason}`,
  hovPreviousPending: '最近一次交接班還沒有人接班，或剛有同事交了班。已重新載入；你填寫的內容都保留著。',
  hovNotNow: '交接班的狀態已經不允許這個操作（例如還有問題未回答）。已重新載入最新狀態。',
  hovDone: (action) => `已${action}。`,
};

/** The desk's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const handoverDeskCatalog = messageCatalog(handoverDeskZhHant, {
  en: () => import('./locales/en.js').then((m) => m.handoverDeskEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.handoverDeskZhHans),
});
