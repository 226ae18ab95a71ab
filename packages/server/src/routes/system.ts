import { Health } from '@clubkit/core/api';
import { sql } from 'kysely';
import { defineRoute } from '../http/route.js';

/** Health and discovery. */
export const systemRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/health',
    operationId: 'getHealth',
    summary:
      'Reports to anyone that the API is up and its database reachable; to a secret key also the engine and migration.',
    tag: 'system',
    credentials: [],
    anyCaller: true,
    responses: {
      200: { description: 'Healthy (`database` and `migration` only for a secret key)', schema: Health },
    },
    async handler({ db, nowIso, services, caller }) {
      await sql`select 1`.execute(db);
      const operator = caller.kind === 'secret' ? { database: services.engine, migration: services.migration } : {};
      return { status: 200, body: { status: 'ok', ...operator, time: nowIso } };
    },
  }),
];
