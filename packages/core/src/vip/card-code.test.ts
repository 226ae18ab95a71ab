import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { assertCardCodeUsable, CardCode, cardCodeExpiry, cardCodeFromDigits, cardCodeState } from './card-code.js';
import { isCardCode } from './card-code-rules.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('member codes', () => {
  it('completes 11 random digits with their Luhn check digit', () => {
    const code = cardCodeFromDigits('12345678901');
    expect(code).toHaveLength(12);
    expect(isCardCode(code)).toBe(true);
    expect(isCardCode(`${code.slice(0, 11)}${(Number(code.at(-1)) + 1) % 10}`)).toBe(false);
    expect(() => cardCodeFromDigits('1234')).toThrow(RangeError);
  });

  it('accepts the digits typed with spaces or hyphens and refuses a mistyped or short code', () => {
    const code = cardCodeFromDigits('98765432109');
    expect(z.parse(CardCode, `${code.slice(0, 4)} ${code.slice(4, 8)}-${code.slice(8)}`)).toBe(code);
    expect(z.safeParse(CardCode, `${code.slice(0, 11)}${(Number(code.at(-1)) + 1) % 10}`).success).toBe(false);
    expect(z.safeParse(CardCode, '1234').success).toBe(false);
  });

  it('is good for 60 seconds: valid the millisecond before, expired from the instant on', () => {
    const expiresAt = cardCodeExpiry('2026-06-01T02:00:00.000Z');
    expect(expiresAt).toBe('2026-06-01T02:01:00.000Z');
    expect(cardCodeState({ expiresAt }, '2026-06-01T02:00:59.999Z')).toBe('valid');
    expect(cardCodeState({ expiresAt }, '2026-06-01T02:01:00.000Z')).toBe('expired');
    expect(cardCodeState({ expiresAt, usedAt: '2026-06-01T02:00:10.000Z' }, '2026-06-01T02:00:11.000Z')).toBe('used');
  });

  it('refuses an unknown, a used and an expired code with their own codes', () => {
    const expiresAt = '2026-06-01T02:01:00.000Z';
    expect(codeOf(() => assertCardCodeUsable(undefined, '2026-06-01T02:00:00.000Z'))).toBe('vip/code-invalid');
    expect(codeOf(() => assertCardCodeUsable({ expiresAt, usedAt: expiresAt }, '2026-06-01T02:00:00.000Z'))).toBe(
      'vip/code-used',
    );
    expect(codeOf(() => assertCardCodeUsable({ expiresAt }, expiresAt))).toBe('vip/code-expired');
    expect(codeOf(() => assertCardCodeUsable({ expiresAt }, '2026-06-01T02:00:00.000Z'))).toBeUndefined();
  });
});
