// The club console's own back end, as a club writes it for its intranet: a demo sign-in with the
// club's staff, the staff-session endpoint the operator widgets call, and each role's page under
// the strict Content-Security-Policy. The secret key stays here; a browser only ever holds a
// short-lived staff session. A real club puts its single sign-on where the demo sign-in is.
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOperatorClient } from '@clubkit/client/operator';

/** A member of staff the demo sign-in offers: the staff account's id, name and role. */
export interface ConsoleStaff {
  id: string;
  name: string;
  role: string;
}

/** Options of {@link startConsole}. */
export interface ConsoleOptions {
  /** The port to listen on; 0 picks a free one. @default 8081 */
  port?: number;
  /** The interface to listen on. @default '127.0.0.1' */
  host?: string;
  /** The Club API, e.g. `http://127.0.0.1:8787`. */
  clubApiUrl: string;
  /** A secret key (`sk_…`) allowed to mint staff sessions (an admin key); never leaves this process. */
  secretKey: string;
  /** The staff the demo sign-in offers. Those whose role has no page here are not offered. */
  staff: ConsoleStaff[];
  /** How long a sign-in lasts, in seconds. @default 1800 */
  signInTtlSeconds?: number;
}

/** A running console. */
export interface Console {
  /** Its origin, e.g. `http://127.0.0.1:8081`. */
  url: string;
  close(): Promise<void>;
}

/**
 * What each role's page holds: the operator widgets that role works with. A role with no entry has
 * no page, and its staff are not offered at sign-in.
 */
export const ROLE_PAGES: Readonly<Record<string, { title: string; widgets: string }>> = {
  admin: {
    title: '俱樂部管理',
    // The administrator sets up the club's campaigns, and its activities and advertising income
    // (beneath the revenue, loaded when opened); a branch operator only reads them. She keeps the
    // club's service catalogue, and is the desk staff's manager, who moves a complaint about their
    // conduct along in the complaint desk. She publishes the member handbook: a form loaded when its
    // section opens.
    widgets:
      '<club-member-desk manage-campaigns></club-member-desk>\n<club-complaint-desk></club-complaint-desk>\n<club-stats-board manage-income></club-stats-board>\n<club-service-catalogue></club-service-catalogue>\n<details id="handbook-publish" class="handbook-publish"><summary>發佈會員手冊新版本</summary><div class="handbook-slot"></div></details>',
  },
  branch: {
    title: '分支機構',
    widgets: '<club-member-desk></club-member-desk>\n<club-stats-board></club-stats-board>',
  },
  desk: {
    title: '客服中心',
    widgets:
      '<club-complaint-desk></club-complaint-desk>\n<club-procedure-desk></club-procedure-desk>\n<club-handover-desk></club-handover-desk>\n<club-stats-board></club-stats-board>',
  },
  merchant: {
    title: '商戶管理',
    widgets: '<club-card-check></club-card-check>\n<club-offer-manager></club-offer-manager>',
  },
  alliance: {
    title: '經銷商聯盟',
    widgets: '<club-alliance-board></club-alliance-board>\n<club-stats-board></club-stats-board>',
  },
};

/** How each role reads in the sign-in list and the page's header. */
const ROLE_NAMES: Readonly<Record<string, string>> = {
  admin: '管理員',
  branch: '分支機構操作員',
  merchant: '商戶操作員',
  desk: '客服中心',
  alliance: '經銷商聯盟',
};

/**
 * The pages' policy: the strict CSP the widgets are built for, plus the Club API's origin for their
 * requests; no framing, no `<base>`, no plugins.
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
  ['.map', JSON_TYPE],
  ['.txt', 'text/plain; charset=utf-8'],
]);
// The built pages (`pnpm build`), found the same from src/ and from dist/.
const pagesDir = fileURLToPath(new URL('../dist/pages/', import.meta.url));
const COOKIE = 'console_session';
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface SignIn {
  staff: ConsoleStaff;
  until: number;
  /** The staff sessions minted for this sign-in, ended with it. */
  tokens: Set<string>;
}

/** Starts the console; resolves once it listens. */
export async function startConsole(options: ConsoleOptions): Promise<Console> {
  const csp = contentSecurityPolicy(new URL(options.clubApiUrl).origin);
  const club = createOperatorClient({ baseUrl: options.clubApiUrl, secretKey: options.secretKey });
  const ttlSeconds = options.signInTtlSeconds ?? 1800;
  const offered = options.staff.filter((s) => ROLE_PAGES[s.role]);
  const signedIn = new Map<string, SignIn>();
  const ownOrigins = new Set<string>();
  /** The live sign-in of a cookie; an expired one is forgotten. */
  const signInOf = (sid: string) => {
    const entry = signedIn.get(sid);
    if (entry && entry.until > Date.now()) return entry;
    signedIn.delete(sid);
    return undefined;
  };
  const page = async (name: string) => readFile(join(pagesDir, name), 'utf8');
  const fill = (html: string, values: Record<string, string>) =>
    html.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}) =>
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
  const redirect = (res: ServerResponse, to: string, headers: Record<string, string> = {}) =>
    void res.writeHead(303, { Location: to, 'Cache-Control': 'no-store', ...headers }).end();

  /** A form's fields (`application/x-www-form-urlencoded`), at most 4 KiB of them. */
  async function formOf(req: IncomingMessage): Promise<URLSearchParams | undefined> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return undefined;
    let body = '';
    for await (const chunk of req) {
      body += String(chunk);
      if (body.length > 4096) return undefined;
    }
    return new URLSearchParams(body);
  }

  /** Ends the Club staff sessions minted for a sign-in; one that already ended (401) is fine. */
  async function endSessions(entry: SignIn): Promise<void> {
    await Promise.all(
      [...entry.tokens].map(async (token) => {
        try {
          const ended = await fetch(new URL('/v1/staff-sessions/current', options.clubApiUrl), {
            method: 'DELETE',
            headers: { Authorization: `Bearer ${token}` },
          });
          if (!ended.ok && ended.status !== 401) throw new Error(`the Club API answered ${ended.status}`);
        } catch (error) {
          console.error('console: a staff session could not be ended', error);
        }
      }),
    );
    entry.tokens.clear();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      let path: string;
      try {
        path = decodeURIComponent(new URL(req.url ?? '/', 'http://console').pathname);
      } catch {
        send(res, 400, 'text/plain; charset=utf-8', 'bad request');
        return;
      }
      const sid = new RegExp(`(?:^|;\\s*)${COOKIE}=([\\w-]+)`).exec(req.headers.cookie ?? '')?.[1] ?? '';
      const current = signInOf(sid);
      const post = req.method === 'POST';
      // Another site's page cannot sign a person in or out or ask for a session (CSRF).
      const origin = req.headers.origin;
      if (post && origin !== undefined && !ownOrigins.has(origin)) {
        json(res, 403, { error: 'cross-origin request refused' });
        return;
      }

      if (post && path === '/sign-in') {
        const form = await formOf(req);
        const staff = offered.find((s) => s.id === form?.get('staff'));
        if (!staff) {
          redirect(res, '/?error=unknown-staff');
          return;
        }
        if (current) await endSessions(current);
        signedIn.delete(sid);
        const id = randomBytes(24).toString('base64url');
        if (signedIn.size > 10_000) for (const old of signedIn.keys()) signInOf(old);
        signedIn.set(id, { staff, until: Date.now() + ttlSeconds * 1000, tokens: new Set() });
        // HttpOnly, SameSite=Lax, expiring; a real console adds Secure (the demo runs on plain http).
        redirect(res, '/console', {
          'Set-Cookie': `${COOKIE}=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${ttlSeconds}`,
        });
        return;
      }
      if (post && path === '/sign-out') {
        if (current) await endSessions(current);
        signedIn.delete(sid);
        redirect(res, '/', { 'Set-Cookie': `${COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0` });
        return;
      }
      if (post && path === '/api/staff-session') {
        // The operator widgets' session source (`<club-provider session-endpoint>`): a short-lived
        // staff session for whoever is signed in, or { token: null } for nobody.
        if (!current) {
          json(res, 200, { token: null });
          return;
        }
        const { token } = await club.staffSessions.create({ staffId: current.staff.id });
        current.tokens.add(token);
        json(res, 200, { token });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        json(res, 405, { error: 'method not allowed' });
        return;
      }
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (path === '/' || path === '/index.html') {
        const error = new URL(req.url ?? '/', 'http://console').searchParams.get('error');
        const choices = offered
          .map(
            (s, i) =>
              `<li><label><input type="radio" name="staff" value="${escapeHtml(s.id)}"${i === 0 ? ' checked' : ''} /> ${escapeHtml(s.name)} <span class="role">${escapeHtml(ROLE_NAMES[s.role] ?? s.role)}</span></label></li>`,
          )
          .join('\n');
        send(
          res,
          error ? 400 : 200,
          HTML,
          fill(await page('index.html'), {
            STAFF: choices,
            ERROR: error ? '<p class="error" role="alert">請選擇一位職員。</p>' : '',
          }),
        );
        return;
      }
      if (path === '/console') {
        if (!current) {
          redirect(res, '/');
          return;
        }
        const role = ROLE_PAGES[current.staff.role];
        if (!role) {
          redirect(res, '/');
          return;
        }
        send(
          res,
          200,
          HTML,
          fill(await page('console.html'), {
            TITLE: escapeHtml(role.title),
            NAME: escapeHtml(current.staff.name),
            ROLE: escapeHtml(ROLE_NAMES[current.staff.role] ?? current.staff.role),
            BASE_URL: escapeHtml(options.clubApiUrl),
            WIDGETS: role.widgets,
          }),
        );
        return;
      }
      // The pages' script and styles, as the console's build made them (dist/pages).
      const root = resolve(pagesDir);
      const file = resolve(root, `.${path}`);
      const type = types.get(extname(file));
      if (type && type !== HTML && file.startsWith(root + sep)) {
        const info = await stat(file).catch(() => undefined);
        if (info?.isFile()) {
          send(res, 200, type, await readFile(file));
          return;
        }
      }
      send(res, 404, 'text/plain; charset=utf-8', 'not found');
    } catch (error) {
      console.error('console:', error);
      json(res, 500, { error: 'the console could not answer' });
    }
  }
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((done, fail) =>
    server.once('error', fail).listen(options.port ?? 8081, options.host ?? '127.0.0.1', done),
  );
  const { port } = server.address() as AddressInfo;
  for (const host of ['127.0.0.1', 'localhost', options.host ?? '127.0.0.1']) ownOrigins.add(`http://${host}:${port}`);
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: async () => {
      await Promise.all([...signedIn.values()].map(endSessions));
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
    },
  };
}
