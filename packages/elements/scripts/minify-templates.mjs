// An esbuild plugin (used by tsup.config.ts and scripts/build-cdn.mjs) that makes the widgets'
// template literals as small as their code: a bundler's minifier leaves the insides of a template
// literal alone, so without it every page downloads the indentation of our sources.
//
// - css`…` without holes: minified by esbuild's own CSS minifier.
// - html`…` and svg`…`: each run of whitespace that holds a line break becomes those line breaks
//   alone. A browser renders such a run as one space (or nothing between tags) either way, and
//   our templates hold no <pre> and no text in a <textarea>; whitespace without a line break, which
//   can separate words, is left as it is.
//
// Line breaks are kept (CSS gets back those it lost, at its end), so that the source maps of the
// published modules still point at the right lines. Templates are found by TypeScript's parser,
// not by a regular expression: a backtick in a string or a nested template cannot mislead it.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

const lineBreaks = (text) => text.split('\n').length - 1;

/** `html`/`svg`: a whitespace run with line breaks keeps only its line breaks. */
export function squeezeMarkup(text) {
  return text.replace(/[ \t\r]*\n\s*/g, (run) => '\n'.repeat(lineBreaks(run)));
}

/**
 * `css`: minified by esbuild, then padded with the line breaks it removed. A stylesheet esbuild
 * warns about fails the build, naming the file: it is a mistake to mend, not to ship changed.
 */
export async function minifyCss(text, fileName = 'module.ts') {
  // charset utf8: '⚠' stays a character; escaped as `\26a0`, it would be an octal escape in the
  // template literal, whose cooked string (what lit reads) is then undefined.
  const { code, warnings } = await transform(text, {
    loader: 'css',
    minify: true,
    charset: 'utf8',
    logLevel: 'silent',
  });
  if (warnings.length > 0) throw new Error(`${fileName}: a css\`…\` template: ${warnings[0].text}`);
  const min = code.trim();
  // Anything a template literal would read differently is left as written.
  if (/[\\`]|\$\{/.test(min)) return text;
  return min + '\n'.repeat(Math.max(0, lineBreaks(text) - lineBreaks(min)));
}

/** The static pieces of `template` as [start, end) offsets in the source, between the backticks and holes. */
function pieces(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const all = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    all.push([literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
  }
  return all;
}

/** `source` (TypeScript) with its css, html and svg templates minified. */
export async function minifyTemplates(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const parts = pieces(node.template);
      if (node.tag.text !== 'css') for (const [start, end] of parts) edits.push({ start, end, squeeze: true });
      // A stylesheet with holes is left whole: a hole may stand for a value, a rule or a selector.
      else if (parts.length === 1) edits.push({ start: parts[0][0], end: parts[0][1], squeeze: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const { start, end, squeeze } of edits.sort((a, b) => b.start - a.start)) {
    const text = source.slice(start, end);
    // A piece with an escape (`\``, `\${`, `\n`) keeps its exact text.
    if (text.includes('\\')) continue;
    const min = squeeze ? squeezeMarkup(text) : await minifyCss(text, fileName);
    out = out.slice(0, start) + min + out.slice(end);
  }
  return out;
}

/** The esbuild plugin: every TypeScript module under `src/` but the tests. */
export function minifyTemplatesPlugin() {
  return {
    name: 'clubkit-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        if (/\.test(-d)?\.ts$/.test(path)) return undefined;
        const source = await readFile(path, 'utf8');
        if (!/\b(?:css|html|svg)`/.test(source)) return undefined;
        return { contents: await minifyTemplates(source, path), loader: 'ts' };
      });
    },
  };
}
