import { entityId, IdPrefix } from '@clubkit/core';
import { AllianceMarketStats, allianceMarketReport, type CountySalesTotals } from '@clubkit/core/stats';
import { sql, type RawBuilder } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { allianceScope } from './alliance-support.js';
import { authorize, periodOf, periodQuery, type Period } from './common.js';

/** Condition rows: the caller's scope, an optional sales centre and the months of the period. */
interface MonthFilter {
  scope: RawBuilder<boolean> | undefined;
  centreId: string | undefined;
  period: Period;
}

// Every figure below is summed in the database (GROUP BY), one row per county or month; core
// turns the sums into shares and network completion, as its in-memory `allianceMarketStats` does.
// A month is under 70 % exactly when sales × 10 < market × 7, core's integer test of the charter.
const below70 = sql<number>`cast(sum(case when m.sales * 10 < m.market_sales * 7 then 1 else 0 end) as bigint)`;
const sumOf = (column: 'sales' | 'market_sales') =>
  sql<number>`cast(coalesce(sum(${sql.ref(`m.${column}`)}), 0) as bigint)`;

function salesMonths(db: ClubDb, f: MonthFilter) {
  let q = db.selectFrom('sales_months as m');
  if (f.scope) q = q.where(f.scope);
  if (f.centreId) q = q.where('m.centre_id', '=', f.centreId);
  if (f.period.from) q = q.where('m.month', '>=', f.period.from.slice(0, 7));
  if (f.period.to) q = q.where('m.month', '<=', f.period.to.slice(0, 7));
  return q;
}

/** Every county in scope with its standing on `asOf`: a member then, and still in development. */
function countyStandings(
  db: ClubDb,
  scope: RawBuilder<boolean> | undefined,
  centreId: string | undefined,
  asOf: string,
) {
  let q = db.selectFrom('alliance_counties as c').select([
    'c.id',
    'c.salesperson_id',
    sql<number>`case when c.development_started_on <= ${asOf} and c.development_until > ${asOf} then 1 else 0 end`.as(
      'in_development',
    ),
    sql<number>`case when exists (select 1 from dealers d where d.county_id = c.id and d.admitted_on <= ${asOf}
        and (d.revoked_on is null or d.revoked_on > ${asOf})) then 1 else 0 end`.as('has_member'),
  ]);
  if (scope) q = q.where(scope);
  if (centreId) q = q.where('c.centre_id', '=', centreId);
  return q.execute();
}

/** The dealer alliance's statistics (A1): sales against the market and network completion, per county, salesperson and month. */
export const allianceStatsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/stats/alliance',
    operationId: 'getAllianceStats',
    summary:
      'Dealer alliance sales against the market per county, salesperson and month over the period, and network completion as of `asOf` (a centre: its own; a salesperson: their counties).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'alliance-stats' },
    query: z.object({ ...periodQuery, centreId: z.optional(entityId(IdPrefix.salesCentre)) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Alliance statistics', schema: AllianceMarketStats } },
    async handler({ principal, db, query, today }) {
      authorize(principal, 'list', { type: 'alliance-stats' });
      const period = periodOf(query, today);
      const countyScope = allianceScope(principal, 'alliance-stats', { table: 'c' });
      const monthScope = allianceScope(principal, 'alliance-stats', { table: 'm' });
      if (countyScope === null || monthScope === null)
        return { status: 200, body: allianceMarketReport({ counties: [], months: [] }) };
      const filter: MonthFilter = { scope: monthScope, centreId: query.centreId, period };
      const [standings, byCounty, byMonth] = await Promise.all([
        countyStandings(db, countyScope, query.centreId, period.asOf),
        salesMonths(db, filter)
          .select([
            'm.county_id',
            sql<number>`cast(count(distinct m.dealer_id) as bigint)`.as('dealers'),
            sql<number>`cast(count(*) as bigint)`.as('dealer_months'),
            below70.as('below'),
            sumOf('sales').as('sales'),
            sumOf('market_sales').as('market_sales'),
          ])
          .groupBy('m.county_id')
          .execute(),
        salesMonths(db, filter)
          .select([
            'm.month',
            sql<number>`cast(count(*) as bigint)`.as('dealers'),
            below70.as('below'),
            sumOf('sales').as('sales'),
            sumOf('market_sales').as('market_sales'),
          ])
          .groupBy('m.month')
          .execute(),
      ]);
      const sums = new Map(byCounty.map((row) => [row.county_id, row]));
      const counties: CountySalesTotals[] = standings.map((c) => {
        const s = sums.get(c.id);
        return {
          countyId: c.id,
          salespersonId: c.salesperson_id,
          hasMember: c.has_member === 1,
          inDevelopment: c.in_development === 1,
          dealers: s?.dealers ?? 0,
          dealerMonths: s?.dealer_months ?? 0,
          dealerMonthsBelow70: s?.below ?? 0,
          sales: s?.sales ?? 0,
          marketSales: s?.market_sales ?? 0,
        };
      });
      const months = byMonth.map((m) => ({
        month: m.month,
        dealers: m.dealers,
        dealersBelow70: m.below,
        sales: m.sales,
        marketSales: m.market_sales,
      }));
      return { status: 200, body: allianceMarketReport({ counties, months }) };
    },
  }),
];
