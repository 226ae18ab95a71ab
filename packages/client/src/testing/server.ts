import { createClubServer, type ClubServer, type CreatedKey } from '@clubkit/server';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';

/** The real Club API in this process on a random port, behind a fault proxy, with a key per role. */
export interface TestApi {
  server: ClubServer;
  /** The server itself. */
  directUrl: string;
  /** The fault proxy in front of it: point clients here to inject faults and count requests. */
  proxy: FaultProxy;
  keys: { admin: CreatedKey; north: CreatedKey; publishable: CreatedKey };
  /** Rows in a table, counted in the database. */
  count(table: 'complaints' | 'merchants' | 'memberships' | 'member_sessions'): Promise<number>;
  /** Complaints whose content is exactly this text, counted in the database. */
  countComplaints(content: string): Promise<number>;
  close(): Promise<void>;
}

export const TEST_ORIGIN = 'https://portal.example.com';

/** Starts the server over an in-memory SQLite database (or PostgreSQL when `DATABASE_URL` says so… not here: always SQLite). */
export async function startTestApi(options: { clock?: () => Date; sessionTtlSeconds?: number } = {}): Promise<TestApi> {
  const server = await createClubServer({ db: ':memory:', rateLimit: false, logError: () => {}, ...options });
  await server.db
    .insertInto('branches')
    .values([
      {
        id: 'br_north',
        name: 'North branch',
        doc: JSON.stringify({ id: 'br_north', name: 'North branch', region: 'jinghong' }),
      },
      {
        id: 'br_south',
        name: 'South branch',
        doc: JSON.stringify({ id: 'br_south', name: 'South branch', region: 'menghai' }),
      },
    ])
    .execute();
  const keys = {
    admin: await server.createKey({ kind: 'secret', principal: { role: 'admin' }, allowedOrigins: [TEST_ORIGIN] }),
    north: await server.createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_north' } }),
    publishable: await server.createKey({ kind: 'publishable', allowedOrigins: [TEST_ORIGIN] }),
  };
  const listening = await server.listen();
  const proxy = await startFaultProxy(listening.url);
  return {
    server,
    directUrl: listening.url,
    proxy,
    keys,
    async count(table) {
      const row = await server.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async countComplaints(content) {
      const rows = await server.db.selectFrom('complaints').select('doc').execute();
      return rows.filter((r) => (JSON.parse(r.doc) as { content?: unknown }).content === content).length;
    },
    async close() {
      await proxy.close();
      await listening.close();
      await server.close();
    },
  };
}
