import { divideHalfUp } from '../shared/money.js';

/**
 * `a × b / d` for integers, rounded half away from zero, exactly: falls back to bigint when
 * the product leaves the safe integer range. `d` must be positive. @internal
 */
export function multiplyDivideHalfUp(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divideHalfUp(product, d);
  const n = BigInt(a) * BigInt(b);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const div = BigInt(d);
  const q = abs / div;
  const rounded = (abs - q * div) * 2n >= div ? q + 1n : q;
  return Number(negative ? -rounded : rounded);
}
