import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createClubServer, type ClubServer, type ClubServerOptions } from './app.js';
import type { CreatedKey } from './services/keys.js';
import { insertRecords } from './store/records.js';

/** Branches every test server starts with. */
export const testBranches = [
  { id: 'br_north', name: 'North branch', region: 'jinghong' },
  { id: 'br_south', name: 'South branch', region: 'menghai' },
];

/** A test server listening on a random loopback port, with a key for every role. */
export interface TestServer {
  server: ClubServer;
  url: string;
  keys: {
    admin: CreatedKey;
    north: CreatedKey;
    south: CreatedKey;
    merchant: CreatedKey;
    publishable: CreatedKey;
  };
  /** Sends a request with a key (or token) and JSON body; returns the response and its parsed body. */
  call(
    method: string,
    path: string,
    options?: { key?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string },
  ): Promise<{ status: number; headers: Headers; body: any; text: string }>;
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
    publishable: await server.createKey({ kind: 'publishable', allowedOrigins: [TEST_ORIGIN] }),
  };
  const { url, close } = await server.listen();
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
      await close();
      await server.close();
      await database.drop();
    },
  };
}

/** A database for one test server. */
async function testDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
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

/**
 * Starts the built CLI (`dist/cli.js`) on a random port with `--json`, always on SQLite, and
 * resolves with the child and its one-line start-up summary.
 */
export function startCli(args: string[], cwd?: string): Promise<{ child: ChildProcess; summary: any }> {
  const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `pnpm build` first (pnpm test does).');
  const child = spawn(process.execPath, [cli, '--port', '0', '--json', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
    ...(cwd ? { cwd } : {}),
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ child, summary: JSON.parse(line) });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`clubkit-server exited with ${code}: ${err}`)));
  });
}
