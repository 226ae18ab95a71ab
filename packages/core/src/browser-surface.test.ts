// What the browser packages (`@clubkit/elements` and the HTTP client) import from core at run
// time, bundled for the browser the way their own builds do: none of it may pull in zod.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The exports a browser bundle takes from each entry of core, by what those packages import. */
const BROWSER_SURFACE: Readonly<Record<string, readonly string[]>> = {
  'shared/index.ts': [
    'randomUuid',
    'matchLocale',
    'daysBetween',
    'addDays',
    'addMonths',
    'compareDates',
    'isWholeFen',
    'dateInZone',
    'yuan',
    'formatMoney',
    'Tier',
    'ClubLocale',
  ],
  'fees/index.ts': ['estimateYearlySavingsOn', 'VIP_ANNUAL_FEE_FEN'],
  'fees/annual-fee.ts': ['VIP_ANNUAL_FEE_FEN', 'DAYS_PER_FEE_YEAR'],
  'vip/card-status.ts': ['vipCardStatus', 'isVipValid'],
  'access/index.ts': ['canOn'],
  'membership/index.ts': ['maskCardNumber', 'MembershipState', 'membershipStateOn', 'campaignSentenceOn'],
  'service/vocabulary.ts': ['ComplaintCategory', 'COMPLAINT_CONTENT_MAX'],
  'service/index.ts': ['checkNewComplaintFields', 'openItems', 'isTakenOver', 'unansweredQuestions'],
  'merchants/index.ts': ['MERCHANT_CATEGORIES', 'bestOfferOn', 'offerSavingOn'],
  'merchants/category-labels-zh-hant.ts': ['CATEGORY_LABELS_ZH_HANT'],
  'merchants/category-labels-zh-hans.ts': ['CATEGORY_LABELS_ZH_HANS'],
  'merchants/category-labels-en.ts': ['CATEGORY_LABELS_EN'],
  'stats/index.ts': ['MAX_REVENUE_DAYS'],
};

// `membershipState`, `bestOffer` and `offerSaving` check their argument with a zod schema, so zod
// comes with them; the browser packages get records the Club API already checked and use
// `membershipStateOn`, `bestOfferOn` and `offerSavingOn`, the same rules without the check.

/**
 * The most the zod-free surface may weigh, minified and gzipped, in bytes: 7625 with `canOn`, the
 * access rules the operator widgets decide their forms with (about 1.6 kB, where `can` with its
 * input checks took 9.7 kB of zod into them), and the calendar helpers; 5911 with the campaign
 * report's sentence (the statistics board's; a member widget's bundle takes only what it imports),
 * 5328 with the savings estimate's rule, 5128 with the offer and membership-state rules (4580
 * before them).
 */
const GZIP_BUDGET = 8 * 1024;

// Core is typed without Node (tsconfig `types: []`): the few Node calls this test makes are
// typed here.
declare global {
  interface ImportMeta {
    readonly url: string;
  }
}
interface NodeProcess {
  getBuiltinModule(id: 'node:path'): { dirname: (path: string) => string };
  getBuiltinModule(id: 'node:url'): { fileURLToPath: (url: string) => string };
  getBuiltinModule(id: 'node:zlib'): { gzipSync: (data: Uint8Array) => Uint8Array };
  stdout: { write(text: string): boolean };
}
const { process } = globalThis as unknown as { process: NodeProcess };
const here = process
  .getBuiltinModule('node:path')
  .dirname(process.getBuiltinModule('node:url').fileURLToPath(import.meta.url));

/**
 * esbuild, the bundler of tsup (core's build), resolved through tsup while it is not a
 * devDependency of core itself.
 */

/** Bundles `surface` from core's source entries for the browser: the modules in it and its gzip size. */
async function bundle(surface: Readonly<Record<string, readonly string[]>>) {
  const entries = Object.entries(surface);
  const contents = [
    ...entries.map(
      ([entry, names], i) =>
        `import { ${names.join(', ')} } from './${entry}'; export const e${i} = [${names.join(', ')}];`,
    ),
  ].join('\n');
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts', sourcefile: 'surface.ts' },
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    metafile: true,
  });
  const [output] = Object.values(result.metafile.outputs);
  const [file] = result.outputFiles;
  if (output === undefined || file === undefined) throw new Error('esbuild wrote no bundle');
  const modules = Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { modules, gzipBytes: process.getBuiltinModule('node:zlib').gzipSync(file.contents).length };
}

describe('the browser surface of core', () => {
  it('carries no zod and stays small', async () => {
    const { modules, gzipBytes } = await bundle(BROWSER_SURFACE);
    expect(modules.filter((path) => path.includes('zod'))).toEqual([]);
    expect(modules.length).toBeGreaterThan(5);
    process.stdout.write(`browser surface of core: ${gzipBytes} bytes gzip, ${modules.length} modules\n`);
    expect(gzipBytes).toBeLessThan(GZIP_BUDGET);
  });
});
