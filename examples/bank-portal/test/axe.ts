import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.0–2.2 A and AA findings on the whole page, shadow roots included, each as
 * `<rule> (<impact>) <target>: <summary>`. axe is evaluated through the DevTools protocol, so it
 * runs whether or not the page keeps its strict CSP.
 */
export async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Content that fades in is read as it ends up, not halfway through its fade.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  try {
    return await readAxeFindings(page);
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
}

function readAxeFindings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    interface Result {
      violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact ?? ''}) ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    );
  });
}
