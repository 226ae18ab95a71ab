// The bank portal's own back end, as a partner writes it: a demo sign-in, the member-session
// endpoint the widgets call, and the static pages under the strict Content-Security-Policy.
// The secret key stays here; the browser only ever sees the publishable key and session tokens.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClubClient, createClubTransport, isClubApiError } from '@clubkit/client';
import { vipOrdersResource } from '@clubkit/client/vip';

/** Options of {@link startPortal}. */
export interface PortalOptions {
  /** The port to listen on; 0 picks a free one. @default 8080 */
  port?: number;
  /** The interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** The Club API, e.g. `http://127.0.0.1:8787`. */
  clubApiUrl: string;
  /**
   * The partner's secret key (`sk_…`): mints and ends member sessions, never leaves this process.
   * Give it the least it needs: a branch key of the members' branch, not an admin key.
   */
  secretKey: string;
  /** The publishable key (`pk_…`) the pages embed. */
  publishableKey: string;
  /** The member the demo sign-in signs in. */
  memberId: string;
  /** The built docs site, served under /docs/; none when undefined. */
  docsDir?: string;
  /** How long a sign-in lasts, in seconds. @default 1800 */
  signInTtlSeconds?: number;
}

/** A running portal. */
export interface Portal {
  /** Its origin, e.g. `http://127.0.0.1:8080`. */
  url: string;
  close(): Promise<void>;
}

/**
 * The pages' policy: the strict CSP the widgets are built for, plus the Club API's origin for
 * their requests; no framing (clickjacking), no `<base>` (redirected relative URLs), no plugins.
 */
export function contentSecurityPolicy(clubApiOrigin: string): string {
  return `default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; connect-src 'self' ${clubApiOrigin}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`;
}

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const types = new Map<string, string>([
  ['.html', HTML],
  ['.css', 'text/css; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.json', JSON_TYPE],
  ['.map', JSON_TYPE],
  ['.svg', 'image/svg+xml'],
  ['.png', 'image/png'],
  ['.woff2', 'font/woff2'],
  ['.txt', 'text/plain; charset=utf-8'],
]);
/** The Content-Type of a file, by its extension. */
const contentType = (file: string) => types.get(extname(file)) ?? 'application/octet-stream';
const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));
const packageDir = (name: string) => dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
const COOKIE = 'portal_session';

const escapeAttribute = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A request's JSON body, at most `limit` bytes; undefined when it is not JSON or too long. */
async function readJson(req: IncomingMessage, limit = 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Starts the portal; resolves once it listens. */
export async function startPortal(options: PortalOptions): Promise<Portal> {
  const csp = contentSecurityPolicy(new URL(options.clubApiUrl).origin);
  const club = createClubClient({ baseUrl: options.clubApiUrl, secretKey: options.secretKey });
  // The VIP card's orders, confirmed here with the secret key once the bank has taken the money.
  const vipOrders = vipOrdersResource(
    createClubTransport({ baseUrl: options.clubApiUrl, secretKey: options.secretKey }),
  );
  const ttlSeconds = options.signInTtlSeconds ?? 1800;
  const signedIn = new Map<string, { memberId: string; until: number }>(); // portal session id → member
  /** The member of a live sign-in; an expired one is forgotten. */
  const memberOf = (sid: string) => {
    const entry = signedIn.get(sid);
    if (entry && entry.until > Date.now()) return entry.memberId;
    signedIn.delete(sid);
    return undefined;
  };
  // The portal's own origins (filled in once it listens): a POST from any other is refused.
  const ownOrigins = new Set<string>();
  // The CDN build is read once: a rebuild of the elements while the portal runs cannot break a page.
  const cdnDir = join(packageDir('@clubkit/elements'), 'dist/cdn');
  // The locales a page loads on demand are files next to it, in chunks/; the licences of what it
  // bundles are in clubkit.js.LEGAL.txt.
  const cdn = new Map<string, Buffer>();
  for (const file of [
    'clubkit.js',
    'clubkit.js.map',
    'clubkit.js.LEGAL.txt',
    // clubkit.js with <club-vip-offer>: the member page, which sells the VIP card, loads this one.
    'clubkit-vip.js',
    'clubkit-vip.js.map',
    'clubkit-vip.js.LEGAL.txt',
    // clubkit-vip.js with <club-vip-activities>: the member page, which also takes sign-ups for activities, loads this one.
    'clubkit-vip-activities.js',
    'clubkit-vip-activities.js.map',
    'clubkit-vip-activities.js.LEGAL.txt',
    ...(await readdir(join(cdnDir, 'chunks'))).map((f) => `chunks/${f}`),
  ])
    cdn.set(`/${file}`, await readFile(join(cdnDir, file)));
  const react = join(packageDir('@clubkit/example-react'), 'dist');
  const docs = options.docsDir ? resolve(options.docsDir) : undefined;
  const fill = (html: string) =>
    html
      .replaceAll('{{BASE_URL}}', escapeAttribute(options.clubApiUrl))
      .replaceAll('{{PUBLISHABLE_KEY}}', escapeAttribute(options.publishableKey));

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) =>
    void res
      .writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
        ...headers,
      })
      .end(body);
  const json = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) =>
    send(res, status, JSON_TYPE, JSON.stringify(body), headers);

  /** Serves `file` when it is a file inside `root` (a directory gives its index.html). */
  async function serveFile(res: ServerResponse, dir: string, path: string, template = false): Promise<boolean> {
    const root = resolve(dir);
    let file = resolve(root, `.${path}`);
    if (file !== root && !file.startsWith(root + sep)) return false;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return false;
    send(res, 200, contentType(file), template && file.endsWith('.html') ? fill(body.toString('utf8')) : body);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://portal').pathname);
      } catch {
        send(res, 400, 'text/plain; charset=utf-8', 'bad request');
        return;
      }
      const sid = new RegExp(`(?:^|;\\s*)${COOKIE}=([\\w-]+)`).exec(req.headers.cookie ?? '')?.[1] ?? '';
      const member = memberOf(sid);
      const post = req.method === 'POST';
      // Another site's page cannot sign its visitor in or out, or ask for a session (CSRF): a
      // browser's POST names its page's origin. (Without an Origin it is no browser, so no victim's cookie.)
      const origin = req.headers.origin;
      if (post && origin !== undefined && !ownOrigins.has(origin)) {
        json(res, 403, { error: 'cross-origin request refused' });
        return;
      }

      if (post && path === '/api/sign-in') {
        const id = randomBytes(24).toString('base64url');
        if (signedIn.size > 10_000) for (const old of signedIn.keys()) memberOf(old);
        signedIn.set(id, { memberId: options.memberId, until: Date.now() + ttlSeconds * 1000 });
        // HttpOnly: page scripts cannot read it; SameSite=Lax: other sites cannot POST with it;
        // it expires, here and in the browser. A real portal adds Secure: the demo runs on plain http://127.0.0.1.
        json(
          res,
          200,
          { signedIn: true },
          { 'Set-Cookie': `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ttlSeconds}` },
        );
        return;
      }
      if (post && path === '/api/sign-out') {
        signedIn.delete(sid);
        // Every Club session of the member ends too (other tabs' as well), not only the page's.
        if (member)
          await club.sessions
            .revoke({ memberId: member })
            .catch((error: unknown) => console.error('portal: the Club sessions could not be ended', error));
        json(res, 200, { signedIn: false }, { 'Set-Cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
        return;
      }
      if (path === '/api/session') {
        json(res, 200, { signedIn: member !== undefined });
        return;
      }
      if (post && path === '/api/club-session') {
        if (!member) {
          json(res, 401, { error: 'not signed in' });
          return;
        }
        const { token } = await club.sessions.create({ memberId: member });
        json(res, 200, { token });
        return;
      }
      if (post && path === '/api/vip-payment') {
        // Stands in for the bank's checkout: it takes the 365 CNY for the signed-in member's own
        // open order (here, at once), then confirms the order with the secret key and its payment
        // reference. Only this back end can confirm; the page only names the order.
        if (!member) {
          json(res, 401, { error: 'not signed in' });
          return;
        }
        const body = await readJson(req);
        const orderId = typeof body === 'object' && body !== null && 'orderId' in body ? body.orderId : undefined;
        if (
          typeof req.headers['content-type'] !== 'string' ||
          !req.headers['content-type'].startsWith('application/json') ||
          typeof orderId !== 'string' ||
          !/^vor_\w{1,64}$/.test(orderId)
        ) {
          json(res, 400, { error: 'expected {"orderId":"vor_…"} as JSON' });
          return;
        }
        const result = await payVipOrder(member, orderId);
        json(res, result.status, result.body);
        return;
      }
      if (path === '/demo/config.json') {
        json(res, 200, {
          baseUrl: options.clubApiUrl,
          publishableKey: options.publishableKey,
          sessionEndpoint: '/api/club-session',
        });
        return;
      }
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        json(res, 405, { error: 'method not allowed' });
        return;
      }

      const built = cdn.get(path);
      if (built) {
        send(res, 200, contentType(path), built);
        return;
      } else if (path.startsWith('/react/')) {
        if (await serveFile(res, react, path.slice('/react'.length))) return;
      } else if (path === '/react' || path === '/docs') {
        return void res.writeHead(308, { Location: `${path}/` }).end();
      } else if (path.startsWith('/docs/')) {
        if (docs && (await serveFile(res, docs, path.slice('/docs'.length)))) return;
        if (!docs || path === '/docs/') {
          send(
            res,
            404,
            HTML,
            '<!doctype html><title>Docs not built</title><p>The docs site is not built: run <code>pnpm docs</code>.</p>',
          );
          return;
        }
      } else if (await serveFile(res, pagesDir, path, true)) {
        return;
      }
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
    } catch (error) {
      console.error('portal:', error);
      json(res, 500, { error: 'the portal could not answer' });
    }
  }
  /** Takes the payment for `memberId`'s own pending order and confirms it; the answer for the page. */
  async function payVipOrder(memberId: string, orderId: string): Promise<{ status: number; body: unknown }> {
    try {
      const order = await vipOrders.get(orderId);
      // Another member's order is none of this visitor's business: the same answer as no order.
      if (order.memberId !== memberId) return { status: 404, body: { error: 'no such order' } };
      if (order.status !== 'pending') return { status: 409, body: { error: `the order is ${order.status}` } };
      // … the bank's payment system charges order.amountFen here and gives its reference:
      const paymentReference = `DNB-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(6).toString('hex').toUpperCase()}`;
      const { order: paid } = await vipOrders.confirm(orderId, { paymentReference });
      return { status: 200, body: { orderId: paid.id, status: paid.status, activeUntil: paid.term?.activeUntil } };
    } catch (error) {
      if (isClubApiError(error) && error.status === 404) return { status: 404, body: { error: 'no such order' } };
      if (isClubApiError(error) && error.status === 409) return { status: 409, body: { error: error.code } };
      throw error;
    }
  }

  const server = createServer((req, res) => void handle(req, res));

  await new Promise<void>((done, fail) =>
    server.once('error', fail).listen(options.port ?? 8080, options.host ?? '127.0.0.1', done),
  );
  const { port } = server.address() as AddressInfo;
  for (const host of ['127.0.0.1', 'localhost', options.host ?? '127.0.0.1']) ownOrigins.add(`http://${host}:${port}`);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
