import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProblemDetails } from '@clubkit/core';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { expect } from 'vitest';
import { createClubServer, type ClubServer, type ClubServerOptions } from './app.js';
import { migrationProvider } from './db/migrations.js';
import type { DemoSeedResult } from './seed/demo.js';
import type { CreatedKey } from './services/keys.js';
import { insertRecords } from './store/records.js';

/** Branches every test server starts with. */
export const testBranches = [
  { id: 'br_north', name: 'North branch', region: 'jinghong' },
  { id: 'br_south', name: 'South branch', region: 'menghai' },
];

/**
 * A response as a test reads it. The body is the parsed JSON (undefined for an empty or non-JSON
 * body) and stays `unknown`: a test states the contract type it expects (`res.body as MemberRecord`,
 * `problem(res)`) and its assertions check it.
 */
export interface TestResponse {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** A test server listening on a random loopback port, with a key for every role. */
export interface TestServer {
  server: ClubServer;
  url: string;
  keys: {
    admin: CreatedKey;
    north: CreatedKey;
    south: CreatedKey;
    merchant: CreatedKey;
    /** The service desk of every property. */
    desk: CreatedKey;
    /** The service desk of the property `prp_garden` only. */
    gardenDesk: CreatedKey;
    /** The dealer alliance's sales centre `ctr_baoding`. */
    alliance: CreatedKey;
    publishable: CreatedKey;
  };
  /** Sends a request with a key (or token) and JSON body; returns the response and its parsed body. */
  call(
    method: string,
    path: string,
    options?: { key?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string },
  ): Promise<TestResponse>;
  close(): Promise<void>;
}

/** The origin the test publishable key allows. */
export const TEST_ORIGIN = 'https://portal.example.com';

/**
 * Starts the real server on a random port over a fresh database: in-memory SQLite, or, when
 * `DATABASE_URL` names PostgreSQL, a schema of its own there (dropped on close).
 */
export async function startTestServer(
  options: Omit<ClubServerOptions, 'db' | 'keys'> & { merchantId?: string } = {},
): Promise<TestServer> {
  const database = await testDatabase();
  const server = await createClubServer({ rateLimit: false, logError: () => {}, ...options, db: database.url });
  await insertRecords(server.db, 'branch', testBranches);
  const keys = {
    admin: await server.createKey({ kind: 'secret', principal: { role: 'admin' }, allowedOrigins: [TEST_ORIGIN] }),
    north: await server.createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_north' } }),
    south: await server.createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_south' } }),
    merchant: await server.createKey({
      kind: 'secret',
      principal: { role: 'merchant', merchantId: options.merchantId ?? 'mch_owned' },
    }),
    desk: await server.createKey({ kind: 'secret', principal: { role: 'desk' } }),
    gardenDesk: await server.createKey({ kind: 'secret', principal: { role: 'desk', propertyId: 'prp_garden' } }),
    alliance: await server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_baoding' } }),
    publishable: await server.createKey({ kind: 'publishable', allowedOrigins: [TEST_ORIGIN] }),
  };
  const listening = await server.listen();
  const { url } = listening;
  return {
    server,
    url,
    keys,
    async call(method, path, { key, body, headers = {}, rawBody } = {}) {
      const init: RequestInit = { method, headers: { ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers } };
      if (rawBody !== undefined || body !== undefined) {
        init.body = rawBody ?? JSON.stringify(body);
        (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
      }
      const response = await fetch(url + path, init);
      const text = await response.text();
      let parsed: unknown = undefined;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        parsed = undefined;
      }
      return { status: response.status, headers: response.headers, body: parsed, text };
    },
    async close() {
      await listening.close();
      await server.close();
      await database.drop();
    },
  };
}

/**
 * A database for one test server: in-memory SQLite, or a schema of its own in the PostgreSQL
 * that `DATABASE_URL` names.
 */
export async function testDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env['DATABASE_URL'];
  if (!base || !/^postgres(ql)?:\/\//.test(base)) return { url: ':memory:', drop: async () => {} };
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}

/** The one-line start-up summary `clubkit-server --json` prints (see `cli.ts`). */
export interface CliSummary {
  url: string;
  engine: ClubServer['engine'];
  migration: string;
  demo: DemoSeedResult | null;
}

/**
 * Starts the built CLI (`dist/cli.js`) on a random port with `--json`, always on SQLite, and
 * resolves with the child and its one-line start-up summary.
 */
export function startCli(args: string[], cwd?: string): Promise<{ child: ChildProcess; summary: CliSummary }> {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `pnpm build` first (pnpm test does).');
  const child = spawn(process.execPath, [cli, '--port', '0', '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
    ...(cwd ? { cwd } : {}),
  });
  const { stdout, stderr } = child;
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, summary: JSON.parse(line) as CliSummary });
    });
    stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`clubkit-server exited with ${code}: ${err}`)));
  });
}

/** The body of a failed response as the problem document every error of the API is. */
export function problem(res: TestResponse): ProblemDetails {
  return res.body as ProblemDetails;
}

/** The paths of the field issues of a problem response (none when it has no `issues`). */
export function issuePaths(res: TestResponse): (string | number)[][] {
  return (problem(res).issues ?? []).map((issue) => issue.path);
}

/**
 * The element of `list` at `index` (negative counts from the end), failing the test with a clear
 * message when there is none, where `list[index]!` would carry `undefined` on.
 */
export function at<T>(list: readonly T[], index: number): T {
  const item = list.at(index);
  if (item === undefined) throw new Error(`Expected an element at index ${index} of a list of ${list.length}`);
  return item;
}

/** The little of `GET /v1/openapi.json` the tests read. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Partial<Record<'get' | 'post' | 'patch' | 'delete', { operationId: string }>>>;
}

/** `value`, failing the test with a clear message when it is null or undefined, where `value!` would carry it on. */
export function defined<T>(value: T | null | undefined, what = 'a value'): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, got ${String(value)}`);
  return value;
}

/**
 * `expect.stringMatching(pattern)` for a field of an expected object: vitest types its asymmetric
 * matchers as `any`; this keeps the `any` from spreading into the expected value.
 */
export function stringMatching(pattern: RegExp): unknown {
  return expect.stringMatching(pattern);
}

/** The body of a response that must have `status`, as the contract type `T` the test expects; fails with its text otherwise. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names the contract type the test expects, as `res.body as T` would.
export function ok<T>(res: TestResponse, status = 200): T {
  expect(res.status, res.text).toBe(status);
  return res.body as T;
}

/** A refusal as `[status, problem code]`, to compare in one `toEqual`. */
export function refused(res: TestResponse): [number, string] {
  return [res.status, problem(res).code];
}

/** The dealer alliance's keys and salespeople that {@link openAllianceCentres} sets up. */
export interface AllianceStaff {
  /** The Baoding centre's staff (its market manager): `t.keys.alliance`. */
  centre: string;
  /** The keys of Baoding's salespeople Li and Wang, and their ids. */
  li: string;
  wang: string;
  liId: string;
  wangId: string;
  /** The Changshu centre's staff. */
  changshu: string;
}

/**
 * Opens, as the club's administrator, the dealer alliance's sales centres in Baoding
 * (`ctr_baoding`, whose staff hold `t.keys.alliance`) and Changshu (`ctr_changshu`), and
 * Baoding's salespeople 李業務 and 王業務 (base pay 2,000 yuan) with a key each, and a key for
 * Changshu's staff.
 */
export async function openAllianceCentres(
  t: TestServer,
  { foundedOn, startedOn = '2026-01-01' }: { foundedOn?: string; startedOn?: string } = {},
): Promise<AllianceStaff> {
  const centre = t.keys.alliance.secret;
  const admin = t.keys.admin.secret;
  const baoding = { id: 'ctr_baoding', name: '保定銷售中心', ...(foundedOn ? { foundedOn } : {}) };
  ok(await t.call('POST', '/v1/alliance/centres', { key: admin, body: baoding }), 201);
  ok(
    await t.call('POST', '/v1/alliance/centres', { key: admin, body: { id: 'ctr_changshu', name: '常熟銷售中心' } }),
    201,
  );
  const salesperson = async (name: string) =>
    ok<{ id: string }>(
      await t.call('POST', '/v1/alliance/salespeople', {
        key: centre,
        body: { centreId: 'ctr_baoding', name, baseFen: 200_000, startedOn },
      }),
      201,
    ).id;
  const liId = await salesperson('李業務');
  const wangId = await salesperson('王業務');
  const key = async (principal: { role: 'alliance'; centreId: string; salespersonId?: string }) =>
    (await t.server.createKey({ kind: 'secret', principal })).secret;
  return {
    centre,
    li: await key({ role: 'alliance', centreId: 'ctr_baoding', salespersonId: liId }),
    wang: await key({ role: 'alliance', centreId: 'ctr_baoding', salespersonId: wangId }),
    liId,
    wangId,
    changshu: await key({ role: 'alliance', centreId: 'ctr_changshu' }),
  };
}

/** A dealer's qualification figures that pass every test of core's `checkQualification`. */
export const qualifyingDealer = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10000,
  agreementSigned: true,
};

/** The Baoding counties and dealers that {@link openAllianceDealers} sets up. */
export interface AllianceDealers {
  /** The county 清苑, Li's. */
  qingyuan: string;
  /** The county 滿城, with no salesperson. */
  mancheng: string;
  /** Dealer ids by name. */
  dealers: Record<string, string>;
}

/**
 * Opens, as the Baoding centre's staff, the counties 清苑 (Li's) and 滿城 (300,000 people each, 4 cases a
 * month per thousand) and five dealers that applied on 2026-01-05: 清苑副食 and 清苑糧油 in 清苑, 滿城商行,
 * 滿城超市 and 滿城小賣部 in 滿城, all on {@link qualifyingDealer}'s figures but 滿城小賣部, whose own
 * sales (100) fall short. Call it after {@link openAllianceCentres}.
 */
export async function openAllianceDealers(t: TestServer, staff: AllianceStaff): Promise<AllianceDealers> {
  const county = async (name: string, salespersonId?: string) =>
    ok<{ id: string }>(
      await t.call('POST', '/v1/alliance/counties', {
        key: staff.centre,
        body: {
          centreId: 'ctr_baoding',
          name,
          population: 300_000,
          monthlyPerThousand: 4,
          ...(salespersonId ? { salespersonId } : {}),
        },
      }),
      201,
    ).id;
  const qingyuan = await county('清苑', staff.liId);
  const mancheng = await county('滿城');
  const dealers: Record<string, string> = {};
  const dealer = async (name: string, countyId: string, qualification = qualifyingDealer) => {
    dealers[name] = ok<{ id: string }>(
      await t.call('POST', '/v1/alliance/dealers', {
        key: staff.centre,
        body: { countyId, name, appliedOn: '2026-01-05', qualification },
      }),
      201,
    ).id;
  };
  await dealer('清苑副食', qingyuan);
  await dealer('清苑糧油', qingyuan);
  await dealer('滿城商行', mancheng);
  await dealer('滿城超市', mancheng);
  await dealer('滿城小賣部', mancheng, { ...qualifyingDealer, dealerSales: 100 });
  return { qingyuan, mancheng, dealers };
}

/**
 * A database of this test's engine (PostgreSQL when DATABASE_URL names one, else SQLite: in memory,
 * or in `sqliteFile` for a test that opens it again) migrated up to `migration` and no further,
 * with the server's own migration tables, for a migration's own test.
 */
export async function migratedTo(migration: string, options: { sqliteFile?: string } = {}) {
  const onPostgres = /^postgres(ql)?:\/\//.test(process.env['DATABASE_URL'] ?? '');
  const file = options.sqliteFile;
  const database =
    onPostgres || file === undefined ? await testDatabase() : { url: file, drop: () => Promise.resolve() };
  const db = new Kysely<unknown>({
    dialect: onPostgres
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) })
      : new SqliteDialect({ database: new Database(file ?? ':memory:') }),
  });
  const schema = onPostgres
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: 'clubkit_migrations',
    migrationLockTableName: 'clubkit_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateTo(migration);
  if (error) throw new Error(`Migrating to ${migration} failed`, { cause: error });
  return { db, migrator, database };
}

/**
 * {@link migratedTo} the migration before `migration`, for that migration's own test: the test
 * stores rows as they were, runs `migrator.migrateTo(migration)`, then drops `database`.
 */
export async function databaseBefore(migration: string) {
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(migration) - 1];
  if (before === undefined) throw new Error(`No migration before ${migration}`);
  return migratedTo(before);
}

/**
 * SQLite's plan of a statement as a query logger saw it (`logQuery`), one line a step: its
 * parameters are written in, as the planner sees them bound.
 */
export async function sqlitePlanOf(
  db: Kysely<unknown> | ClubServer['db'],
  query: { sql: string; parameters: readonly unknown[] },
): Promise<string> {
  let i = 0;
  const text = query.sql.replace(/\?/g, () => {
    const value = query.parameters[i++];
    return typeof value === 'number' ? String(value) : `'${String(value).replaceAll("'", "''")}'`;
  });
  const plan = await sql<{ detail: string }>`explain query plan ${sql.raw(text)}`.execute(db);
  return plan.rows.map((r) => r.detail).join('\n');
}

/**
 * The definitions of the index `name` in the database's current schema: `CREATE INDEX …` as
 * PostgreSQL (`pg_indexes`) or SQLite (`sqlite_master`) keeps it; none when it does not exist.
 */
export async function indexDefinitions(db: Kysely<unknown>, name: string): Promise<string[]> {
  const onPostgres = /^postgres(ql)?:\/\//.test(process.env['DATABASE_URL'] ?? '');
  const { rows } = onPostgres
    ? await sql<{ definition: string }>`
        select indexdef as definition from pg_indexes
        where indexname = ${name} and schemaname = current_schema()`.execute(db)
    : await sql<{ definition: string }>`select sql as definition from sqlite_master where name = ${name}`.execute(db);
  return rows.map((r) => r.definition);
}
