import { formatMoney, type Tier } from '@clubkit/core/shared';
import type { Offer, OfferKind } from '@clubkit/core/merchants';
import { formatCalendarDate } from './intl.js';
import { zhDiscount } from './zh-discount.js';
import type { OfferTermMessages } from './offer-term-messages.js';

/** The messages {@link offerTerms} needs: the words of offer terms and the `Intl` locale. */
export type OfferTermsMessages = OfferTermMessages & { intlLocale: string };

/**
 * A calendar date (`YYYY-MM-DD`) in the reader's language, through the shared cached `Intl`
 * formatters; the date is a day, not an instant, so it never shifts by a time zone.
 *
 * @example
 * formatOfferDate('2026-11-27', 'en') // 'Nov 27, 2026'
 */
export function formatOfferDate(date: string, intlLocale: string): string {
  return formatCalendarDate(date, intlLocale, 'medium');
}

type Money = (fen: number) => string;

/** The words of each kind of offer (a table, like core's saving rules: no branching on kinds). */
const KIND_TERMS: {
  readonly [K in OfferKind]: (offer: Extract<Offer, { kind: K }>, t: OfferTermsMessages, money: Money) => string[];
} = {
  percent: (offer, t, money) => [
    t.dirOfferPercent(offer.percentOff, zhDiscount(offer.percentOff)),
    ...(offer.capFen !== undefined ? [t.dirOfferCap(money(offer.capFen))] : []),
  ],
  amount: (offer, t, money) => [
    offer.minSpendFen
      ? t.dirOfferAmountMin(money(offer.amountOffFen), money(offer.minSpendFen))
      : t.dirOfferAmount(money(offer.amountOffFen)),
  ],
  price: (offer, t, money) => [t.dirOfferPrice(money(offer.memberPriceFen), money(offer.listPriceFen))],
};

/** Whether an offer's kind phrase already says its minimum spend. */
const MIN_SPEND_IN_KIND: { readonly [K in OfferKind]: boolean } = { percent: false, amount: true, price: false };

/**
 * An offer's terms in words, one phrase each: what it gives (by kind), its minimum spend, the
 * tiers it is limited to and its validity dates. Money through core's `formatMoney`, dates
 * through `Intl`, both in `t.intlLocale`.
 *
 * @example
 * offerTerms({ kind: 'percent', id: 'off_1', title: '會員9折', percentOff: 10, capFen: 2000, tiers: ['vip'] }, en)
 * // ['10% off', 'up to CN¥20.00 off', 'VIP (diamond card) members only']
 */
export function offerTerms(offer: Offer, t: OfferTermsMessages): string[] {
  const money: Money = (fen) => formatMoney(fen, t.intlLocale);
  const terms = (KIND_TERMS[offer.kind] as (o: Offer, t: OfferTermsMessages, money: Money) => string[])(
    offer,
    t,
    money,
  );
  if (!MIN_SPEND_IN_KIND[offer.kind] && offer.minSpendFen) terms.push(t.dirOfferMinSpend(money(offer.minSpendFen)));
  if (offer.tiers !== undefined) {
    const names: { readonly [T in Tier]: string } = { standard: t.dirTierStandard, vip: t.dirTierVip };
    const tierNames = offer.tiers.map((tier) => names[tier]);
    terms.push(t.dirOfferTiers(tierNames.join(' / ')));
  }
  const from = offer.validFrom !== undefined ? formatOfferDate(offer.validFrom, t.intlLocale) : undefined;
  const until = offer.validUntil !== undefined ? formatOfferDate(offer.validUntil, t.intlLocale) : undefined;
  if (from !== undefined && until !== undefined) terms.push(t.dirValidBetween(from, until));
  else if (from !== undefined) terms.push(t.dirValidFrom(from));
  else if (until !== undefined) terms.push(t.dirValidUntil(until));
  return terms;
}
