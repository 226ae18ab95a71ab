import type { ClubIssue } from '../shared/errors.js';
import { invalidInput } from '../shared/invalid-input.js';
import { typeMismatch } from '../shared/type-mismatch.js';

// The rules of a member card number as plain data and predicates: `CardNumber` (card-number.ts)
// is the schema built from them, and the checks here apply the same rules without a schema.

/** The name of the card number format in issues. @internal */
export const CARD_NUMBER_FORMAT = 'card-number';
/** A card number's shape: 16 ASCII digits. @internal */
export const CARD_NUMBER_DIGITS = /^\d{16}$/;
/** What a card number whose last digit is not its Luhn check digit is told. @internal */
export const LUHN_MISMATCH = 'Card number check digit does not match (Luhn)';

const SEPARATORS = /[\s-]/g;

/** The Luhn check digit that completes `body` (a string of digits). @internal */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Counting from the right of the body, every first, third, … digit is doubled.
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last of `digits` is the Luhn check digit of the others. @internal */
export function passesLuhn(digits: string): boolean {
  return luhnDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** A card number as typed, without its spaces and hyphens. @internal */
export function compactCardNumber(value: string): string {
  return value.replace(SEPARATORS, '');
}

/**
 * The issue `CardNumber` reports for `value`, or undefined for a card number: the same code,
 * path and wording, in the order the schema checks (type, then digits, then the Luhn digit).
 */
function cardNumberIssue(value: unknown): ClubIssue | undefined {
  if (typeof value !== 'string') return { path: [], code: 'invalid_type', message: typeMismatch('string', value) };
  // Worded as `toClubIssues` words the schema's issues (compared in card-number.test.ts).
  if (!CARD_NUMBER_DIGITS.test(value))
    return { path: [], code: 'invalid_format', message: `Invalid ${CARD_NUMBER_FORMAT}` };
  if (!passesLuhn(value)) return { path: [], code: 'custom', message: LUHN_MISMATCH };
  return undefined;
}

/**
 * True when `value` is a card number (16 digits with a correct Luhn digit), ignoring spaces
 * and hyphens; false for anything else. Never throws.
 *
 * @example
 * isValidCardNumber('6220 0000 0000 0423') // true
 * isValidCardNumber('6220 0000 0000 0424') // false
 */
export function isValidCardNumber(value: unknown): boolean {
  return typeof value === 'string' && cardNumberIssue(compactCardNumber(value)) === undefined;
}

/**
 * Masks a card number for display, showing only its last 4 digits. Spaces and hyphens in
 * the input are ignored; throws `invalid-input` when it is not a valid card number.
 *
 * @example
 * maskCardNumber('6220000000000423') // '•••• •••• •••• 0423'
 */
export function maskCardNumber(cardNumber: string): string {
  const compact: unknown = typeof cardNumber === 'string' ? compactCardNumber(cardNumber) : cardNumber;
  const issue = cardNumberIssue(compact);
  if (issue !== undefined) throw invalidInput([issue], 'card number');
  return `•••• •••• •••• ${(compact as string).slice(-4)}`;
}
