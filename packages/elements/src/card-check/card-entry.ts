import { yuan } from '@clubkit/core/shared';
import { isValidCardNumber } from '@clubkit/core/membership';
import { CARD_CODE_LENGTH, isCardCode } from '@clubkit/core/vip';
import { isAmountYuan, parseAmountYuan } from '../shared/amount.js';

/** Digits of a member card number, printed on the card. */
const CARD_NUMBER_LENGTH = 16;

/** What the counter typed: the member code or the card number, and the bill in yuan, as text. */
export interface CardCheckValues {
  /** The 12-digit member code (scanned or typed) or the 16-digit card number; spaces and hyphens allowed. */
  card: string;
  /** The bill in yuan (`¥`, full-width digits and thousands separators accepted). */
  bill: string;
}

/** A field of the counter's form. */
export type CardCheckField = keyof CardCheckValues;

/** Why a field of the counter's form is refused before any request. */
export const CardEntryIssueCode = {
  /** Nothing typed. */
  required: 'required',
  /** Neither the 12 digits of a member code nor the 16 of a card number. */
  length: 'length',
  /** The digits' last is not their Luhn check digit: one was mistyped. */
  checkDigit: 'check-digit',
  /** Not an amount of yuan with at most two decimals. */
  money: 'money',
  /** The bill must be more than 0. */
  positive: 'positive',
} as const;
/** Why a field of the counter's form is refused. */
export type CardEntryIssueCode = (typeof CardEntryIssueCode)[keyof typeof CardEntryIssueCode];

/** A refused field and why. */
export interface CardEntryIssue {
  field: CardCheckField;
  code: CardEntryIssueCode;
}

/** How the card is identified: the live member code (checks and redeems) or the card number (checks only). */
export type CardIdentification = { code: string } | { cardNumber: string };

/** What {@link readCardCheckForm} finds: the request to send, or the issues in form order. */
export type CardCheckFormResult =
  { ok: true; card: CardIdentification; billFen: number } | { ok: false; issues: CardEntryIssue[] };

/**
 * Reads the card field: 12 digits are a member code, 16 a card number, each with its Luhn check
 * digit verified here, so a mistyped digit is caught before any request. Full-width digits (from a
 * Chinese IME), spaces and hyphens are accepted.
 *
 * @example
 * readCardEntry('1234 5678 9015') // { ok: true, card: { code: '123456789015' } }
 * readCardEntry('123456789016') // { ok: false, code: 'check-digit' }
 */
export function readCardEntry(
  text: string,
): { ok: true; card: CardIdentification } | { ok: false; code: CardEntryIssueCode } {
  const digits = text.normalize('NFKC').replace(/[\s-]/g, '');
  if (digits === '') return { ok: false, code: CardEntryIssueCode.required };
  if (!/^\d+$/.test(digits) || (digits.length !== CARD_CODE_LENGTH && digits.length !== CARD_NUMBER_LENGTH))
    return { ok: false, code: CardEntryIssueCode.length };
  if (digits.length === CARD_CODE_LENGTH)
    return isCardCode(digits)
      ? { ok: true, card: { code: digits } }
      : { ok: false, code: CardEntryIssueCode.checkDigit };
  return isValidCardNumber(digits)
    ? { ok: true, card: { cardNumber: digits } }
    : { ok: false, code: CardEntryIssueCode.checkDigit };
}

/**
 * Reads the bill typed in yuan as integer fen, exactly: the decimal text is shifted, never
 * multiplied in floating point (`0.29` is 29 fen, not 28.999…).
 *
 * @example
 * readBill('¥1,288.50') // { ok: true, billFen: 128850 }
 * readBill('1.005') // { ok: false, code: 'money' }
 */
export function readBill(text: string): { ok: true; billFen: number } | { ok: false; code: CardEntryIssueCode } {
  const amount = parseAmountYuan(text);
  if (amount === undefined) return { ok: false, code: CardEntryIssueCode.required };
  if (Number.isNaN(amount) || !isAmountYuan(amount)) return { ok: false, code: CardEntryIssueCode.money };
  const billFen = yuan(amount);
  return billFen > 0 ? { ok: true, billFen } : { ok: false, code: CardEntryIssueCode.positive };
}

/** Checks both fields of the counter's form, in form order (the card, then the bill). */
export function readCardCheckForm(values: CardCheckValues): CardCheckFormResult {
  const card = readCardEntry(values.card);
  const bill = readBill(values.bill);
  if (card.ok && bill.ok) return { ok: true, card: card.card, billFen: bill.billFen };
  const issues: CardEntryIssue[] = [];
  if (!card.ok) issues.push({ field: 'card', code: card.code });
  if (!bill.ok) issues.push({ field: 'bill', code: bill.code });
  return { ok: false, issues };
}
