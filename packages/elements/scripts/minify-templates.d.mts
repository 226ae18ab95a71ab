import type { Plugin } from 'esbuild';

/** `html`/`svg` template text: a whitespace run with line breaks keeps only its line breaks. */
export function squeezeMarkup(text: string): string;
/** `css` template text minified by esbuild, padded with the line breaks it removed; rejects on an esbuild warning. */
export function minifyCss(text: string, fileName?: string): Promise<string>;
/** `source` (TypeScript) with its css, html and svg templates minified. */
export function minifyTemplates(source: string, fileName?: string): Promise<string>;
/** The esbuild plugin: every TypeScript module under `src/` but the tests. */
export function minifyTemplatesPlugin(): Plugin;
