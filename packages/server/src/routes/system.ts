import { Health } from '@clubkit/core/api';
import { sql } from 'kysely';
import { defineRoute } from '../http/route.js';

/** Health and discovery. */
export const systemRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/health',
    operationId: 'getHealth',
    summary: 'Reports that the API is up, its database reachable and its migration version.',
    tag: 'system',
    credentials: [],
    responses: { 200: { description: 'Healthy', schema: Health } },
    async handler({ db, nowIso, services }) {
      await sql`select 1`.execute(db);
      return {
        status: 200,
        body: { status: 'ok', database: services.engine, migration: services.migration, time: nowIso },
      };
    },
  }),
];
