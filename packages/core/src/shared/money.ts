import { ClubError, INVALID_INPUT } from './errors.js';

/** Locales whose messages clubkit ships. Any other BCP 47 tag works where `Intl` does. */
export const ClubLocale = { zhHant: 'zh-Hant', zhHans: 'zh-Hans', en: 'en' } as const;
/** A locale clubkit ships messages for. */
export type ClubLocale = (typeof ClubLocale)[keyof typeof ClubLocale];

function invalid(message: string): ClubError {
  return new ClubError(INVALID_INPUT, message, { issues: [{ path: [], code: 'invalid_type', message }] });
}

/** Throws `invalid-input` unless `fen` is a safe integer. */
export function assertFen(fen: number, name = 'amount'): void {
  if (!Number.isSafeInteger(fen)) throw invalid(`${name} must be an integer number of fen, got ${String(fen)}`);
}

/**
 * Rounds `numerator / denominator` half away from zero, exactly, for bigints (products of fen
 * can pass 2^53). @internal
 */
export function divideHalfUpExact(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = n / d;
  const rounded = 2n * (n - q * d) >= d ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/**
 * Rounds `numerator / denominator` half away from zero, exactly, for integers.
 * @internal
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const q = Math.floor(n / d);
  const r = n - q * d;
  return sign * (2 * r >= d ? q + 1 : q);
}

/**
 * `a × b / d` for integers, rounded half away from zero, exactly: in bigint when the product
 * leaves the safe integer range. @internal
 */
export function multiplyDivideHalfUp(a: number, b: number, d: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return divideHalfUp(product, d);
  return Number(divideHalfUpExact(BigInt(a) * BigInt(b), BigInt(d)));
}

/**
 * `amount × k / n` rounded half up (as {@link multiplyDivideHalfUp}) for k = `from`, `from` + 1, … n:
 * each {@link HalfUpSteps.next} gives the next k's value, carrying the quotient and remainder of
 * amount × k by n instead of dividing. For a year's amount earned day by day. Needs an amount ≥ 0,
 * n ≥ 1 and 0 ≤ `from` ≤ n, all safe integers; past k = n a value can leave the safe integers. @internal
 */
export class HalfUpSteps {
  private quotient: number;
  private rest: number;
  private readonly step: number;
  private readonly stepRest: number;
  private readonly n: number;

  constructor(amount: number, n: number, from: number) {
    this.n = n;
    this.step = Math.floor(amount / n);
    this.stepRest = amount - this.step * n;
    const product = amount * from;
    if (Number.isSafeInteger(product)) {
      this.rest = product % n;
      this.quotient = (product - this.rest) / n;
    } else {
      const exact = BigInt(amount) * BigInt(from);
      this.quotient = Number(exact / BigInt(n));
      this.rest = Number(exact % BigInt(n));
    }
  }

  /** The value at the current k (rounded half up), then moves on to k + 1. */
  next(): number {
    const { quotient, rest, n } = this;
    const value = 2 * rest >= n ? quotient + 1 : quotient;
    const carried = rest + this.stepRest;
    if (carried >= n) {
      this.quotient = quotient + this.step + 1;
      this.rest = carried - n;
    } else {
      this.quotient = quotient + this.step;
      this.rest = carried;
    }
    return value;
  }
}

/** Rounds a non-integer amount of fen half away from zero. @internal */
export function roundFen(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

/**
 * Converts an amount in yuan (CNY) to integer fen, rounding half-up to the fen.
 *
 * @example
 * yuan(365) // 36500
 * yuan(12.345) // 1235
 */
export function yuan(amount: number): number {
  if (typeof amount !== 'number' || !Number.isFinite(amount))
    throw invalid(`yuan() needs a finite number, got ${String(amount)}`);
  const text = String(Math.abs(amount));
  // Shift the decimal point in the text, not in binary floating point: 1.005 is 100.5 fen, not 100.49999.
  const shifted = text.includes('e') ? Math.abs(amount) * 100 : Number(`${text}e2`);
  const fen = Math.sign(amount) * Math.round(shifted);
  if (!Number.isSafeInteger(fen)) throw invalid(`yuan() amount is too large: ${String(amount)}`);
  return fen === 0 ? 0 : fen;
}

/**
 * Whether an amount of yuan is a whole number of fen (at most two decimals), decided on its
 * decimal text as `yuan()` converts it, not in binary floating point: 1.1 and 88.5 are, 1.005
 * is not.
 *
 * @example
 * isWholeFen(88.5) // true
 * isWholeFen(1.005) // false
 */
export function isWholeFen(amount: number): boolean {
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return false;
  const text = String(Math.abs(amount));
  if (text.includes('e')) return Number.isInteger(Math.abs(amount) * 100);
  const decimals = text.split('.')[1] ?? '';
  return decimals.length <= 2;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * Formats an amount of fen as CNY for a locale through `Intl.NumberFormat`: `¥` in Chinese,
 * where the yuan is the only yen sign a reader expects, and `CN¥` in other languages, where `¥`
 * could be the Japanese yen.
 *
 * @param fen - integer fen
 * @param locale - `zh-Hant` (default), `zh-Hans`, `en` or any locale `Intl` knows
 * @example
 * formatMoney(36500, 'en') // 'CN¥365.00'
 * formatMoney(36500, 'zh-Hant') // '¥365.00'
 */
export function formatMoney(fen: number, locale: ClubLocale | (string & {}) = 'zh-Hant'): string {
  assertFen(fen);
  let format = formatters.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'CNY',
        currencyDisplay: /^zh(?:-|$)/i.test(locale) ? 'narrowSymbol' : 'symbol',
      });
    } catch (cause) {
      throw new ClubError(INVALID_INPUT, `Unknown locale ${JSON.stringify(locale)}`, { cause });
    }
    formatters.set(locale, format);
  }
  return format.format(fen / 100);
}
