import { entityId, IdPrefix, IsoDate } from '@clubkit/core';
import { AllianceCalendar, allianceCalendar } from '@clubkit/core/alliance';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { loadCentre } from './alliance-support.js';

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
];
