import { entityId, IdPrefix } from '@clubkit/core';
import {
  assertListCurrent,
  chooseCandidate,
  fileSecondaryList,
  LargestSecondaryDealers,
  largestSecondaryDealers,
  ListChoice,
  NewSecondaryList,
  SecondaryList,
} from '@clubkit/core/alliance';
import { Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { docs, insertRecord, updateRecord } from '../store/records.js';
import { allianceOwners, allianceScope, loadCentre, loadCounty } from './alliance-support.js';
import { authorize, emptyPage, keysetList, loadAuthorized, pageQuery } from './common.js';

const CentreId = entityId(IdPrefix.salesCentre);
const SalespersonId = entityId(IdPrefix.salesperson);
const listParams = z.object({ id: entityId(IdPrefix.secondaryList) });

/**
 * The secondary-dealer list (二級客戶一覽表, A1 操作程序 1, 2 and 6): a salesperson files the
 * candidates of their counties with the region, chooses one or two per county against its market
 * volume, and the market manager reads each primary dealer's ten largest secondary dealers.
 */
export const allianceSecondaryListRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/alliance/secondary-lists',
    operationId: 'createSecondaryList',
    summary:
      'Files a secondary-dealer list with a sales centre: each candidate’s county, primary dealer, business state, development potential, leader quality (good, fair or poor) and monthly volume. A salesperson lists only their own counties; the list is theirs, and their newest is the one the market manager reads.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'secondary-list' },
    body: NewSecondaryList,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The filed list, none chosen yet', schema: SecondaryList } },
    async handler({ body, principal, db, now, nowIso, today }) {
      const salespersonId = principal.role === 'alliance' ? (principal.salespersonId ?? null) : null;
      authorize(principal, 'create', {
        type: 'secondary-list',
        ...allianceOwners({ centreId: body.centreId, salespersonId }),
      });
      await loadCentre(db, principal, body.centreId);
      const counties = [];
      for (const id of new Set(body.entries.map((e) => e.countyId))) counties.push(await loadCounty(db, principal, id));
      const list = fileSecondaryList(body, {
        id: newId(IdPrefix.secondaryList, now),
        salespersonId,
        counties,
        today,
        now: nowIso,
      });
      await insertRecord(db, 'secondaryList', list);
      return { status: 201, body: list };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/secondary-lists',
    operationId: 'listSecondaryLists',
    summary:
      'Secondary-dealer lists in the order filed: a salesperson’s own, or every list of the caller’s centre for its staff.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'secondary-list' },
    query: z.object({ centreId: z.optional(CentreId), salespersonId: z.optional(SalespersonId), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of lists', schema: Page(SecondaryList) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'secondary-list' });
      const scope = allianceScope(principal, 'secondary-list');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('secondary_lists').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      if (query.salespersonId) q = q.where('salesperson_id', '=', query.salespersonId);
      return { status: 200, body: await keysetList<SecondaryList>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/secondary-lists/:id',
    operationId: 'getSecondaryList',
    summary: 'One secondary-dealer list: its candidates by line and each county’s choice against its market volume.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'secondary-list' },
    params: listParams,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The list', schema: SecondaryList } },
    async handler({ params, principal, db }) {
      const list = await loadAuthorized(db, principal, 'read', 'secondaryList', params.id, {
        type: 'secondary-list',
        what: 'secondary-dealer list',
        owners: allianceOwners,
      });
      return { status: 200, body: list };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/secondary-lists/:id/choices',
    operationId: 'chooseSecondaryDealer',
    summary:
      'Chooses a listed candidate for its county, or takes the choice back, on the filer’s newest list only: a list a newer one replaced is refused (409 `alliance/list-replaced`). A county takes one or two: a third is refused (409 `alliance/county-choice-full`), and a county without a market volume takes only one until its thousand-person analysis is entered (409 `alliance/no-market-data`).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'secondary-list' },
    params: listParams,
    body: ListChoice,
    errors: [
      'access/forbidden',
      'not-found',
      'alliance/list-replaced',
      'alliance/county-choice-full',
      'alliance/no-market-data',
    ],
    responses: { 200: { description: 'The list after the choice', schema: SecondaryList } },
    async handler({ params, body, principal, db, services }) {
      const list = await loadAuthorized(db, principal, 'act', 'secondaryList', params.id, {
        type: 'secondary-list',
        what: 'secondary-dealer list',
        owners: allianceOwners,
        forUpdate: services.engine,
      });
      // The filer's newest list (ids sort by creation): the only one that takes choices.
      const filer = db
        .selectFrom('secondary_lists')
        .select((eb) => eb.fn.max('id').as('id'))
        .where('centre_id', '=', list.centreId);
      const newest = await (
        list.salespersonId === null
          ? filer.where('salesperson_id', 'is', null)
          : filer.where('salesperson_id', '=', list.salespersonId)
      ).executeTakeFirst();
      assertListCurrent(list, newest?.id ?? list.id);
      const chosen = chooseCandidate(list, body);
      if (chosen !== list) await updateRecord(db, 'secondaryList', chosen);
      return { status: 200, body: chosen };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/largest-secondary-dealers',
    operationId: 'getLargestSecondaryDealers',
    summary:
      'Each primary dealer’s ten largest secondary dealers by monthly volume (equal volumes by name), over the newest list of each filer the caller may read: the market manager’s view of the centre, a salesperson’s of their own list.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'secondary-list' },
    query: z.object({ centreId: z.optional(CentreId) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The largest secondary dealers', schema: LargestSecondaryDealers } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'secondary-list' });
      const scope = allianceScope(principal, 'secondary-list');
      if (scope === null) return { status: 200, body: { lists: [], primaryDealers: [] } };
      // Each filer's newest list (ids sort by creation), one row a filer: never every list filed.
      let newest = db
        .selectFrom('secondary_lists')
        .select((eb) => eb.fn.max('id').as('id'))
        .groupBy(['centre_id', 'salesperson_id']);
      if (scope) newest = newest.where(scope);
      if (query.centreId) newest = newest.where('centre_id', '=', query.centreId);
      const rows = await db
        .selectFrom('secondary_lists')
        .select(['id', 'doc'])
        .where('id', 'in', newest)
        .orderBy('id')
        .execute();
      const lists = docs<SecondaryList>(rows);
      return {
        status: 200,
        body: {
          lists: lists.map((l) => ({ id: l.id, salespersonId: l.salespersonId, filedOn: l.filedOn })),
          primaryDealers: largestSecondaryDealers(lists),
        },
      };
    },
  }),
];
