import { messageCatalog } from '../messages/messages.js';
import { categoryNamesZhHant, type CategoryMessages } from '../shared/category-names.js';
import { offerTermsZhHant, type OfferTermMessages } from '../shared/offer-term-messages.js';

/** Messages of `<club-vip-offer>`. Money and dates arrive already formatted. */
export interface VipOfferMessages extends OfferTermMessages, CategoryMessages {
  /** The widget's heading. */
  vipTitle: string;
  /** The price line: `price` a year. */
  vipPrice(price: string): string;
  /** The price per day, beside the price: `perDay` a day. */
  vipPerDay(perDay: string): string;
  /** The heading of the estimate form. */
  vipEstimateHeading: string;
  /** The hint above the spend fields. */
  vipEstimateHint: string;
  /** A spend field's label: what the visitor spends a month on `category`. */
  vipSpendLabel(category: string): string;
  /** The estimate button. */
  vipEstimate: string;
  /** A spend field that is not an amount. */
  vipIssueAmount: string;
  /** A spend field with more than two decimals or too large. */
  vipIssueRange: string;
  /** The summary of the fields to correct. */
  vipIssuesTitle(count: number): string;
  /** The estimate's result: savings a year against the fee. */
  vipSavings(savings: string): string;
  /** The card pays for itself: `net` more than it costs. */
  vipWorthIt(net: string): string;
  /** It saves less than it costs: `short` less. */
  vipNotWorthIt(short: string): string;
  /** The heading of the best offers found. */
  vipBestHeading: string;
  /** One best offer: its yearly saving. */
  vipOfferSaving(saving: string): string;
  /** No offer saves anything on the spend entered. */
  vipNoOffers: string;
  /** The buy button. */
  vipBuy: string;
  /** The buy button for a member who holds (or held) the VIP card. */
  vipRenew: string;
  /** While the order is created. */
  vipCreating: string;
  /** The order is open: the page takes the payment. */
  vipAwaitingPayment(amount: string): string;
  /** Paid: VIP until `date`. */
  vipPaid(date: string): string;
  /** The member is VIP (active) until `date`. */
  vipActive(date: string): string;
  /** The member's VIP card is in its grace days until `date`. */
  vipGrace(date: string): string;
  /** The member's VIP card expired on `date`. */
  vipExpired(date: string): string;
  /** The member's VIP card was cancelled. */
  vipCancelledCard: string;
  /** The order's payment window passed unpaid. */
  vipOrderExpired: string;
  /** The order was cancelled. */
  vipOrderCancelled: string;
  /** Try buying again after an ended order. */
  vipTryAgain: string;
  /** The buy button's place for a visitor who is not signed in. */
  vipSignIn: string;
  /** Without a session endpoint: buying is not set up on this page. */
  vipNotConfigured: string;
}

/** Traditional Chinese. */
export const vipOfferZhHant: VipOfferMessages = {
  ...offerTermsZhHant,
  ...categoryNamesZhHant,
  vipTitle: 'VIP 鑽石卡',
  vipPrice: (price) => `年費 ${price}`,
  vipPerDay: (perDay) => `每天只要 ${perDay}`,
  vipEstimateHeading: '估算一年可省多少',
  vipEstimateHint: '輸入您每月在各類消費的金額（元），我們以特約商戶的 VIP 優惠估算。',
  vipSpendLabel: (category) => `每月${category}消費（元）`,
  vipEstimate: '估算',
  vipIssueAmount: '請輸入金額，例如 120 或 88.50。',
  vipIssueRange: '金額最多兩位小數，且不可超過一億元。',
  vipIssuesTitle: (n) => `有 ${n} 個欄位需要修正`,
  vipSavings: (savings) => `估計一年可省 ${savings}`,
  vipWorthIt: (net) => `扣除年費後，還多省 ${net}。`,
  vipNotWorthIt: (short) => `比年費少 ${short}：消費多一些才划算。`,
  vipBestHeading: '為您找到的最佳優惠',
  vipOfferSaving: (saving) => `一年約省 ${saving}`,
  vipNoOffers: '依您輸入的消費，目前沒有可用的 VIP 優惠。',
  vipBuy: '購買 VIP 鑽石卡',
  vipRenew: '續購一年',
  vipCreating: '正在建立訂單…',
  vipAwaitingPayment: (amount) => `訂單已建立，請完成 ${amount} 的付款。`,
  vipPaid: (date) => `付款完成！您是 VIP 會員，有效至 ${date}。`,
  vipActive: (date) => `您是 VIP 會員，有效至 ${date}。`,
  vipGrace: (date) => `您的 VIP 卡已到期，寬限期至 ${date}，續購可無縫接續。`,
  vipExpired: (date) => `您的 VIP 卡已於 ${date} 到期。`,
  vipCancelledCard: '您的 VIP 卡已取消。',
  vipOrderExpired: '付款時限已過，訂單已失效，未收取任何費用。',
  vipOrderCancelled: '訂單已取消。',
  vipTryAgain: '重新購買',
  vipSignIn: '請先登入，即可購買 VIP 鑽石卡。',
  vipNotConfigured: '此頁尚未設定會員登入，無法購買。',
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const vipOfferCatalog = messageCatalog(vipOfferZhHant, {
  en: () => import('./locales/en.js').then((m) => m.vipOfferEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.vipOfferZhHans),
});
