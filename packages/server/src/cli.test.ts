import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defined, startCli, type CliSummary } from './test-support.js';

const dir = mkdtempSync(join(tmpdir(), 'clubkit-cli-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function start(args: string[]) {
  const started = await startCli(args);
  children.push(started.child);
  return started;
}

/** The secret of the demo's publishable key in a start-up summary. */
function demoPublishableKey(summary: CliSummary): string {
  const key = defined(summary.demo, 'the demo keys').keys.find((k) => k.kind === 'publishable');
  return defined(key, 'a publishable demo key').secret;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('clubkit-server', () => {
  it('starts on 127.0.0.1 with the demo data, prints the keys and stops on SIGTERM', async () => {
    const { child, summary } = await start([
      '--db',
      join(dir, 'demo.db'),
      '--seed',
      'demo',
      '--origin',
      'http://127.0.0.1:5173',
    ]);
    expect(summary.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.engine).toBe('sqlite');
    expect(defined(summary.demo, 'the demo keys').keys.map((k) => k.secret.slice(0, 3))).toEqual([
      'sk_',
      'sk_',
      'sk_',
      'pk_',
    ]);
    const health = (await fetch(`${summary.url}/v1/health`).then((r) => r.json())) as { status: string };
    expect(health.status).toBe('ok');
    const done = exited(child);
    child.kill('SIGTERM');
    expect(await done).toBe(0);
  });

  it('refuses unknown options and bad ports with a message', async () => {
    await expect(start(['--port', '99999'])).rejects.toThrow(/--port must be 0..65535/);
    await expect(start(['--seed', 'everything'])).rejects.toThrow(/--seed knows only "demo"/);
    await expect(start(['--colour'])).rejects.toThrow(/Unknown option/);
    await expect(start(['--processes', '0'])).rejects.toThrow(/--processes must be a whole number of at least 1/);
    await expect(start(['--processes', '1.5'])).rejects.toThrow(/--processes must be a whole number of at least 1/);
  });

  it('keeps a complaint it acknowledged with 201 when the process is killed right after', async () => {
    const db = join(dir, 'crash.db');
    const first = await start(['--db', db, '--seed', 'demo']);
    const pk = demoPublishableKey(first.summary);
    const res = await fetch(`${first.summary.url}/v1/complaints`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${pk}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': 'crash-00000000001',
      },
      body: JSON.stringify({
        name: '王小明',
        subject: { plate: '雲K8A123' },
        content: '救援車遲到兩小時',
        phone: '13800138000',
        category: 'service-quality',
      }),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    const killed = exited(first.child);
    first.child.kill('SIGKILL');
    await killed;

    const second = await start(['--db', db, '--print-keys']);
    const pk2 = demoPublishableKey(second.summary);
    const found = await fetch(`${second.summary.url}/v1/complaint-receipts/${reference}?phoneLast4=8000`, {
      headers: { Authorization: `Bearer ${pk2}` },
    });
    expect(found.status).toBe(200);
    expect(((await found.json()) as { reference: string }).reference).toBe(reference);
    second.child.kill('SIGTERM');
  });
});
