import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DemoSeedResult } from './demo.js';

/**
 * Writes the API's URL and the demo keys as `export NAME=value` shell lines (CLUBKIT_URL,
 * CLUBKIT_SK, CLUBKIT_BRANCH_SK, CLUBKIT_MERCHANT_SK, CLUBKIT_PK, CLUBKIT_MEMBER,
 * CLUBKIT_MERCHANT, CLUBKIT_STAFF: the 景洪 branch operator's staff account, CLUBKIT_VIP_MEMBER: a
 * member holding a paid VIP card), readable by the
 * owner only: `source` it to try the API with curl.
 */
export async function writeDemoKeysFile(path: string, url: string, demo: DemoSeedResult): Promise<void> {
  const key = (kind: string, role: string) =>
    demo.keys.find((k) => k.kind === kind && k.principal.role === role)?.secret ?? '';
  const vars = {
    CLUBKIT_URL: url,
    CLUBKIT_SK: key('secret', 'admin'),
    CLUBKIT_BRANCH_SK: key('secret', 'branch'),
    CLUBKIT_MERCHANT_SK: key('secret', 'merchant'),
    CLUBKIT_PK: key('publishable', 'public'),
    CLUBKIT_MEMBER: demo.member.id,
    CLUBKIT_MERCHANT: demo.merchantId,
    CLUBKIT_STAFF: demo.staff.find((s) => s.principal.role === 'branch')?.id ?? '',
    CLUBKIT_VIP_MEMBER: demo.vipMember?.id ?? '',
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    `${Object.entries(vars)
      .map(([k, v]) => `export ${k}=${v}`)
      .join('\n')}\n`,
    { mode: 0o600 },
  );
  await chmod(path, 0o600);
}
