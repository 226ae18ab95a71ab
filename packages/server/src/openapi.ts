import * as z from 'zod/mini';
import type { RouteSpec } from './http/route.js';

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
        properties: { path: { type: 'array', items: { type: ['string', 'integer'] } }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

function strip(schema: Json): Json {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): Json {
  return strip(z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json);
}

function parameters(schema: z.ZodMiniType | undefined, where: 'query' | 'path'): Json[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  const props = (json['properties'] ?? {}) as Record<string, Json>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(props).map(([name, s]) => ({ name, in: where, required: where === 'path' || required.has(name), schema: s }));
}

/** Builds the OpenAPI 3.1 document of the API from the same route list the server runs, with core's schemas. */
export function buildOpenApi(routes: readonly RouteSpec[]): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const security = route.credentials.length === 0 ? [] : route.credentials.map((kind) => ({ [kind === 'session' ? 'memberSession' : `${kind}Key`]: [] }));
    const responses: Record<string, Json> = {};
    for (const [status, { description, schema }] of Object.entries(route.responses)) {
      responses[status] = schema ? { description, content: { 'application/json': { schema: jsonSchema(schema, 'output') } } } : { description };
    }
    responses['default'] = { description: 'A problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
    (paths[path] ??= {})[route.method] = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      security,
      parameters: [
        ...parameters(route.params, 'path'),
        ...parameters(route.query, 'query'),
        ...(route.method !== 'get'
          ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Replays the first successful response for 24 h; the same key with another body is 409 idempotency/key-reused.' }]
          : []),
      ],
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.bodyDoc ?? route.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Club API',
      version: '1',
      description: 'The reference Club API of clubkit: memberships and cards, the merchant directory, complaints and the service desk, member sessions and statistics.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        secretKey: { type: 'http', scheme: 'bearer', description: 'sk_… server-to-server key (admin, branch or merchant operator).' },
        publishableKey: { type: 'http', scheme: 'bearer', description: 'pk_… browser key: directory reads and new complaints, from allowed origins only.' },
        memberSession: { type: 'http', scheme: 'bearer', description: 'ms_… member session token (15 minutes), minted with a secret key.' },
      },
    },
  };
}
