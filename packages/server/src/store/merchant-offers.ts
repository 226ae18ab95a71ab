import type { Merchant, Offer } from '@clubkit/core/merchants';
import type { ClubDb } from '../db/connect.js';
import type { Tables } from '../db/schema.js';

/**
 * The `tiers` column of an offer: its tiers each between commas (`,standard,vip,`), so that
 * `tiers like '%,vip,%'` finds the offers open to a tier on both engines; null for every tier.
 */
export function tiersColumn(tiers: Offer['tiers']): string | null {
  return tiers === undefined ? null : `,${tiers.join(',')},`;
}

/**
 * The `merchant_offers` rows of a merchant: one per offer, with what decides whether it is active
 * and the merchant's cell (category and region), which every write of the merchant rewrites.
 */
export function merchantOfferRows(merchant: Merchant): Tables['merchant_offers'][] {
  return merchant.offers.map((offer) => ({
    merchant_id: merchant.id,
    offer_id: offer.id,
    category: merchant.category,
    region: merchant.region,
    valid_from: offer.validFrom ?? null,
    valid_until: offer.validUntil ?? null,
    tiers: tiersColumn(offer.tiers),
  }));
}

/**
 * Replaces the offer rows of merchants with their current offers. Every write of a merchant
 * calls it in the same transaction, so the rows the statistics count always match the `doc`.
 */
export async function writeMerchantOffers(db: ClubDb, merchants: readonly Merchant[]): Promise<void> {
  // Both engines take a few thousand parameters a statement; an id is one, an offer row seven.
  for (let i = 0; i < merchants.length; i += 500) {
    const ids = merchants.slice(i, i + 500).map((m) => m.id);
    await db.deleteFrom('merchant_offers').where('merchant_id', 'in', ids).execute();
  }
  const rows = merchants.flatMap(merchantOfferRows);
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('merchant_offers')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}
