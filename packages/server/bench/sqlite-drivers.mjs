/**
 * The embedded engine's two candidate drivers side by side, in one run, on the built server:
 * better-sqlite3 (the default) and Node's built-in `node:sqlite` behind the same Kysely dialect.
 *
 * For each driver: start-up (create + migrate + seed the demo data into a new file, then reopen
 * it as a restart does), a read route that queries the database on every call (members, a page of 20,
 * half of them searched by name, plate or phone), and a durable write (a complaint with its idempotency key,
 * `synchronous=FULL`). Requests go through `server.fetch`, so the figures are the server's own
 * cost without the HTTP stack. Rounds alternate the drivers; medians are reported.
 *
 * Run after a build: `node bench/sqlite-drivers.mjs` (or `pnpm bench:sqlite` at the repository root).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClubServer, openBetterSqlite3, seedDemo } from '@clubkit/server';

const ROUNDS = 5;
const READS = 2000;
const WRITES = 300;
/** Member searches (name, plate, phone fragments) for the read route. */
const SEARCHES = ['王', '李', '雲K', '138', '張', '8A'];

/** `node:sqlite`'s DatabaseSync in the shape Kysely's SQLite dialect drives. */
async function openNodeSqlite(file) {
  const { DatabaseSync } = await import('node:sqlite');
  const database = new DatabaseSync(file);
  return {
    close: () => database.close(),
    prepare(sqlText) {
      const statement = database.prepare(sqlText);
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...parameters),
        run: (parameters) => statement.run(...parameters),
        iterate: (parameters) => statement.iterate(...parameters),
      };
    },
  };
}

const drivers = { 'better-sqlite3': openBetterSqlite3, 'node:sqlite': openNodeSqlite };
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function round(name, open, dir) {
  const file = join(dir, `${name.replace(/\W/g, '-')}.db`);
  const quiet = { rateLimit: false, logError: () => {} };
  let started = performance.now();
  const server = await createClubServer({ db: file, sqlite: open, ...quiet });
  const demo = await seedDemo(server);
  const coldStart = performance.now() - started;
  await server.close();

  started = performance.now();
  const reopened = await createClubServer({ db: file, sqlite: open, ...quiet });
  const restart = performance.now() - started;

  const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin').secret;
  const auth = { authorization: `Bearer ${admin}` };
  const read = async (i) => {
    const response = await reopened.fetch(
      new Request(
        `http://club.test/v1/members?limit=20${i % 2 ? `&q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}` : ''}`,
        { headers: auth },
      ),
    );
    if (response.status !== 200) throw new Error(`read answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  const write = async (i) => {
    const response = await reopened.fetch(
      new Request('http://club.test/v1/complaints', {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': `bench-${name}-${i}-${Date.now()}` },
        body: JSON.stringify({
          name: '王小明',
          subject: { plate: '雲K8A123' },
          content: `救援車遲到 ${i}`,
          phone: '13800138000',
          category: 'service-quality',
        }),
      }),
    );
    if (response.status !== 201) throw new Error(`write answered ${response.status}: ${await response.text()}`);
    await response.arrayBuffer();
  };
  for (let i = 0; i < 100; i++) await read(i); // warm-up
  started = performance.now();
  for (let i = 0; i < READS; i++) await read(i);
  const readMs = (performance.now() - started) / READS;
  started = performance.now();
  for (let i = 0; i < WRITES; i++) await write(i);
  const writeMs = (performance.now() - started) / WRITES;
  await reopened.close();
  rmSync(file, { force: true });
  return { coldStart, restart, readMs, writeMs };
}

const dir = mkdtempSync(join(tmpdir(), 'clubkit-sqlite-bench-'));
const results = Object.fromEntries(Object.keys(drivers).map((name) => [name, []]));
try {
  process.removeAllListeners('warning'); // node:sqlite's experimental warning, once per process
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? Object.keys(drivers).reverse() : Object.keys(drivers);
    for (const name of order) results[name].push(await round(name, drivers[name], dir));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log(
  `SQLite drivers on Node ${process.versions.node} (SQLite ${process.versions.sqlite ?? '?'} in node:sqlite), medians of ${ROUNDS} rounds`,
);
const rows = [
  ['create + migrate + seed demo', 'coldStart', 'ms', 0],
  ['restart (open + migrate check)', 'restart', 'ms', 1],
  [`GET /v1/members, ${READS} calls`, 'readMs', 'ms/call', 3],
  [`POST /v1/complaints, ${WRITES} calls`, 'writeMs', 'ms/call', 3],
];
const names = Object.keys(drivers);
console.log(`${'measure'.padEnd(34)}${names.map((n) => n.padStart(16)).join('')}`);
for (const [label, key, unit, digits] of rows) {
  const cells = names.map((n) => `${median(results[n].map((x) => x[key])).toFixed(digits)} ${unit}`.padStart(16));
  console.log(`${label.padEnd(34)}${cells.join('')}`);
}
