// The gallery's page: its screenshots grouped by widget, then by state, each captioned with the
// widget, the state, the locale and the width it was taken at.

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {readonly string[]} order @param {string} value */
const rank = (order, value) => (order.includes(value) ? order.indexOf(value) : order.length);

/**
 * @param {readonly import('./gallery-index.d.mts').GalleryShot[]} shots
 * @param {import('./gallery-index.d.mts').GalleryIndexOptions} options
 */
export function galleryIndex(shots, options) {
  const { title, widgets = [], states = [], locales = [] } = options;
  /** @type {Map<string, Map<string, import('./gallery-index.d.mts').GalleryShot[]>>} */
  const grouped = new Map();
  const sorted = [...shots].sort(
    (a, b) =>
      rank(widgets, a.widget) - rank(widgets, b.widget) ||
      a.widget.localeCompare(b.widget) ||
      rank(states, a.state) - rank(states, b.state) ||
      a.state.localeCompare(b.state) ||
      rank(locales, a.locale) - rank(locales, b.locale) ||
      a.width - b.width,
  );
  for (const shot of sorted) {
    const byState = grouped.get(shot.widget) ?? new Map();
    grouped.set(shot.widget, byState);
    byState.set(shot.state, [...(byState.get(shot.state) ?? []), shot]);
  }
  const contents = [...grouped.keys()]
    .map((widget) => `<li><a href="#${escapeHtml(widget)}">${escapeHtml(widget)}</a></li>`)
    .join('');
  const sections = [...grouped]
    .map(([widget, byState]) => {
      const stateSections = [...byState]
        .map(([state, stateShots]) => {
          const figures = stateShots
            .map((shot) => {
              const caption = `${shot.widget} · ${shot.state} · ${shot.locale} · ${shot.width} px`;
              return `<figure><a href="${escapeHtml(shot.file)}"><img src="${escapeHtml(shot.file)}" alt="${escapeHtml(caption)}" loading="lazy" width="${shot.width}"></a><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
            })
            .join('\n');
          return `<section id="${escapeHtml(`${widget}-${state}`)}"><h3>${escapeHtml(state)}</h3>\n${figures}\n</section>`;
        })
        .join('\n');
      return `<section id="${escapeHtml(widget)}"><h2>${escapeHtml(widget)}</h2>\n${stateSections}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1rem; }
section > section { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
section > section > h3 { flex-basis: 100%; margin: 1rem 0 0; }
figure { margin: 0; border: 1px solid #ccc; padding: 0.5rem; }
img { display: block; max-width: min(100%, 640px); height: auto; }
figure:has(img[width="390"]) img { max-width: 390px; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${shots.length} screenshots.</p>
<ul>${contents}</ul>
${sections}
</body>
</html>
`;
}
