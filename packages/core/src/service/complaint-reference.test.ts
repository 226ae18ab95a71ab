import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../shared/calendar.js';
import {
  ComplaintReference,
  complaintReference,
  parseComplaintReference,
  randomComplaintReference,
} from './complaint-reference.js';

describe('complaintReference', () => {
  it('writes C, the date without dashes and a four-digit sequence', () => {
    expect(complaintReference('2026-11-27', 42)).toBe('C20261127-0042');
    expect(complaintReference('2026-01-05', 9999)).toBe('C20260105-9999');
  });

  it('refuses sequences outside 1–9999 and impossible dates', () => {
    for (const [date, seq] of [
      ['2026-11-27', 0],
      ['2026-11-27', 10000],
      ['2026-11-27', 1.5],
      ['2026-02-30', 1],
    ] as const) {
      expect(() => complaintReference(date, seq)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
  });

  it('makes references its own schema accepts, one per date and sequence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40000 }).map(fromDayNumber),
        fc.integer({ min: 1, max: 9999 }),
        (date, seq) => {
          const ref = complaintReference(date, seq);
          return (
            ComplaintReference.safeParse(ref).success &&
            ref === `C${date.slice(0, 4)}${date.slice(5, 7)}${date.slice(8)}-${String(seq).padStart(4, '0')}`
          );
        },
      ),
    );
  });

  it('rejects references with a wrong shape or an impossible date', () => {
    for (const bad of ['C20261127-42', 'c20261127-0042', 'C20260230-0001', '20261127-0042', 'C2026112-00042']) {
      expect(ComplaintReference.safeParse(bad).success).toBe(false);
    }
  });
});

describe('randomComplaintReference', () => {
  const bytes = fc.uint8Array({ minLength: 5, maxLength: 5 });

  it('writes C, 4 + 4 Crockford characters carrying 40 bits, and a check character', () => {
    expect(randomComplaintReference(Uint8Array.of(0, 0, 0, 0, 0))).toBe('C0000-00000');
    expect(randomComplaintReference(Uint8Array.of(255, 255, 255, 255, 255))).toMatch(/^CZZZZ-ZZZZ[0-9A-Z]$/);
    fc.assert(
      fc.property(bytes, (b) => {
        const ref = randomComplaintReference(b);
        return /^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/.test(ref) && ComplaintReference.safeParse(ref).success;
      }),
    );
  });

  it('gives different bytes different references (40 bits, no daily cap)', () => {
    fc.assert(
      fc.property(bytes, bytes, (a, b) =>
        a.every((x, i) => x === b[i]) ? true : randomComplaintReference(a) !== randomComplaintReference(b),
      ),
    );
  });

  it('refuses fewer than five bytes', () => {
    expect(() => randomComplaintReference(Uint8Array.of(1, 2, 3, 4))).toThrow(RangeError);
  });
});

describe('parseComplaintReference', () => {
  const ref = randomComplaintReference(Uint8Array.of(0x3a, 0x7f, 0x12, 0xc4, 0x9e));
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

  it('reads what a person types: any case, spaces or dashes, with or without the C', () => {
    for (const typed of [
      ref,
      ref.toLowerCase(),
      ref.replace('-', ' '),
      ` ${ref.slice(1).replace('-', '')} `,
      ref.split('').join(' '),
    ]) {
      expect(parseComplaintReference(typed)).toEqual({ status: 'valid', reference: ref });
    }
  });

  it('reads O as zero and I or L as one', () => {
    const withConfusables = randomComplaintReference(Uint8Array.of(0, 0, 0, 0, 33)); // C0000-0011…
    const typed = withConfusables.replace(/0/g, 'O').replace('1', 'I').replace('1', 'l').replace(/^O/, 'C');
    expect(parseComplaintReference(`C${typed.slice(1)}`)).toEqual({ status: 'valid', reference: withConfusables });
  });

  it('tells a mistyped reference (check character fails) from one that is not a reference', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 31 }), (position, shift) => {
        const chars = ref.replace('-', '');
        const changed = alphabet.charAt((alphabet.indexOf(chars.charAt(position)) + shift) % 32);
        const typed = `${chars.slice(0, position)}${changed}${chars.slice(position + 1)}`;
        return parseComplaintReference(typed).status === 'mistyped';
      }),
    );
    const swapped = `${ref.slice(0, 7)}${ref.charAt(8)}${ref.charAt(7)}${ref.slice(9)}`;
    if (swapped !== ref) expect(parseComplaintReference(swapped)).toEqual({ status: 'mistyped' });
    for (const bad of ['', 'X123', 'C1234-567', `${ref}0`, 'CUUUU-UUUUU', 'x'.repeat(100), 'C20261332-0001']) {
      expect(parseComplaintReference(bad)).toEqual({ status: 'malformed' });
    }
  });

  it('keeps reading the dated references filed before', () => {
    expect(parseComplaintReference('c20261127 0042')).toEqual({ status: 'valid', reference: 'C20261127-0042' });
    expect(parseComplaintReference('C20261127-0042')).toEqual({ status: 'valid', reference: 'C20261127-0042' });
    expect(ComplaintReference.safeParse('C20261127-0042').success).toBe(true);
  });

  it('round-trips every minted reference', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (b) => {
        const minted = randomComplaintReference(b);
        const parsed = parseComplaintReference(minted.toLowerCase());
        return parsed.status === 'valid' && parsed.reference === minted;
      }),
    );
  });

  it('refuses a random-format reference with a wrong check character in the schema', () => {
    const last = ref.charAt(ref.length - 1);
    const wrong = `${ref.slice(0, -1)}${last === '0' ? '1' : '0'}`;
    expect(ComplaintReference.safeParse(wrong).success).toBe(false);
  });
});
