import { entityId, IdPrefix } from '@clubkit/core';
import {
  admitDealer,
  AllianceStanding,
  Dealer,
  dealerStanding,
  DealerReview,
  DealerStatus,
  NewDealer,
  recordSalesMonth,
  recordViolation,
  reviewDealer,
  SalesMonth,
  SalesMonthBody,
  Violation,
  IsoMonth,
  type AllianceCounty,
} from '@clubkit/core/alliance';
import { Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { isUniqueViolation } from '../http/idempotency.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { docs, getRecord, insertRecord, updateRecord } from '../store/records.js';
import { allianceOwners, allianceScope, loadCounty, loadDealer } from './alliance-support.js';
import { authorize, emptyPage, keysetList, pageQuery } from './common.js';

const dealerParams = z.object({ id: entityId(IdPrefix.dealer) });

/** A dealer's months, oldest first: a member's record runs to a few dozen. */
async function monthsOf(db: Parameters<typeof getRecord>[0], dealerId: string): Promise<SalesMonth[]> {
  const rows = await db
    .selectFrom('sales_months')
    .select('doc')
    .where('dealer_id', '=', dealerId)
    .orderBy('month')
    .execute();
  return docs<SalesMonth>(rows);
}

/** The alliance's dealers (A1): application and qualification, sales against the market, breaches and reviews. */
export const allianceDealerRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/alliance/standing',
    operationId: 'getAllianceStanding',
    summary:
      'Every member (and revoked) dealer’s standing in a month by the charter’s 70 % rule: met, short, warned after two months short, revocable after three; by county, of the caller’s centre or counties.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'dealer' },
    query: z.object({ month: IsoMonth, countyId: z.optional(entityId(IdPrefix.county)) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The dealers’ standing', schema: AllianceStanding } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'dealer' });
      const scope = allianceScope(principal, 'dealer');
      if (scope === null) return { status: 200, body: { month: query.month, dealers: [] } };
      let q = db
        .selectFrom('dealers')
        .select('doc')
        .where('status', '!=', DealerStatus.notQualified)
        .orderBy('county_id')
        .orderBy('id');
      if (scope) q = q.where(scope);
      if (query.countyId) q = q.where('county_id', '=', query.countyId);
      const dealers = docs<Dealer>(await q.execute());
      // Each dealer's months up to the one judged: a member's record runs to a few dozen.
      const months = new Map<string, SalesMonth[]>();
      for (let i = 0; i < dealers.length; i += 500) {
        const ids = dealers.slice(i, i + 500).map((d) => d.id);
        const rows = await db
          .selectFrom('sales_months')
          .select('doc')
          .where('dealer_id', 'in', ids)
          .where('month', '<=', query.month)
          .execute();
        for (const m of docs<SalesMonth>(rows)) months.set(m.dealerId, [...(months.get(m.dealerId) ?? []), m]);
      }
      const standing = dealers
        .map((d) => dealerStanding(d, months.get(d.id) ?? [], query.month))
        .sort((a, b) =>
          a.countyId === b.countyId ? a.name.localeCompare(b.name, 'zh') : a.countyId < b.countyId ? -1 : 1,
        );
      return { status: 200, body: { month: query.month, dealers: standing } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/dealers',
    operationId: 'createDealer',
    summary:
      'Records a dealer’s application in a county; core’s qualification check decides whether it is a member or kept as not qualified.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'dealer' },
    body: NewDealer,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The dealer, a member or not qualified', schema: Dealer } },
    async handler({ body, principal, db, now, nowIso, today }) {
      const county: AllianceCounty = await loadCounty(db, principal, body.countyId);
      authorize(principal, 'create', { type: 'dealer', ...allianceOwners(county) });
      const dealer = admitDealer(body, { id: newId(IdPrefix.dealer, now), county, today, now: nowIso });
      await insertRecord(db, 'dealer', dealer);
      return { status: 201, body: dealer };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/dealers',
    operationId: 'listDealers',
    summary: 'Dealers, oldest first, optionally of one county or status: a centre’s, or a salesperson’s own counties’.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'dealer' },
    query: z.object({
      countyId: z.optional(entityId(IdPrefix.county)),
      status: z.optional(z.enum(Object.values(DealerStatus))),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of dealers', schema: Page(Dealer) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'dealer' });
      const scope = allianceScope(principal, 'dealer');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('dealers').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.countyId) q = q.where('county_id', '=', query.countyId);
      if (query.status) q = q.where('status', '=', query.status);
      return { status: 200, body: await keysetList<Dealer>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/dealers/:id',
    operationId: 'getDealer',
    summary: 'One dealer with its qualification, membership and recorded breaches.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'dealer' },
    params: dealerParams,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The dealer', schema: Dealer } },
    async handler({ params, principal, db }) {
      return { status: 200, body: await loadDealer(db, principal, 'read', params.id) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/dealers/:id/sales',
    operationId: 'recordDealerSales',
    summary: 'Records a member’s sales for a month, against its market (the county’s market volume unless given).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'dealer' },
    params: dealerParams,
    body: SalesMonthBody,
    errors: ['access/forbidden', 'not-found', 'alliance/not-a-member', 'alliance/already-recorded'],
    responses: { 201: { description: 'The sales month', schema: SalesMonth } },
    async handler({ params, body, principal, db, now, nowIso }) {
      const dealer = await loadDealer(db, principal, 'update', params.id);
      const county = await getRecord(db, 'county', dealer.countyId);
      if (county === undefined) throw new HttpProblem(404, 'not-found', `No county ${dealer.countyId}.`);
      const month = recordSalesMonth(dealer, county, body, { id: newId(IdPrefix.salesMonth, now), now: nowIso });
      const taken = () => new HttpProblem(409, 'alliance/already-recorded', `${dealer.id} has ${month.month} already.`);
      const existing = await db
        .selectFrom('sales_months')
        .select('id')
        .where('dealer_id', '=', dealer.id)
        .where('month', '=', month.month)
        .executeTakeFirst();
      if (existing) throw taken();
      try {
        await insertRecord(db, 'salesMonth', month);
      } catch (error) {
        // Two requests for the same month at once: the unique index keeps one.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      return { status: 201, body: month };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/dealers/:id/sales',
    operationId: 'listDealerSales',
    summary: 'A dealer’s sales months against its market, oldest first.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'dealer' },
    params: dealerParams,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The sales months', schema: z.array(SalesMonth) } },
    async handler({ params, principal, db }) {
      const dealer = await loadDealer(db, principal, 'read', params.id);
      return { status: 200, body: await monthsOf(db, dealer.id) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/dealers/:id/violations',
    operationId: 'recordDealerViolation',
    summary:
      'Records a charter breach (buying off channel, underpricing, bundling, counterfeits); the next review weighs it.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'dealer' },
    params: dealerParams,
    body: Violation,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The dealer with the breach', schema: Dealer } },
    async handler({ params, body, principal, db, services }) {
      const dealer = await loadDealer(db, principal, 'update', params.id, services.engine);
      const changed = recordViolation(dealer, body);
      await updateRecord(db, 'dealer', changed);
      return { status: 200, body: changed };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/dealers/:id/review',
    operationId: 'reviewDealer',
    summary:
      'Reviews a dealer against the charter over its stored months and breaches: three months in a row under 70 %, or any breach, revokes a member today.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'dealer' },
    params: dealerParams,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The dealer after the review, and the review', schema: DealerReview } },
    async handler({ params, principal, db, today, services }) {
      const dealer = await loadDealer(db, principal, 'act', params.id, services.engine);
      const result = reviewDealer(dealer, await monthsOf(db, dealer.id), today);
      if (result.dealer !== dealer) await updateRecord(db, 'dealer', result.dealer);
      return { status: 200, body: result };
    },
  }),
];
