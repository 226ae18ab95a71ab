import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';

/** Crockford's base 32: digits and letters without I, L, O and U, which are misread or misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Random characters of a reference: 8 × 5 = 40 bits. */
const RANDOM_CHARS = 8;

/** The reference format since 2026: `C`, four characters, a dash, four more and a check character. */
const RANDOM_REFERENCE = /^C([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})([0-9A-HJKMNP-TV-Z])$/;
/** The earlier, dated format `C<YYYYMMDD>-NNNN`, still valid for complaints filed with it. */
const DATED_REFERENCE = /^C(\d{4})(\d{2})(\d{2})-(\d{4})$/;

/** Luhn mod 32 over the Crockford alphabet: catches every single mistyped character and swapped neighbours. */
function checkCharacter(chars: string): string {
  let sum = 0;
  let double = true;
  for (let i = chars.length - 1; i >= 0; i--) {
    let value = ALPHABET.indexOf(chars.charAt(i));
    if (double) {
      value *= 2;
      value = Math.floor(value / 32) + (value % 32);
    }
    sum += value;
    double = !double;
  }
  return ALPHABET.charAt((32 - (sum % 32)) % 32);
}

function isRealDate(m: RegExpExecArray): boolean {
  return IsoDate.safeParse(`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`).success;
}

/**
 * The number a complainant is given, printed on the receipt and quoted to the hotline:
 * `C`, eight random characters of Crockford's base 32 (40 bits) written `XXXX-XXXX`, and a check
 * character, e.g. `C79ZH-5H4YW`. Complaints filed before references were random keep their
 * dated references, `C<YYYYMMDD>-NNNN` (e.g. `C20261127-0042`), which this schema also accepts.
 * A person's typing is turned into one of these by {@link parseComplaintReference}.
 */
export const ComplaintReference = z.string().check(
  z.refine(
    (value: string) => {
      const random = RANDOM_REFERENCE.exec(value);
      if (random) return checkCharacter(`${random[1] ?? ''}${random[2] ?? ''}`) === random[3];
      const dated = DATED_REFERENCE.exec(value);
      return dated !== null && isRealDate(dated);
    },
    {
      error: 'Expected a complaint reference such as C79ZH-5H4YW (or C20261127-0042)',
      params: { code: 'invalid_format' },
    },
  ),
);
/** A complaint reference such as `C79ZH-5H4YW`, or a dated one such as `C20261127-0042`. */
export type ComplaintReference = z.infer<typeof ComplaintReference>;

/**
 * The reference made of 40 random bits: the first five bytes of `randomBytes`, which the caller
 * takes from a cryptographic source (the server uses `crypto.randomBytes(5)`).
 *
 * @example
 * randomComplaintReference(Uint8Array.of(0x3a, 0x7f, 0x12, 0xc4, 0x9e)) // 'C79ZH-5H4YW'
 */
export function randomComplaintReference(randomBytes: Uint8Array): ComplaintReference {
  if (randomBytes.length < 5) throw new RangeError('A complaint reference needs 5 random bytes (40 bits).');
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(randomBytes[i] ?? 0);
  let chars = '';
  for (let i = RANDOM_CHARS - 1; i >= 0; i--) chars += ALPHABET.charAt(Number((bits >> BigInt(i * 5)) & 31n));
  return `C${chars.slice(0, 4)}-${chars.slice(4)}${checkCharacter(chars)}`;
}

/** What a person typed as a complaint reference, read by {@link parseComplaintReference}. */
export type ParsedComplaintReference =
  /** A reference of either format, written the canonical way. */
  | { status: 'valid'; reference: ComplaintReference }
  /** The shape of a reference whose check character does not match: a typing or reading error. */
  | { status: 'mistyped' }
  /** Not a complaint reference at all. */
  | { status: 'malformed' };

/** Longest input read: a reference with generous spacing. */
const INPUT_MAX = 40;

/**
 * Reads a complaint reference as a person types or reads it out: any case, with or without
 * spaces and dashes, `O` for zero and `I` or `L` for one, and with or without the leading `C`.
 * A right-shaped reference whose check character fails is `mistyped`, so that a form or the API
 * can say "check the reference" rather than "no such complaint".
 *
 * @example
 * parseComplaintReference('c79zh 5h4yw') // { status: 'valid', reference: 'C79ZH-5H4YW' }
 * parseComplaintReference('C79ZH-5H4YX') // { status: 'mistyped' }
 * parseComplaintReference('c20261127 0042') // { status: 'valid', reference: 'C20261127-0042' }
 */
export function parseComplaintReference(input: string): ParsedComplaintReference {
  if (input.length > INPUT_MAX) return { status: 'malformed' };
  const compact = input.toUpperCase().replace(/[\s\-_.]/g, '');
  const dated = /^C?(\d{12})$/.exec(compact);
  if (dated?.[1] !== undefined) {
    const reference = `C${dated[1].slice(0, 8)}-${dated[1].slice(8)}`;
    return ComplaintReference.safeParse(reference).success ? { status: 'valid', reference } : { status: 'malformed' };
  }
  const body = compact.length === RANDOM_CHARS + 2 && compact.startsWith('C') ? compact.slice(1) : compact;
  if (body.length !== RANDOM_CHARS + 1) return { status: 'malformed' };
  const chars = body.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(chars)) return { status: 'malformed' };
  const reference = `C${chars.slice(0, 4)}-${chars.slice(4, 8)}${chars.charAt(8)}`;
  return checkCharacter(chars.slice(0, 8)) === chars.charAt(8)
    ? { status: 'valid', reference }
    : { status: 'mistyped' };
}

const ReferenceInput = z.object({
  date: IsoDate,
  sequence: z.int().check(z.minimum(1), z.maximum(9999)),
});

/**
 * The dated reference of the `sequence`-th complaint (1–9999) received on `date`, the format
 * used before references were random; for importing complaint logs that carry one.
 *
 * @example
 * complaintReference('2026-11-27', 42) // 'C20261127-0042'
 */
export function complaintReference(date: IsoDate, sequence: number): ComplaintReference {
  const input = parseInput(ReferenceInput, { date, sequence }, 'complaint reference');
  return `C${input.date.replaceAll('-', '')}-${String(input.sequence).padStart(4, '0')}`;
}
