// The elements reference, rendered from packages/elements/custom-elements.json: one section per
// custom element (anchored by its tag, e.g. #club-member-card) with its attributes, properties,
// methods, events, slots, CSS parts and CSS custom properties. A pure function: manifest in,
// HTML out; every text from the manifest is escaped.
import { escapeHtml } from './layout.mjs';

/**
 * Manifest prose as HTML: escaped first, then `code spans` and {@link Name} become <code>.
 * Blank lines separate paragraphs; single line breaks are spaces.
 */
export function prose(text) {
  if (!text) return '';
  return String(text)
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${inline(paragraph.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
}

/** One line of manifest text as inline HTML (no paragraph). */
export function inline(text) {
  return escapeHtml(text ?? '')
    .replace(
      /\{@link\s+([^}\s|]+)(?:\s*\|\s*([^}]+)|\s+([^}]+))?\}/g,
      (_, target, a, b) => `<code>${(a ?? b ?? target).trim()}</code>`,
    )
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

const code = (text) => `<code>${escapeHtml(text)}</code>`;
const dash = '<span class="none">—</span>';
const unquote = (value) => String(value).replace(/^(['"])(.*)\1$/, '$2');

/** `ClubMemberCard` → `club-member-card`: the kit's naming rule for its tags. */
const kebab = (name) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/**
 * The tag an element registers under: its `tagName` (from `@tagname`), else the default of its
 * static `define(tag = …)`, else, for a documented element class (one with a `@summary` and a
 * static `define`, own or inherited), its class name in kebab case — the rule the kit's define
 * entries follow. A base class without a summary is not an element of its own.
 */
export function tagOf(declaration) {
  if (declaration.tagName) return declaration.tagName;
  const define = (declaration.members ?? []).find((m) => m.kind === 'method' && m.static && m.name === 'define');
  const tag = define?.parameters?.find((p) => p.name === 'tag')?.default;
  if (tag) return unquote(tag);
  if ((declaration.customElement || define) && declaration.summary) return kebab(declaration.name);
  return undefined;
}

/** Every custom element in the manifest with its tag, sorted by tag. */
export function customElements(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const tag = tagOf(declaration);
      if (!tag || !/^[a-z][a-z0-9]*-[a-z0-9-]*$/.test(tag)) continue;
      found.push({ tag, declaration, module: mod.path });
    }
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Public, documented API only: no `#private`, no protected or private members, no `_internal` names. */
const isPublic = (item) => !/^[#_]/.test(item.name) && item.privacy !== 'private' && item.privacy !== 'protected';

function table(id, title, headers, rows, intro = '') {
  if (rows.length === 0) return '';
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(
      (cells) => `<tr>${cells.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<h3 id="${escapeHtml(id)}">${escapeHtml(title)}</h3>\n${intro}<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

const typeText = (item) => (item?.type?.text ? code(item.type.text) : dash);
const defaultText = (value) => (value === undefined || value === '' ? dash : code(value));

function attributesTable(tag, d) {
  const rows = (d.attributes ?? [])
    .filter(isPublic)
    .map((a) => [
      code(a.name),
      a.fieldName ? code(a.fieldName) : dash,
      typeText(a),
      defaultText(a.default),
      inline(a.description),
    ]);
  return table(`${tag}-attributes`, 'Attributes', ['Attribute', 'Property', 'Type', 'Default', 'Description'], rows);
}

function propertiesTable(tag, d) {
  const rows = (d.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && isPublic(m))
    .map((m) => {
      const attribute = (d.attributes ?? []).find((a) => a.fieldName === m.name);
      const notes = [m.readonly ? 'read-only' : '', attribute ? `attribute ${code(attribute.name)}` : 'property only']
        .filter(Boolean)
        .join(', ');
      // A field initialised with an expression (a controller instance) has no useful default to show.
      const value = m.default !== undefined && !/^new\s/.test(m.default) ? defaultText(m.default) : dash;
      return [
        code(m.name),
        typeText(m),
        value,
        `${inline(m.description)}${m.description ? ' ' : ''}<span class="note">(${notes})</span>`,
      ];
    });
  return table(`${tag}-properties`, 'Properties', ['Property', 'Type', 'Default', 'Description'], rows);
}

function methodsTable(tag, d) {
  const rows = (d.members ?? [])
    .filter((m) => m.kind === 'method' && isPublic(m))
    .map((m) => {
      const params = (m.parameters ?? []).map(
        (p) =>
          `${p.name}${p.optional && p.default === undefined ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}${p.default !== undefined ? ` = ${p.default}` : ''}`,
      );
      const returns = m.return?.type?.text ? `: ${m.return.type.text}` : '';
      return [code(`${m.static ? 'static ' : ''}${m.name}(${params.join(', ')})${returns}`), inline(m.description)];
    });
  return table(`${tag}-methods`, 'Methods', ['Method', 'Description'], rows);
}

/** An event's class, from its type or from a description that starts with `ClubXEvent`: …. */
function eventParts(e) {
  const match = /^`([\w.$<>]+)`\s*:\s*/.exec(e.description ?? '');
  return {
    type: e.type?.text ?? match?.[1],
    description: match ? e.description.slice(match[0].length) : (e.description ?? ''),
  };
}

function eventsTable(tag, d) {
  // The analyzer also lists every `new XEvent(…)` it sees, without a name or under a variable's
  // name; the documented events (@event) are the ones with a description.
  const documented = (d.events ?? []).filter((e) => e.name && e.description);
  const rows = documented.map((e) => {
    const { type, description } = eventParts(e);
    return [code(e.name), type ? code(type) : dash, inline(description)];
  });
  const intro = rows.length
    ? '<p>Every event bubbles and is composed, so a listener on the page (or on <code>&lt;club-provider&gt;</code>) hears it.</p>\n'
    : '';
  return table(`${tag}-events`, 'Events', ['Event', 'Class', 'Description'], rows, intro);
}

function slotsTable(tag, d) {
  const rows = (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', inline(s.description)]);
  return table(`${tag}-slots`, 'Slots', ['Slot', 'Description'], rows);
}

function partsTable(tag, d) {
  const rows = (d.cssParts ?? []).map((p) => [code(p.name), inline(p.description)]);
  const intro = rows.length
    ? `<p>Style them from the page with <code>${escapeHtml(tag)}::part(name)</code>.</p>\n`
    : '';
  return table(`${tag}-parts`, 'CSS parts', ['Part', 'Description'], rows, intro);
}

/** A custom property's default: the manifest's `default`, else a "Default `…`." sentence in its description. */
function propertyDefault(p) {
  if (p.default !== undefined) return { value: p.default, description: p.description ?? '' };
  const match = /\s*Default\s+`([^`]+)`\.?\s*$/.exec(p.description ?? '');
  return match
    ? { value: match[1], description: p.description.slice(0, match.index) }
    : { value: undefined, description: p.description ?? '' };
}

function cssPropertiesTable(tag, d) {
  const rows = (d.cssProperties ?? []).map((p) => {
    const { value, description } = propertyDefault(p);
    return [code(p.name), defaultText(value), inline(description)];
  });
  const intro = rows.length
    ? `<p>Set them on the element itself (for example <code>${escapeHtml(tag)} { --club-color-accent: #8a1538; }</code>): the element declares its defaults on <code>:host</code>, which wins over a value inherited from an ancestor.</p>\n`
    : '';
  return table(`${tag}-css-properties`, 'CSS custom properties', ['Property', 'Default', 'Description'], rows, intro);
}

function elementSection({ tag, declaration: d, module }) {
  const sections = [
    attributesTable,
    propertiesTable,
    methodsTable,
    eventsTable,
    slotsTable,
    partsTable,
    cssPropertiesTable,
  ]
    .map((f) => f(tag, d))
    .join('');
  return `<section class="element" aria-labelledby="${escapeHtml(tag)}">
<h2 id="${escapeHtml(tag)}"><code>&lt;${escapeHtml(tag)}&gt;</code></h2>
${d.summary ? `<p class="summary">${inline(d.summary)}</p>\n` : ''}<p class="meta">Class ${code(d.name)}${d.superclass?.name ? ` (extends ${code(d.superclass.name)})` : ''}, defined in ${code(module)}.</p>
${prose(d.description)}
${sections}</section>`;
}

/** The whole elements reference page body. */
export function renderElementsReference(manifest) {
  const elements = customElements(manifest);
  const index = elements
    .map(
      ({ tag, declaration: d }) =>
        `<li><a href="#${escapeHtml(tag)}"><code>&lt;${escapeHtml(tag)}&gt;</code></a>${d.summary ? ` — ${inline(d.summary)}` : ''}</li>`,
    )
    .join('\n');
  return `<h1>Elements reference</h1>
<p>Every custom element of <code>@clubkit/elements</code>, from its <code>custom-elements.json</code> manifest: attributes, properties, events, slots, CSS parts and CSS custom properties. Register the tags with <code>import '@clubkit/elements/define'</code> or the CDN build; see the <a href="guides/quick-start.html">quick start</a>, <a href="guides/theming.html">theming</a> and <a href="guides/headless.html">headless controllers</a>.</p>
<ul class="element-index">
${index}
</ul>
${elements.map(elementSection).join('\n')}
`;
}
