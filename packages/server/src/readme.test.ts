import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComplaintReceipt, MemberSession, MerchantListItem, Page } from '@clubkit/core';
import type { StaffSessionInfo } from '@clubkit/core/api';
import { describe, expect, it } from 'vitest';
import { startCli } from './test-support.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The first ```sh block after a heading of the README. */
function blockAfter(heading: string): string {
  const at = readme.indexOf(heading);
  if (at === -1) throw new Error(`README.md has no "${heading}"`);
  const match = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!match?.[1]) throw new Error(`README.md has no sh block after "${heading}"`);
  return match[1];
}

describe('README "Try it"', () => {
  it('runs as printed against the demo server started as the README says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clubkit-readme-'));
    const { child } = await startCli(
      ['--db', join(dir, 'demo.db'), '--seed', 'demo', '--keys-file', '.clubkit/demo.env'],
      dir,
    );
    try {
      const [setup, ...commands] = blockAfter('### Try it').trim().split('\n');
      expect(setup).toBe('source .clubkit/demo.env');
      // Each command as printed, in the README's shell set-up; each answers one JSON document.
      const answers = commands.map((command): unknown =>
        JSON.parse(execFileSync('bash', ['-eu', '-c', `${setup}\n${command}`], { cwd: dir, encoding: 'utf8' })),
      );
      expect(answers).toHaveLength(6);
      expect(answers[0]).toMatchObject({ status: 'ok' });
      const search = answers[1] as Page<MerchantListItem>;
      expect(search.data).toHaveLength(2);
      expect(search.data[0]?.merchant.category).toBe('car-wash');
      expect(answers[2]).toMatchObject({ status: 'received' });
      expect((answers[2] as ComplaintReceipt).reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect((answers[3] as MemberSession).token).toMatch(/^ms_/);
      expect(answers[4]).toMatchObject({ status: 400, code: 'invalid-input', title: '請求中有欄位不正確。' });
      const staff = answers[5] as StaffSessionInfo;
      expect(staff.staff).toMatchObject({ name: '陳美玲', principal: { role: 'branch', branchId: 'br_jinghong' } });
      expect(staff.modules).toEqual(['members', 'stats']);
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
