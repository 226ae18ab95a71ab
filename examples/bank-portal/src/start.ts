#!/usr/bin/env node
// The demo in one process: the reference Club API on the embedded SQLite database with the demo
// data, and the bank portal (pages, React page, docs) in front of it. Ctrl-C stops both.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClubServer, seedDemo, writeDemoKeysFile, type DemoSeedResult } from '@clubkit/server';
import { startConsole } from '@clubkit/example-club-console';
import { startPortal } from './server.js';

const usage = `Usage: node examples/bank-portal/dist/start.js [options]

Starts the Club API with the demo data, the bank portal that embeds the member widgets, and the
club console where the demo staff use the operator widgets.

Options:
  --port <n>          the Club API's port (default 8787; 0 picks a free one)
  --portal-port <n>   the portal's port (default 8080; 0 picks a free one)
  --console-port <n>  the club console's port (default 8081; 0 picks a free one)
  --db <location>     the database (default .clubkit/demo.db)
  --keys-file <path>  where the URL and demo keys go as shell variables (default .clubkit/demo.env)
  --json              print the start-up summary as one JSON line
  -h, --help          show this help
`;

const docsDir = fileURLToPath(new URL('../../../docs/dist/', import.meta.url));

function portOf(name: string, value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--${name} must be 0..65535, got ${value}`);
  return port;
}

/** A port that is free now: the demo keys must name the portal's origin before it listens. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      'portal-port': { type: 'string', default: '8080' },
      'console-port': { type: 'string', default: '8081' },
      db: { type: 'string', default: '.clubkit/demo.db' },
      'keys-file': { type: 'string', default: '.clubkit/demo.env' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return void process.stdout.write(usage);
  const started = performance.now();
  const apiPort = portOf('port', values.port);
  const portalPort = portOf('portal-port', values['portal-port']) || (await freePort());
  const consolePort = portOf('console-port', values['console-port']) || (await freePort());

  if (values.db !== ':memory:' && !values.db.includes('://')) await mkdir(dirname(values.db), { recursive: true });
  const server = await createClubServer({ db: values.db });
  const demo = await seedDemo(server, {
    origins: [portalPort, consolePort].flatMap((port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`]),
  });
  const api = await server.listen({ port: apiPort });
  const secretKey = demoKey(demo, (k) => k.kind === 'secret' && k.principal.role === 'admin', 'an admin secret key');
  const publishableKey = demoKey(demo, (k) => k.kind === 'publishable', 'a publishable key');
  // Least privilege: the portal mints sessions with a key of its members' branch, never the admin
  // key, so that a leak of the portal's key exposes that branch's members only (docs/guides/security.md).
  const { branch_id: branchId } = await server.db
    .selectFrom('members')
    .select('branch_id')
    .where('id', '=', demo.member.id)
    .executeTakeFirstOrThrow();
  const portalKey = demo.keys.find(
    (k) => k.kind === 'secret' && k.principal.role === 'branch' && k.principal.branchId === branchId,
  );
  if (!portalKey) throw new Error(`The demo seed minted no secret key of branch ${branchId}.`);
  const portal = await startPortal({
    port: portalPort,
    clubApiUrl: api.url,
    secretKey: portalKey.secret,
    publishableKey,
    memberId: demo.member.id,
    docsDir,
  });
  // The club's console mints staff sessions for its signed-in staff with the admin key: it serves
  // every back-office role, and runs in the club's own intranet, not on a partner's site.
  const console_ = await startConsole({
    port: consolePort,
    clubApiUrl: api.url,
    secretKey,
    staff: demo.staff.map((s) => ({ id: s.id, name: s.name, role: s.principal.role })),
  });
  await writeDemoKeysFile(values['keys-file'], api.url, demo);

  const urls = {
    portal: `${portal.url}/`,
    restyled: `${portal.url}/restyled.html`,
    headless: `${portal.url}/headless.html`,
    react: `${portal.url}/react/`,
    docs: `${portal.url}/docs/`,
    console: `${console_.url}/`,
    api: `${api.url}/v1`,
    openapi: `${api.url}/v1/openapi.json`,
  };
  const ms = Math.round(performance.now() - started);
  if (values.json) {
    const keys = Object.fromEntries(demo.keys.map((k) => [k.label, k.secret]));
    process.stdout.write(
      `${JSON.stringify({ urls, apiUrl: api.url, portalUrl: portal.url, keysFile: values['keys-file'], member: demo.member, secretKey, publishableKey, portalKey: portalKey.label, keys, seeded: demo.seeded, startedInMs: ms })}\n`,
    );
  } else {
    // The URLs last, just above the Ctrl-C line: the build's output and the keys scroll away above them.
    const lines = [
      '',
      'Demo keys (shown once; stored hashed, a new run mints new ones):',
      ...demo.keys.map((k) => `  ${k.label.padEnd(30)} ${k.secret}`),
      `Demo member: ${demo.member.name} (${demo.member.id}); sign in on the portal page.`,
      `The portal mints member sessions with the ${portalKey.label} key (least privilege, not the admin key).`,
      `Keys written to ${values['keys-file']}: \`source ${values['keys-file']}\` for the README's curl examples.`,
      '',
      `clubkit demo running (${demo.seeded ? 'demo data loaded' : 'demo data already present'} in ${values.db}; ready in ${ms} ms)`,
      '',
      `  Bank portal      ${urls.portal}`,
      `  Restyled         ${urls.restyled}`,
      `  Headless         ${urls.headless}`,
      `  React            ${urls.react}`,
      `  Club console     ${urls.console}`,
      `  Docs             ${urls.docs}`,
      `  Club API         ${urls.api}`,
      `  OpenAPI          ${urls.openapi}`,
      '',
      'Press Ctrl-C to stop.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }

  const stop = async () => {
    await console_.close();
    await portal.close();
    await api.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** The secret of the demo key `matches` picks; the demo seed always mints one of each. */
function demoKey(
  demo: DemoSeedResult,
  matches: (key: DemoSeedResult['keys'][number]) => boolean,
  what: string,
): string {
  const key = demo.keys.find(matches);
  if (!key) throw new Error(`The demo seed minted no ${what}.`);
  return key.secret;
}

main().catch((error: unknown) => {
  process.stderr.write(`clubkit demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
