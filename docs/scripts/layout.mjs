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
 */
export function layout({ title, body, nav, depth, live }) {
  const up = '../'.repeat(depth);
  const links = [
    { href: 'index.html', title: 'Overview' },
    ...nav,
    { href: 'elements.html', title: 'Elements reference' },
    { href: 'openapi.html', title: 'HTTP API reference' },
    { href: 'api/core/index.html', title: 'Core API (typedoc)' },
    { href: 'api/client/index.html', title: 'Client API (typedoc)' },
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · clubkit</title>
<link rel="stylesheet" href="${up}assets/docs.css">
${live ? `<script type="module" src="${up}assets/clubkit.js"></script>\n<script type="module" src="${up}assets/live.js"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><a href="${up}index.html">clubkit</a> <span>docs</span></header>
<div class="page">
<nav aria-label="Documentation"><ul>
${links.map((l) => `<li><a href="${up}${l.href}">${escapeHtml(l.title)}</a></li>`).join('\n')}
</ul></nav>
<main id="main">
${body}
</main>
</div>
</body>
</html>
`;
}
