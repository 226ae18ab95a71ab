/**
 * The national-club benchmark (`pnpm bench:scale`): a generated club loaded into one database,
 * two API processes started on it, and the latency of the hot reads, the statistics and complaint
 * filing measured side by side in one run, with the query plan of each hot query.
 *
 *   node bench/scale.mjs --engine postgres --members 1000000   (DATABASE_URL names the server)
 *   node bench/scale.mjs --engine sqlite --members 100000
 *
 * Merchants are a fifth of the members and complaints as many as members unless given
 * (`--merchants`, `--complaints`); `--seed` changes the data. On PostgreSQL the club is loaded
 * into a schema of its own, dropped at the end; on SQLite into a temporary file, deleted at the end.
 * VIP card orders (bought, renewed, cancelled with a refund) are a tenth of the members and the
 * redemptions at merchants' counters as many (`--vip-orders`, `--redemptions`). `--keep` keeps
 * the loaded club (and prints where it is) for `EXPLAIN (ANALYZE, BUFFERS)` by hand, and
 * `--schema <name>` measures a club kept in PostgreSQL again without loading it. `--heap <MB>`
 * starts the API processes with that old-generation heap limit (`--max-old-space-size`), to
 * measure them within a memory budget, and `--young <MB>` with that young-generation semi-space
 * (`--max-semi-space-size`): by default 440 and 8, as the server guide recommends for a national
 * club, and `v8` for V8's own sizes.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createClubServer } from '@clubkit/server';
import { scaleClubBatches, scaleMemberId, scaleName, scalePhone, scalePlate } from '../dist/scale-seed.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    members: { type: 'string' },
    merchants: { type: 'string' },
    complaints: { type: 'string' },
    'vip-orders': { type: 'string' },
    redemptions: { type: 'string' },
    seed: { type: 'string', default: '20261130' },
    samples: { type: 'string', default: '200' },
    filings: { type: 'string' },
    keep: { type: 'boolean', default: false },
    heap: { type: 'string' },
    young: { type: 'string' },
    schema: { type: 'string' },
  },
});
const engine = values.engine;
if (engine !== 'postgres' && engine !== 'sqlite') throw new Error(`--engine is postgres or sqlite, got ${engine}`);
const members = Number(values.members ?? (engine === 'postgres' ? 1_000_000 : 100_000));
const options = {
  members,
  merchants: Number(values.merchants ?? Math.round(members / 5)),
  complaints: Number(values.complaints ?? members),
  vipOrders: Number(values['vip-orders'] ?? Math.floor(members / 10)),
  redemptions: Number(values.redemptions ?? values['vip-orders'] ?? Math.floor(members / 10)),
  seed: Number(values.seed),
  today: '2026-11-30',
};
const SAMPLES = Number(values.samples);
/**
 * The V8 heap sizes the API processes start with unless given, in MB: those the server guide
 * recommends for a national club's processes ("Memory of each process"). `v8` leaves V8's own.
 */
const RECOMMENDED_MB = { heap: 440, young: 8 };
/** `--<name>` as MB: the recommended size when not given, undefined for `v8`. */
function heapOption(name, min, max) {
  const given = values[name] ?? String(RECOMMENDED_MB[name]);
  if (given === 'v8') return undefined;
  const mb = Number(given);
  if (!(Number.isInteger(mb) && mb >= min && mb <= max))
    throw new Error(`--${name} is a whole number of MB from ${min} to ${max}, or v8 for V8's own; got ${given}`);
  return mb;
}
/** The API processes' old-generation heap limit (`--max-old-space-size`). */
const HEAP_MB = heapOption('heap', 64, 65_536);
/** The API processes' young-generation semi-space (`--max-semi-space-size`). */
const YOUNG_MB = heapOption('young', 1, 256);
if (values.schema !== undefined && (engine !== 'postgres' || !/^[a-z_][a-z0-9_]{0,62}$/.test(values.schema)))
  throw new Error(
    `--schema names a PostgreSQL schema a previous run kept (--keep), e.g. bench_scale_1a2b3c4d; got ${values.schema}`,
  );
/** The V8 flags the API processes start with. */
const API_FLAGS = [
  ...(HEAP_MB === undefined ? [] : [`--max-old-space-size=${HEAP_MB}`]),
  ...(YOUNG_MB === undefined ? [] : [`--max-semi-space-size=${YOUNG_MB}`]),
];
const FILINGS = Number(values.filings ?? 3000);
const CONCURRENCY = 4;
const TARGETS = { read: 50, stats: 300, filingsPerSecond: 300, rssMb: 512 };
const BIG_TABLES = [
  'members',
  'vehicles',
  'policies',
  'memberships',
  'cards',
  'merchants',
  'complaints',
  'vip_orders',
  'vip_memberships',
  'redemptions',
];

const log = (line) => process.stdout.write(`${line}\n`);
const cleanups = [];
let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const fn of cleanups.reverse()) await fn().catch((e) => log(`cleanup: ${e.message}`));
}
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    void cleanUp().then(() => process.exit(130));
  });

/** The database of this run: a PostgreSQL schema of its own, or a temporary SQLite file. */
async function benchDatabase() {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'clubkit-scale-'));
    cleanups.push(async () =>
      values.keep ? log(`kept ${join(dir, 'club.db')}`) : rmSync(dir, { recursive: true, force: true }),
    );
    return join(dir, 'club.db');
  }
  const base = process.env.DATABASE_URL;
  if (!base || !/^postgres(ql)?:\/\//.test(base))
    throw new Error('DATABASE_URL must name a PostgreSQL database (pnpm bench:scale starts one with .ci/postgres.sh)');
  const { default: pg } = await import('pg');
  const url = new URL(base);
  if (values.schema !== undefined) {
    // A club a previous run kept: measured again as it is (with the complaints that run filed), and kept.
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    const { rowCount } = await admin.query('select 1 from information_schema.schemata where schema_name = $1', [
      values.schema,
    ]);
    await admin.end();
    if (rowCount === 0) throw new Error(`no schema ${values.schema} in DATABASE_URL's database`);
    url.searchParams.set('options', `-c search_path=${values.schema}`);
    return url.toString();
  }
  const schema = `bench_scale_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  cleanups.push(async () => {
    if (values.keep) return log(`kept schema ${schema}`);
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
    log(`dropped schema ${schema}`);
  });
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A loader for one engine: `insert(table, rows)` and `finish()` (statistics for the planner). */
async function loader(location) {
  if (engine === 'postgres') {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    const types = new Map();
    const typeOf = async (table) => {
      if (!types.has(table)) {
        const { rows } = await client.query(
          'select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1',
          [table],
        );
        const pgType = { text: 'text', integer: 'int4', bigint: 'int8', 'double precision': 'float8' };
        types.set(table, new Map(rows.map((r) => [r.column_name, pgType[r.data_type] ?? 'text'])));
      }
      return types.get(table);
    };
    return {
      // One statement a batch: every column as one array parameter, unnested into rows.
      async insert(table, rows) {
        const columns = Object.keys(rows[0]);
        const typed = await typeOf(table);
        const arrays = columns.map((c) => rows.map((r) => r[c] ?? null));
        const list = columns.map((c) => `"${c}"`).join(', ');
        const unnest = columns.map((c, i) => `$${i + 1}::${typed.get(c)}[]`).join(', ');
        await client.query(`insert into ${table} (${list}) select * from unnest(${unnest})`, arrays);
      },
      async finish() {
        for (const table of [...BIG_TABLES, 'merchant_offers', 'complaint_days'])
          await client.query(`vacuum (analyze) ${table}`);
        await client.end();
      },
      /** The plan of a statement under the `set local` settings the route ran it with. */
      async explain(text, parameters, settings = []) {
        await client.query('begin');
        try {
          for (const setting of settings) await client.query(setting);
          const { rows } = await client.query(`explain ${text}`, parameters);
          return rows.map((r) => r['QUERY PLAN']);
        } finally {
          await client.query('rollback');
        }
      },
      client,
    };
  }
  const { default: Database } = await import('better-sqlite3');
  const sqlite = new Database(location);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const statements = new Map();
  return {
    async insert(table, rows) {
      const columns = Object.keys(rows[0]);
      const key = `${table}:${columns.join(',')}`;
      if (!statements.has(key))
        statements.set(
          key,
          sqlite.prepare(
            `insert into ${table} (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
          ),
        );
      const statement = statements.get(key);
      sqlite.transaction(() => {
        for (const row of rows) statement.run(columns.map((c) => row[c] ?? null));
      })();
    },
    async finish() {
      sqlite.exec('analyze');
    },
    async explain(text, parameters) {
      return sqlite
        .prepare(`explain query plan ${text}`)
        .all(parameters)
        .map((r) => r.detail);
    },
    close() {
      sqlite.close();
    },
  };
}

async function load(location) {
  const into = await loader(location);
  const counts = new Map();
  const started = performance.now();
  // One batch is written while the next is generated: the database and the generator overlap.
  let writing = Promise.resolve();
  for (const { table, rows } of scaleClubBatches(options)) {
    if (rows.length === 0) continue;
    await writing;
    writing = into.insert(table, rows);
    counts.set(table, (counts.get(table) ?? 0) + rows.length);
  }
  await writing;
  const loadSeconds = (performance.now() - started) / 1000;
  const analyseStarted = performance.now();
  await into.finish();
  const analyseSeconds = (performance.now() - analyseStarted) / 1000;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return { counts, total, loadSeconds, analyseSeconds };
}

/** Starts one API process and resolves with its URL and pid once it listens. */
function startProcess(location) {
  const script = fileURLToPath(new URL('./scale-api.mjs', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, [...API_FLAGS, script], {
    env: { ...process.env, CLUBKIT_BENCH_DB: location },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanups.push(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
  // Lines the process prints: its URL once listening, then its GC pauses each time they are asked for.
  const gcWaiters = [];
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const lines = out.split('\n');
      out = lines.pop();
      for (const line of lines.filter((l) => l.startsWith('{'))) {
        const message = JSON.parse(line);
        if (message.gc) gcWaiters.shift()?.(message);
        else
          resolve({
            ...message,
            child,
            startMs: performance.now() - started,
            /**
             * Every GC pause of the process so far (`gc`: [start (epoch ms), ms, kind]), its
             * `process.memoryUsage()` (`memory`) and V8's heap by space (`spaces`) now.
             */
            report: () =>
              new Promise((answer) => {
                gcWaiters.push(answer);
                child.kill('SIGUSR2');
              }),
          });
      }
    });
    child.once('exit', (code) => reject(new Error(`API process exited with ${code}`)));
  });
}

/** Resident memory of a process now and at its peak, in MB (Linux /proc). */
function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: NaN, peak: NaN };
  }
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Sends `count` requests made by `make(i)` to the processes in turn, CONCURRENCY at a time. */
async function measure(processes, key, count, make) {
  const latencies = [];
  /** Each call: when it started (epoch ms), how long it took, which process served it. */
  const calls = [];
  let next = 0;
  let failures = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const { method = 'GET', path, body, headers = {} } = make(i);
      const served = i % processes.length;
      const url = processes[served].url + path;
      const t = performance.now();
      let status;
      try {
        const res = await fetch(url, {
          method,
          headers: {
            Authorization: `Bearer ${key}`,
            ...(body ? { 'Content-Type': 'application/json' } : {}),
            ...headers,
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        await res.arrayBuffer();
        status = res.status;
      } catch (error) {
        // A reset connection is an error of the run, not its end.
        status = String(error.cause?.code ?? error.message);
      }
      latencies.push(performance.now() - t);
      calls.push({ at: performance.timeOrigin + t, ms: performance.now() - t, served });
      if (status !== 200) {
        failures++;
        if (failures === 1) log(`  ${method} ${path} answered ${status}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), failures, calls };
}

/**
 * The calls of a row slower than its target, and those of them during which the process that
 * served them paused for garbage collection: how many, and the pauses' total within them.
 */
function slowCallsAndPauses(calls, target, pausesByProcess) {
  const slow = calls.filter((c) => c.ms > target);
  let paused = 0;
  let pausedMs = 0;
  for (const c of slow) {
    const within = pausesByProcess[c.served]
      .filter(([at, ms]) => at < c.at + c.ms && at + ms > c.at)
      .reduce((sum, [at, ms]) => sum + Math.min(at + ms, c.at + c.ms) - Math.max(at, c.at), 0);
    if (within > 0) paused++;
    pausedMs += within;
  }
  return { slow: slow.length, paused, pausedMs };
}

/** A process's GC pauses between two instants (epoch ms), by kind: count, total and longest. */
function pausesByKind(pauses, from, to) {
  const kinds = new Map();
  for (const [at, ms, kind] of pauses) {
    if (at < from || at > to) continue;
    const k = kinds.get(kind) ?? { count: 0, totalMs: 0, maxMs: 0 };
    k.count++;
    k.totalMs += ms;
    k.maxMs = Math.max(k.maxMs, ms);
    kinds.set(kind, k);
  }
  return kinds;
}

/** A deterministic sequence of member indexes for the queries (a fixed LCG over the club). */
const memberAt = (i) => (i * 2_654_435_761 + 12_345) % options.members;
const cursorAfter = (id) => Buffer.from(JSON.stringify({ after: id })).toString('base64url');
const TEXTS = [
  '洗車',
  '汽修',
  '保養',
  '酒店',
  'KTV',
  '米線',
  '咖啡',
  '美容',
  '租車',
  '鮮花',
  '健身',
  '體檢',
  '救援',
  '燒烤',
];
const CATEGORIES = ['car-wash', 'repair', 'maintenance', 'hotel', 'dining', 'fitness', 'beauty'];

/** The merchant report as of a day after the last call's, starting 2025-01-01: never one kept. */
function anotherDayEachCall() {
  let day = 0;
  return () => {
    const asOf = new Date(Date.UTC(2025, 0, 1) + day++ * 86_400_000).toISOString().slice(0, 10);
    return { path: `/v1/stats/merchants?asOf=${asOf}` };
  };
}

/** The hot reads, each a function of a sample index to a request. */
function reads() {
  const year = { from: '2026-01-01', to: '2026-12-31' };
  const month = { from: '2026-11-01', to: '2026-11-30' };
  const stats = (route, period) => () => ({ path: `/v1/stats/${route}?from=${period.from}&to=${period.to}` });
  return [
    ['member by plate', 'read', (i) => ({ path: `/v1/members?plate=${encodeURIComponent(scalePlate(memberAt(i)))}` })],
    ['member by phone', 'read', (i) => ({ path: `/v1/members?phone=${scalePhone(memberAt(i))}` })],
    [
      'member by name prefix',
      'read',
      (i) => ({ path: `/v1/members?namePrefix=${encodeURIComponent(scaleName(memberAt(i)).slice(0, 2))}&limit=20` }),
    ],
    [
      'member list, page deep in the list',
      'read',
      (i) => ({
        path: `/v1/members?limit=20&cursor=${cursorAfter(scaleMemberId(Math.floor(options.members * 0.9) + (i % 1000), options))}`,
      }),
    ],
    ['stats members, a month', 'stats', stats('members', month)],
    ['stats members, a year', 'stats', stats('members', year)],
    ['stats complaints, a month', 'stats', stats('complaints', month)],
    ['stats complaints, a year', 'stats', stats('complaints', year)],
    ['stats merchants, a month', 'stats', stats('merchants', month)],
    ['stats merchants, a year', 'stats', stats('merchants', year)],
    // The two rows above are answered once a process and then kept until a merchant is written:
    // a report of another day each call is counted by the database every time.
    ['stats merchants, another day each call', 'stats', anotherDayEachCall()],
    ['stats revenue (VIP card), a month', 'stats', stats('revenue', month)],
    ['stats revenue (VIP card), a year', 'stats', stats('revenue', year)],
    [
      'merchant search by text',
      'read',
      (i) => ({
        path: `/v1/merchants?text=${encodeURIComponent(TEXTS[i % TEXTS.length])}&region=city${(i % 30) + 1}&category=${CATEGORIES[i % CATEGORIES.length]}&limit=20`,
      }),
    ],
    [
      'merchant search by distance (3 km)',
      'read',
      (i) => {
        const city = i % 30;
        const lat = (22.0 + (city % 6) * 2 + ((i * 37) % 100) / 2000).toFixed(4);
        const lng = (100.8 + Math.floor(city / 6) * 2 + ((i * 53) % 100) / 2000).toFixed(4);
        return { path: `/v1/merchants?lat=${lat}&lng=${lng}&radiusKm=3&limit=20` };
      },
    ],
  ];
}

/** Files complaints through both processes at once, a tenth sent again to the other process. */
async function fileComplaints(processes, key, db) {
  const runId = randomBytes(4).toString('hex');
  const acknowledged = new Map();
  let next = 0;
  let retries = 0;
  let replays = 0;
  const send = async (process, i) => {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`${process.url}/v1/complaints`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${key}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': `bench-${runId}-${String(i).padStart(8, '0')}`,
          },
          body: JSON.stringify({
            name: '張先生',
            phone: scalePhone(memberAt(i)),
            subject: { plate: scalePlate(memberAt(i)) },
            content: `救援延誤 ${runId} ${i}`,
            channel: 'hotline',
            category: 'service-quality',
            severity: 'normal',
          }),
        });
        const body = await res.json();
        if (res.status === 201) {
          if (res.headers.get('idempotent-replayed') === 'true') replays++;
          return body.reference;
        }
        if (res.status < 500 && res.status !== 429 && res.status !== 409) throw new Error(`${res.status} ${body.code}`);
      } catch (error) {
        if (attempt >= 5 || String(error.message).match(/^\d{3} /)) throw error;
      }
      retries++;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  };
  const started = performance.now();
  const worker = async (w) => {
    for (;;) {
      const i = next++;
      if (i >= FILINGS) return;
      const first = processes[(i + w) % 2];
      const reference = await send(first, i);
      acknowledged.set(i, reference);
      // A tenth of the calls are retried on the other process, as a client whose answer was lost.
      if (i % 10 === 0) {
        const again = await send(processes[(i + w + 1) % 2], i);
        if (again !== reference) throw new Error(`a retry of complaint ${i} got ${again}, not ${reference}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  const references = [...acknowledged.values()];
  const rows = [];
  for (let i = 0; i < references.length; i += 1000) {
    rows.push(
      ...(await db
        .selectFrom('complaints')
        .select('reference')
        .where('reference', 'in', references.slice(i, i + 1000))
        .execute()),
    );
  }
  const found = new Map();
  for (const r of rows) found.set(r.reference, (found.get(r.reference) ?? 0) + 1);
  const lost = references.filter((r) => !found.has(r)).length;
  const duplicated = [...found.values()].filter((n) => n > 1).length;
  const distinct = new Set(references).size;
  return { filed: FILINGS, seconds, perSecond: FILINGS / seconds, retries, replays, lost, duplicated, distinct };
}

/** The SQL each hot route runs, captured from a server instance, with its plan. */
async function explainHotQueries(location, key, explain) {
  const captured = [];
  const server = await createClubServer({
    db: location,
    rateLimit: false,
    logQuery: (q) => captured.push(q),
  });
  const plans = [];
  try {
    for (const [name, , make] of reads()) {
      captured.length = 0;
      const { path } = make(7);
      await (
        await server.fetch(new Request(`http://bench${path}`, { headers: { Authorization: `Bearer ${key}` } }))
      ).text();
      // The route's own queries: not the key lookup, the directory's version check or its load.
      const own = captured.filter(
        (q) =>
          !/from "api_keys"|from "counters"|select "id", "doc" from "merchants" where "version"/.test(q.sql) &&
          /from "?(members|memberships|applications|complaints|merchants|merchant_offers|vehicles|cards|policies|vip_orders|vip_memberships|redemptions)\b/.test(
            q.sql,
          ),
      );
      for (const q of own) {
        // Under the `set local` settings its route ran it with (a report's work_mem, say), and no other.
        const plan = await explain(q.sql, q.parameters, q.settings);
        const scans = plan.filter((line) =>
          engine === 'postgres'
            ? new RegExp(`Seq Scan on (${BIG_TABLES.join('|')})\\b`).test(line)
            : new RegExp(`^SCAN (${BIG_TABLES.join('|')})\\b(?! USING)`).test(line.trim()),
        );
        plans.push({ name, sql: q.sql, settings: q.settings ?? [], plan, scans });
      }
    }
  } finally {
    await server.close();
  }
  return plans;
}

async function main() {
  log(
    `clubkit scale bench on ${engine}: ${options.members} members, ${options.merchants} merchants, ${options.complaints} complaints, ${options.vipOrders} VIP orders, ${options.redemptions} redemptions (seed ${options.seed})${API_FLAGS.length === 0 ? '' : `; API processes with ${API_FLAGS.join(' ')}`}${values.schema === undefined ? '' : `; the club kept in schema ${values.schema}`}`,
  );
  const location = await benchDatabase();

  // Migrate the empty database, then mint the admin key the processes are called with.
  const setup = await createClubServer({ db: location, rateLimit: false });
  const { secret: key } = await setup.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'scale bench' });
  await setup.close();

  let per100k;
  if (values.schema === undefined) {
    const loaded = await load(location);
    per100k = (loaded.loadSeconds / loaded.total) * 100_000;
    log(
      `\nloaded ${loaded.total.toLocaleString('en')} rows in ${loaded.loadSeconds.toFixed(1)} s (${per100k.toFixed(2)} s per 100,000 rows); planner statistics in ${loaded.analyseSeconds.toFixed(1)} s`,
    );
    for (const [table, n] of loaded.counts) log(`  ${table.padEnd(16)} ${n.toLocaleString('en').padStart(10)}`);
  } else {
    // What earlier runs filed, vacuumed and analysed as after a load: their complaints' pages would
    // otherwise not be all-visible, and the year's complaint report would read them from the table.
    const started = performance.now();
    await (await loader(location)).finish();
    log(`\nvacuumed and analysed the kept club in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const query = await loader(location);
  const plans = await explainHotQueries(location, key, query.explain);
  log('\nquery plans of the hot queries (a sequential scan of a big table is marked SCAN)');
  for (const p of plans) {
    log(`- ${p.name}${p.scans.length ? `  SCAN: ${p.scans.join('; ')}` : ''}`);
    log(`    ${p.sql.replace(/\s+/g, ' ').slice(0, 240)}`);
    if (p.settings.length > 0) log(`    under: ${p.settings.join('; ')}`);
    for (const line of p.plan) log(`      ${line}`);
  }

  const processes = await Promise.all([startProcess(location), startProcess(location)]);
  log(`\nAPI processes started in ${processes.map((p) => `${p.startMs.toFixed(0)} ms`).join(' and ')}`);
  // The directory loads on the first merchant read: its start-up, measured per process.
  for (const p of processes) {
    const t = performance.now();
    await (await fetch(`${p.url}/v1/merchants?limit=1`, { headers: { Authorization: `Bearer ${key}` } })).arrayBuffer();
    p.directoryMs = performance.now() - t;
  }
  log(
    `merchant directory loaded in ${processes.map((p) => `${p.directoryMs.toFixed(0)} ms`).join(' and ')} (first merchant read)`,
  );

  const results = [];
  const readsFrom = performance.timeOrigin + performance.now();
  for (const [name, kind, make] of reads()) {
    // Warmed up with other requests than the measured ones: a warm-up's answer kept by a process
    // (a merchant search's, say) would otherwise be measured as if it were searched again.
    await measure(processes, key, 20, (i) => make(SAMPLES + i));
    const r = await measure(processes, key, SAMPLES, make);
    const target = kind === 'stats' ? TARGETS.stats : TARGETS.read;
    results.push({ name, ...r, target });
    // Each row as soon as it is measured: a run cut short still shows what it measured.
    log(
      `  measured ${name}: p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${r.failures ? `, ${r.failures} errors` : ''}`,
    );
  }
  const readsTo = performance.timeOrigin + performance.now();
  const { openDatabase } = await import('@clubkit/server');
  const opened = await openDatabase(location);
  const filing = await fileComplaints(processes, key, opened.db);
  await opened.close();
  const memory = processes.map((p) => rssOf(p.pid));
  // One report a process: its pauses (those of the reads are picked out by time) and its memory at the end.
  const heaps = await Promise.all(processes.map((p) => p.report()));
  const pauses = heaps.map((r) => r.gc);

  log(`\n| ${engine}, ${options.members.toLocaleString('en')} members | p50 ms | p99 ms | target p99 | met |`);
  log('|---|---:|---:|---:|---|');
  for (const r of results)
    log(
      `| ${r.name} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ≤ ${r.target} | ${r.p99 <= r.target && r.failures === 0 ? 'yes' : 'NO'}${r.failures ? ` (${r.failures} errors)` : ''} |`,
    );
  log(
    `| filing complaints, 2 processes, 16 at once | ${filing.perSecond.toFixed(0)}/s | ${filing.filed} filed, ${filing.replays} replays, ${filing.retries} retries; lost ${filing.lost}, duplicated ${filing.duplicated} | ≥ ${TARGETS.filingsPerSecond}/s, none lost or duplicated | ${filing.perSecond >= TARGETS.filingsPerSecond && filing.lost === 0 && filing.duplicated === 0 && filing.distinct === filing.filed ? 'yes' : 'NO'} |`,
  );
  for (const [i, m] of memory.entries())
    log(
      `| process ${i + 1} RSS now / peak | ${m.rss.toFixed(0)} MB | ${m.peak.toFixed(0)} MB | < ${TARGETS.rssMb} MB | ${m.peak < TARGETS.rssMb ? 'yes' : 'NO'} |`,
    );
  log(
    `\nload: ${per100k === undefined ? `not measured (schema ${values.schema} kept by an earlier run)` : `${per100k.toFixed(2)} s per 100,000 rows`}; plans with a sequential scan of a big table: ${plans.filter((p) => p.scans.length).length} of ${plans.length}`,
  );

  // Whether the calls over their target waited for the garbage collector of the process that served them.
  log('\n| calls over their target p99 | slow calls | of them during a GC pause | pause time within them |');
  log('|---|---:|---:|---:|');
  let slowRows = 0;
  for (const r of results) {
    const { slow, paused, pausedMs } = slowCallsAndPauses(r.calls, r.target, pauses);
    if (slow > 0) log(`| ${r.name} (> ${r.target} ms) | ${slow} | ${paused} | ${pausedMs.toFixed(1)} ms |`);
    if (slow > 0) slowRows++;
  }
  if (slowRows === 0) log('| none | 0 | | |');
  // What the resident memory is made of at the end: V8's heap (its young generation, the old
  // generations and the rest), the memory outside it that V8 knows of, and what neither accounts for.
  const mb = (bytes) => (bytes / 1_048_576).toFixed(0);
  log(
    '\n| memory at the end, MB | RSS | heap reserved | of it young | of it old, code, large objects | heap in use | outside the heap (buffers) | neither |',
  );
  log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [i, { memory: m, spaces }] of heaps.entries()) {
    const young = spaces.new_space?.size ?? 0;
    const rss = memory[i].rss * 1_048_576;
    log(
      `| process ${i + 1} | ${mb(rss)} | ${mb(m.heapTotal)} | ${mb(young)} | ${mb(m.heapTotal - young)} | ${mb(m.heapUsed)} | ${mb(m.external)} | ${mb(rss - m.heapTotal - m.external)} |`,
    );
  }
  log(
    `\n| GC pauses while the reads were measured (${((readsTo - readsFrom) / 1000).toFixed(0)} s) | count | total | longest |`,
  );
  log('|---|---:|---:|---:|');
  for (const [i, p] of pauses.entries())
    for (const [kind, k] of pausesByKind(p, readsFrom, readsTo))
      log(`| process ${i + 1}, ${kind} | ${k.count} | ${k.totalMs.toFixed(0)} ms | ${k.maxMs.toFixed(1)} ms |`);
  if (query.close) query.close();
  else await query.client.end();
}

try {
  await main();
} finally {
  await cleanUp();
}
