import { randomUuid } from '@clubkit/core/shared';
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

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const stop = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve();
    }, ms);
    signal?.addEventListener('abort', stop, { once: true });
  });
}

/** The wait a `Retry-After` header asks for in ms (delay-seconds or an HTTP date); undefined without a usable one. */
function retryAfterMs(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** An answer with an error status, as the retry loop hands it on. */
class ErrorAnswer extends Error {
  constructor(readonly response: Response) {
    super(`The Club API answered ${response.status}`);
  }
}

/** Each answer's Request, held as long as the answer is (see `#fetch`). */
const requestOf = new WeakMap<Response, Request>();

/** The last attempt took longer than `timeoutMs`. */
class AttemptTimeout extends Error {}

/**
 * Sends requests with `fetch`: the key, `Accept-Language` and a request id on every one; retries
 * with exponential backoff and full jitter (honouring `Retry-After`); an `Idempotency-Key` on
 * every write so that writes are retried safely; member session refresh after a 401; typed errors.
 */
export class Transport {
  readonly #options: ClubClientOptions;
  readonly #base: string;
  readonly #retry: { limit: number; baseMs: number; capMs: number; maxRetryAfterMs: number };
  #token: Promise<string> | undefined;

  constructor(options: ClubClientOptions) {
    this.#options = options;
    this.#base = options.baseUrl.replace(/\/+$/, '');
    const retry = options.retry === false ? { limit: 0 } : (options.retry ?? {});
    this.#retry = {
      limit: retry.limit ?? 2,
      baseMs: 'baseMs' in retry && retry.baseMs !== undefined ? retry.baseMs : 300,
      capMs: 'capMs' in retry && retry.capMs !== undefined ? retry.capMs : 5000,
      maxRetryAfterMs:
        'maxRetryAfterMs' in retry && retry.maxRetryAfterMs !== undefined ? retry.maxRetryAfterMs : 60_000,
    };
  }

  /**
   * Fetches until an answer is final: a success, an error status that no retry can mend, or the
   * retry limit. Lost connections, timed-out attempts (the server may have done the work: the
   * retry carries the same idempotency key and replays) and the statuses in `RETRY_STATUSES` are
   * retried after `Retry-After` (429, 503) or a random wait up to min(cap, base × 2^n).
   * Throws an {@link ErrorAnswer}, or what `fetch` or the signal threw.
   */
  async #fetch(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
    const { limit, baseMs, capMs, maxRetryAfterMs } = this.#retry;
    const timeoutMs = this.#options.timeoutMs ?? 10_000;
    const fetch = this.#options.fetch ?? globalThis.fetch;
    for (let attempt = 0; ; attempt++) {
      // The attempt's timeout covers the wait for the answer's headers; once they are here, a long
      // body is read under the caller's signal and the deadline only.
      const timeout = new AbortController();
      const timer = setTimeout(() => {
        timeout.abort(new DOMException(`No answer within ${timeoutMs} ms.`, 'TimeoutError'));
      }, timeoutMs);
      let wait: number | undefined;
      try {
        const attemptSignal = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
        const request = new Request(url, { ...init, signal: attemptSignal });
        const response = await fetch(request);
        clearTimeout(timer);
        // Node's fetch follows a Request's signal through a weak reference: once nothing holds the
        // Request, it can be collected mid-call and the timeout's, the deadline's or the caller's
        // abort is lost (nodejs/node#55428). `request` is held above until the answer's headers,
        // and by its response while the body is read.
        requestOf.set(response, request);
        if (response.ok) return response;
        const retry =
          attempt < limit &&
          RETRY_STATUSES.includes(response.status) &&
          (response.status !== 409 || (await isInProgress(response)));
        if (!retry) throw new ErrorAnswer(response);
        await errorBody(response);
        if (response.status === 429 || response.status === 503) {
          const after = retryAfterMs(response);
          if (after !== undefined) wait = Math.min(after, maxRetryAfterMs);
        }
      } catch (error) {
        // Final answers, and the caller's or the deadline's abort, end the call.
        if (error instanceof ErrorAnswer || signal?.aborted) throw error;
        if (attempt >= limit) throw timeout.signal.aborted ? new AttemptTimeout() : error;
      } finally {
        clearTimeout(timer);
      }
      await sleep(wait ?? Math.random() * Math.min(capMs, baseMs * 2 ** attempt), signal);
    }
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

  /** The current session token (member or staff), asked for when there is none or it is the one a 401 refused (`used`). */
  async #sessionToken(
    session: SessionSource,
    used?: Promise<string>,
  ): Promise<{ token: string; promise: Promise<string> }> {
    // After a 401, only the first caller to notice asks for a new token; the others share it.
    let promise = this.#token;
    if (promise === undefined || promise === used) promise = this.#token = session.getToken();
    try {
      const token = await promise;
      // A member session (`ms_…`) or a staff session (`ss_…`).
      if (typeof token !== 'string' || !/^[ms]s_/.test(token))
        throw new TypeError(
          `getToken() returned ${typeof token === 'string' ? 'a string that is not a session token' : typeof token}`,
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
    const key = this.#options.secretKey ?? this.#options.publishableKey;
    if (key && !sessionToken) headers['Authorization'] = `Bearer ${key}`;
    headers['Accept-Language'] = this.#options.locale ?? 'zh-Hant';
    headers['Accept'] = 'application/json';
    if (call.body !== undefined) headers['Content-Type'] = 'application/json';
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) query.set(k, String(v));
    const search = query.toString() === '' ? '' : `?${query}`;
    let response: Response;
    try {
      response = await this.#fetch(
        `${this.#base}/${call.path.replace(/^\//, '')}${search}`,
        {
          method: call.method.toUpperCase(),
          headers,
          ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        },
        signal,
      );
    } catch (error) {
      throw await this.#failure(error, requestId, call.options?.signal);
    }
    const id = response.headers.get('x-request-id') ?? requestId;
    if (call.answer === undefined) return undefined as Result<K>;
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The body was cut off: the connection dropped, or the caller or the deadline aborted.
      throw await this.#failure(error, id, call.options?.signal);
    }
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
    if (error instanceof ErrorAnswer) {
      const { response } = error;
      const body = parseProblem(await errorBody(response));
      return errorFromResponse(response.status, body, response.headers.get('x-request-id') ?? requestId);
    }
    if (userSignal?.aborted) return userSignal.reason;
    if (error instanceof AttemptTimeout) {
      return new ClubTimeoutError(`No answer within ${this.#options.timeoutMs ?? 10_000} ms.`, { requestId });
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
