import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProblemDetails } from '@clubkit/core';
import createClient from 'openapi-fetch';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClubServer, type ClubServer } from './app.js';
import { seedDemo } from './seed/demo.js';

// The OpenAPI document as a generated client sees it: types from openapi-typescript, calls through
// openapi-fetch. The README's calls must typecheck against those types (and a wrong one must not),
// and the same code, run against the real server, must get the statuses the document promises.

/** The README's calls, written against the generated `paths`; typechecked, then run as JavaScript. */
const CALLS = `
import type { Client } from 'openapi-fetch';
import type { paths } from './schema.js';

type Api = Client<paths>;
type IsExactlyString<T> = string extends T ? true : false;

export async function readmeCalls(clients: { anonymous: Api; open: Api; secret: Api; member: (token: string) => Api }, memberId: string) {
  const { open, secret } = clients;
  const health = await clients.anonymous.GET('/v1/health');
  const merchants = await open.GET('/v1/merchants', { params: { query: { text: '洗車', limit: 2 } } });
  // How many merchants the whole search found, beside its first page.
  const found: number | undefined = merchants.data?.total;
  const complaint = await open.POST('/v1/complaints', {
    params: { header: { 'Idempotency-Key': 'try-it-0000000001' } },
    body: { name: '王小明', subject: { plate: '雲K8A123' }, content: '救援車遲到兩小時', phone: '13800138000', category: 'service-quality' },
  });
  const reference: string = complaint.data?.reference ?? 'C20260101-0001';
  const receipt = await open.GET('/v1/complaint-receipts/{reference}', {
    params: { path: { reference }, query: { phoneLast4: '8000' } },
  });
  const session = await secret.POST('/v1/member-sessions', { body: { memberId } });
  const token: string = session.data?.token ?? '';
  const card = await clients.member(token).GET('/v1/me/card');
  const tooMany = await open.GET('/v1/merchants', { params: { query: { limit: 500 } } });

  // The error of a call is the problem document with the codes documented for the operation.
  const code = tooMany.error?.code;
  const documented: 'invalid-input' extends NonNullable<typeof code> ? true : false = true;
  const narrowed: IsExactlyString<NonNullable<typeof code>> = false;
  const status: number | undefined = tooMany.error?.status;
  const requestId: string | undefined = tooMany.error?.requestId;

  return {
    statuses: [health.response.status, merchants.response.status, complaint.response.status, receipt.response.status, session.response.status, card.response.status, tooMany.response.status],
    merchants: merchants.data?.data.length,
    found,
    receipt: receipt.data?.reference,
    holder: card.data?.holder.id,
    problem: { code, status, requestId, documented, narrowed },
  };
}
`;

/** A call that must not typecheck: the member id of a session is a string. */
const WRONG = `
import type { Client } from 'openapi-fetch';
import type { paths } from './schema.js';

export async function wrongCall(secret: Client<paths>) {
  return secret.POST('/v1/member-sessions', { body: { memberId: 42 } });
}
`;

const require = createRequire(import.meta.url);

/** What a call of {@link AnyClient} resolves to: the error of a call is the API's problem document. */
interface AnyResult {
  response: Response;
  data?: unknown;
  error?: ProblemDetails;
}

/** A client over untyped paths, for the runtime side (the typed side is checked above). */
interface AnyClient {
  GET(path: string, init?: object): Promise<AnyResult>;
  POST(path: string, init?: object): Promise<AnyResult>;
}

/** What `readmeCalls` in {@link CALLS} returns. */
interface ReadmeCallsResult {
  statuses: number[];
  merchants: number | undefined;
  found: number | undefined;
  receipt: string | undefined;
  holder: string | undefined;
  problem: { code?: string; status?: number; requestId?: string; documented: boolean; narrowed: boolean };
}

/** The module {@link CALLS} becomes once transpiled. */
interface ReadmeCallsModule {
  readmeCalls: (
    clients: { anonymous: AnyClient; open: AnyClient; secret: AnyClient; member: (token: string) => AnyClient },
    memberId: string,
  ) => Promise<ReadmeCallsResult>;
}

/** The little of the OpenAPI document these tests read. */
interface OpenApiDocument {
  info: { license?: unknown };
  paths: Record<string, Record<string, OpenApiOperation>>;
}

interface OpenApiOperation {
  responses: Record<string, { content?: Record<string, { schema: ProblemSchema }> }>;
}

/** The schema of a problem response: the problem document, then the codes this operation answers with. */
interface ProblemSchema {
  allOf: [unknown, { properties: { code: { enum: string[] } } }];
}

function operationOf(document: OpenApiDocument, path: string, method: string): OpenApiOperation {
  const operation = document.paths[path]?.[method];
  if (!operation) throw new Error(`The OpenAPI document has no ${method} ${path}`);
  return operation;
}

function client(baseUrl: string, key?: string): AnyClient {
  return createClient({
    baseUrl,
    headers: { 'Accept-Language': 'en', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
  });
}

function typecheck(dir: string, files: string[]): readonly ts.Diagnostic[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: false,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    // The temporary directory has no node_modules: point the client's types at this package's copy.
    paths: { 'openapi-fetch': [require.resolve('openapi-fetch').replace(/index\.\w+$/, 'index.d.ts')] },
  };
  const program = ts.createProgram(
    files.map((f) => join(dir, f)),
    options,
  );
  return ts.getPreEmitDiagnostics(program);
}

function format(diagnostics: readonly ts.Diagnostic[]): string {
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (f) => f,
    getCurrentDirectory: () => '/',
    getNewLine: () => '\n',
  });
}

describe('the OpenAPI document through openapi-typescript and openapi-fetch', () => {
  let server: ClubServer | undefined;
  let url: string;
  let listening: { url: string; close(): Promise<void> } | undefined;
  let dir: string;
  let memberId: string;
  let keys: { secret: string; publishable: string };
  let diagnostics: { calls: readonly ts.Diagnostic[]; wrong: readonly ts.Diagnostic[] };

  beforeAll(async () => {
    const club = await createClubServer({ db: ':memory:', rateLimit: false, logError: () => {} });
    server = club;
    const demo = await seedDemo(club, { members: 20, merchants: 200, complaints: 5 });
    memberId = demo.member.id;
    keys = {
      secret: (await club.createKey({ kind: 'secret', principal: { role: 'admin' } })).secret,
      publishable: (await club.createKey({ kind: 'publishable' })).secret,
    };
    const document = (await (await club.fetch(new Request('http://club.test/v1/openapi.json'))).json()) as OpenAPI3;
    dir = mkdtempSync(join(tmpdir(), 'clubkit-openapi-client-'));
    writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(document)));
    writeFileSync(join(dir, 'calls.ts'), CALLS);
    writeFileSync(join(dir, 'wrong.ts'), WRONG);
    // Typechecked before listening: the compiler holds the event loop for seconds, which would
    // let the server close idle keep-alive connections under the client's feet.
    const all = typecheck(dir, ['calls.ts', 'wrong.ts']);
    const inWrong = (d: ts.Diagnostic) => d.file?.fileName.endsWith('wrong.ts') === true;
    diagnostics = { calls: all.filter((d) => !inWrong(d)), wrong: all.filter(inWrong) };
    listening = await club.listen();
    ({ url } = listening);
  });

  afterAll(async () => {
    await listening?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('declares on every operation the problem responses and codes it can answer', async () => {
    const document = (await (await fetch(`${url}/v1/openapi.json`)).json()) as OpenApiDocument;
    expect(document.info.license).toEqual({ name: 'MIT', identifier: 'MIT' });
    const codesOf = (path: string, method: string): Record<string, string[]> =>
      Object.fromEntries(
        Object.entries(operationOf(document, path, method).responses).flatMap(([status, r]) => {
          const problem = r.content?.['application/problem+json'];
          return problem ? [[status, problem.schema.allOf[1].properties.code.enum]] : [];
        }),
      );
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        expect(
          Object.keys(operation.responses).some((s) => s.startsWith('4')),
          `${method} ${path}`,
        ).toBe(true);
        expect(codesOf(path, method)['500'], `${method} ${path}`).toEqual(['internal']);
        expect(operation.responses['default']).toBeUndefined();
      }
    }
    expect(codesOf('/v1/health', 'get')).toEqual({
      401: ['auth/invalid-key', 'auth/session-expired'],
      403: ['auth/origin-not-allowed', 'auth/secret-key-in-browser'],
      429: ['rate-limited'],
      500: ['internal'],
    });
    expect(codesOf('/v1/complaints', 'post')).toMatchObject({
      400: ['invalid-input', 'invalid-json', 'idempotency/invalid-key'],
      401: ['auth/missing-key', 'auth/invalid-key', 'auth/session-expired'],
      409: ['idempotency/key-reused'],
      413: ['payload-too-large'],
      415: ['unsupported-media-type'],
      429: ['rate-limited', 'complaint/daily-quota-exceeded'],
    });
    expect(codesOf('/v1/complaint-receipts/{reference}', 'get')).toMatchObject({
      404: ['not-found'],
      422: ['complaint/reference-mistyped'],
      429: ['rate-limited'],
    });
    expect(codesOf('/v1/memberships/{id}/renew', 'post')).toMatchObject({
      404: ['not-found'],
      409: ['idempotency/key-reused', 'membership/cancelled', 'membership/duplicate-vehicle'],
      422: [
        'membership/policy-mismatch',
        'membership/renewal-not-later',
        'membership/renewal-gap',
        'membership/policy-expired',
      ],
    });
    expect(codesOf('/v1/repairs/{id}/events', 'post')['422']).toEqual([
      'repair/assessment-required',
      'repair/material-check-failed',
      'service/event-out-of-order',
    ]);
    expect(codesOf('/v1/members', 'get')['400']).toEqual(['invalid-input', 'invalid-cursor']);
  });

  it('types the README calls with no diagnostics', () => {
    expect(format(diagnostics.calls)).toBe('');
    expect(diagnostics.calls).toHaveLength(0);
  });

  it('refuses a body field of the wrong type', () => {
    expect(diagnostics.wrong.length).toBeGreaterThan(0);
    expect(format(diagnostics.wrong)).toMatch(/Type 'number' is not assignable to type 'string'/);
  });

  it('gets the documented statuses from the real server', async () => {
    const js = ts.transpileModule(CALLS, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, 'calls.mjs'), js);
    const { readmeCalls } = (await import(pathToFileURL(join(dir, 'calls.mjs')).href)) as ReadmeCallsModule;
    const result = await readmeCalls(
      {
        anonymous: client(url),
        open: client(url, keys.publishable),
        secret: client(url, keys.secret),
        member: (token: string) => client(url, token),
      },
      memberId,
    );
    expect(result.statuses).toEqual([200, 200, 201, 200, 201, 200, 400]);
    expect(result.merchants).toBeLessThanOrEqual(2);
    // The total counts the whole search, not the page: the demo has car washes beyond the first two.
    expect(result.found).toBeGreaterThan(2);
    expect(result.receipt).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(result.holder).toBe(memberId);
    expect(result.problem).toMatchObject({ code: 'invalid-input', status: 400 });
    expect(result.problem.requestId).toMatch(/^req_/);
  });

  it('answers only statuses and codes the document lists for the operation', async () => {
    const document = (await (await fetch(`${url}/v1/openapi.json`)).json()) as OpenApiDocument;
    const documented = (path: string, method: string, status: number): string[] => {
      const response = operationOf(document, path, method).responses[String(status)];
      return response?.content?.['application/problem+json']?.schema.allOf[1].properties.code.enum ?? [];
    };
    const open = client(url, keys.publishable);
    const secret = client(url, keys.secret);
    const anonymous = client(url);
    const member = `${memberId.slice(0, -1)}${memberId.endsWith('0') ? '1' : '0'}`;
    const raw = (text: string) => ({ body: text, bodySerializer: (b: string) => b });
    const cases: [Promise<AnyResult>, string, string, number, string][] = [
      [anonymous.GET('/v1/me/card'), '/v1/me/card', 'get', 401, 'auth/missing-key'],
      [open.GET('/v1/members'), '/v1/members', 'get', 403, 'access/forbidden'],
      [
        open.GET('/v1/complaint-receipts/{reference}', { params: { path: { reference: 'C20260101-0999' } } }),
        '/v1/complaint-receipts/{reference}',
        'get',
        404,
        'not-found',
      ],
      [
        secret.POST('/v1/member-sessions', { body: { memberId: member } }),
        '/v1/member-sessions',
        'post',
        404,
        'not-found',
      ],
      [
        open.GET('/v1/merchants', { params: { query: { cursor: 'nope' } } }),
        '/v1/merchants',
        'get',
        400,
        'invalid-cursor',
      ],
      [secret.POST('/v1/member-sessions', raw('{')), '/v1/member-sessions', 'post', 400, 'invalid-json'],
      [
        secret.POST('/v1/member-sessions', { ...raw('{}'), headers: { 'Content-Type': 'text/plain' } }),
        '/v1/member-sessions',
        'post',
        415,
        'unsupported-media-type',
      ],
      [
        secret.POST('/v1/member-sessions', { body: { memberId }, params: { header: { 'Idempotency-Key': ' ' } } }),
        '/v1/member-sessions',
        'post',
        400,
        'idempotency/invalid-key',
      ],
    ];
    for (const [call, path, method, status, code] of cases) {
      const { response, error } = await call;
      expect([response.status, error?.code], `${method} ${path}`).toEqual([status, code]);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(documented(path, method, status), `${method} ${path} ${status}`).toContain(code);
    }
  });
});
