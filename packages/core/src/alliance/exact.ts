import { ClubError, INVALID_INPUT } from '../shared/errors.js';

// Exact integer helpers for this context. Products of fen can pass 2^53, so they run in bigint;
// the rounding division itself is shared (`divideHalfUpExact` in ../shared/money.ts).

/** True when `part / whole >= num / den`, compared without floating point. */
export function ratioAtLeast(part: number, whole: number, num: bigint, den: bigint): boolean {
  return BigInt(part) * den >= BigInt(whole) * num;
}

/** The bigint as a number of fen, or `invalid-input` when it is beyond the safe integer range. */
export function toSafeFen(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    const message = `${what} is too large to represent exactly in fen`;
    throw new ClubError(INVALID_INPUT, message, { issues: [{ path: [], code: 'too_big', message }] });
  }
  return Number(value);
}

const DECIMAL = /^(\d+)(?:\.(\d{1,6}))?$/;

/** True for a non-negative number written with at most six decimals (`4`, `4.5`). */
export function isShortDecimal(value: number): boolean {
  return Number.isFinite(value) && DECIMAL.test(String(value));
}

/** A short decimal as an exact fraction: `4.5` → `[45n, 10n]`. */
export function decimalRatio(value: number): [bigint, bigint] {
  const m = DECIMAL.exec(String(value));
  if (!m) throw new ClubError(INVALID_INPUT, `Expected a decimal with at most six places, got ${String(value)}`);
  const decimals = m[2] ?? '';
  return [BigInt(`${m[1] ?? '0'}${decimals}`), 10n ** BigInt(decimals.length)];
}
