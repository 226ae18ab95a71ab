import type { Tier } from '@clubkit/core';
import type { MerchantCell } from '@clubkit/core/stats';
import { sql } from 'kysely';
import type { ClubDb } from '../db/connect.js';
import { tiersColumn } from './merchant-offers.js';

/**
 * Merchants and their offers per category and region, with the offers active on `date` (for
 * `tier`, when given), counted by the database: the merchants of each cell over `merchants`, the
 * offers and the merchants holding an active one over `merchant_offers`, whose rows carry their
 * merchant's cell (migration 0026), so neither count joins the other table. Core's
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
  const active = sql`(valid_from is null or valid_from <= ${date})
    and (valid_until is null or valid_until >= ${date})
    ${tierPattern === undefined ? sql`` : sql`and (tiers is null or tiers like ${tierPattern})`}`;
  const merchants = await db
    .selectFrom('merchants')
    .select(['category', 'region', sql<number | string>`count(*)`.as('n')])
    .groupBy(['category', 'region'])
    .execute();
  const offers = await db
    .selectFrom('merchant_offers')
    .select([
      'category',
      'region',
      sql<number | string>`count(*)`.as('offers'),
      sql<number | string>`sum(case when ${active} then 1 else 0 end)`.as('active'),
      sql<number | string>`count(distinct case when ${active} then merchant_id end)`.as('with_active'),
    ])
    .groupBy(['category', 'region'])
    .execute();
  const offersOf = new Map(offers.map((o) => [`${o.category}\n${o.region}`, o]));
  // The category and region come from stored merchants that core validated; core checks them again.
  return merchants.map((m) => {
    const o = offersOf.get(`${m.category}\n${m.region}`);
    return {
      category: m.category as MerchantCell['category'],
      region: m.region,
      merchants: Number(m.n),
      merchantsWithActiveOffers: Number(o?.with_active ?? 0),
      offers: Number(o?.offers ?? 0),
      activeOffers: Number(o?.active ?? 0),
    };
  });
}
