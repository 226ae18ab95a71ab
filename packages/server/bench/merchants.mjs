/**
 * Load benchmark of the merchant directory search (`GET /v1/merchants`) on the built server,
 * against a bare Hono route on the same machine that sends the same JSON bytes: the ratio says
 * what auth, validation, search and serialisation cost on top of the HTTP stack itself.
 *
 * Run after a build: `node bench/merchants.mjs` (or `pnpm bench:server` at the repository root).
 */
import { Offer } from '@clubkit/core/merchants';
import { createClubServer, seedDemo } from '@clubkit/server';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';

const CONNECTIONS = 10;
const WARM_UP_SECONDS = 2;
const RUN_SECONDS = 8;
const ROUNDS = 3;
const TARGET_RATIO = 0.5;
const RATE_LIMIT = { perSecond: 1e9, burst: 1e9 };
const COMMON_TEXT = '洗車';

/** Words people search the demo directory for: trades, dishes, places and brands. */
const TEXTS = [
  '洗車',
  '汽修',
  '保養',
  '酒店',
  'KTV',
  '米線',
  '咖啡',
  '景洪',
  '勐海',
  '勐臘',
  '美容',
  '租車',
  '鮮花',
  '健身',
  '瑜伽',
  '超市',
  '體檢',
  '救援',
  '拖車',
  '洗衣',
  '燒烤',
  '客棧',
  'SPA',
  '版納',
  '孔雀',
  '金象',
  '宣慰大道',
  '曼聽路',
  '茶城',
  '機票',
];
/**
 * Each text in ten spellings (trailing spaces, which search ignores): 300 distinct query strings,
 * more than the directory's 200 cached results, so that cycling them makes every request search.
 */
const SPELLINGS = 10;

/** A location and an amount, no text: every merchant is ranked by distance and priced; nudged so no cached result answers. */
const nearAmountPath = (i) =>
  `/v1/merchants?lat=${(22 + (i % 100_000) / 1e6).toFixed(6)}&lng=100.8&amountFen=${10_000 + (i % 997)}&tier=vip&limit=20`;

const searchPath = (text) => `/v1/merchants?text=${encodeURIComponent(text)}&limit=20`;

function variedPaths() {
  const paths = [];
  for (let s = 0; s < SPELLINGS; s++) for (const text of TEXTS) paths.push(searchPath(text + ' '.repeat(s)));
  return paths;
}

function listen(fetch) {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Pads to a width in terminal columns, counting CJK characters as two. */
const padTo = (text, columns) => {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return text + ' '.repeat(Math.max(0, columns - width));
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Removes, through the API, demo offers that core's Offer schema rejects: core validates the whole
 * directory on every search, so one such offer makes every search fail. Returns how many.
 */
async function removeInvalidOffers(club, url, adminKey) {
  const rows = await club.db.selectFrom('merchants').select(['id', 'doc']).execute();
  let removed = 0;
  for (const row of rows) {
    for (const offer of JSON.parse(row.doc).offers) {
      if (Offer.safeParse(offer).success) continue;
      const res = await fetch(`${url}/v1/merchants/${row.id}/offers/${offer.id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${adminKey}` },
      });
      if (res.status !== 204) throw new Error(`Removing offer ${offer.id} answered ${res.status}: ${await res.text()}`);
      removed++;
    }
  }
  return removed;
}

async function main() {
  const started = Date.now();
  const club = await createClubServer({
    db: ':memory:',
    rateLimit: RATE_LIMIT,
    logError: (message, error) => console.error(message, error),
  });
  const seeded = await seedDemo(club, {});
  const key = seeded.keys.find((k) => k.kind === 'publishable')?.secret;
  if (!key) throw new Error('The demo seed minted no publishable key.');
  const api = await club.listen({ port: 0 });
  const headers = { authorization: `Bearer ${key}` };
  const adminKey = seeded.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin')?.secret;
  const removed = await removeInvalidOffers(club, api.url, adminKey);
  if (removed > 0)
    console.log(
      `NOTE: the demo seed made ${removed} offers that core rejects (e.g. validUntil before validFrom); removed them through the API first`,
    );

  const sample = await fetch(api.url + searchPath(COMMON_TEXT), { headers });
  if (sample.status !== 200) throw new Error(`The sample search answered ${sample.status}: ${await sample.text()}`);
  const payload = await sample.json();
  const bareApp = new Hono();
  bareApp.get('/bare', (c) => c.json(payload));
  const bare = await listen(bareApp.fetch);

  const paths = variedPaths();
  let next = 0;
  const targets = [
    { name: 'bare Hono route, same JSON', options: { url: `${bare.url}/bare` } },
    {
      name: `GET ${searchPath(COMMON_TEXT).replace(encodeURIComponent(COMMON_TEXT), COMMON_TEXT)}`,
      options: { url: api.url + searchPath(COMMON_TEXT), headers },
      target: true,
    },
    {
      name: 'GET /v1/merchants, location + amount, uncached',
      options: {
        url: api.url,
        headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nearAmountPath(next++) }) }],
      },
    },
    {
      name: `GET /v1/merchants, ${paths.length} varied texts`,
      options: {
        url: api.url,
        headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
      },
    },
  ];

  console.log(`merchant directory: ${seeded.counts.merchants} demo merchants, in-memory SQLite, one process`);
  console.log(
    `rate limit raised to ${RATE_LIMIT.perSecond} req/s (burst ${RATE_LIMIT.burst}) so that it does not interfere`,
  );
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${WARM_UP_SECONDS} s warm-up per target, then ${ROUNDS} rounds of ${RUN_SECONDS} s per target, alternating\n`,
  );

  for (const target of targets) await load({ ...target.options, duration: WARM_UP_SECONDS });
  const runs = targets.map(() => []);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, target] of targets.entries()) {
      const result = await load({ ...target.options, duration: RUN_SECONDS });
      runs[i].push(result);
      const failed = result.non2xx + result.errors + result.timeouts;
      console.log(
        `round ${round}  ${padTo(target.name, 44)} ${Math.round(result.requests.average).toString().padStart(7)} req/s${failed ? `  (${failed} failed requests!)` : ''}`,
      );
    }
  }

  const rows = runs.map((results, i) => ({
    name: targets[i].name,
    rps: median(results.map((r) => r.requests.average)),
    p50: median(results.map((r) => r.latency.p50)),
    p99: median(results.map((r) => r.latency.p99)),
    failed: results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
  }));
  const bareRps = rows[0].rps;
  console.log(
    `\n${'target'.padEnd(46)}${'req/s (median)'.padStart(15)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'vs bare'.padStart(10)}`,
  );
  for (const [i, row] of rows.entries()) {
    const ratio = row.rps / bareRps;
    const verdict = !targets[i]?.target ? '' : ratio >= TARGET_RATIO ? '  meets target' : '  BELOW target';
    console.log(
      `${padTo(row.name, 46)}${Math.round(row.rps).toString().padStart(15)}${row.p50.toFixed(1).padStart(9)}${row.p99.toFixed(1).padStart(9)}${`${(ratio * 100).toFixed(0)} %`.padStart(10)}${verdict}`,
    );
  }
  console.log(
    `\ntarget: the repeated search at least ${TARGET_RATIO * 100} % of the bare route's requests per second;`,
  );
  console.log(
    'the varied texts (every request a fresh search of 10,000 merchants, no cached result) are for reference.',
  );
  console.log(
    `payload: ${JSON.stringify(payload).length} bytes of JSON (${payload.data.length} hits); total time ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );

  // What one address can make the server do at the default rate limit: a fresh server over the same
  // merchants, one address sending uncached location + amount searches as fast as it is let.
  const limited = await createClubServer({
    db: ':memory:',
    logError: (message, error) => console.error(message, error),
  });
  const merchantRows = await club.db.selectFrom('merchants').selectAll().execute();
  const counter = await club.db.selectFrom('counters').selectAll().where('name', '=', 'merchants').execute();
  for (let i = 0; i < merchantRows.length; i += 500)
    await limited.db
      .insertInto('merchants')
      .values(merchantRows.slice(i, i + 500))
      .execute();
  await limited.db.insertInto('counters').values(counter).execute();
  const limitedKey = await limited.createKey({ kind: 'publishable' });
  const limitedApi = await limited.listen({ port: 0 });
  let n = 0;
  const oneAddress = await load({
    url: limitedApi.url,
    headers: { authorization: `Bearer ${limitedKey.secret}` },
    duration: RUN_SECONDS,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nearAmountPath(n++) }) }],
  });
  const served = oneAddress['2xx'] / RUN_SECONDS;
  const uncached = rows.find((r) => r.name.includes('location + amount'));
  const msPerSearch = 1000 / uncached.rps;
  console.log(
    `\nlocation + amount, uncached: ${msPerSearch.toFixed(1)} ms of one thread per search (1 / median req/s above)`,
  );
  console.log(
    `one address at the default rate limit (20/s, burst 100), ${RUN_SECONDS} s: ${served.toFixed(1)} searches/s served, ${(oneAddress.non2xx / RUN_SECONDS).toFixed(0)} refused/s with 429 -> ${(served * msPerSearch).toFixed(0)} ms of work per second (${((served * msPerSearch) / 10).toFixed(1)} % of a thread)`,
  );
  await limitedApi.close();
  await limited.close();

  await bare.close();
  await club.close();
  const failed = rows.reduce((sum, r) => sum + r.failed, 0);
  if (failed > 0) {
    console.error(`${failed} requests failed: the numbers above do not measure what they claim.`);
    process.exitCode = 1;
  }
}

await main();
