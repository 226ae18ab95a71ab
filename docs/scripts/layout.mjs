/** Escapes text for HTML. */
export function escapeHtml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** A heading's id: lower case, spaces to hyphens, CJK kept. */
export function slugify(text) {
  return (
    String(text)
      .toLowerCase()
      // Entities, named or numeric (`&amp;`, `&#39;`), are not words of the heading.
      .replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/g, '')
      .replace(/[^\p{L}\p{N}\s-]/gu, '')
      .trim()
      .replace(/\s+/g, '-')
  );
}

/**
 * One page of the site. No inline script or style anywhere: the pages are served with the same
 * strict Content-Security-Policy partner pages use, and the live examples load the CDN build.
 * `current` is the page's own address from the site's root (`guides/theming.html`): its link in
 * the navigation is marked `aria-current="page"`. The search box and the navigation's fold button
 * come alive with assets/site.js; without it the navigation simply stays open.
 */
export function layout({ title, body, nav, depth, live, current }) {
  const up = '../'.repeat(depth);
  const links = [
    { href: 'index.html', title: 'Overview' },
    ...nav,
    { href: 'elements.html', title: 'Elements reference' },
    { href: 'openapi.html', title: 'HTTP API reference' },
    { href: 'api/core/index.html', title: 'Core API (typedoc)' },
    { href: 'api/client/index.html', title: 'Client API (typedoc)' },
  ];
  const link = (l) =>
    `<li><a href="${up}${l.href}"${l.href === current ? ' aria-current="page"' : ''}>${escapeHtml(l.title)}</a></li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · clubkit</title>
<link rel="stylesheet" href="${up}assets/docs.css">
<script type="module" src="${up}assets/site.js"></script>
${live ? `<script type="module" src="${up}assets/clubkit.js"></script>\n<script type="module" src="${up}assets/live.js"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<p class="brand"><a href="${up}index.html">clubkit</a> <span>docs</span></p>
<button type="button" class="nav-toggle" aria-expanded="false" aria-controls="site-nav" hidden>Menu</button>
<div class="search" role="search" hidden>
<label for="search-input" class="visually-hidden">Search the guides</label>
<input id="search-input" type="search" placeholder="Search the guides" autocomplete="off" aria-describedby="search-status" aria-controls="search-results" data-index="${up}assets/search-index.json" data-root="${up}">
<p id="search-status" class="search-status" role="status"></p>
<ul id="search-results" class="search-results"></ul>
</div>
</header>
<div class="page">
<nav id="site-nav" aria-label="Documentation"><ul>
${links.map(link).join('\n')}
</ul></nav>
<main id="main">
${body}
</main>
</div>
</body>
</html>
`;
}
