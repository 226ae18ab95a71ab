import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { invalidField } from './errors.js';

const CARD_LENGTH = 16;
const SEPARATORS = /[\s-]/g;

/** The Luhn check digit that completes `body` (a string of digits). */
function luhnDigit(body: string): number {
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

function passesLuhn(digits: string): boolean {
  return luhnDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}

/** A member card number: 16 ASCII digits, no spaces, the last a Luhn check digit. */
export const CardNumber = z
  .stringFormat('card-number', /^\d{16}$/, { abort: true })
  .check(z.refine(passesLuhn, { error: 'Card number check digit does not match (Luhn)' }));
/** A member card number (16 digits, Luhn-checked). */
export type CardNumber = z.infer<typeof CardNumber>;

/** A club's card issuer prefix: 1 to 8 digits that start every card number it issues. */
export const CardIssuerPrefix = z.stringFormat('card-issuer-prefix', /^\d{1,8}$/);
/** A card issuer prefix. */
export type CardIssuerPrefix = z.infer<typeof CardIssuerPrefix>;

const CardNumberRequest = z.object({ prefix: CardIssuerPrefix, sequence: z.int().check(z.minimum(0)) });

/**
 * Builds the card number for a club's issuer `prefix` and a running `sequence`: the prefix,
 * the sequence zero-padded to 15 digits in all, then the Luhn check digit.
 * Throws `invalid-input` when the prefix is not 1–8 digits or the sequence does not fit.
 *
 * @example
 * issueCardNumber('622', 42) // '6220000000000423'
 */
export function issueCardNumber(prefix: string, sequence: number): CardNumber {
  const request = parseInput(CardNumberRequest, { prefix, sequence }, 'card number request');
  const width = CARD_LENGTH - 1 - request.prefix.length;
  const digits = String(request.sequence);
  if (digits.length > width) {
    throw invalidField(
      ['sequence'],
      'too_big',
      `Sequence ${digits} does not fit in the ${width} digits left by prefix ${request.prefix}`,
    );
  }
  const body = request.prefix + digits.padStart(width, '0');
  return body + String(luhnDigit(body));
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
  return typeof value === 'string' && CardNumber.safeParse(value.replace(SEPARATORS, '')).success;
}

/**
 * Masks a card number for display, showing only its last 4 digits. Spaces and hyphens in
 * the input are ignored; throws `invalid-input` when it is not a valid card number.
 *
 * @example
 * maskCardNumber('6220000000000423') // '•••• •••• •••• 0423'
 */
export function maskCardNumber(cardNumber: string): string {
  const compact = typeof cardNumber === 'string' ? cardNumber.replace(SEPARATORS, '') : cardNumber;
  const digits = parseInput(CardNumber, compact, 'card number');
  return `•••• •••• •••• ${digits.slice(-4)}`;
}
