import { randomUuid } from '@clubkit/core';
import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { AnswerName, Answers } from './answers.js';
import {
  ClubClientError,
  ClubNetworkError,
  ClubResponseError,
  ClubTimeoutError,
  errorFromResponse,
  isClubApiError,
} from './errors.js';
import type { ClubClientOptions, RequestOptions, SessionSource } from './options.js';

/** One call of the API as the resources describe it. */
export interface Call<K extends AnswerName | undefined> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /**
   * The name of the answer's shape in {@link Answers}, which types the result and, with the
   * `checkResponses` option, names the schema the body must pass; undefined for 204 answers.
   */
  answer: K;
  options?: RequestOptions | undefined;
  /** A member session token to send instead of asking the session source (no new token after a 401). */
  token?: string;
}

/** The result of a call: the answer its name stands for, or undefined for a 204. */
type Result<K> = K extends AnswerName ? Answers[K] : undefined;

/**
 * The answers a call is retried after (with its idempotency key, when it has one): they say the
 * server could not take the request now, not that the request is wrong. A 409 is retried only
 * when its code says a request with the same key is still being processed. Every other 4xx
 * (400, 401, 403, 404, 409 key-reused, 413, 415, 422…) describes the request and is final.
 */
const RETRY_STATUSES = [408, 409, 429, 500, 502, 503, 504];
const IN_PROGRESS = 'idempotency/in-progress';

/**
 * The text of an error answer, read once: the retry decision and the error built afterwards both
 * need it, and a second read (or a clone, which some fetch implementations do not tee) would
 * find the body consumed.
 */
const errorBodies = new WeakMap<Response, Promise<string>>();
function errorBody(response: Response): Promise<string> {
  let body = errorBodies.get(response);
  if (!body) {
    body = response.text().catch(() => '');
    errorBodies.set(response, body);
  }
  return body;
}

function parseProblem(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True for a 409 whose problem code says a request with the same key is still being processed. */
async function isInProgress(response: Response): Promise<boolean> {
  const problem = parseProblem(await errorBody(response)) as { code?: unknown } | null | undefined;
  return problem?.code === IN_PROGRESS;
}

/**
 * Sends requests: ky with hooks for auth, `Accept-Language` and request ids; retries with
 * exponential backoff and full jitter (honouring `Retry-After`); an `Idempotency-Key` on every
 * write so that writes are retried safely; member session refresh after a 401; typed errors.
 */
export class Transport {
  readonly #ky: KyInstance;
  readonly #options: ClubClientOptions;
  #token: Promise<string> | undefined;

  constructor(options: ClubClientOptions) {
    this.#options = options;
    const retry = options.retry === false ? { limit: 0 } : (options.retry ?? {});
    const base = 'baseMs' in retry && retry.baseMs !== undefined ? retry.baseMs : 300;
    const cap = 'capMs' in retry && retry.capMs !== undefined ? retry.capMs : 5000;
    this.#ky = ky.create({
      prefixUrl: options.baseUrl.replace(/\/+$/, ''),
      timeout: options.timeoutMs ?? 10_000,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retry: {
        limit: retry.limit ?? 2,
        methods: ['get', 'put', 'delete', 'post', 'patch'],
        statusCodes: RETRY_STATUSES,
        afterStatusCodes: [429, 503],
        maxRetryAfter:
          'maxRetryAfterMs' in retry && retry.maxRetryAfterMs !== undefined ? retry.maxRetryAfterMs : 60_000,
        backoffLimit: cap,
        // Full jitter: attempt n waits a random time up to min(cap, base × 2^(n-1)).
        delay: (attempt) => Math.min(cap, base * 2 ** (attempt - 1)),
        jitter: true,
        // A timed-out attempt may have been done by the server: it is retried like a lost answer,
        // with the same idempotency key, so the retry replays instead of doing it twice.
        retryOnTimeout: true,
        shouldRetry: ({ error }) =>
          error instanceof HTTPError && error.response.status === 409 ? isInProgress(error.response) : undefined,
      },
      hooks: {
        beforeRequest: [
          (request) => {
            const key = options.secretKey ?? options.publishableKey;
            if (key) request.headers.set('Authorization', `Bearer ${key}`);
            request.headers.set('Accept-Language', options.locale ?? 'zh-Hant');
            request.headers.set('Accept', 'application/json');
          },
        ],
      },
    });
  }

  /** True when calls carry member sessions (the client was given a `session` source). */
  get hasSession(): boolean {
    return this.#options.session !== undefined;
  }

  /**
   * The member session token the transport holds, forgotten as it is handed over so that the next
   * call asks the session source for a new one; undefined when it holds none (none asked for yet,
   * or the source failed).
   */
  async takeSessionToken(): Promise<string | undefined> {
    const held = this.#token;
    this.#token = undefined;
    return held?.catch(() => undefined);
  }

  /** The current member session token, asked for when there is none or it is the one a 401 refused (`used`). */
  async #sessionToken(
    session: SessionSource,
    used?: Promise<string>,
  ): Promise<{ token: string; promise: Promise<string> }> {
    // After a 401, only the first caller to notice asks for a new token; the others share it.
    let promise = this.#token;
    if (promise === undefined || promise === used) promise = this.#token = session.getToken();
    try {
      const token = await promise;
      if (typeof token !== 'string' || !token.startsWith('ms_'))
        throw new TypeError(
          `getToken() returned ${typeof token === 'string' ? 'a string that is not a member session token' : typeof token}`,
        );
      return { token, promise };
    } catch (cause) {
      if (this.#token === promise) this.#token = undefined;
      if (cause instanceof ClubClientError) throw cause;
      throw new ClubClientError(
        'client/session-unavailable',
        `No member session: ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause },
      );
    }
  }

  /**
   * Sends one call and returns its parsed body: the answer it names, or undefined for a 204.
   * (Two signatures rather than one conditional type, so that a resource generic over the
   * answer's name, the service desk's, is typed by it too.)
   */
  send<K extends AnswerName>(call: Call<K>): Promise<Answers[K]>;
  send(call: Call<undefined>): Promise<undefined>;
  async send<K extends AnswerName | undefined>(call: Call<K>): Promise<Result<K>> {
    // One key per logical call, reused by every retry of it.
    const key =
      call.method === 'get' || call.method === 'delete' ? undefined : (call.options?.idempotencyKey ?? randomUuid());
    try {
      const session = this.#options.session;
      if (!session || call.token !== undefined) return await this.#attempt(call, call.token, key);
      const first = await this.#sessionToken(session);
      try {
        return await this.#attempt(call, first.token, key);
      } catch (error) {
        // The session expired: ask for a fresh token once, then give up.
        if (!isClubApiError(error) || error.status !== 401) throw error;
        const second = await this.#sessionToken(session, first.promise);
        return await this.#attempt(call, second.token, key);
      }
    } catch (error) {
      // A write the client gave up on may still have been done: its key lets the caller retry it
      // later ({ idempotencyKey }) and get the stored answer instead of doing it twice.
      if (key && error instanceof ClubClientError) error.idempotencyKey = key;
      throw error;
    }
  }

  async #attempt<K extends AnswerName | undefined>(
    call: Call<K>,
    sessionToken: string | undefined,
    idempotencyKey: string | undefined,
  ): Promise<Result<K>> {
    const requestId = `req_${randomUuid().replaceAll('-', '')}`;
    const headers: Record<string, string> = { 'X-Request-Id': requestId };
    if (sessionToken) headers['Authorization'] = `Bearer ${sessionToken}`;
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
    const signals = [
      call.options?.signal,
      this.#options.deadlineMs ? AbortSignal.timeout(this.#options.deadlineMs) : undefined,
    ].filter((s): s is AbortSignal => s !== undefined);
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    const searchParams: Record<string, string> = {};
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) searchParams[k] = String(v);
    let response: Response;
    try {
      response = await this.#ky(call.path.replace(/^\//, ''), {
        method: call.method,
        headers,
        searchParams,
        ...(call.body === undefined ? {} : { json: call.body }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw await this.#failure(error, requestId, call.options?.signal);
    }
    const id = response.headers.get('x-request-id') ?? requestId;
    if (call.answer === undefined) return undefined as Result<K>;
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new ClubResponseError(`The Club API answered ${response.status} with a body that is not JSON.`, {
        status: response.status,
        requestId: id,
        cause,
      });
    }
    // Answers are checked only when asked to: the schemas are an opt-in entry, so that a browser
    // page downloads none of them.
    const check = this.#options.checkResponses;
    if (!check) return json as Result<K>;
    const checked = check(call.answer, json);
    if (!checked.ok) {
      throw new ClubResponseError(
        `The Club API's answer to ${call.method.toUpperCase()} ${call.path} does not match its schema.`,
        { status: response.status, requestId: id, issues: checked.issues },
      );
    }
    return checked.value as Result<K>;
  }

  async #failure(error: unknown, requestId: string, userSignal: AbortSignal | undefined): Promise<unknown> {
    if (error instanceof HTTPError) {
      const { response } = error;
      const body = parseProblem(await errorBody(response));
      return errorFromResponse(response.status, body, response.headers.get('x-request-id') ?? requestId);
    }
    if (userSignal?.aborted) return userSignal.reason;
    if (error instanceof TimeoutError) {
      return new ClubTimeoutError(`No answer within ${this.#options.timeoutMs ?? 10_000} ms.`, {
        requestId,
        cause: error,
      });
    }
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return new ClubTimeoutError(`The call did not finish within its deadline of ${this.#options.deadlineMs} ms.`, {
        requestId,
        cause: error,
      });
    }
    if (error instanceof ClubClientError) return error;
    return new ClubNetworkError(
      `The Club API could not be reached: ${error instanceof Error ? error.message : String(error)}`,
      { requestId, cause: error },
    );
  }
}
