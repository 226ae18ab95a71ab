/**
 * The words of an offer's terms, as the merchant directory shows them to members: shared by the
 * directory and the operator widgets that preview an offer as members will read it.
 */
export interface OfferTermMessages {
  /**
   * A percent offer: `percentOff` 10 is 10 % off, and `zhDiscount` the same as Chinese shoppers read
   * it, the price paid in tenths: `9折` (15 % off is `8.5折`).
   */
  dirOfferPercent(percentOff: number, zhDiscount: string): string;
  /** The cap of a percent offer. */
  dirOfferCap(cap: string): string;
  /** An amount off with no minimum spend. */
  dirOfferAmount(off: string): string;
  /** An amount off above a minimum spend. */
  dirOfferAmountMin(off: string, min: string): string;
  /** A member price against the list price. */
  dirOfferPrice(memberPrice: string, listPrice: string): string;
  /** The minimum spend of a percent or price offer. */
  dirOfferMinSpend(min: string): string;
  /** The offer is only for these tiers (labels already joined). */
  dirOfferTiers(tiers: string): string;
  /** The standard tier's name. */
  dirTierStandard: string;
  /** The VIP (diamond card) tier's name. */
  dirTierVip: string;
  /** An offer valid between two dates. */
  dirValidBetween(from: string, until: string): string;
  /** An offer valid from a date. */
  dirValidFrom(from: string): string;
  /** An offer valid until a date. */
  dirValidUntil(until: string): string;
}

/** An offer's terms in Traditional Chinese. */
export const offerTermsZhHant: OfferTermMessages = {
  dirOfferPercent: (_, zh) => zh,
  dirOfferCap: (cap) => `最多減 ${cap}`,
  dirOfferAmount: (off) => `立減 ${off}`,
  dirOfferAmountMin: (off, min) => `滿 ${min} 減 ${off}`,
  dirOfferPrice: (member, list) => `會員價 ${member}（原價 ${list}）`,
  dirOfferMinSpend: (min) => `消費滿 ${min} 適用`,
  dirOfferTiers: (tiers) => `限${tiers}會員`,
  dirTierStandard: '普通',
  dirTierVip: 'VIP（鑽石卡）',
  dirValidBetween: (from, until) => `有效期 ${from} 至 ${until}`,
  dirValidFrom: (from) => `${from} 起有效`,
  dirValidUntil: (until) => `有效至 ${until}`,
};
