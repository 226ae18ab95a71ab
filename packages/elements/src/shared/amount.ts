import { isWholeFen } from '@clubkit/core/shared';

/** The largest purchase the directory prices, in yuan (a typo guard, far above any real purchase). */
export const MAX_AMOUNT_YUAN = 100_000_000;

/**
 * Reads what someone typed as an amount of yuan (a member in the directory, an operator in a form): full-width digits and `．` (from a Chinese
 * IME), a leading `¥`/`￥`, spaces and thousands separators are accepted.
 *
 * @returns the amount; `undefined` for an empty field; `NaN` for text that is not an amount
 * @example
 * parseAmountYuan('１２０') // 120
 * parseAmountYuan('¥1,288.50') // 1288.5
 * parseAmountYuan('') // undefined
 * parseAmountYuan('abc') // NaN
 */
export function parseAmountYuan(text: string): number | undefined {
  const plain = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[¥￥]/, '');
  if (plain === '') return undefined;
  const digits = /^\d{1,3}(,\d{3})+(\.\d*)?$/.test(plain) ? plain.replaceAll(',', '') : plain;
  return /^(\d+(\.\d*)?|\.\d+)$/.test(digits) ? Number(digits) : Number.NaN;
}

/**
 * Whether `amount` is an amount of yuan the directory can price: finite, not negative, at most
 * two decimals (whole fen) and at most {@link MAX_AMOUNT_YUAN}.
 *
 * @example
 * isAmountYuan(88.5) // true
 * isAmountYuan(1.005) // false
 */
export function isAmountYuan(amount: number): boolean {
  // Whole fen by core's `isWholeFen`, on the decimal text as `yuan()` converts it: a float
  // tolerance would let through amounts `yuan()` then rejects, or round ones it keeps.
  return amount >= 0 && amount <= MAX_AMOUNT_YUAN && isWholeFen(amount);
}
