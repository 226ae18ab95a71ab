import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { Caller, ClubEnv } from './env.js';
import { HttpProblem, problemResponse } from './problem.js';

/** Options of the per-caller rate limit. */
export interface RateLimitOptions {
  /** Sustained requests a second per key. @default 20 */
  perSecond?: number;
  /** Requests a key may make at once before the sustained rate applies. @default 100 */
  burst?: number;
  /**
   * API processes that serve the club behind one load balancer. Buckets live in each process's
   * memory (no database round trip per request), so each process keeps `perSecond / processes`
   * and `burst / processes`: spread over the processes, a caller gets the configured limit in all.
   * @default 1
   */
  processes?: number;
}

/** A token bucket per caller: `take` answers how long to wait, 0 when the request may go. */
export class RateLimiter {
  readonly #rate: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor({ perSecond = 20, burst = 100, processes = 1 }: RateLimitOptions = {}) {
    if (!Number.isInteger(processes) || processes < 1)
      throw new Error('rate limit needs processes to be an integer >= 1');
    if (!(perSecond > 0) || !(burst / processes >= 1))
      throw new Error('rate limit needs perSecond > 0 and burst >= 1 for each process (burst >= processes)');
    this.#rate = perSecond / processes;
    this.#burst = Math.floor(burst / processes);
  }

  /** Takes one token for `id` at time `nowMs`; returns the seconds to wait, or 0 when allowed. */
  take(id: string, nowMs: number): number {
    let bucket = this.#buckets.get(id);
    if (!bucket) {
      if (this.#buckets.size >= 100_000) this.#sweep(nowMs);
      bucket = { tokens: this.#burst, at: nowMs };
      this.#buckets.set(id, bucket);
    }
    bucket.tokens = Math.min(this.#burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.#rate);
    bucket.at = nowMs;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return (1 - bucket.tokens) / this.#rate;
  }

  /**
   * Takes `tokens` more from the bucket of `id` after an expensive request was served: the bucket
   * may go below zero, and the caller then waits until it has refilled past one.
   */
  charge(id: string, tokens: number, nowMs: number): void {
    const bucket = this.#buckets.get(id);
    if (!bucket || !(tokens > 0)) return;
    const refilled = Math.min(this.#burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.#rate);
    bucket.tokens = Math.max(-this.#burst, refilled - tokens);
    bucket.at = nowMs;
  }

  /** Requests left in the bucket of `id` right now. */
  remaining(id: string): number {
    return Math.floor(this.#buckets.get(id)?.tokens ?? this.#burst);
  }

  get limit(): number {
    return this.#burst;
  }

  #sweep(nowMs: number): void {
    for (const [id, b] of this.#buckets) if (nowMs - b.at > (this.#burst / this.#rate) * 1000) this.#buckets.delete(id);
  }
}

/**
 * The connecting address of a request. Only @hono/node-server has a socket to ask; when the app
 * is called through `fetch` or mounted in another runtime there is none, and every such request
 * counts as `local`.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/**
 * Who a request is counted as. Secret keys and member sessions are one caller each; a
 * publishable key (and no key) is shared by every visitor of a partner site, so those count per
 * connecting address.
 */
export function rateLimitId(caller: Caller | null, address: string): string {
  return caller && caller.kind !== 'publishable' ? caller.id : `${caller?.id ?? 'anonymous'}@${address}`;
}

/** The 429 problem of a caller who has to wait `wait` seconds. */
export function rateLimitedProblem(limiter: RateLimiter, wait: number): HttpProblem {
  return new HttpProblem(429, 'rate-limited', 'Too many requests for this key; retry after the time in Retry-After.', {
    headers: {
      'Retry-After': String(Math.ceil(wait)),
      'RateLimit-Limit': String(limiter.limit),
      'RateLimit-Remaining': '0',
    },
  });
}

/** {@link rateLimitedProblem} as a response, for code that answers instead of throwing (the app's not-found). */
export function rateLimitedResponse(c: Context<ClubEnv>, limiter: RateLimiter, wait: number): Response {
  const p = rateLimitedProblem(limiter, wait);
  return problemResponse(c, p.status, p.code, p.message, undefined, p.extra.headers);
}

/**
 * Spends one token of the caller's bucket, or refuses with 429 and Retry-After. Runs after the
 * caller is identified (the bucket is theirs; a refused or missing credential has no caller and
 * spends the connecting address's bucket) and before the refusal or the route's own checks are
 * answered, so that refused calls count too.
 */
export function rateLimitMiddleware(
  limiter: RateLimiter,
  address: (c: Context<ClubEnv>) => string = clientAddress,
): MiddlewareHandler<ClubEnv> {
  return async (c, next) => {
    const id = rateLimitId(c.var.caller, address(c));
    const wait = limiter.take(id, c.var.now.getTime());
    if (wait > 0) throw rateLimitedProblem(limiter, wait);
    await next();
    // A handler whose work grew with the request says so; the caller's later requests pay for it.
    const extra = c.get('extraCost');
    if (extra !== undefined) limiter.charge(id, extra, c.var.now.getTime());
  };
}
