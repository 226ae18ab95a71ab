// The search box's index: one entry per section of a guide (the text under a heading), with the
// section's distinct words rather than its text, so the index stays small.

const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** The text of an HTML fragment: tags dropped, the entities escapeHtml writes decoded. */
export function textOf(html) {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e])
    .replace(/\s+/g, ' ')
    .trim();
}

/** The distinct lower-case words (letters and digits) of `text`, space-separated. */
export function wordsOf(text) {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].join(' ');
}

/**
 * The sections of one rendered guide: its `<h2>`/`<h3>` headings (with their ids) cut it into
 * sections; the text before the first one belongs to the guide's title.
 * @param {{ title: string, href: string, html: string }} guide
 */
export function guideSections({ title, href, html }) {
  const parts = html.split(/(?=<h[23] id="[^"]*">)/);
  return parts
    .map((part) => {
      const heading = /^<h[23] id="([^"]*)">([\s\S]*?)<\/h[23]>/.exec(part);
      return {
        title,
        href: heading ? `${href}#${heading[1]}` : href,
        heading: heading ? textOf(heading[2]) : '',
        words: wordsOf(textOf(part)),
      };
    })
    .filter((s) => s.heading || s.words);
}
