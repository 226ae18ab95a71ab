import type { Tier } from '@clubkit/core';
import type { MerchantCell } from '@clubkit/core/stats';
import { sql } from 'kysely';
import type { ClubDb } from '../db/connect.js';
import { tiersColumn } from './merchant-offers.js';

/**
 * Merchants and their offers per category and region, with the offers active on `date` (for
 * `tier`, when given), counted by the database over `merchants` and `merchant_offers`: core's
 * `merchantStatsFromCounts` turns the cells into the report.
 *
 * An offer is active when its dates include the day and, for a tier, its tiers hold the tier (or
 * it has none): core's rule, since every valid offer saves something on a large enough purchase
 * and the report leaves the minimum spend out.
 */
export async function merchantCells(
  db: ClubDb,
  options: { date: string; tier?: Tier | undefined },
): Promise<MerchantCell[]> {
  const { date, tier } = options;
  const tierPattern = tier === undefined ? undefined : `%${tiersColumn([tier]) ?? ''}%`;
  const offers = db
    .selectFrom('merchant_offers')
    .select([
      'merchant_id',
      sql<number | string>`count(*)`.as('offers'),
      sql<number | string>`sum(case when (valid_from is null or valid_from <= ${date})
        and (valid_until is null or valid_until >= ${date})
        ${tierPattern === undefined ? sql`` : sql`and (tiers is null or tiers like ${tierPattern})`}
        then 1 else 0 end)`.as('active'),
    ])
    .groupBy('merchant_id');
  const rows = await db
    .selectFrom('merchants as m')
    .leftJoin(offers.as('o'), 'o.merchant_id', 'm.id')
    .select([
      'm.category',
      'm.region',
      sql<number | string>`count(*)`.as('merchants'),
      sql<number | string>`sum(case when o.active > 0 then 1 else 0 end)`.as('with_active'),
      sql<number | string>`coalesce(sum(o.offers), 0)`.as('offers'),
      sql<number | string>`coalesce(sum(o.active), 0)`.as('active'),
    ])
    .groupBy(['m.category', 'm.region'])
    .execute();
  // The category and region come from stored merchants that core validated; core checks them again.
  return rows.map((r) => ({
    category: r.category as MerchantCell['category'],
    region: r.region,
    merchants: Number(r.merchants),
    merchantsWithActiveOffers: Number(r.with_active),
    offers: Number(r.offers),
    activeOffers: Number(r.active),
  }));
}
