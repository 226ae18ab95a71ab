/** Options of the per-caller rate limit. */
export interface RateLimitOptions {
  /** Sustained requests a second per key. @default 20 */
  perSecond?: number;
  /** Requests a key may make at once before the sustained rate applies. @default 100 */
  burst?: number;
}

/** A token bucket per caller: `take` answers how long to wait, 0 when the request may go. */
export class RateLimiter {
  readonly #rate: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor({ perSecond = 20, burst = 100 }: RateLimitOptions = {}) {
    if (!(perSecond > 0) || !(burst >= 1)) throw new Error('rate limit needs perSecond > 0 and burst >= 1');
    this.#rate = perSecond;
    this.#burst = burst;
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
