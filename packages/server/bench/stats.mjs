/**
 * The member and merchant statistics counted by the database (`GET /v1/stats/members` and
 * `/v1/stats/merchants`, SQL aggregates) against the way they were computed before: every
 * membership, application and merchant loaded into the process and counted by core's in-memory
 * functions. Side by side in one run, on the built server over a SQLite file seeded with
 * 200,000 memberships, 20,000 applications and the demo's 10,000 merchants by batched inserts.
 *
 * The routes are called through `server.fetch` (auth, validation and JSON included, no HTTP
 * stack); the old way is its handler's work alone (queries, parsing, core's functions), so the
 * comparison leans, if anything, in the old way's favour. Rounds alternate; medians are reported.
 *
 * Run after a build: `node bench/stats.mjs` (or `pnpm bench:stats` at the repository root).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@clubkit/core';
import { cancelMembership, issueCardNumber, startMembership } from '@clubkit/core/membership';
import { memberStats, merchantStats } from '@clubkit/core/stats';
import { createClubServer, seedDemo } from '@clubkit/server';

const MEMBERSHIPS = 200_000;
const APPLICATIONS = 20_000;
const BATCH = 2_000;
const ROUNDS = 5;
const ZONE = 'Asia/Shanghai';
const NOW = new Date('2026-11-27T04:00:00Z');
const BRANCHES = ['br_jinghong', 'br_menghai', 'br_mengla'];
const PERIOD = { from: '2026-11-01', to: '2026-11-30' };

/** A valid membership per index, made from one started through core and varied in its dates. */
function memberships() {
  const template = startMembership(
    {
      id: 'mem_0',
      memberId: 'mbr_0',
      branchId: BRANCHES[0],
      tier: 'standard',
      policy: {
        id: 'pol_0',
        number: 'P-0',
        memberId: 'mbr_0',
        branchId: BRANCHES[0],
        plate: '雲K00000',
        start: '2026-01-01',
        end: '2026-12-31',
      },
      card: { id: 'card_0', number: issueCardNumber('622', 1) },
    },
    '2026-01-01',
  );
  const list = [];
  for (let i = 0; i < MEMBERSHIPS; i++) {
    const id = `mem_${String(i).padStart(7, '0')}`;
    const memberId = `mbr_${String(i).padStart(7, '0')}`;
    const validFrom = addDays('2025-06-01', i % 700);
    const activeUntil = addDays(validFrom, 364);
    const m = {
      ...template,
      id,
      memberId,
      branchId: BRANCHES[i % BRANCHES.length],
      tier: i % 5 === 0 ? 'vip' : 'standard',
      plate: `雲K${String(i % 100_000).padStart(5, '0')}`,
      memberSince: validFrom,
      validFrom,
      activeUntil,
      validUntil: addDays(activeUntil, template.graceDays),
      card: { ...template.card, id: `card_${i}`, membershipId: id, memberId },
    };
    list.push(i % 23 === 0 ? cancelMembership(m, addDays(validFrom, 100)) : m);
  }
  return list;
}

function applications() {
  const list = [];
  const start = Date.parse('2026-06-01T00:00:00Z');
  for (let i = 0; i < APPLICATIONS; i++) {
    const submittedAt = new Date(start + i * 777_000).toISOString();
    const status = ['submitted', 'approved', 'rejected'][i % 3];
    const decided =
      status === 'submitted'
        ? {}
        : { decidedAt: new Date(start + i * 777_000 + 86_400_000).toISOString(), decidedBy: 'usr_admin' };
    list.push({
      id: `app_${String(i).padStart(7, '0')}`,
      branchId: BRANCHES[i % BRANCHES.length],
      tier: 'standard',
      applicant: { name: `申請人${i}`, phone: '138 0013 8000' },
      plate: `雲A${String(i % 100_000).padStart(5, '0')}`,
      policy: { number: `Q-${i}`, start: '2026-01-01', end: '2026-12-31' },
      status,
      submittedAt,
      submittedBy: 'stf_branch',
      ...decided,
      ...(status === 'rejected' ? { rejectionReason: 'Policy not found' } : {}),
    });
  }
  return list;
}

/** Batched inserts of rows shaped as the server stores records. */
async function insert(db, table, rows) {
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + BATCH))
        .execute();
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'clubkit-stats-bench-'));
  const server = await createClubServer({
    db: join(dir, 'club.db'),
    clock: () => NOW,
    timeZone: ZONE,
    rateLimit: false,
  });
  try {
    let started = performance.now();
    await seedDemo(server, { now: NOW, members: 50, complaints: 0 });
    const ms = memberships();
    await insert(
      server.db,
      'memberships',
      ms.map((m) => ({
        id: m.id,
        member_id: m.memberId,
        branch_id: m.branchId,
        tier: m.tier,
        plate: m.plate,
        valid_from: m.validFrom,
        active_until: m.activeUntil,
        valid_until: m.validUntil,
        cancelled_on: m.cancelledOn ?? null,
        doc: JSON.stringify(m),
      })),
    );
    await insert(
      server.db,
      'applications',
      applications().map((a) => ({
        id: a.id,
        branch_id: a.branchId,
        status: a.status,
        submitted_at: a.submittedAt,
        decided_at: a.decidedAt ?? null,
        doc: JSON.stringify(a),
      })),
    );
    const counts = async (table) =>
      (
        await server.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    console.log(
      `seeded ${await counts('memberships')} memberships, ${await counts('applications')} applications, ${await counts('merchants')} merchants with ${await counts('merchant_offers')} offers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const admin = await server.createKey({ kind: 'secret', principal: { role: 'admin' } });
    const get = async (path) => {
      const res = await server.fetch(
        new Request(`http://club.test${path}`, { headers: { authorization: `Bearer ${admin.secret}` } }),
      );
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };
    const docs = (rows) => rows.map((r) => JSON.parse(r.doc));
    const asOf = PERIOD.to;
    const targets = [
      {
        name: 'members, SQL route',
        run: () => get(`/v1/stats/members?from=${PERIOD.from}&to=${PERIOD.to}`),
      },
      {
        name: 'members, load everything (old)',
        run: async () => {
          const [m, a] = await Promise.all([
            server.db.selectFrom('memberships').select('doc').execute(),
            server.db.selectFrom('applications').select('doc').execute(),
          ]);
          return memberStats(docs(m), asOf, { applications: docs(a), ...PERIOD, timeZone: ZONE });
        },
      },
      { name: 'merchants, SQL route', run: () => get(`/v1/stats/merchants?asOf=${asOf}`) },
      {
        name: 'merchants, load everything (old)',
        run: async () =>
          merchantStats(docs(await server.db.selectFrom('merchants').select('doc').execute()), { date: asOf }),
      },
    ];
    // One warm-up each, and a check that both ways give the same figures.
    const warm = [];
    for (const target of targets) warm.push(await target.run());
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(warm[0], warm[1]) || !same(warm[2], warm[3])) throw new Error('The SQL route and the old way disagree');
    console.log(
      `check: both ways give the same figures (members: ${warm[0].total} memberships, ${warm[0].applications.submitted} applications in the period)`,
    );

    const times = targets.map(() => []);
    started = performance.now();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, target] of targets.entries()) times[i].push((await time(target.run)).ms);
    }
    console.log(`\n${'target'.padEnd(36)}${'median ms'.padStart(12)}${'min ms'.padStart(10)}${'max ms'.padStart(10)}`);
    for (const [i, target] of targets.entries()) {
      const t = times[i];
      console.log(
        `${target.name.padEnd(36)}${median(t).toFixed(1).padStart(12)}${Math.min(...t)
          .toFixed(1)
          .padStart(10)}${Math.max(...t)
          .toFixed(1)
          .padStart(10)}`,
      );
    }
    for (const [sqlAt, oldAt, what] of [
      [0, 1, 'members'],
      [2, 3, 'merchants'],
    ]) {
      console.log(
        `${what}: the SQL route takes ${((median(times[sqlAt]) / median(times[oldAt])) * 100).toFixed(1)} % of the old way's time (${(median(times[oldAt]) / median(times[sqlAt])).toFixed(1)}×)`,
      );
    }
    console.log(`${ROUNDS} rounds in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
