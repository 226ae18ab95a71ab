import { messageCatalog } from '../messages/messages.js';
import { categoryNamesZhHant, type CategoryMessages } from '../shared/category-names.js';
import { offerTermsZhHant, type OfferTermMessages } from '../shared/offer-term-messages.js';

/**
 * Messages of `<club-offer-manager>`, with the words of offer terms it shares with the merchant
 * directory (so its preview reads as the directory does). Money and dates arrive already formatted.
 */
export interface OfferManagerMessages extends OfferTermMessages, CategoryMessages {
  /** The widget's heading. */
  omTitle: string;
  /** Shown when the widget has no base URL or session endpoint to work with. */
  omNotConfigured: string;
  /** Shown when no staff member is signed in. */
  omSignedOut: string;
  /** Shown when the signed-in staff member runs no merchant. */
  omNoMerchant: string;
  /** Announced when the merchant has loaded. */
  omLoaded(merchant: string): string;
  /** Heading of the merchant's profile. */
  omProfile: string;
  /** Label of the merchant's name. */
  omMerchantName: string;
  omCategory: string;
  omAddress: string;
  omPhone: string;
  /** Heading of the offer list. */
  omOffers(count: number): string;
  /** The merchant has no offers yet. */
  omNoOffers: string;
  /** Label of an offer's preview: what members read in the directory. */
  omPreview: string;
  /** Marks an offer whose last day is past. */
  omEndedBadge: string;
  /** The button that opens the form for a new offer. */
  omAdd: string;
  /** The button that opens the form on an offer. */
  omEdit: string;
  /** The button that ends an offer. */
  omEnd: string;
  /** Heading of the form for a new offer. */
  omNewHeading: string;
  /** Heading of the form on an offer. */
  omEditHeading(title: string): string;
  /** Marks an optional field. */
  omOptional: string;
  omKind: string;
  omKindPercent: string;
  omKindAmount: string;
  omKindPrice: string;
  /** Label of the offer's title. */
  omOfferTitle: string;
  omOfferTitleHint(max: number): string;
  omPercentOff: string;
  omPercentOffHint: string;
  omCap: string;
  omAmountOff: string;
  omListPrice: string;
  omMemberPrice: string;
  omMinSpend: string;
  /** Hint of the amount fields: yuan, at most two decimals. */
  omMoneyHint: string;
  omTiers: string;
  omTiersAll: string;
  omValidFrom: string;
  omValidUntil: string;
  /** Hint of the validity dates: empty means no limit. */
  omDatesHint: string;
  /** Heading of the form's live preview. */
  omPreviewHeading: string;
  /** Shown in the preview while the form has an issue. */
  omPreviewPending: string;
  omSave: string;
  omSaving: string;
  omCancel: string;
  /** The error summary's heading. */
  omSummaryTitle(count: number): string;
  /** One line of the error summary: the field's label and its error. */
  omSummaryItem(label: string, error: string): string;
  /** A required field is empty. */
  omIssueRequired: string;
  /** The title is longer than `max` characters. */
  omIssueTooLong(max: number): string;
  /** An amount is not an amount of yuan with at most two decimals. */
  omIssueMoney: string;
  /** An amount must be more than 0. */
  omIssuePositive: string;
  /** The percentage is out of range. */
  omIssuePercent: string;
  /** A date is not a day on the calendar. */
  omIssueDate: string;
  /** The last day is before the first. */
  omIssueDateOrder: string;
  /** The member price is not below the list price. */
  omIssuePriceOrder: string;
  /** A choice the club does not know. */
  omIssueChoice: string;
  /** Heading of the box that shows a refused change. */
  omRefused: string;
  /** Announced when an offer was added. */
  omAdded(title: string): string;
  /** Announced when an offer was changed. */
  omSaved(title: string): string;
  /** Announced when an offer was ended (`until` is its last day, formatted). */
  omEndedDone(title: string, until: string): string;
  /** Announced when an offer that had not begun was removed. */
  omRemoved(title: string): string;
  /** Announced while a change is being sent. */
  omSending: string;
  /** The button that closes a refused change's error box. */
  omDismiss: string;
}

/** Traditional Chinese. */
export const offerManagerZhHant: OfferManagerMessages = {
  ...offerTermsZhHant,
  ...categoryNamesZhHant,
  omTitle: '商戶資料與會員優惠',
  omNotConfigured: '優惠管理尚未設定：需要俱樂部的服務網址與員工登入端點。',
  omSignedOut: '請先登入，以管理商戶的優惠。',
  omNoMerchant: '您的帳號沒有負責的商戶。',
  omLoaded: (merchant) => `已載入 ${merchant} 的資料與優惠。`,
  omProfile: '商戶資料',
  omMerchantName: '商戶名稱',
  omCategory: '類別',
  omAddress: '地址',
  omPhone: '電話',
  omOffers: (count) => `會員優惠（${count}）`,
  omNoOffers: '目前沒有會員優惠。',
  omPreview: '會員在目錄中看到的內容',
  omEndedBadge: '已結束',
  omAdd: '新增優惠',
  omEdit: '編輯',
  omEnd: '結束優惠',
  omNewHeading: '新增優惠',
  omEditHeading: (title) => `編輯優惠「${title}」`,
  omOptional: '（選填）',
  omKind: '優惠類型',
  omKindPercent: '折扣（按百分比）',
  omKindAmount: '立減金額',
  omKindPrice: '會員價',
  omOfferTitle: '優惠名稱',
  omOfferTitleHint: (max) => `會員看到的名稱，最多 ${max} 字，例如：會員洗車9折。`,
  omPercentOff: '折扣百分比（%）',
  omPercentOffHint: '10 表示減 10%，即 9 折；最多兩位小數。',
  omCap: '最多減（元）',
  omAmountOff: '減免金額（元）',
  omListPrice: '原價（元）',
  omMemberPrice: '會員價（元）',
  omMinSpend: '最低消費（元）',
  omMoneyHint: '以元為單位，例如 20 或 8.50。',
  omTiers: '適用會員',
  omTiersAll: '全部會員',
  omValidFrom: '開始日期',
  omValidUntil: '最後一天',
  omDatesHint: '留空表示不限。',
  omPreviewHeading: '預覽：會員看到的樣子',
  omPreviewPending: '填妥欄位後即可預覽。',
  omSave: '儲存',
  omSaving: '儲存中…',
  omCancel: '取消',
  omSummaryTitle: (count) => `有 ${count} 個欄位需要修正`,
  omSummaryItem: (label, error) => `${label}：${error}`,
  omIssueRequired: '此欄位必填。',
  omIssueTooLong: (max) => `最多 ${max} 字。`,
  omIssueMoney: '請輸入以元為單位的金額，最多兩位小數，例如 20 或 8.50。',
  omIssuePositive: '金額須大於 0。',
  omIssuePercent: '請輸入大於 0、小於 100 的數字，最多兩位小數。',
  omIssueDate: '請輸入有效的日期。',
  omIssueDateOrder: '最後一天不可早於開始日期。',
  omIssuePriceOrder: '會員價須低於原價。',
  omIssueChoice: '請從清單中選擇。',
  omRefused: '俱樂部未接受這項變更',
  omAdded: (title) => `已新增優惠「${title}」。`,
  omSaved: (title) => `已儲存優惠「${title}」。`,
  omEndedDone: (title, until) => `已結束優惠「${title}」，最後一天為 ${until}。`,
  omRemoved: (title) => `優惠「${title}」尚未開始，已撤下。`,
  omSending: '傳送中…',
  omDismiss: '關閉',
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const offerManagerCatalog = messageCatalog(offerManagerZhHant, {
  en: () => import('./locales/en.js').then((m) => m.offerManagerEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.offerManagerZhHans),
});
