import { INVALID_INPUT } from '@clubkit/core';
import * as z from 'zod/mini';
import { statusOfProblemCode, type ProblemCode } from './http/problem.js';
import type { RouteSpec } from './http/route.js';
import type { CredentialKind } from './http/env.js';

type Json = Record<string, unknown>;

const problemSchema: Json = {
  type: 'object',
  description: 'An RFC 9457 problem document.',
  required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string', description: 'Localised from Accept-Language (zh-Hant, zh-Hans, en).' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'The stable error code of @clubkit/core, e.g. membership/duplicate-vehicle.' },
    requestId: { type: 'string', description: 'Also sent as the X-Request-Id header.' },
    instance: { type: 'string' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'code', 'message'],
        properties: {
          path: { type: 'array', items: { type: ['string', 'integer'] } },
          code: { type: 'string' },
          message: { type: 'string' },
        },
      },
    },
  },
};

function strip(schema: Json): Json {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'));
}

/**
 * Spells out the keys of a record over an enum (`z.record(z.enum([...]), v)`): zod lists them in
 * `required` and `propertyNames` only, and a required property ought to be defined.
 */
function defineEnumKeys(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) defineEnumKeys(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const names = (schema['propertyNames'] as Json | undefined)?.['enum'];
  const values = schema['additionalProperties'];
  if (Array.isArray(names) && values && typeof values === 'object' && schema['properties'] === undefined) {
    schema['properties'] = Object.fromEntries(names.map((name) => [String(name), values]));
  }
  for (const value of Object.values(schema)) defineEnumKeys(value);
}

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  const json = strip(z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }));
  defineEnumKeys(json);
  return json;
}

function parameters(schema: z.ZodMiniType | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  const props = (json['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

function hasProperty(schema: z.ZodMiniType | undefined, name: string): boolean {
  if (!schema) return false;
  return Object.hasOwn(jsonSchema(schema, 'input')['properties'] ?? {}, name);
}

/**
 * Every problem code an operation can answer with: the pipeline's, from what the route takes
 * (credentials, method, path, query, body), then the route's own `errors`.
 */
export function problemCodes(route: RouteSpec): ProblemCode[] {
  const codes: ProblemCode[] = [];
  // Any request: a key sent is checked (also where none is needed), and checked against the origin.
  if (route.credentials.length > 0) codes.push('auth/missing-key');
  codes.push('auth/invalid-key', 'auth/session-expired', 'auth/origin-not-allowed', 'auth/secret-key-in-browser');
  // A credential kind the route does not take at all (a route that takes none refuses every key).
  const kinds = new Set(route.credentials);
  if (
    route.access !== undefined ||
    (route.anyCaller !== true &&
      !(kinds.has('secret') && kinds.has('publishable') && kinds.has('session') && kinds.has('staff')))
  )
    codes.push('access/forbidden');
  codes.push('rate-limited');
  if (route.params || route.query || route.body) codes.push(INVALID_INPUT);
  if (hasProperty(route.query, 'cursor')) codes.push('invalid-cursor');
  if (route.body) codes.push('invalid-json', 'unsupported-media-type');
  if (WRITES.has(route.method)) codes.push('payload-too-large', 'idempotency/invalid-key', 'idempotency/key-reused');
  codes.push(...(route.errors ?? []), 'internal');
  return [...new Set(codes)];
}

/** The problem responses of an operation, one per status, with the codes it can carry there. */
function problemResponses(route: RouteSpec): Record<string, Json> {
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of problemCodes(route)) {
    const status = statusOfProblemCode(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, Json> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[String(status)] = {
      description: `${STATUS_TEXT[status] ?? 'Error'}: ${codes.map((c) => `\`${c}\``).join(', ')}.`,
      ...(status === 429
        ? {
            headers: {
              'Retry-After': {
                description: 'Seconds to wait before trying again.',
                schema: { type: 'integer', minimum: 0 },
              },
            },
          }
        : {}),
      content: {
        'application/problem+json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Problem' },
              {
                type: 'object',
                required: ['status', 'code'],
                properties: { status: { type: 'integer', const: status }, code: { type: 'string', enum: codes } },
              },
            ],
          },
        },
      },
    };
  }
  return out;
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  system: 'Health and discovery.',
  sessions: 'Member sessions, minted by a partner back end with a secret key.',
  me: 'What a signed-in member (member session) reads of their own.',
  applications: 'Membership applications: branch staff apply, the club decides.',
  campaigns: 'The club’s marketing campaigns, which applications name; their report is under stats.',
  activities:
    'The VIP club’s activities and group buying members sign up for, and merchants’ advertising income: the revenue report’s other income.',
  members: 'Members with their vehicles, policies and memberships.',
  cards: 'Membership cards: card management, replacing a lost card.',
  handbook:
    'The member handbook with the member’s rights and duties: the club publishes versions, every caller reads the one in force.',
  branches: "The club's branches (system management).",
  keys: 'API keys: publishable keys for partner pages, secret keys for back ends (system management).',
  memberships: 'Memberships: read, renew with the next policy, cancel.',
  merchants: 'The merchant directory and its offers.',
  complaints: 'Complaints, registered by the public, members or staff and worked through to closure.',
  repairs: 'Repair orders of the service desk.',
  'paid-services': 'Paid services of the service desk.',
  surveys:
    'Feedback surveys (意見徵詢): questionnaires of ratings and free text sent to unit owners, answered once, reported per period.',
  handovers:
    'The front desk’s shift hand-overs: written and signed by the outgoing shift, taken over (or refused) by the next, reviewed by the manager; open items carried until done.',
  services:
    'The club’s service catalogue (三大類共54項服務): car, value-added and club services with their merchants, and the uses recorded at the counter.',
  stats: 'Statistics over memberships, complaints and merchants.',
};

/** The security scheme of each kind of credential. */
const SECURITY_SCHEME: Record<CredentialKind, string> = {
  secret: 'secretKey',
  publishable: 'publishableKey',
  session: 'memberSession',
  staff: 'staffSession',
};

/** Builds the OpenAPI 3.1 document of the API from the same route list the server runs, with core's schemas. */
export function buildOpenApi(routes: readonly RouteSpec[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const security = route.anyCaller
      ? [{}, { secretKey: [] }, { publishableKey: [] }, { memberSession: [] }, { staffSession: [] }]
      : route.credentials.length === 0
        ? []
        : route.credentials.map((kind) => ({ [SECURITY_SCHEME[kind]]: [] }));
    const responses: Record<string, Json> = {};
    for (const [status, { description, schema }] of Object.entries(route.responses)) {
      responses[status] = schema
        ? { description, content: { 'application/json': { schema: jsonSchema(schema, 'output') } } }
        : { description };
    }
    Object.assign(responses, problemResponses(route));
    (paths[path] ??= {})[route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      security,
      parameters: [
        ...parameters(route.params, 'path'),
        ...parameters(route.query, 'query'),
        ...(route.method !== 'get'
          ? [
              {
                name: 'Idempotency-Key',
                in: 'header',
                required: false,
                schema: { type: 'string', maxLength: 255 },
                description:
                  'Replays the first successful response for 24 h; the same key with another body is 409 idempotency/key-reused.',
              },
            ]
          : []),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.bodyDoc ?? route.body, 'input') } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Club API',
      version: '1',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'The reference Club API of clubkit: memberships and cards, the merchant directory, complaints and the service desk, member sessions and statistics.',
    },
    servers: [{ url: '/', description: 'The Club API at the origin that serves this document.' }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({
      name,
      description: TAG_DESCRIPTIONS[name] ?? `The ${name} operations.`,
    })),
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        secretKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'sk_… server-to-server key acting as a staff role (admin, branch or merchant operator, service desk, dealer alliance).',
        },
        publishableKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'pk_… browser key: directory reads and new complaints, from allowed origins only.',
        },
        memberSession: {
          type: 'http',
          scheme: 'bearer',
          description: 'ms_… member session token (15 minutes), minted with a secret key.',
        },
        staffSession: {
          type: 'http',
          scheme: 'bearer',
          description:
            "ss_… staff session token (1 hour) for an operator's browser, minted with an admin secret key after the club's own sign-in.",
        },
      },
    },
  };
}
