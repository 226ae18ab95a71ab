/**
 * A per-instance constructable stylesheet that sizes the list window's spacers: it sets
 * `--_club-dir-before` and `--_club-dir-after` on `:host`. Adopted through
 * `adoptedStyleSheets`, so it runs under `style-src 'self'` (no style attributes, no `<style>`).
 * Where constructable stylesheets are missing, it does nothing (the list then has no spacers).
 */
export class SpacerSheet {
  readonly #sheet: CSSStyleSheet | undefined =
    typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype ? new CSSStyleSheet() : undefined;
  #text = '';

  /** The sheet's current rule text (empty before the first `set`). */
  get cssText(): string {
    return this.#text;
  }

  /** Adds the sheet to a shadow root's adopted sheets (after the element's own). */
  adoptInto(root: ShadowRoot): void {
    const sheet = this.#sheet;
    if (!sheet || !('adoptedStyleSheets' in root) || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Sets the spacers' heights in px; rewrites the sheet only when they change. */
  set(beforePx: number, afterPx: number): void {
    const text = `:host{--_club-dir-before:${Math.max(0, Math.round(beforePx))}px;--_club-dir-after:${Math.max(0, Math.round(afterPx))}px}`;
    if (text === this.#text) return;
    this.#text = text;
    this.#sheet?.replaceSync(text);
  }
}
