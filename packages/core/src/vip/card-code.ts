import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { luhnDigit, passesLuhn } from '../membership/card-number-rules.js';
import { CODE_DIGITS } from './card-code-rules.js';
import { vipError, VipErrorCode } from './errors.js';

/** Seconds a member code stays good for: about a minute, so a photographed code is worth nothing. */
export const CARD_CODE_TTL_SECONDS = 60;

/**
 * A member code as the counter reads it: the QR payload or the same 12 digits typed (spaces and
 * hyphens allowed), the last a Luhn check digit.
 */
export const CardCode = z.pipe(
  z.string().check(
    z.maxLength(24),
    z.overwrite((v) => v.replace(/[\s-]/g, '')),
  ),
  z
    .string()
    .check(
      z.regex(CODE_DIGITS, { error: 'A member code is 12 digits' }),
      z.refine(passesLuhn, { error: 'Member code check digit does not match (Luhn)' }),
    ),
);
/** A member code. */
export type CardCode = z.infer<typeof CardCode>;

/**
 * The member code made of 11 random digits: they are followed by their Luhn check digit. The
 * digits come from the server's cryptographic random source; core only shapes them.
 *
 * @example
 * cardCodeFromDigits('12345678901') // '123456789015'
 */
export function cardCodeFromDigits(random11: string): string {
  if (!/^\d{11}$/.test(random11)) throw new RangeError('A member code is made of 11 random digits.');
  return `${random11}${luhnDigit(random11)}`;
}

/** The instant a code issued at `issuedAt` stops being good. */
export function cardCodeExpiry(issuedAt: IsoInstant): IsoInstant {
  return new Date(Date.parse(issuedAt) + CARD_CODE_TTL_SECONDS * 1000).toISOString();
}

/** Where an issued member code stands at an instant. */
export const CardCodeState = { valid: 'valid', expired: 'expired', used: 'used' } as const;
/** Where an issued member code stands. */
export type CardCodeState = (typeof CardCodeState)[keyof typeof CardCodeState];

/** An issued member code as the server keeps it. */
export interface IssuedCardCode {
  expiresAt: IsoInstant;
  /** When a redemption consumed it. */
  usedAt?: IsoInstant | undefined;
}

/** The state of an issued code at `now`: used once a redemption took it, expired from `expiresAt` on. */
export function cardCodeState(code: IssuedCardCode, now: IsoInstant): CardCodeState {
  if (code.usedAt !== undefined) return CardCodeState.used;
  return Date.parse(now) >= Date.parse(code.expiresAt) ? CardCodeState.expired : CardCodeState.valid;
}

/**
 * Throws the error for a code that cannot be used at `now`: `vip/code-invalid` for one the club
 * never issued, `vip/code-used` for one a redemption took, `vip/code-expired` after its minute.
 */
export function assertCardCodeUsable(code: IssuedCardCode | undefined, now: IsoInstant): void {
  if (code === undefined)
    throw vipError(
      VipErrorCode.codeInvalid,
      'This member code was not issued by the club; ask for the card on screen.',
    );
  const state = cardCodeState(code, now);
  if (state === CardCodeState.used)
    throw vipError(VipErrorCode.codeUsed, 'This member code was used already; ask the member to show a fresh one.');
  if (state === CardCodeState.expired)
    throw vipError(VipErrorCode.codeExpired, 'This member code has expired; ask the member to show a fresh one.', {
      expiredAt: code.expiresAt,
    });
}
