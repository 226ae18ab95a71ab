import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { CardNumber } from './card-number.js';
import { compactCardNumber, maskCardNumber } from './card-number-rules.js';

/** What a call returns, or the code, message and issues of the `ClubError` it throws. */
function outcome(run: () => string): unknown {
  try {
    return { value: run() };
  } catch (e) {
    if (!isClubError(e)) throw e;
    return { code: e.code, message: e.message, issues: e.issues };
  }
}

/** `maskCardNumber` as it was written with the `CardNumber` schema: the reference. */
function maskWithSchema(cardNumber: unknown): string {
  const compact = typeof cardNumber === 'string' ? compactCardNumber(cardNumber) : cardNumber;
  return `•••• •••• •••• ${parseInput(CardNumber, compact, 'card number').slice(-4)}`;
}

describe('maskCardNumber', () => {
  const inputs: unknown[] = [
    '4111111111111111',
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '6220000000000423',
    '4111111111111112',
    '411111111111111',
    '41111111111111111',
    '1234',
    'not a card',
    '',
    '４１１１１１１１１１１１１１１１',
    '4111_1111_1111_1111',
    42,
    null,
    undefined,
    {},
  ];

  it.each(inputs)('masks or refuses %j exactly as the CardNumber schema does', (input) => {
    expect(outcome(() => maskCardNumber(input as string))).toEqual(outcome(() => maskWithSchema(input)));
  });
});
