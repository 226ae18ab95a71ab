#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { createClubServer } from './app.js';
import { DEFAULT_DB_FILE } from './db/connect.js';
import { seedDemo, type DemoSeedResult } from './seed/demo.js';
import { writeDemoKeysFile } from './seed/keys-file.js';

const usage = `Usage: clubkit-server [options]

Starts the reference Club API on 127.0.0.1.

Options:
  --port <n>          port to listen on (default 8787; 0 picks a free one)
  --host <host>       interface to listen on (default 127.0.0.1)
  --db <location>     ":memory:", a SQLite file, or a postgres:// URL
                      (default: $DATABASE_URL, else ${DEFAULT_DB_FILE})
  --seed demo         load the deterministic demo data set (once per database)
  --origin <url>      a browser origin the demo keys allow (repeatable)
  --print-keys        mint fresh demo keys and print them (implied by --seed demo)
  --complaint-quota <n>
                      new complaints a club day the demo publishable key may
                      file (default 500)
  --processes <n>     API processes serving this database behind one load
                      balancer; each keeps 1/n of the per-key rate limit
                      (default: $CLUBKIT_PROCESSES, else 1)
  --keys-file <path>  also write the URL and demo keys there as shell variables
                      (CLUBKIT_URL, CLUBKIT_SK, CLUBKIT_PK, ...; mode 0600)
  --json              print the start-up summary as one JSON line
  -h, --help          show this help

Each process keeps the merchant directory in memory. At national size
(200,000 merchants) start each one with
  NODE_OPTIONS="--max-semi-space-size=8 --max-old-space-size=440"
to keep it under 512 MB resident (the server guide, "Memory of each process").
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env['PORT'] ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      db: { type: 'string' },
      seed: { type: 'string' },
      origin: { type: 'string', multiple: true, default: [] },
      'print-keys': { type: 'boolean', default: false },
      'keys-file': { type: 'string' },
      'complaint-quota': { type: 'string' },
      processes: { type: 'string', default: process.env['CLUBKIT_PROCESSES'] ?? '1' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, got ${values.port}`);
  if (values.seed !== undefined && values.seed !== 'demo')
    throw new Error(`--seed knows only "demo", got ${values.seed}`);

  const processes = Number(values.processes);
  if (!Number.isInteger(processes) || processes < 1)
    throw new Error(`--processes must be a whole number of at least 1, got ${values.processes}`);

  const server = await createClubServer({ ...(values.db ? { db: values.db } : {}), rateLimit: { processes } });
  let demo: DemoSeedResult | undefined;
  if (values.seed === 'demo' || values['print-keys']) {
    const quota = values['complaint-quota'];
    demo = await seedDemo(server, {
      origins: values.origin,
      data: values.seed === 'demo',
      ...(quota === undefined ? {} : { complaintQuota: Number(quota) }),
    });
  }
  const listening = await server.listen({ port, hostname: values.host });
  const { url } = listening;
  if (values['keys-file']) {
    if (!demo) throw new Error('--keys-file needs --seed demo or --print-keys: it writes the demo keys');
    await writeDemoKeysFile(values['keys-file'], url, demo);
  }
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ url, engine: server.engine, migration: server.migration, demo: demo ?? null })}\n`,
    );
  } else {
    process.stdout.write(`Club API listening on ${url}/v1 (${server.engine}, migration ${server.migration})\n`);
    process.stdout.write(`OpenAPI: ${url}/v1/openapi.json\n`);
    if (demo) process.stdout.write(formatDemo(demo));
  }
  const stop = async () => {
    await listening.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function formatDemo(demo: DemoSeedResult): string {
  const lines = [
    demo.seeded
      ? `Demo data loaded (${demo.counts.members} members, ${demo.counts.merchants} merchants, ${demo.counts.complaints} complaints).`
      : 'Demo data already present.',
    'Demo keys (shown once; stored hashed, a new run mints new ones):',
    ...demo.keys.map((k) => `  ${k.label.padEnd(28)} ${k.secret}`),
    `Demo member: ${demo.member.name} (${demo.member.id})`,
  ];
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`clubkit-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
