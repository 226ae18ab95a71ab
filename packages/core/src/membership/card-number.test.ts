import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { maskCardNumber } from './card-number-rules.js';
import { isValidCardNumber } from './card-number-rules.js';
import { CardNumber, issueCardNumber, normalizeCardNumber } from './card-number.js';
import { caught } from '../shared/fixtures.js';

function expectInvalid(fn: () => unknown, path?: (string | number)[]): void {
  const error = caught(fn);
  expect(isClubError(error) && error.code).toBe('invalid-input');
  if (path) expect(isClubError(error) && error.issues[0]?.path).toEqual(path);
}

const prefixes = fc.stringMatching(/^\d{1,8}$/);
const issued = prefixes.chain((prefix) =>
  fc
    .integer({ min: 0, max: 10 ** (15 - prefix.length) - 1 })
    .map((sequence) => ({ prefix, sequence, number: issueCardNumber(prefix, sequence) })),
);

describe('issueCardNumber', () => {
  it('appends the Luhn digit of a well-known test number', () => {
    // 4111 1111 1111 1111 is the classic Luhn-valid test card number.
    expect(issueCardNumber('411111', 111111111)).toBe('4111111111111111');
  });

  it('zero-pads the sequence between prefix and check digit', () => {
    const number = issueCardNumber('622', 42);
    expect(number).toHaveLength(16);
    expect(number.slice(0, 15)).toBe('622000000000042');
  });

  it('fills the sequence up to the last digit that fits and refuses one more', () => {
    expect(issueCardNumber('12345678', 9_999_999).slice(0, 15)).toBe('123456789999999');
    expectInvalid(() => issueCardNumber('12345678', 10_000_000), ['sequence']);
    expect(issueCardNumber('9', 99_999_999_999_999).slice(0, 15)).toBe('999999999999999');
    expectInvalid(() => issueCardNumber('9', 100_000_000_000_000), ['sequence']);
  });

  it('refuses a prefix that is not 1 to 8 digits', () => {
    for (const bad of ['', '123456789', '62a', ' 622', '６２２'])
      expectInvalid(() => issueCardNumber(bad, 1), ['prefix']);
  });

  it('refuses a negative, fractional or unsafe sequence', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])
      expectInvalid(() => issueCardNumber('622', bad), ['sequence']);
  });

  it('issues numbers that validate and start with the prefix', () => {
    fc.assert(
      fc.property(
        issued,
        ({ prefix, number }) =>
          number.startsWith(prefix) && isValidCardNumber(number) && CardNumber.safeParse(number).success,
      ),
    );
  });

  it('issues a different number for every sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 - 1 }),
        fc.integer({ min: 0, max: 10 ** 12 - 1 }),
        (a, b) => (issueCardNumber('622', a) === issueCardNumber('622', b)) === (a === b),
      ),
    );
  });
});

describe('isValidCardNumber', () => {
  it('catches any single-digit change', () => {
    fc.assert(
      fc.property(issued, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), ({ number }, at, delta) => {
        const changed = (Number(number[at]) + delta) % 10;
        const typo = number.slice(0, at) + String(changed) + number.slice(at + 1);
        return !isValidCardNumber(typo);
      }),
    );
  });

  it('catches swapping two different adjacent digits other than 0 and 9', () => {
    fc.assert(
      fc.property(issued, fc.integer({ min: 0, max: 14 }), ({ number }, at) => {
        const [a, b] = [number.charAt(at), number.charAt(at + 1)];
        fc.pre(a !== b && !(a === '0' && b === '9') && !(a === '9' && b === '0'));
        return !isValidCardNumber(number.slice(0, at) + b + a + number.slice(at + 2));
      }),
    );
  });

  it('ignores spaces and hyphens', () => {
    expect(isValidCardNumber('4111 1111 1111 1111')).toBe(true);
    expect(isValidCardNumber('4111-1111-1111-1111')).toBe(true);
    expect(isValidCardNumber(' 4111 1111-1111 1111 ')).toBe(true);
  });

  it('is false for wrong lengths, letters, full-width digits and non-strings, without throwing', () => {
    for (const bad of [
      '',
      '411111111111111',
      '41111111111111111',
      '4111 1111 1111 111a',
      '４１１１111111111111',
      '4111_1111_1111_1111',
    ]) {
      expect(isValidCardNumber(bad)).toBe(false);
    }
    for (const bad of [undefined, null, 4111111111111111, ['4111111111111111'], {}])
      expect(isValidCardNumber(bad)).toBe(false);
  });
});

describe('maskCardNumber', () => {
  it('shows only the last four digits', () => {
    expect(maskCardNumber('4111111111111111')).toBe('•••• •••• •••• 1111');
    const number = issueCardNumber('622', 1234);
    expect(maskCardNumber(number)).toBe(`•••• •••• •••• ${number.slice(12)}`);
  });

  it('accepts the number with spaces or hyphens', () => {
    expect(maskCardNumber('4111 1111 1111 1111')).toBe('•••• •••• •••• 1111');
    expect(maskCardNumber('4111-1111-1111-1111')).toBe('•••• •••• •••• 1111');
  });

  it('throws invalid-input for what is not a card number', () => {
    for (const bad of ['4111111111111112', '1234', 'not a card', '']) expectInvalid(() => maskCardNumber(bad));
    expectInvalid(() => maskCardNumber(42 as unknown as string));
  });
});

describe('CardNumber schema', () => {
  it('reports a wrong check digit as its own issue', () => {
    const result = CardNumber.safeParse('4111111111111112');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['Card number check digit does not match (Luhn)']);
  });

  it('reports a malformed number once, without a check-digit issue', () => {
    const result = CardNumber.safeParse('4111 1111 1111 1111');
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.code).toBe('invalid_format');
  });
});

describe('normalizeCardNumber', () => {
  it('removes spaces and hyphens from a card number as typed', () => {
    const number = issueCardNumber('622', 42);
    expect(normalizeCardNumber(number)).toBe(number);
    expect(normalizeCardNumber('6220 0000 0000 0423')).toBe('6220000000000423');
    expect(normalizeCardNumber('6220-0000-0000-0423')).toBe('6220000000000423');
  });

  it('refuses what is not a card number once compacted, with invalid-input', () => {
    for (const value of ['6220 0000 0000 0424', '622000000000042', 'abcd', '', 42 as unknown as string]) {
      expectInvalid(() => normalizeCardNumber(value));
    }
  });

  it('agrees with isValidCardNumber', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.stringMatching(/^[\d -]{0,22}$/),
          issued.map((i) => i.number),
        ),
        (value) => {
          const valid = isValidCardNumber(value);
          if (valid) expect(normalizeCardNumber(value)).toBe(value.replace(/[\s-]/g, ''));
          else expectInvalid(() => normalizeCardNumber(value));
        },
      ),
    );
  });
});
