import type { ComplaintStatus } from '@clubkit/core/service';

/** Messages of the complaint widget's "check progress" view (all keys start with `progress`), loaded with the view. */
export interface ComplaintProgressMessages {
  /** Heading of the view. */
  progressTitle: string;
  /** What to type, under the heading. */
  progressIntro: string;
  /** Label of the reference number. */
  progressReference: string;
  /** Hint of the reference number. */
  progressReferenceHint: string;
  /** Label of the phone's last four digits. */
  progressDigits: string;
  /** Hint of the digits. */
  progressDigitsHint: string;
  /** The check button. */
  progressCheck: string;
  /** The check button while asking the club. */
  progressChecking: string;
  /** No reference was typed. */
  progressErrorReference: string;
  /** The digits are not four digits. */
  progressErrorDigits: string;
  /** No complaint has this reference with these digits: never says which of the two is wrong. */
  progressNotFound: string;
  /** The reference's check character does not match: a typing mistake in the reference. */
  progressMistyped: string;
  /** Too many misses on one reference: wait before trying again. */
  progressTooMany: string;
  /** Heading of the found complaint; `reference` is its number. */
  progressFoundTitle(reference: string): string;
  /** Label before the status in words. */
  progressStatusLabel: string;
  /** Each status in words a complainant understands. */
  progressStatuses: Record<ComplaintStatus, string>;
  /** Label of the complaint's category. */
  progressCategory: string;
  /** Heading of the history. */
  progressHistory: string;
  /** History: the club received it; `when` is the formatted date and time. */
  progressReceived(when: string): string;
  /** History: when the club acts by, while the complaint is open. */
  progressDue(when: string): string;
  /** History: when the club resolved it. */
  progressResolved(when: string): string;
  /** Label of the resolution text. */
  progressResolution: string;
  /** Goes back to the complaint form. */
  progressBack: string;
  /** Says the form was filled in from the signed-in member's records. */
  progressPrefilled: string;
  /** Empties the fields filled in from the member's records. */
  progressPrefillClear: string;
  /** Heading of the last receipt, kept on the device until dismissed. */
  progressKeptTitle: string;
  /** Forgets the kept receipt. */
  progressDismiss: string;
}

/** Traditional Chinese. */
export const complaintProgressZhHant: ComplaintProgressMessages = {
  progressTitle: '查詢投訴進度',
  progressIntro: '請輸入投訴編號，以及提出投訴時所留聯絡電話的最後四位數字。',
  progressReference: '投訴編號',
  progressReferenceHint: '收到投訴時顯示的編號，例如 C79ZH-5H4YW。',
  progressDigits: '聯絡電話末四碼',
  progressDigitsHint: '4 位數字。',
  progressCheck: '查詢',
  progressChecking: '查詢中…',
  progressErrorReference: '請輸入投訴編號。',
  progressErrorDigits: '請輸入電話號碼的最後 4 位數字。',
  progressNotFound: '找不到符合的投訴。請核對投訴編號與電話末四碼後再試。',
  progressMistyped: '這個投訴編號似乎有打錯的字元，請核對後再試。',
  progressTooMany: '查詢次數過多，請稍候再試。',
  progressFoundTitle: (reference) => `投訴 ${reference}`,
  progressStatusLabel: '目前進度：',
  progressStatuses: {
    received: '已登記，正在安排負責部門',
    assigned: '負責部門處理中',
    escalated: '已交由客服主管跟進',
    resolved: '已處理，客服將與您聯絡確認',
    'followed-up': '客服已回訪，等待結案',
    closed: '已結案',
  },
  progressCategory: '類別：',
  progressHistory: '處理紀錄',
  progressReceived: (when) => `${when}：俱樂部收到投訴`,
  progressDue: (when) => `預定在 ${when} 前處理`,
  progressResolved: (when) => `${when}：處理完成`,
  progressResolution: '處理結果：',
  progressBack: '返回投訴表格',
  progressPrefilled: '已帶入您的會員資料，如有不同可直接修改。',
  progressPrefillClear: '清除帶入的資料',
  progressKeptTitle: '您最近提出的投訴',
  progressDismiss: '不再顯示',
};
