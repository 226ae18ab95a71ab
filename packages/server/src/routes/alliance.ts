import { entityId, IdPrefix } from '@clubkit/core';
import {
  AllianceCounty,
  AlliancePenaltyKind,
  firstPrimaryDealer,
  IsoMonth,
  NewCounty,
  NewSalesCentre,
  NewSalesperson,
  newCounty,
  PayStatement,
  payStatement,
  SalesCentre,
  Salesperson,
  type Dealer,
} from '@clubkit/core/alliance';
import { Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { docs, getRecord, insertRecord } from '../store/records.js';
import { allianceScope, loadCentre, loadSalesperson } from './alliance-support.js';
import { authorize, emptyPage, keysetList, listFilter, pageQuery } from './common.js';

const CentreId = entityId(IdPrefix.salesCentre);
const SalespersonId = entityId(IdPrefix.salesperson);

/** The alliance's network (A1): sales centres, their counties and salespeople, and each salesperson's monthly pay. */
export const allianceNetworkRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/alliance/centres',
    operationId: 'createSalesCentre',
    summary:
      'Opens a sales centre, under an id the club may choose (`ctr_baoding`) since staff principals name it, with its primary dealer from the founding day (the centre’s own name when none is given) (admin).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'sales-centre' },
    body: NewSalesCentre,
    errors: ['access/forbidden', 'alliance/already-recorded'],
    responses: { 201: { description: 'The sales centre', schema: SalesCentre } },
    async handler({ body, principal, db, now, nowIso, today }) {
      authorize(principal, 'create', { type: 'sales-centre' });
      const centre: SalesCentre = {
        id: body.id ?? newId(IdPrefix.salesCentre, now),
        name: body.name,
        createdAt: nowIso,
        foundedOn: body.foundedOn ?? today,
      };
      if (await getRecord(db, 'salesCentre', centre.id))
        throw new HttpProblem(409, 'alliance/already-recorded', `Sales centre ${centre.id} already exists.`);
      await insertRecord(db, 'salesCentre', centre);
      await insertRecord(
        db,
        'primaryDealer',
        firstPrimaryDealer(centre, body.primaryDealer ?? centre.name, {
          id: newId(IdPrefix.primaryDealer, now),
          now: nowIso,
        }),
      );
      return { status: 201, body: centre };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/centres',
    operationId: 'listSalesCentres',
    summary: 'Sales centres: every one for the club, its own for a centre’s staff.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'sales-centre' },
    query: z.object(pageQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of sales centres', schema: Page(SalesCentre) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'sales-centre' });
      const own = listFilter(principal, 'sales-centre', 'centreId');
      if (own === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('sales_centres').select(['id', 'doc']);
      if (own !== undefined) q = q.where('id', '=', own);
      return { status: 200, body: await keysetList<SalesCentre>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/counties',
    operationId: 'createCounty',
    summary:
      'Adds a county to a sales centre: its market volume by the thousand-person analysis, its development period and salesperson.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'county' },
    body: NewCounty,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The county', schema: AllianceCounty } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', {
        type: 'county',
        centreId: body.centreId,
        ...(body.salespersonId ? { salespersonId: body.salespersonId } : {}),
      });
      await loadCentre(db, principal, body.centreId);
      if (body.salespersonId !== undefined) {
        const salesperson = await loadSalesperson(db, principal, body.salespersonId);
        // A county is in the territory of its own centre's salesperson only.
        if (salesperson.centreId !== body.centreId)
          throw new HttpProblem(404, 'not-found', `No salesperson ${body.salespersonId} in ${body.centreId}.`);
      }
      const county = newCounty(body, { id: newId(IdPrefix.county, now), now: nowIso });
      await insertRecord(db, 'county', county);
      return { status: 201, body: county };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/counties',
    operationId: 'listCounties',
    summary: 'Counties, oldest first: a centre’s, or a salesperson’s own territory.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'county' },
    query: z.object({ centreId: z.optional(CentreId), salespersonId: z.optional(SalespersonId), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of counties', schema: Page(AllianceCounty) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'county' });
      const scope = allianceScope(principal, 'county');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('alliance_counties').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      if (query.salespersonId) q = q.where('salesperson_id', '=', query.salespersonId);
      return { status: 200, body: await keysetList<AllianceCounty>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/salespeople',
    operationId: 'createSalesperson',
    summary:
      'Adds a salesperson to a sales centre, with their base pay and start date (the visit fund’s first half year).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'salesperson' },
    body: NewSalesperson,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The salesperson', schema: Salesperson } },
    async handler({ body, principal, db, now, nowIso }) {
      const id = newId(IdPrefix.salesperson, now);
      authorize(principal, 'create', { type: 'salesperson', centreId: body.centreId, salespersonId: id });
      await loadCentre(db, principal, body.centreId);
      const salesperson: Salesperson = { id, ...body, createdAt: nowIso };
      await insertRecord(db, 'salesperson', salesperson);
      return { status: 201, body: salesperson };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/salespeople',
    operationId: 'listSalespeople',
    summary: 'Salespeople, oldest first: a centre’s, or a salesperson’s own record.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'salesperson' },
    query: z.object({ centreId: z.optional(CentreId), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of salespeople', schema: Page(Salesperson) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'salesperson' });
      const scope = allianceScope(principal, 'salesperson');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('salespeople').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      return { status: 200, body: await keysetList<Salesperson>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/salespeople/:id',
    operationId: 'getSalesperson',
    summary: 'One salesperson.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'salesperson' },
    params: z.object({ id: SalespersonId }),
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The salesperson', schema: Salesperson } },
    async handler({ params, principal, db }) {
      return { status: 200, body: await loadSalesperson(db, principal, params.id) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/salespeople/:id/pay',
    operationId: 'getSalespersonPay',
    summary:
      'A salesperson’s pay statement for a month: base × 70 % + base × 30 % × network completion + the visit fund (500 CNY while the alliance is in its first half-year), less the month’s report penalties.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'salesperson' },
    params: z.object({ id: SalespersonId }),
    query: z.object({ month: IsoMonth }),
    errors: ['access/forbidden', 'not-found', 'alliance/no-counties'],
    responses: { 200: { description: 'The pay statement', schema: PayStatement } },
    async handler({ params, query, principal, db }) {
      const salesperson = await loadSalesperson(db, principal, params.id);
      const centre = await getRecord(db, 'salesCentre', salesperson.centreId);
      if (!centre) throw new HttpProblem(404, 'not-found', `Sales centre ${salesperson.centreId} was not found.`);
      // A territory is a handful of counties with one or two dealers each: read whole, counted by core.
      const counties = docs<AllianceCounty>(
        await db
          .selectFrom('alliance_counties')
          .select('doc')
          .where('salesperson_id', '=', salesperson.id)
          .orderBy('id')
          .execute(),
      );
      const dealers =
        counties.length === 0
          ? []
          : docs<Dealer>(
              await db
                .selectFrom('dealers')
                .select('doc')
                .where(
                  'county_id',
                  'in',
                  counties.map((c) => c.id),
                )
                .execute(),
            );
      const penalties = await db
        .selectFrom('alliance_penalties')
        .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
        .where('salesperson_id', '=', salesperson.id)
        .where('month', '=', query.month)
        .groupBy('kind')
        .execute();
      const countOf = (kind: string) => penalties.find((p) => p.kind === kind)?.count ?? 0;
      return {
        status: 200,
        body: payStatement({
          salesperson,
          centre,
          month: query.month,
          counties,
          dealers,
          lateReports: countOf(AlliancePenaltyKind.lateReport),
          missingReports: countOf(AlliancePenaltyKind.missingReport),
        }),
      };
    },
  }),
];
