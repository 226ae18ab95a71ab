import { CATEGORY_LABELS_ZH_HANS } from '@clubkit/core/merchants/category-labels/zh-hans';
import { offerTermsZhHans } from '../../shared/locales/offer-terms-zh-hans.js';
import type { VipOfferMessages } from '../messages.js';

/** Simplified Chinese. */
export const vipOfferZhHans: VipOfferMessages = {
  ...offerTermsZhHans,
  categoryNames: CATEGORY_LABELS_ZH_HANS,
  vipTitle: 'VIP 钻石卡',
  vipPrice: (price) => `年费 ${price}`,
  vipPerDay: (perDay) => `每天只要 ${perDay}`,
  vipEstimateHeading: '估算一年能省多少',
  vipEstimateHint: '输入您每月在各类消费的金额（元），我们按特约商户的 VIP 优惠估算。',
  vipSpendLabel: (category) => `每月${category}消费（元）`,
  vipEstimate: '估算',
  vipIssueAmount: '请输入金额，例如 120 或 88.50。',
  vipIssueRange: '金额最多两位小数，且不能超过一亿元。',
  vipIssuesTitle: (n) => `有 ${n} 个栏位需要修改`,
  vipSavings: (savings) => `预计一年可省 ${savings}`,
  vipWorthIt: (net) => `扣除年费后，还多省 ${net}。`,
  vipNotWorthIt: (short) => `比年费少 ${short}：消费多一些才划算。`,
  vipBestHeading: '为您找到的最佳优惠',
  vipOfferSaving: (saving) => `一年约省 ${saving}`,
  vipNoOffers: '按您输入的消费，目前没有可用的 VIP 优惠。',
  vipBuy: '购买 VIP 钻石卡',
  vipRenew: '续购一年',
  vipCreating: '正在创建订单…',
  vipAwaitingPayment: (amount) => `订单已创建，请完成 ${amount} 的付款。`,
  vipPaid: (date) => `付款成功！您是 VIP 会员，有效期至 ${date}。`,
  vipActive: (date) => `您是 VIP 会员，有效期至 ${date}。`,
  vipGrace: (date) => `您的 VIP 卡已到期，宽限期至 ${date}，续购可无缝衔接。`,
  vipExpired: (date) => `您的 VIP 卡已于 ${date} 到期。`,
  vipCancelledCard: '您的 VIP 卡已取消。',
  vipOrderExpired: '付款时限已过，订单已失效，未收取任何费用。',
  vipOrderCancelled: '订单已取消。',
  vipTryAgain: '重新购买',
  vipSignIn: '请先登录，即可购买 VIP 钻石卡。',
  vipNotConfigured: '此页尚未设置会员登录，无法购买。',
};
