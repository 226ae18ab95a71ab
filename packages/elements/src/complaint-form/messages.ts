import type { ComplaintCategory } from '@clubkit/core/service';
import { messageCatalog } from '../messages/messages.js';

/** Messages of `<club-complaint-form>` (all keys start with `form`). */
export interface ComplaintFormMessages {
  /** Label of the complainant's name. */
  formName: string;
  /** Label of the company, for office tenants. */
  formCompany: string;
  /** Added to the label of an optional field. */
  formOptional: string;
  /** Legend of the unit / plate / member-card group. */
  formSubjectLegend: string;
  /** Hint of that group: one of the three is enough. */
  formSubjectHint: string;
  /** Label of the unit number. */
  formUnit: string;
  /** Hint of the unit number. */
  formUnitHint: string;
  /** Label of the vehicle plate. */
  formPlate: string;
  /** Label of the member card number. */
  formCardNumber: string;
  /** Hint of the member card number. */
  formCardNumberHint: string;
  /** Label of the category select. */
  formCategory: string;
  /** The empty first option of the category select. */
  formCategoryChoose: string;
  /** The name of each complaint category. */
  formCategories: Record<ComplaintCategory, string>;
  /** Label of the complaint text. */
  formContent: string;
  /** Hint of the complaint text; `max` is its length limit. */
  formContentHint(max: number): string;
  /** Label of the phone number. */
  formPhone: string;
  /** Hint of the phone number. */
  formPhoneHint: string;
  /** The submit button. */
  formSubmit: string;
  /** The submit button while sending. */
  formSubmitting: string;
  /** Status line while a complaint is being sent. */
  formSending: string;
  /** Status line when an earlier draft was restored. */
  formRestored: string;
  /** Status line when a complaint sent before a reload is being confirmed. */
  formResuming: string;
  /** Button that throws the restored draft away. */
  formDiscard: string;
  /** Heading of the error summary; `count` is the number of problems. */
  formSummaryTitle(count: number): string;
  /** An error-summary entry: the field's label and its error. */
  formSummaryItem(label: string, error: string): string;
  /** A required field is empty. */
  formErrorRequired: string;
  /** None of unit, plate and member card was given. */
  formErrorSubjectRequired: string;
  /** No category was chosen. */
  formErrorCategoryRequired: string;
  /** Too short; `min` is the least number of characters when known. */
  formErrorTooShort(min: number | undefined): string;
  /** Too long; `max` is the most characters allowed when known. */
  formErrorTooLong(max: number | undefined): string;
  /** Only white space was typed. */
  formErrorBlank: string;
  /** A phone number with another character than digits, spaces, + and -. */
  formErrorPhoneCharacters: string;
  /** A phone number of the right characters and length that does not start and end with a digit (`--1234567`). */
  formErrorPhoneFormat: string;
  /** A member card number with another character than digits and spaces. */
  formErrorCardNumberCharacters: string;
  /** A member card number of digits and spaces that is not 16 digits in groups of four. */
  formErrorCardNumberFormat: string;
  /** Any other value in the wrong format. */
  formErrorFormat: string;
  /** A value that is not one of the choices. */
  formErrorChoose: string;
  /** Any other problem with a value. */
  formErrorInvalid: string;
  /** Heading of the receipt. */
  formReceivedTitle: string;
  /** Label of the reference number, with its punctuation (`投訴編號：`). */
  formReference: string;
  /** Asks to keep the reference. */
  formReferenceHint: string;
  /**
   * The promise of a follow-up, as the club's rule gives it: within `hours` of receiving the
   * complaint (core's `ComplaintAcceptanceHours`), `when` being that moment, formatted.
   */
  formFollowUp(when: string, hours: number): string;
  /** Button to file another complaint. */
  formNew: string;
  /** Opens the view that checks a complaint's progress. */
  formCheckProgress: string;
}

/** Traditional Chinese. */
export const complaintFormZhHant: ComplaintFormMessages = {
  formName: '您的姓名',
  formCompany: '公司',
  formOptional: '（選填）',
  formSubjectLegend: '投訴涉及',
  formSubjectHint: '請至少填寫一項：單位、車牌或會員卡號。',
  formUnit: '單位',
  formUnitHint: '依大樓的寫法，例如 A-1203。',
  formPlate: '車牌號碼',
  formCardNumber: '會員卡號',
  formCardNumberHint: '16 位數字，每四位之間可留空格。',
  formCategory: '類別',
  formCategoryChoose: '請選擇類別',
  formCategories: {
    'service-attitude': '服務態度',
    'service-quality': '服務品質',
    'broken-promise': '承諾未兌現',
    repair: '維修',
    billing: '收費與帳單',
    merchant: '特約商戶',
    membership: '會籍與會員卡',
    facility: '設施',
    suggestion: '建議',
    other: '其他',
  },
  formContent: '投訴內容',
  formContentHint: (max) => `請描述經過，最多 ${max} 字。`,
  formPhone: '聯絡電話',
  formPhoneHint: '我們會以此號碼回電。只可填數字、空格、+ 與 -。',
  formSubmit: '送出投訴',
  formSubmitting: '送出中…',
  formSending: '正在送出您的投訴…',
  formRestored: '已為您還原先前填寫的內容。在俱樂部收到之前，內容會保留在此裝置上。',
  formResuming: '頁面關閉時您的投訴正在送出，正在確認俱樂部是否已收到…',
  formDiscard: '重新填寫',
  formSummaryTitle: (n) => `請修正 ${n} 個欄位`,
  formSummaryItem: (label, error) => `${label}：${error}`,
  formErrorRequired: '請填寫此欄位。',
  formErrorSubjectRequired: '請填寫單位、車牌號碼或會員卡號其中一項。',
  formErrorCategoryRequired: '請選擇類別。',
  formErrorTooShort: (min) => (min === undefined ? '內容太短。' : `請至少輸入 ${min} 個字元。`),
  formErrorTooLong: (max) => (max === undefined ? '內容太長。' : `請勿超過 ${max} 個字元。`),
  formErrorBlank: '請勿只輸入空格。',
  formErrorPhoneCharacters: '電話號碼只可包含數字、空格、+ 與 -。',
  formErrorPhoneFormat: '電話號碼須以數字開頭及結尾，+ 只可放在最前面。',
  formErrorCardNumberCharacters: '會員卡號只可包含數字與空格。',
  formErrorCardNumberFormat: '會員卡號須為 16 位數字。',
  formErrorFormat: '格式不正確，請檢查。',
  formErrorChoose: '請從選項中選擇一項。',
  formErrorInvalid: '請檢查此欄位。',
  formReceivedTitle: '謝謝您，俱樂部已收到您的投訴。',
  formReference: '投訴編號：',
  formReferenceHint: '日後查詢此投訴時，請提供這個編號。',
  formFollowUp: (when, hours) => `我們會在 ${hours} 小時內與您聯絡，最遲於 ${when}。`,
  formNew: '提出另一宗投訴',
  formCheckProgress: '查詢投訴進度',
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const complaintFormCatalog = messageCatalog(complaintFormZhHant, {
  en: () => import('./locales/en.js').then((m) => m.complaintFormEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.complaintFormZhHans),
});
