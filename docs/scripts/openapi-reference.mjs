// The HTTP API reference, rendered from the Club API's own OpenAPI 3.1 document (/v1/openapi.json):
// operations grouped by tag, each anchored by its operationId, with credentials, parameters, the
// request body and the responses as readable schema trees. A pure function: document in, HTML out;
// every text from the document is escaped.
import { escapeHtml, slugify } from './layout.mjs';

const code = (text) => `<code>${escapeHtml(text)}</code>`;
const MAX_DEPTH = 8;
/** Formats zod names after the check that makes them; the pattern beside them says it all. */
const CHECK_FORMATS = new Set(['starts_with', 'ends_with', 'includes', 'regex', 'lowercase', 'uppercase']);
const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/** Resolves a local `$ref` (`#/components/schemas/Problem`); undefined for anything else. */
function resolveRef(doc, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), doc);
}

const refName = (ref) => ref.split('/').at(-1);
const refAnchor = (ref) => `schema-${slugify(refName(ref))}`;

/** `allOf` parts merged into one schema: a zod id is `allOf: [{ pattern }, { pattern }]`. */
function merged(schema) {
  if (!Array.isArray(schema.allOf) || schema.allOf.some((s) => s.$ref || s.properties || s.oneOf || s.anyOf))
    return schema;
  const { allOf, ...rest } = schema;
  const patterns = [rest.pattern, ...allOf.map((s) => s.pattern)].filter(Boolean);
  let out = { ...rest };
  for (const part of allOf) out = { ...part, ...out };
  if (patterns.length > 0) out.patterns = patterns;
  delete out.pattern;
  return out;
}

/** The union's members, with `anyOf: [X, { type: 'null' }]` read as a nullable X. */
function union(schema) {
  const members = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(members)) return undefined;
  const nonNull = members.filter((m) => m.type !== 'null');
  return { members: nonNull, nullable: nonNull.length < members.length, kind: schema.oneOf ? 'one of' : 'any of' };
}

/** A short type label: `string`, `integer`, `array of string`, `"percent"`, `object`, a $ref name… */
function typeLabel(doc, schema, depth = 0) {
  if (!schema || typeof schema !== 'object') return 'any';
  if (schema.$ref) return refName(schema.$ref);
  const s = merged(schema);
  if (s.const !== undefined) return JSON.stringify(s.const);
  const u = union(s);
  if (u) {
    const labels =
      u.members.length === 1
        ? typeLabel(doc, u.members[0], depth + 1)
        : u.members.length === 0
          ? 'null'
          : `${u.kind} ${u.members.length} shapes`;
    return u.nullable ? `${labels} or null` : labels;
  }
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.includes('array') && depth < 4) return `array of ${typeLabel(doc, s.items, depth + 1)}`;
  if (types.length > 0) return types.join(' or ');
  if (s.properties) return 'object';
  if (s.enum) return 'enum';
  return 'any';
}

/** The constraints of one schema in words, as HTML. */
function constraints(schema) {
  const s = merged(schema);
  const out = [];
  if (Array.isArray(s.enum)) out.push(`one of ${s.enum.map((v) => code(JSON.stringify(v))).join(', ')}`);
  if (s.format && !CHECK_FORMATS.has(s.format)) out.push(`format ${code(s.format)}`);
  // A named format's pattern is its implementation (a page-long date regex); the format says it.
  const patterns = s.patterns ?? (s.pattern ? [s.pattern] : []);
  if (!s.format || CHECK_FORMATS.has(s.format)) for (const p of patterns) out.push(`pattern ${code(p)}`);
  if (s.minLength !== undefined && s.maxLength !== undefined) out.push(`${s.minLength}–${s.maxLength} characters`);
  else if (s.minLength !== undefined) out.push(`at least ${s.minLength} characters`);
  else if (s.maxLength !== undefined) out.push(`at most ${s.maxLength} characters`);
  // z.int() bounds every integer by ±(2^53 − 1): true, but not worth a word.
  if (s.minimum !== undefined && s.minimum !== Number.MIN_SAFE_INTEGER) out.push(`≥ ${s.minimum}`);
  if (s.exclusiveMinimum !== undefined) out.push(`> ${s.exclusiveMinimum}`);
  if (s.maximum !== undefined && s.maximum !== Number.MAX_SAFE_INTEGER) out.push(`≤ ${s.maximum}`);
  if (s.exclusiveMaximum !== undefined) out.push(`< ${s.exclusiveMaximum}`);
  if (s.multipleOf !== undefined) out.push(`multiple of ${s.multipleOf}`);
  if (s.minItems !== undefined) out.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
  if (s.maxItems !== undefined) out.push(`at most ${s.maxItems} item${s.maxItems === 1 ? '' : 's'}`);
  if (s.uniqueItems) out.push('unique items');
  // The items of an array of scalars: their constraints belong to the array's line.
  const itemTypes = Array.isArray(s.items?.type) ? s.items.type : [s.items?.type];
  if (
    s.items &&
    !s.items.$ref &&
    !s.items.properties &&
    !itemTypes.includes('array') &&
    !s.items.oneOf &&
    !s.items.anyOf
  ) {
    const each = constraints(s.items);
    if (each.length > 0) out.push(`each ${each.join(', ')}`);
  }
  if (s.default !== undefined) out.push(`default ${code(JSON.stringify(s.default))}`);
  if (s.properties && s.additionalProperties === false) out.push('no other fields');
  else if (
    s.additionalProperties &&
    typeof s.additionalProperties === 'object' &&
    Object.keys(s.additionalProperties).length === 0
  )
    out.push('other fields allowed');
  if (s.propertyNames?.enum) out.push(`keys: ${s.propertyNames.enum.map((v) => code(v)).join(', ')}`);
  else if (s.propertyNames?.pattern) out.push(`keys match ${code(s.propertyNames.pattern)}`);
  return out;
}

/** What an object, array, union or map holds, as nested list items (empty for a scalar). */
function children(doc, schema, depth, seen) {
  if (!schema || typeof schema !== 'object') return '';
  if (schema.$ref) return '';
  const s = merged(schema);
  if (depth >= MAX_DEPTH && (s.properties || s.items || s.oneOf || s.anyOf)) {
    return '<ul><li class="deeper">…nested deeper; see <a href="openapi.json">openapi.json</a> for the rest.</li></ul>';
  }
  const u = union(s);
  if (u) {
    if (u.members.length === 1) return children(doc, u.members[0], depth, seen);
    const items = u.members.map((m, i) => {
      const label = variantLabel(m) ?? `variant ${i + 1}`;
      return `<li><span class="variant">${escapeHtml(label)}</span>: ${describe(doc, m, depth + 1, seen)}</li>`;
    });
    return `<ul class="union"><li class="union-title">${escapeHtml(u.kind)}:</li>${items.join('')}</ul>`;
  }
  if (s.properties) {
    const required = new Set(s.required ?? []);
    const items = Object.entries(s.properties).map(([name, p]) =>
      property(doc, name, p, required.has(name), depth + 1, seen),
    );
    return `<ul>${items.join('')}</ul>`;
  }
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('array') && s.items) return children(doc, s.items, depth, seen);
  if (
    s.additionalProperties &&
    typeof s.additionalProperties === 'object' &&
    Object.keys(s.additionalProperties).length > 0
  ) {
    return `<ul><li><span class="prop">each value</span>: ${describe(doc, s.additionalProperties, depth + 1, seen)}</li></ul>`;
  }
  return '';
}

/** `kind = "percent"`: the `const` property that tells a union's variants apart. */
function variantLabel(schema) {
  const props = merged(schema).properties ?? {};
  for (const [name, p] of Object.entries(props))
    if (p && p.const !== undefined) return `${name} = ${JSON.stringify(p.const)}`;
  return undefined;
}

/** Type, constraints, description and nested parts of a schema, as inline HTML plus nested lists. */
function describe(doc, schema, depth, seen = new Set()) {
  if (schema?.$ref) {
    const target = resolveRef(doc, schema.$ref);
    const link = target
      ? `<a href="#${refAnchor(schema.$ref)}">${escapeHtml(refName(schema.$ref))}</a>`
      : code(schema.$ref);
    return `<span class="type">${link}</span>`;
  }
  const s = merged(schema ?? {});
  const notes = constraints(s);
  const type = `<span class="type">${escapeHtml(typeLabel(doc, s))}</span>`;
  const text = [type, ...notes].join(', ');
  const description = s.description ? ` <span class="desc">— ${escapeHtml(s.description)}</span>` : '';
  return `${text}${description}${children(doc, s, depth, seen)}`;
}

function property(doc, name, schema, required, depth, seen) {
  const badge = required ? '<span class="req">required</span>' : '<span class="opt">optional</span>';
  return `<li><span class="prop">${escapeHtml(name)}</span> ${badge}: ${describe(doc, schema, depth, seen)}</li>`;
}

/** A schema as a readable tree. */
export function renderSchema(doc, schema) {
  return `<div class="schema">${describe(doc, schema, 0)}</div>`;
}

function securityOf(doc, operation) {
  const schemes = doc.components?.securitySchemes ?? {};
  const names = (operation.security ?? doc.security ?? []).flatMap((requirement) => Object.keys(requirement));
  if (names.length === 0) return '<p><strong>Credentials:</strong> none (public).</p>';
  const items = names.map(
    (n) =>
      `<li><a href="#auth-${slugify(n)}">${escapeHtml(n)}</a>${schemes[n]?.description ? ` — ${escapeHtml(schemes[n].description)}` : ''}</li>`,
  );
  return `<p><strong>Credentials</strong> (any one of them, as <code>Authorization: Bearer …</code>):</p>\n<ul>${items.join('')}</ul>`;
}

function parametersTable(doc, operation) {
  const params = operation.parameters ?? [];
  if (params.length === 0) return '';
  const rows = params.map((p) => {
    const schema = p.schema ?? {};
    const notes = constraints(schema);
    const description = p.description ? escapeHtml(p.description) : '';
    const details =
      notes.length > 0 ? `${description ? ' ' : ''}<span class="constraints">(${notes.join(', ')})</span>` : '';
    return `<tr><th scope="row">${code(p.name)}</th><td>${escapeHtml(p.in)}</td><td>${escapeHtml(typeLabel(doc, schema))}</td><td>${p.required ? 'yes' : 'no'}</td><td>${description}${details}</td></tr>`;
  });
  return `<h4>Parameters</h4>\n<table>\n<thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description and constraints</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n`;
}

function requestBody(doc, operation) {
  const body = operation.requestBody;
  if (!body) return '';
  const parts = Object.entries(body.content ?? {}).map(
    ([type, media]) => `<p>${code(type)}${body.required ? ', required' : ''}:</p>\n${renderSchema(doc, media.schema)}`,
  );
  return `<h4>Request body</h4>\n${parts.join('\n')}\n`;
}

function responses(doc, operation) {
  const items = Object.entries(operation.responses ?? {}).map(([status, response]) => {
    const content = Object.entries(response.content ?? {});
    const label = status === 'default' ? 'Errors' : status;
    if (content.length === 0)
      return `<li><strong>${escapeHtml(label)}</strong> — ${escapeHtml(response.description ?? '')} (no body)</li>`;
    const bodies = content.map(([type, media]) => {
      const schema = media.schema ?? {};
      // A $ref body (the problem document) is a link; an inline schema opens on demand.
      if (schema.$ref) return `<p>${code(type)}: ${describe(doc, schema, 0)}</p>`;
      // A problem body narrowed to this answer (allOf: the Problem $ref and the status and codes it
      // can carry): the link, then what it is narrowed to.
      const base = Array.isArray(schema.allOf) ? schema.allOf.find((part) => part.$ref) : undefined;
      if (base) {
        const narrowed = schema.allOf
          .filter((part) => !part.$ref)
          .flatMap((part) => Object.entries(part.properties ?? {}))
          .map(
            ([name, property]) =>
              `${code(name)} ${property.const !== undefined ? code(JSON.stringify(property.const)) : constraints(property).join(', ')}`,
          );
        return `<p>${code(type)}: ${describe(doc, base, 0)}${narrowed.length > 0 ? `, with ${narrowed.join('; ')}` : ''}</p>`;
      }
      return `<details><summary>${code(type)}: ${escapeHtml(typeLabel(doc, schema))}</summary>\n${renderSchema(doc, schema)}\n</details>`;
    });
    return `<li><strong>${escapeHtml(label)}</strong> — ${escapeHtml(response.description ?? '')}\n${bodies.join('\n')}</li>`;
  });
  return `<h4>Responses</h4>\n<ul class="responses">\n${items.join('\n')}\n</ul>\n`;
}

function operationSection(doc, { path, method, operation }) {
  const id = operation.operationId ?? slugify(`${method} ${path}`);
  const idempotency =
    method === 'post'
      ? `<p class="note">A POST: send an <code>Idempotency-Key</code> (the client always does). The first answer is stored for 24 hours and replayed for the same key and body (with <code>Idempotent-Replayed: true</code>); the same key with another body is <code>409 idempotency/key-reused</code>. See <a href="#idempotency">idempotency</a>.</p>\n`
      : '';
  return `<section class="operation" aria-labelledby="${escapeHtml(id)}">
<h3 id="${escapeHtml(id)}"><span class="method method-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p class="summary">${escapeHtml(operation.summary ?? '')}${operation.description ? ` ${escapeHtml(operation.description)}` : ''} <span class="opid">(${code(id)})</span></p>
${securityOf(doc, operation)}
${idempotency}${parametersTable(doc, operation)}${requestBody(doc, operation)}${responses(doc, operation)}</section>`;
}

/** Every operation of the document, grouped by its first tag in the order tags first appear. */
function byTag(doc) {
  const groups = new Map();
  for (const tag of doc.tags ?? []) groups.set(tag.name, { description: tag.description, operations: [] });
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHOD_ORDER) {
      const operation = item[method];
      if (!operation) continue;
      const tag = operation.tags?.[0] ?? 'other';
      if (!groups.has(tag)) groups.set(tag, { description: undefined, operations: [] });
      groups.get(tag).operations.push({ path, method, operation });
    }
  }
  return [...groups].filter(([, g]) => g.operations.length > 0);
}

function authSection(doc) {
  const schemes = Object.entries(doc.components?.securitySchemes ?? {});
  if (schemes.length === 0) return '';
  const rows = schemes.map(
    ([name, s]) =>
      `<tr><th scope="row" id="auth-${slugify(name)}">${code(name)}</th><td>${escapeHtml([s.type, s.scheme].filter(Boolean).join(' '))}</td><td>${escapeHtml(s.description ?? '')}</td></tr>`,
  );
  return `<h2 id="authentication">Authentication</h2>
<p>Every call but the public ones carries <code>Authorization: Bearer &lt;key or token&gt;</code>. Which kinds an operation accepts is listed under it; what a key may do beyond that is decided by its role (see the <a href="guides/security.html">security guide</a>).</p>
<table>
<thead><tr><th scope="col">Scheme</th><th scope="col">Type</th><th scope="col">What it is</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
`;
}

function sharedSchemas(doc) {
  const schemas = Object.entries(doc.components?.schemas ?? {});
  if (schemas.length === 0) return '';
  const items = schemas.map(
    ([name, schema]) =>
      `<h3 id="schema-${slugify(name)}">${escapeHtml(name)}</h3>\n${schema.description ? `<p>${escapeHtml(schema.description)}</p>\n` : ''}${renderSchema(doc, schema)}`,
  );
  return `<h2 id="schemas">Shared schemas</h2>\n${items.join('\n')}\n`;
}

/** The whole HTTP API reference page body. */
export function renderOpenApiReference(doc) {
  const groups = byTag(doc);
  const index = groups
    .map(([tag, g]) => {
      const ops = g.operations.map(({ path, method, operation }) => {
        const id = operation.operationId ?? slugify(`${method} ${path}`);
        return `<li><a href="#${escapeHtml(id)}"><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></a> — ${escapeHtml(operation.summary ?? '')}</li>`;
      });
      return `<li><a href="#tag-${slugify(tag)}">${escapeHtml(tag)}</a><ul>${ops.join('')}</ul></li>`;
    })
    .join('\n');
  const info = doc.info ?? {};
  const problem = doc.components?.schemas?.Problem;
  return `<h1>HTTP API reference</h1>
<p>${escapeHtml(info.title ?? 'API')} ${info.version ? `version ${escapeHtml(info.version)}` : ''} (OpenAPI ${escapeHtml(doc.openapi ?? '')}). ${escapeHtml(info.description ?? '')}</p>
<p>This page is generated from the document the reference server itself serves at <code>/v1/openapi.json</code>; the same document is here as <a href="openapi.json">openapi.json</a>. Paths are relative to the Club API's base URL. Request and response bodies are JSON; money is integer fen, calendar dates are <code>YYYY-MM-DD</code>, instants ISO 8601 UTC.</p>
${authSection(doc)}
<h2 id="errors">Errors</h2>
<p>Every failure is an <code>application/problem+json</code> document (RFC 9457) with a stable <code>code</code>, a <code>title</code> in the request's <code>Accept-Language</code> (zh-Hant, zh-Hans or en), a <code>detail</code>, field <code>issues</code> for invalid input, and the <code>requestId</code> (also in the <code>X-Request-Id</code> header). ${problem ? 'Its shape is <a href="#schema-problem">Problem</a>.' : ''} Invalid input is 400 <code>invalid-input</code>; a missing or wrong key 401; a key of the wrong kind or origin 403; a record you may not see 404; a refused business rule 409 or 422 with its code; too many requests 429 with <code>Retry-After</code>. The <a href="guides/errors-and-retries.html">errors and retries guide</a> lists the codes.</p>
<h2 id="idempotency">Idempotency</h2>
<p>Send <code>Idempotency-Key: <p>Send <code>Idempotency-Key: &lt;1–255 visible ASCII characters&gt;</code> with every write. The server keeps the first successful answer for 24 hours, per key and credential,lt;16–255 characters of A-Z a-z 0-9 _ -, e.g. a UUID<p>Send <code>Idempotency-Key: &lt;1–255 visible ASCII characters&gt;</code> with every write. The server keeps the first successful answer for 24 hours, per key and credential,gt;</code> with every write. The server keeps the first successful answer for 24 hours, per key and scope (the credential; for a publishable key also the connecting address), in the same transaction as the write, and replays it byte for byte, with <code>Idempotent-Replayed: true</code>, when the same request comes again; the same key with a different method, path or body is answered <code>409 idempotency/key-reused</code>. Two concurrent requests with one key never both execute. Failed answers are not stored, so a corrected request may reuse its key.</p>
<h2 id="operations">Operations</h2>
<ul class="operation-index">
${index}
</ul>
${groups
  .map(
    ([tag, g]) => `<section class="tag" aria-labelledby="tag-${slugify(tag)}">
<h2 id="tag-${slugify(tag)}">${escapeHtml(tag)}</h2>
${g.description ? `<p>${escapeHtml(g.description)}</p>\n` : ''}${g.operations.map((o) => operationSection(doc, o)).join('\n')}
</section>`,
  )
  .join('\n')}
${sharedSchemas(doc)}`;
}
