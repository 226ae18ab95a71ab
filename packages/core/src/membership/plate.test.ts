import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { normalizePlate, Plate } from './plate.js';
import { caught } from '../shared/fixtures.js';

const plateChar = fc.oneof(
  fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split('')),
  fc.constantFrom('粵', '京', '滬', '警', '學', '港', '澳', '使', '領'),
);
const separator = fc.constantFrom(' ', '\u3000', '-', '－', '–', '—', '·', '・', '•', '.', '．');
const toFullWidth = (c: string) => (/[A-Za-z0-9]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c);

describe('normalizePlate', () => {
  it('folds full-width characters, upper-cases and drops the middle dot', () => {
    expect(normalizePlate('粵ｂ·１２３４５')).toBe('粵B12345');
  });

  it('removes spaces, ideographic spaces, hyphens, dashes and dots', () => {
    expect(normalizePlate(' 京a 12\u300034 ')).toBe('京A1234');
    expect(normalizePlate('滬A-123－45')).toBe('滬A12345');
    expect(normalizePlate('粵B–1—2‐3')).toBe('粵B123');
    expect(normalizePlate('粵B・1•2.3．4')).toBe('粵B1234');
  });

  it('keeps special plate ideographs such as police and embassy plates', () => {
    expect(normalizePlate('粵B 1234 警')).toBe('粵B1234警');
    expect(normalizePlate('使 123 456')).toBe('使123456');
  });

  it('accepts 12 characters and refuses 13', () => {
    expect(normalizePlate('A'.repeat(12))).toBe('AAAAAAAAAAAA');
    const error = caught(() => normalizePlate('A'.repeat(13)));
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(isClubError(error) && error.issues[0]?.code).toBe('too_big');
  });

  it('counts length after removing separators', () => {
    expect(normalizePlate('AB-CD-EF-GH-IJ-KL')).toBe('ABCDEFGHIJKL');
  });

  it('refuses a plate that is empty once normalised', () => {
    for (const empty of ['', '   ', '·-\u3000']) {
      const error = caught(() => normalizePlate(empty));
      expect(isClubError(error) && error.code).toBe('invalid-input');
      expect(isClubError(error) && error.issues[0]?.code).toBe('too_small');
    }
  });

  it('refuses characters other than ideographs, A-Z and 0-9', () => {
    for (const bad of ['粵B_1234', '粵B#1234', 'ÄB123', 'ß123', '粵B１２３！', 'AB😀1']) {
      const error = caught(() => normalizePlate(bad));
      expect(isClubError(error) && error.code).toBe('invalid-input');
      expect(isClubError(error) && error.issues[0]?.code).toBe('invalid_format');
    }
  });

  it('refuses a value that is not a string', () => {
    for (const bad of [null, undefined, 12345, { plate: 'A1' }]) {
      const error = caught(() => normalizePlate(bad as unknown as string));
      expect(isClubError(error) && error.code).toBe('invalid-input');
      expect(isClubError(error) && error.issues[0]?.code).toBe('invalid_type');
    }
  });

  it('is idempotent and its output passes the Plate schema', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(plateChar, fc.option(separator), fc.boolean()), { minLength: 1, maxLength: 12 }),
        (parts) => {
          const typed = parts.map(([c, sep, wide]) => (wide ? toFullWidth(c.toLowerCase()) : c) + (sep ?? '')).join('');
          const once = normalizePlate(typed);
          return (
            once === parts.map(([c]) => c).join('') && normalizePlate(once) === once && Plate.safeParse(once).success
          );
        },
      ),
    );
  });
});

describe('Plate schema', () => {
  it('accepts only normalised plates', () => {
    expect(Plate.safeParse('粵B12345').success).toBe(true);
    for (const raw of ['粵b12345', '粵B 12345', '粵B·12345', '粵Ｂ12345', '', 'A'.repeat(13)]) {
      expect(Plate.safeParse(raw).success).toBe(false);
    }
  });
});
