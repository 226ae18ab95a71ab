import { entityId, IdPrefix, IsoDate } from '@clubkit/core';
import { AllianceCalendar, allianceCalendar, SalesCentre, SalesCentrePatch } from '@clubkit/core/alliance';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { updateRecord } from '../store/records.js';
import { loadCentre } from './alliance-support.js';
import { loadAuthorized } from './common.js';

/** The alliance's time rules (A1 考核及獎罰規定 1, 3): its first half-year, the visit fund and the visit lists due. */
export const allianceTimeRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/alliance/centres/:id/calendar',
    operationId: 'getAllianceCalendar',
    summary:
      'The alliance’s time rules on a day (today when left out): its first half-year from the founding day, the visit fund then (500 CNY a month only in that half-year), and the member visit lists the sales centre receives — weekly in the first half-year, monthly after it.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'sales-centre' },
    params: z.object({ id: entityId(IdPrefix.salesCentre) }),
    query: z.object({ on: z.optional(IsoDate) }),
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The alliance’s time rules on the day', schema: AllianceCalendar } },
    async handler({ params, query, principal, db, today }) {
      const centre = await loadCentre(db, principal, params.id);
      return { status: 200, body: allianceCalendar(centre, query.on ?? today) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/alliance/centres/:id',
    operationId: 'updateSalesCentre',
    summary:
      'Corrects the day a sales centre’s alliance was founded, which starts its first half-year: the visit fund and the weekly visit lists follow it (admin).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'sales-centre' },
    params: z.object({ id: entityId(IdPrefix.salesCentre) }),
    body: SalesCentrePatch,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The sales centre as changed', schema: SalesCentre } },
    async handler({ params, body, principal, db, services }) {
      const before = await loadAuthorized(db, principal, 'update', 'salesCentre', params.id, {
        type: 'sales-centre',
        what: 'sales centre',
        owners: (c) => ({ centreId: c.id }),
        forUpdate: services.engine,
      });
      const centre: SalesCentre = { ...before, foundedOn: body.foundedOn };
      await updateRecord(db, 'salesCentre', centre);
      return { status: 200, body: centre };
    },
  }),
];
