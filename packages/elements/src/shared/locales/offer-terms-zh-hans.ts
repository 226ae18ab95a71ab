import type { OfferTermMessages } from '../offer-term-messages.js';

/** An offer's terms in Simplified Chinese. */
export const offerTermsZhHans: OfferTermMessages = {
  dirOfferPercent: (_, zh) => zh,
  dirOfferCap: (cap) => `最多减 ${cap}`,
  dirOfferAmount: (off) => `立减 ${off}`,
  dirOfferAmountMin: (off, min) => `满 ${min} 减 ${off}`,
  dirOfferPrice: (member, list) => `会员价 ${member}（原价 ${list}）`,
  dirOfferMinSpend: (min) => `消费满 ${min} 适用`,
  dirOfferTiers: (tiers) => `限${tiers}会员`,
  dirTierStandard: '普通',
  dirTierVip: 'VIP（钻石卡）',
  dirValidBetween: (from, until) => `有效期 ${from} 至 ${until}`,
  dirValidFrom: (from) => `${from} 起有效`,
  dirValidUntil: (until) => `有效至 ${until}`,
};
