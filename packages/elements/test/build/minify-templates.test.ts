import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const minify = (source: string): Promise<string> => minifyTemplates(source);
const lines = (text: string) => text.split('\n').length;

describe('minifyTemplates', () => {
  it('drops the indentation of html and svg templates, keeping every line break and the spaces between words', async () => {
    const source = [
      'const a = html`<p part="x">',
      '    <span>one two</span>  <b>three</b>',
      '  </p>`;',
      'const b = svg`<g>',
      '  <rect></rect>',
      '</g>`;',
    ].join('\n');
    const out = await minify(source);
    expect(out).toBe(
      [
        'const a = html`<p part="x">',
        '<span>one two</span>  <b>three</b>',
        '</p>`;',
        'const b = svg`<g>',
        '<rect></rect>',
        '</g>`;',
      ].join('\n'),
    );
    expect(lines(out)).toBe(lines(source));
  });

  it('squeezes the static parts around holes and the templates nested in them, and leaves the holes as written', async () => {
    const source = 'html`<ul>\n    ${items.map((i) => html`<li>\n      ${i.name}   ${"a  `b`"}\n    </li>`)}\n  </ul>`';
    expect(await minify(source)).toBe(
      'html`<ul>\n${items.map((i) => html`<li>\n${i.name}   ${"a  `b`"}\n</li>`)}\n</ul>`',
    );
  });

  it('minifies a stylesheet with esbuild and keeps its line count', async () => {
    const source =
      'export const s = css`\n  :host {\n    display: block;\n    color: #ffffff;\n  }\n`;\nexport const after = 1;';
    const out = await minify(source);
    expect(out.startsWith('export const s = css`:host{display:block;color:#fff}\n')).toBe(true);
    expect(lines(out)).toBe(lines(source));
    expect(out.endsWith('`;\nexport const after = 1;')).toBe(true);
  });

  it('leaves alone a stylesheet with holes, a template with an escape, other tags and plain template literals', async () => {
    const source = [
      'const a = css`\n  :host { color: ${unsafeCSS(c)}; }\n`;',
      'const b = html`<p>\n  \\u00a0 </p>`;',
      'const c = sql`SELECT\n    1`;',
      'const d = `plain\n    text`;',
      "const e = 'html`<p>\\n   </p>`';",
    ].join('\n');
    expect(await minify(source)).toBe(source);
  });

  it('fails on a stylesheet esbuild warns about, naming the file, rather than shipping it changed', async () => {
    await expect(minifyTemplates('const s = css`:host { color: red; }}`;', 'src/x.styles.ts')).rejects.toThrow(
      /^src\/x\.styles\.ts: a css`…` template: /,
    );
  });
});

describe('minifyTemplates on our own sources', () => {
  it('keeps a character such as ⚠ in a stylesheet as written, not as a CSS escape', async () => {
    const out = await minify("const s = css`\n  [part~='field-error']::before {\n    content: '⚠ ';\n  }\n`;");
    expect(out).toContain('content:"⚠ "');
    expect(out).not.toContain('\\');
  });

  it('turns every css, html and svg template under src into one a template literal reads exactly as written', async () => {
    const { readFile } = await import('node:fs/promises');
    const { globSync } = await import('node:fs');
    const files = globSync('src/**/*.ts', { cwd: new URL('../..', import.meta.url).pathname }).filter(
      (f) => !f.endsWith('.test.ts'),
    );
    let templates = 0;
    for (const file of files) {
      const source = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
      const out = await minify(source);
      // The minifier brings in no escape (whose cooked string lit reads could differ from the
      // text, or be undefined), and each template without holes reads back as its own text.
      expect(out.split('\\').length, file).toBe(source.split('\\').length);
      for (const match of out.matchAll(/\b(?:css|html|svg)`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g)) {
        const body = match[1] ?? '';
        const cooked: unknown = runInNewContext(`\`${body}\``);
        if (!body.includes('\\')) expect(cooked).toBe(body);
        templates++;
      }
      expect(out.split('\n').length, file).toBe(source.split('\n').length);
    }
    expect(templates).toBeGreaterThan(20);
  });
});
