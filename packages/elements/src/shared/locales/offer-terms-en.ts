import type { OfferTermMessages } from '../offer-term-messages.js';

/** An offer's terms in English. */
export const offerTermsEn: OfferTermMessages = {
  dirOfferPercent: (p) => `${p}% off`,
  dirOfferCap: (cap) => `up to ${cap} off`,
  dirOfferAmount: (off) => `${off} off`,
  dirOfferAmountMin: (off, min) => `${off} off when you spend ${min} or more`,
  dirOfferPrice: (member, list) => `Member price ${member} (list price ${list})`,
  dirOfferMinSpend: (min) => `on purchases of ${min} or more`,
  dirOfferTiers: (tiers) => `${tiers} members only`,
  dirTierStandard: 'Standard',
  dirTierVip: 'VIP (diamond card)',
  dirValidBetween: (from, until) => `Valid ${from} to ${until}`,
  dirValidFrom: (from) => `Valid from ${from}`,
  dirValidUntil: (until) => `Valid until ${until}`,
};
