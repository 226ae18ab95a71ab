import { messageCatalog } from '../messages/messages.js';

/** Messages of `<club-member-card>`. Counts are whole days; dates arrive already formatted. */
export interface MemberCardMessages {
  /** The card's title, read before the holder's name. */
  cardTitle: string;
  /** Shown when the card has no base URL or session endpoint to work with. */
  cardNotConfigured: string;
  /** Shown when the partner site has no signed-in member. */
  cardSignedOut: string;
  /** Announced when the card has loaded; `status` is the status line. */
  cardLoaded(status: string): string;
  /** Label of the masked card number. */
  cardNumberLabel: string;
  /** What a screen reader reads for the masked number: only the last four digits are shown. */
  cardNumberEnding(lastFour: string): string;
  /** The free insurance-club tier. */
  cardTierStandard: string;
  /** The paid VIP tier (the diamond card). */
  cardTierVip: string;
  /** Label of the car's plate. */
  cardPlateLabel: string;
  /** Label of the membership status. */
  cardStatusLabel: string;
  /** Not valid yet: starts in `days` days. */
  cardStatusPending(days: number): string;
  /** Active: valid for `days` more days, today included. */
  cardStatusActive(days: number): string;
  /** In the grace period after the policy end: `days` days left, today included. */
  cardStatusGrace(days: number): string;
  /** Expired `days` days ago. */
  cardStatusExpired(days: number): string;
  /** Cancelled on `date` (formatted). */
  cardStatusCancelled(date: string): string;
  /** Label of the last valid day. */
  cardValidUntilLabel: string;
  /** Label of the branch. */
  cardBranchLabel: string;
  /** The renew button while the membership is active. */
  cardRenew: string;
  /** The renew button in grace or after expiry. */
  cardRenewNow: string;
  /** Heading of the VIP card's live member code. */
  cardCodeTitle: string;
  /** What the member does with the code. */
  cardCodeHelp: string;
  /** The accessible name of the QR code; `spoken` is the code's digits spaced for a screen reader. */
  cardCodeQrLabel(spoken: string): string;
  /** What a screen reader reads for the code's digits; `spoken` is the digits spaced. */
  cardCodeDigits(spoken: string): string;
  /** How long the code is still good, in whole seconds. */
  cardCodeExpiresIn(seconds: number): string;
  /** Shown while a code is on its way and none in hand is still good. */
  cardCodeLoading: string;
  /** The button that asks for a new code now. */
  cardCodeNew: string;
  /** Shown instead of the QR code when its encoder could not be loaded: the digits still work. */
  cardCodeQrUnavailable: string;
  /** What the VIP card saved this membership year beside its fee, both formatted. */
  cardSavings(saved: string, fee: string): string;
  /** Shown when this year's savings exceed the fee. */
  cardPaidForItself: string;
  /** Shown when the savings could not be loaded. */
  cardSavingsUnavailable: string;
  /** The button that opens and closes the member handbook with the member's rights and duties. */
  cardHandbookOpen: string;
}

/** Traditional Chinese. */
export const memberCardZhHant: MemberCardMessages = {
  cardTitle: '會員卡',
  cardNotConfigured: '會員卡尚未設定：需要俱樂部的服務網址與會員登入端點。',
  cardSignedOut: '請先登入，以查看您的會員卡。',
  cardLoaded: (status) => `會員卡已載入。${status}`,
  cardNumberLabel: '卡號',
  cardNumberEnding: (lastFour) => `末四碼 ${lastFour.split('').join(' ')}`,
  cardTierStandard: '一般會員',
  cardTierVip: 'VIP 鑽石卡',
  cardPlateLabel: '車牌',
  cardStatusLabel: '狀態',
  cardStatusPending: (n) => `尚未生效：${n} 天後生效`,
  cardStatusActive: (n) => `有效：尚餘 ${n} 天`,
  cardStatusGrace: (n) => `寬限期：尚餘 ${n} 天可續約`,
  cardStatusExpired: (n) => `已過期 ${n} 天`,
  cardStatusCancelled: (date) => `已於 ${date} 取消`,
  cardValidUntilLabel: '有效期至',
  cardBranchLabel: '所屬分公司',
  cardRenew: '續約',
  cardRenewNow: '立即續約',
  cardCodeTitle: '會員碼',
  cardCodeHelp: '結帳時請商戶掃描或輸入此碼；每組碼只能使用一次。',
  cardCodeQrLabel: (spoken) => `會員碼 QR 碼：${spoken}`,
  cardCodeDigits: (spoken) => `會員碼 ${spoken}`,
  cardCodeExpiresIn: (n) => `${n} 秒內有效`,
  cardCodeLoading: '正在取得會員碼…',
  cardCodeNew: '換一組新碼',
  cardCodeQrUnavailable: '無法顯示 QR 碼，請出示下方數字。',
  cardSavings: (saved, fee) => `本會員年度已省 ${saved}（年費 ${fee}）`,
  cardPaidForItself: '已回本',
  cardSavingsUnavailable: '暫時無法取得節省金額。',
  cardHandbookOpen: '會員手冊與權利義務',
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const memberCardCatalog = messageCatalog(memberCardZhHant, {
  en: () => import('./locales/en.js').then((m) => m.memberCardEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.memberCardZhHans),
});
