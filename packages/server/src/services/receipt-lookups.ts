import type { Services } from './services.js';

/** Misses one reference may take in a window before its lookups answer 429. */
export const RECEIPT_MISSES_ALLOWED = 5;
/** The window misses are counted in, in seconds. */
export const RECEIPT_MISS_WINDOW_SECONDS = 15 * 60;

/**
 * Counts failed receipt lookups per reference (unknown reference, wrong or missing phone digits)
 * in a fixed window. Unknown references count like known ones, so that a 429 says nothing about
 * whether a reference exists. Held in memory, per server.
 */
export class ReceiptLookups {
  readonly #misses = new Map<string, { count: number; until: number }>();

  /** Seconds until lookups of `reference` are answered again, 0 when they are now. */
  blockedFor(reference: string, nowMs: number): number {
    const entry = this.#misses.get(reference);
    if (!entry || entry.until <= nowMs || entry.count < RECEIPT_MISSES_ALLOWED) return 0;
    return Math.ceil((entry.until - nowMs) / 1000);
  }

  /** Records a miss on `reference` at `nowMs`. */
  miss(reference: string, nowMs: number): void {
    if (this.#misses.size >= 100_000) this.#sweep(nowMs);
    const entry = this.#misses.get(reference);
    if (!entry || entry.until <= nowMs) {
      this.#misses.set(reference, { count: 1, until: nowMs + RECEIPT_MISS_WINDOW_SECONDS * 1000 });
    } else {
      entry.count += 1;
    }
  }

  #sweep(nowMs: number): void {
    for (const [reference, entry] of this.#misses) if (entry.until <= nowMs) this.#misses.delete(reference);
  }
}

const byServer = new WeakMap<Services, ReceiptLookups>();

/** The receipt lookup counter of the server whose services these are. */
export function receiptLookupsOf(services: Services): ReceiptLookups {
  let lookups = byServer.get(services);
  if (!lookups) {
    lookups = new ReceiptLookups();
    byServer.set(services, lookups);
  }
  return lookups;
}
