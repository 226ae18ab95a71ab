import * as z from 'zod/mini';
import { invalidField } from './errors.js';

const MAX_PLATE_LENGTH = 12;
// CJK Unified Ideographs and Extension A (every character used on plates is in the BMP), A–Z, 0–9.
const PLATE_CHARS = /^[\u3400-\u4DBF\u4E00-\u9FFFA-Z0-9]*$/;
const PLATE_CHAR = /[\u3400-\u4DBF\u4E00-\u9FFFA-Z0-9]/;
// Full-width forms of ASCII `!`..`~`.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// Whitespace (incl. U+3000), hyphens and dashes, middle dots and full stops.
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFE58\uFE63\u00B7\u0387\u2022\u2027\u2219\u22C5\u30FB\uFF65.]/g;
const LOWER = /[a-z]/g;

/**
 * A normalised licence plate: upper-case A–Z, digits and CJK ideographs, 1–12 characters,
 * with no spaces, hyphens or dots. Build one with {@link normalizePlate}.
 */
export const Plate = z.stringFormat('plate', PLATE_CHARS).check(z.minLength(1), z.maxLength(MAX_PLATE_LENGTH));
/** A normalised licence plate. */
export type Plate = z.infer<typeof Plate>;

/**
 * Normalises a licence plate as typed: full-width letters and digits become half-width,
 * letters upper case, and spaces, hyphens, dashes and middle dots are removed.
 * Throws `invalid-input` when what is left is empty, longer than 12 characters or has
 * characters other than CJK ideographs, A–Z and 0–9.
 *
 * @example
 * normalizePlate('粵ｂ·１２３４５') // '粵B12345'
 * normalizePlate('京A-88 888') // '京A88888'
 */
export function normalizePlate(plate: string): Plate {
  if (typeof plate !== 'string') {
    throw invalidField(
      [],
      'invalid_type',
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JavaScript callers can pass anything; the type test pins the string signature
      `Expected the plate as a string, got ${plate === null ? 'null' : typeof plate}`,
    );
  }
  const normalised = plate
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SEPARATORS, '')
    .replace(LOWER, (c) => c.toUpperCase());
  const chars = Array.from(normalised);
  if (chars.length === 0) {
    throw invalidField(
      [],
      'too_small',
      `Plate ${JSON.stringify(plate)} is empty once spaces, hyphens and dots are removed`,
    );
  }
  const bad = chars.find((c) => !PLATE_CHAR.test(c));
  if (bad !== undefined) {
    throw invalidField(
      [],
      'invalid_format',
      `Plate ${JSON.stringify(plate)} has ${JSON.stringify(bad)}; only CJK ideographs, A-Z and 0-9 are allowed`,
    );
  }
  if (chars.length > MAX_PLATE_LENGTH) {
    throw invalidField(
      [],
      'too_big',
      `Plate ${JSON.stringify(plate)} must be at most ${MAX_PLATE_LENGTH} characters long`,
    );
  }
  return normalised;
}
