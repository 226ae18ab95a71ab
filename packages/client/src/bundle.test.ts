// What a browser downloads: the main entry bundles without zod or core's schemas, which only the
// opt-in `@clubkit/client/check` entry carries. Bundled from the sources as esbuild bundles a
// page (tsup compiles each source file to one module, so dist bundles the same modules).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The modules whose code a browser bundle of `contents` (an ES module in the package folder)
 * carries, after tree shaking, and what each imports.
 */
async function bundleInputs(contents: string): Promise<Record<string, string[]>> {
  const { metafile } = await build({
    stdin: { contents, resolveDir: packageDir, loader: 'ts' },
    absWorkingDir: packageDir,
    outfile: 'bundle.js',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const carried = Object.entries(metafile.outputs['bundle.js']?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return Object.fromEntries(carried.map((path) => [path, metafile.inputs[path]?.imports.map((i) => i.path) ?? []]));
}

const isZod = (path: string) => path.includes('/zod/');

/** The modules outside zod that import it: what drags zod into the bundle. */
function zodImporters(inputs: Record<string, string[]>): string[] {
  return Object.entries(inputs)
    .filter(([path, imports]) => !isZod(path) && imports.some(isZod))
    .map(([path]) => path)
    .sort();
}

describe('the browser bundle', () => {
  it.each([
    ['createClubClient', "export { createClubClient } from './src/index.ts';"],
    ['everything', "export * from './src/index.ts';"],
  ])('of %s carries no zod', async (_, entry) => {
    const inputs = await bundleInputs(entry);
    expect(Object.keys(inputs)).toContain('src/transport.ts');
    expect(zodImporters(inputs)).toEqual([]);
    expect(Object.keys(inputs).filter(isZod)).toEqual([]);
  });

  it('of the check entry carries zod and core’s schemas', async () => {
    const inputs = await bundleInputs("export { checkResponses } from './src/check.ts';");
    expect(Object.keys(inputs).filter(isZod).length).toBeGreaterThan(10);
    expect(zodImporters(inputs)).toContain('../core/dist/api/page.js');
  });
});
