#!/usr/bin/env node
// Lints the OpenAPI document the built server serves with Redocly's recommended rules, and fails
// on any problem, warnings included. Run after `pnpm build` (it reads dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { createClubServer } = await import(join(root, 'dist/index.js'));

const server = await createClubServer({ db: ':memory:', rateLimit: false, logError: () => {} });
let document;
try {
  const response = await server.fetch(new Request('http://localhost/v1/openapi.json'));
  if (response.status !== 200) throw new Error(`GET /v1/openapi.json answered ${response.status}`);
  document = await response.json();
} finally {
  await server.close();
}

const dir = mkdtempSync(join(tmpdir(), 'clubkit-openapi-'));
const file = join(dir, 'openapi.json');
writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
const args = [cli, 'lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'json', '--max-problems', '1000'];
const run = spawnSync(process.execPath, args, {
  encoding: 'utf8',
  env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
});
rmSync(dir, { recursive: true, force: true });

let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  process.stderr.write(run.stdout + run.stderr);
  console.error(`redocly lint did not report JSON (exit ${run.status})`);
  process.exit(1);
}
const problems = report.problems ?? [];
for (const p of problems) {
  const where = p.location?.map((l) => l.pointer).join(', ') ?? '';
  console.error(`${p.severity} ${p.ruleId}: ${p.message} ${where}`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.filter((p) => p.severity === 'warn').length;
console.log(`OpenAPI lint (redocly recommended): ${errors} errors, ${warnings} warnings, ${problems.length} problems`);
if (problems.length > 0 || run.status !== 0) process.exit(1);
