import { passesLuhn } from '../membership/card-number-rules.js';

// The member code's shape as plain predicates, without a schema: what a counter checks before any
// request (`CardCode` in card-code.ts is the schema built from the same rules).

/** Digits of a member code: 11 random digits and a Luhn check digit, so a mistyped code is caught before any request. */
export const CARD_CODE_LENGTH = 12;

/** A member code's shape: 12 ASCII digits. @internal */
export const CODE_DIGITS = /^\d{12}$/;

/** Whether `value` (spaces and hyphens ignored) is shaped like a member code, check digit included. */
export function isCardCode(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '');
  return CODE_DIGITS.test(digits) && passesLuhn(digits);
}
