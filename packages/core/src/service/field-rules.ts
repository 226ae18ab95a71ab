// The rules of the service records' form fields as plain data and predicates: the schemas of
// fields.ts are built from them, and checks that run without a schema (`checkNewComplaint`)
// apply the same ones.

/** A rule a predicate decides, with the issue code and message it reports. @internal */
export interface FieldRule<T> {
  /** True when `value` keeps the rule. */
  readonly test: (value: T) => boolean;
  /** The issue code when it does not (clubkit's, e.g. `blank`). */
  readonly code: string;
  /** The message when it does not, written for people filling a form. */
  readonly message: string;
}

/**
 * The rules of a text field, checked in this order: `charset`, `min` and `max` length in UTF-16
 * code units (`too_small`, `too_big`), `pattern` (`invalid_format`), then each refinement. @internal
 */
export interface TextRule {
  /**
   * The characters the value may hold, checked first: a value with another character is told
   * that (the first issue a form shows), not that it is too short.
   */
  readonly charset?: FieldRule<string>;
  /** The least length. */
  readonly min?: number;
  /** The most length. */
  readonly max?: number;
  /** The whole value must match it. */
  readonly pattern?: RegExp;
  /** Further rules, each reported with its own code. */
  readonly refinements?: readonly FieldRule<string>[];
}

/** Free text is not only white space; empty text is left to the length rule. @internal */
export const notBlank: FieldRule<string> = {
  test: (value) => value.length === 0 || /\S/.test(value),
  code: 'blank',
  message: 'Must not be blank',
};

/** Free text of 1 to `max` characters that is not only white space. @internal */
export function freeText(max: number): TextRule {
  return { min: 1, max, refinements: [notBlank] };
}

const PHONE_MIN = 7;
const PHONE_MAX = 20;
const PHONE = /^\+?\d[\d -]*\d$/;
const PHONE_CHARS = /^[\d +-]*$/;

/**
 * A phone number: 7–20 characters of digits, spaces, `+` and `-`. A value with any other
 * character (`abc`) is told that first (`invalid_characters`); one of those characters but of the wrong length is told
 * its length; one of the right length and characters but not shaped like a number
 * (`--1234567`) is told its format. @internal
 */
export const PHONE_TEXT: TextRule = {
  charset: {
    test: (value) => PHONE_CHARS.test(value),
    code: 'invalid_characters',
    message: 'Use digits, spaces, + and - only',
  },
  min: PHONE_MIN,
  max: PHONE_MAX,
  refinements: [
    {
      test: (value) =>
        !PHONE_CHARS.test(value) || value.length < PHONE_MIN || value.length > PHONE_MAX || PHONE.test(value),
      code: 'invalid_format',
      message: 'Start and end with a digit; only + may come first',
    },
  ],
};

/** A unit (flat, office or shop) number: free text of up to 50 characters. @internal */
export const UNIT_TEXT: TextRule = freeText(50);

/**
 * A 16-digit member card number, optionally in groups of four: a value with a character other
 * than digits and spaces is told that (`invalid_characters`), one of digits and spaces that is not
 * 16 digits in groups of four is told its format (`invalid_format`). @internal
 */
export const CARD_NUMBER_TEXT: TextRule = {
  charset: {
    test: (value) => /^[\d ]*$/.test(value),
    code: 'invalid_characters',
    message: 'Use digits and spaces only',
  },
  pattern: /^\d{4} ?\d{4} ?\d{4} ?\d{4}$/,
};
