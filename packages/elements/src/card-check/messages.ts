import type { VipCardStatus } from '@clubkit/core/vip';
import { messageCatalog } from '../messages/messages.js';
import { offerTermsZhHant, type OfferTermMessages } from '../shared/offer-term-messages.js';

/**
 * Messages of `<club-card-check>`, with the words of offer terms it shares with the merchant
 * directory (so the offer reads at the counter as members read it). Money arrives formatted.
 */
export interface CardCheckMessages extends OfferTermMessages {
  /** The widget's heading. */
  ccTitle: string;
  /** Shown when the widget has no base URL or session endpoint to work with. */
  ccNotConfigured: string;
  /** Label of the card field. */
  ccCard: string;
  /** Hint of the card field. */
  ccCardHint: string;
  /** Label of the bill field. */
  ccBill: string;
  /** Hint of the bill field. */
  ccBillHint: string;
  /** The button that checks the card. */
  ccCheck: string;
  /** Announced while a check runs. */
  ccChecking: string;
  /** The button that opens the camera. */
  ccScan: string;
  /** The button that closes the camera. */
  ccStopScan: string;
  /** Label of the camera's picture. */
  ccCamera: string;
  /** Announced while the camera is being opened. */
  ccCameraStarting: string;
  /** Announced while the camera reads. */
  ccCameraScanning: string;
  /** This browser or device gives no camera. */
  ccCameraUnavailable: string;
  /** The camera was refused. */
  ccCameraDenied: string;
  /** Announced when a code was read from the camera. */
  ccCodeRead: string;
  /** The error summary's heading. */
  ccSummaryTitle(count: number): string;
  /** One line of the error summary: the field's label and its error. */
  ccSummaryItem(label: string, error: string): string;
  /** A required field is empty. */
  ccIssueRequired: string;
  /** The card field is neither a member code nor a card number. */
  ccIssueLength: string;
  /** The card field's last digit is not its check digit. */
  ccIssueCheckDigit: string;
  /** The bill is not an amount of yuan. */
  ccIssueMoney: string;
  /** The bill is 0. */
  ccIssuePositive: string;
  /** Heading of the check's answer. */
  ccResultTitle: string;
  /** Label of the card's status. */
  ccStatus: string;
  /** Each card status in words. */
  ccStatusWords: { readonly [S in VipCardStatus]: string };
  /** Label of the holder's name. */
  ccHolder: string;
  /** Label of the masked card number. */
  ccCardNumber: string;
  /** The VIP year's last valid day. */
  ccValidUntil: string;
  /** Label of the bill in the answer. */
  ccBillAmount: string;
  /** Label of the offer. */
  ccOffer: string;
  /** No offer applies (the card is not valid VIP, or none saves on this bill). */
  ccNoOffer: string;
  /** Label of the saving. */
  ccSaving: string;
  /** Label of what the member pays. */
  ccPay: string;
  /** The card was checked by its number: it cannot be recorded. */
  ccCardNumberOnly: string;
  /** The button that records the discount. */
  ccRecord: string;
  /** Announced while a redemption is recorded. */
  ccRecording: string;
  /** Announced when a redemption was recorded. */
  ccRecorded(offer: string, saving: string, pay: string): string;
  /** The button that empties the form for the next customer. */
  ccClear: string;
  /** The button that opens the record of a member's use of a catalogue service (its words load with it). */
  ccServiceUse: string;
  /** Heading of a refused request. */
  ccRefused: string;
  /** The Club API's refusals, by code, in words the counter can act on. */
  ccErrorCodeUsed: string;
  ccErrorCodeExpired: string;
  ccErrorCodeInvalid: string;
  ccErrorCardNotValid: string;
  ccErrorNoOffer: string;
  ccErrorOfferMismatch: string;
  ccErrorCodeRequired: string;
  /** 403: the signed-in staff member may not use this merchant's counter. */
  ccErrorForbidden: string;
  /** The session endpoint says no staff member is signed in. */
  ccErrorSignedOut: string;
}

/** Traditional Chinese. */
export const cardCheckZhHant: CardCheckMessages = {
  ...offerTermsZhHant,
  ccTitle: '櫃檯驗卡',
  ccNotConfigured: '櫃檯驗卡尚未設定：需要俱樂部的服務網址與員工登入端點。',
  ccCard: '會員碼或卡號',
  ccCardHint: '會員卡上的 12 位會員碼（掃描或輸入），或 16 位卡號（卡號只能查詢，不能記錄優惠）。',
  ccBill: '消費金額（元）',
  ccBillHint: '以元為單位，例如 300 或 88.50。',
  ccCheck: '查詢',
  ccChecking: '查詢中…',
  ccScan: '掃描會員碼',
  ccStopScan: '關閉相機',
  ccCamera: '相機畫面：請將會員卡上的QR 碼對準鏡頭',
  ccCameraStarting: '正在開啟相機…',
  ccCameraScanning: '相機已開啟，請將QR 碼對準鏡頭。',
  ccCameraUnavailable: '找不到可用的相機，請直接輸入會員碼。',
  ccCameraDenied: '未獲准使用相機，請直接輸入會員碼。',
  ccCodeRead: '已讀取會員碼，請輸入消費金額後查詢。',
  ccSummaryTitle: (count) => `有 ${count} 個欄位需要修正`,
  ccSummaryItem: (label, error) => `${label}：${error}`,
  ccIssueRequired: '此欄位必填。',
  ccIssueLength: '請輸入 12 位會員碼或 16 位卡號。',
  ccIssueCheckDigit: '檢查碼不符，可能輸入錯了一位數字，請再核對。',
  ccIssueMoney: '請輸入以元為單位的金額，最多兩位小數，例如 300 或 88.50。',
  ccIssuePositive: '金額須大於 0。',
  ccResultTitle: '查詢結果',
  ccStatus: '會員卡狀態',
  ccStatusWords: {
    active: '有效 VIP 卡',
    grace: 'VIP 卡寬限期內，仍可享優惠',
    expired: 'VIP 卡已過期，不享優惠',
    cancelled: 'VIP 卡已取消，不享優惠',
    'not-vip': '不是 VIP 會員，不享優惠',
  },
  ccHolder: '持卡人',
  ccCardNumber: '卡號',
  ccValidUntil: '有效至',
  ccBillAmount: '消費金額',
  ccOffer: '本店優惠',
  ccNoOffer: '沒有適用的優惠。',
  ccSaving: '優惠金額',
  ccPay: '會員應付',
  ccCardNumberOnly: '以卡號查詢只能確認會員卡；要記錄優惠，請會員出示卡上的即時會員碼。',
  ccRecord: '記錄優惠',
  ccRecording: '記錄中…',
  ccRecorded: (offer, saving, pay) => `已記錄優惠「${offer}」：減 ${saving}，會員應付 ${pay}。可以接待下一位客人。`,
  ccClear: '清除',
  ccServiceUse: '記錄服務使用',
  ccRefused: '俱樂部未接受',
  ccErrorCodeUsed: '這個會員碼已經用過，沒有記錄任何優惠。請會員出示新的會員碼。',
  ccErrorCodeExpired: '這個會員碼已過期（每個會員碼只有一分鐘），沒有記錄任何優惠。請會員出示新的會員碼。',
  ccErrorCodeInvalid: '俱樂部沒有發出這個會員碼，沒有記錄任何優惠。請再核對數字或重新掃描。',
  ccErrorCardNotValid: '這張卡今天不是有效的 VIP 卡，沒有記錄任何優惠。',
  ccErrorNoOffer: '本店沒有適用於這筆消費的優惠，沒有記錄任何優惠。',
  ccErrorOfferMismatch: '本店的優惠在查詢後有變動，沒有記錄任何優惠。請重新查詢。',
  ccErrorCodeRequired: '卡號只能查詢，不能記錄優惠。請會員出示卡上的即時會員碼。',
  ccErrorForbidden: '您的帳號不能使用這家商戶的櫃檯，沒有記錄任何優惠。',
  ccErrorSignedOut: '請先登入，才能使用櫃檯驗卡。',
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const cardCheckCatalog = messageCatalog(cardCheckZhHant, {
  en: () => import('./locales/en.js').then((m) => m.cardCheckEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.cardCheckZhHans),
});
