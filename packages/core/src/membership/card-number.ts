import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import {
  CARD_NUMBER_DIGITS,
  CARD_NUMBER_FORMAT,
  compactCardNumber,
  LUHN_MISMATCH,
  luhnDigit,
  passesLuhn,
} from './card-number-rules.js';
import { invalidField } from './errors.js';

const CARD_LENGTH = 16;

/** A member card number: 16 ASCII digits, no spaces, the last a Luhn check digit. */
export const CardNumber = z
  .stringFormat(CARD_NUMBER_FORMAT, CARD_NUMBER_DIGITS, { abort: true })
  .check(z.refine(passesLuhn, { error: LUHN_MISMATCH }));
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
 * A card number as typed, checked and without its spaces and hyphens: what a search by card
 * number matches stored numbers with. Throws `invalid-input` when what is left is not 16 digits
 * with a correct Luhn digit.
 *
 * @example
 * normalizeCardNumber('6220 0000 0000 0423') // '6220000000000423'
 */
export function normalizeCardNumber(value: string): CardNumber {
  const compact: unknown = typeof value === 'string' ? compactCardNumber(value) : value;
  return parseInput(CardNumber, compact, 'card number');
}
