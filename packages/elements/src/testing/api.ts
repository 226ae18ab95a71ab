import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClubServer, seedDemo, type ClubServer, type DemoSeedResult } from '@clubkit/server';

/** The real Club API with a small demo data set, and a partner back end that mints member sessions. */
export interface TestApi {
  server: ClubServer;
  /** The Club API's base URL. */
  baseUrl: string;
  /** The demo publishable key, allowed from the test page's origin. */
  publishableKey: string;
  /** The admin secret key (for arranging data in tests; never given to a widget). */
  secretKey: string;
  /** The partner back end's session endpoint: POST → `{ token }` for the demo member. */
  sessionEndpoint: string;
  /** A session endpoint that answers 401, as a partner page without a signed-in member. */
  signedOutEndpoint: string;
  /** The session endpoint of the demo's VIP card holder (`demo.vipMember`). */
  vipSessionEndpoint: string;
  demo: DemoSeedResult;
  /**
   * Mints a staff session (`ss_…`) for a demo staff member of `role`, or for the staff member
   * `staffId`, as the club's own back end does after its sign-in.
   */
  staffToken(who: { role: string } | { staffId: string }): Promise<string>;
  /** Calls the Club API with the admin secret key (arranging data in tests); throws on an error status. */
  adminCall(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Rows in a table. */
  count(table: 'complaints' | 'merchants'): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts the Club API in this process on a random port, with the demo data set (smaller unless
 * asked), keys allowed from `origin` (the page's), and a partner back end for member sessions.
 */
export async function startTestApi(
  options: { origin?: string; members?: number; merchants?: number; complaints?: number; now?: Date } = {},
): Promise<TestApi> {
  // A browser test page has a location; Node has none.
  const page: Partial<Pick<Window, 'location'>> = globalThis;
  const origin = options.origin ?? page.location?.origin ?? 'http://localhost:3000';
  const { now } = options;
  const server = await createClubServer({
    db: ':memory:',
    rateLimit: false,
    logError: () => {},
    ...(now ? { clock: () => now } : {}),
  });
  const demo = await seedDemo(server, {
    origins: [origin],
    members: options.members ?? 40,
    merchants: options.merchants ?? 300,
    complaints: options.complaints ?? 10,
    ...(now ? { now } : {}),
  });
  const { url } = await server.listen();
  const keyWhere = (what: string, test: (key: DemoSeedResult['keys'][number]) => boolean) => {
    const key = demo.keys.find(test);
    if (!key) throw new Error(`The demo seed made no ${what} key`);
    return key.secret;
  };
  const secretKey = keyWhere('admin secret', (k) => k.kind === 'secret' && k.principal.role === 'admin');
  const publishableKey = keyWhere('publishable', (k) => k.kind === 'publishable');

  const partner: Server = createServer((req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Headers': 'Accept, Content-Type',
    };
    if (req.method === 'OPTIONS')
      return void res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'POST' }).end();
    if (req.url === '/signed-out')
      return void res.writeHead(401, { ...cors, 'Content-Type': 'application/json' }).end('{"error":"not signed in"}');
    const minted = await server.fetch(
      new Request(`${url}/v1/member-sessions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ memberId: req.url === '/vip' ? demo.vipMember?.id : demo.member.id }),
      }),
    );
    const session = (await minted.json()) as { token: string };
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify({ token: session.token }));
  }
  /** Calls the Club API with the admin secret key; throws on an error status. */
  async function adminCall(method: string, path: string, body?: unknown): Promise<unknown> {
    const res = await server.fetch(
      new Request(`${url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const partnerUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;

  return {
    server,
    baseUrl: url,
    publishableKey,
    secretKey,
    sessionEndpoint: `${partnerUrl}/session`,
    signedOutEndpoint: `${partnerUrl}/signed-out`,
    vipSessionEndpoint: `${partnerUrl}/vip`,
    demo,
    adminCall,
    async staffToken(who) {
      const staffId = 'staffId' in who ? who.staffId : demo.staff.find((s) => s.principal.role === who.role)?.id;
      if (!staffId) throw new Error(`The demo seed has no staff member of role ${JSON.stringify(who)}`);
      const session = (await adminCall('POST', '/v1/staff-sessions', { staffId })) as { token: string };
      return session.token;
    },
    async count(table) {
      const row = await server.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async close() {
      await new Promise<void>((resolve) => {
        partner.closeAllConnections();
        partner.close(() => resolve());
      });
      await server.close();
    },
  };
}

/** Waits until `check` passes (or throws its last failure after `timeoutMs`). */
export async function until(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}
