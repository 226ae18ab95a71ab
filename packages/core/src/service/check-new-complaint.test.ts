import { describe, expect, it } from 'vitest';
import { toClubIssue, toClubIssues } from '../shared/parse.js';
import { checkNewComplaint, checkNewComplaintFields } from './check-new-complaint.js';
import { NewComplaint } from './new-complaint.js';

const form = {
  name: '王小明',
  subject: { unit: 'A-1203' },
  content: '電梯經常停運',
  phone: '+86 138-0013-8000',
  category: 'facility',
};

const long = (n: number): string => 'x'.repeat(n);

/** Inputs that exercise every rule of `NewComplaint`, named by what they try. */
const cases: [string, unknown][] = [
  ['a valid complaint', form],
  ['every field given', { ...form, company: '華南物業', channel: 'hotline', severity: 'serious' }],
  ['a plate only', { ...form, subject: { plate: '粵B12345' } }],
  ['a card number only', { ...form, subject: { cardNumber: '6222 0212 3456 7890' } }],
  ['a card number without spaces', { ...form, subject: { cardNumber: '6222021234567890' } }],
  ['unit, plate and card number', { ...form, subject: { unit: 'B-1', plate: 'X', cardNumber: '6222021234567890' } }],
  ['extra fields, top level and in the subject', { ...form, note: 'hi', subject: { unit: 'A-1', floor: 3 } }],
  ['explicitly undefined optional fields', { ...form, company: undefined, channel: undefined, severity: undefined }],
  ['names and contents at their longest', { ...form, name: long(50), content: long(2000), company: long(100) }],
  ['an empty name', { ...form, name: '' }],
  ['a blank name', { ...form, name: '   ' }],
  ['a name too long', { ...form, name: long(51) }],
  ['a blank name too long', { ...form, name: ' '.repeat(51) }],
  ['a missing name', { ...form, name: undefined }],
  ['a name that is a number', { ...form, name: 42 }],
  ['a null name', { ...form, name: null }],
  ['an empty company', { ...form, company: '' }],
  ['a blank company', { ...form, company: '\t ' }],
  ['a company too long', { ...form, company: long(101) }],
  ['a company that is an object', { ...form, company: {} }],
  ['an empty content', { ...form, content: '' }],
  ['a blank content', { ...form, content: '\n\n' }],
  ['a content too long', { ...form, content: long(2001) }],
  ['a blank content too long', { ...form, content: ' '.repeat(2001) }],
  ['a missing content', { ...form, content: undefined }],
  ['an empty phone', { ...form, phone: '' }],
  ['a phone too short', { ...form, phone: '12345' }],
  ['a phone too long', { ...form, phone: '1'.repeat(21) }],
  ['a phone of letters too long', { ...form, phone: 'x'.repeat(21) }],
  ['a phone with a letter', { ...form, phone: '138-0013-800x' }],
  ['a phone of dashes', { ...form, phone: '-------' }],
  ['a phone at its shortest', { ...form, phone: '1234567' }],
  ['a phone at its longest', { ...form, phone: '1'.repeat(20) }],
  ['a phone that is a number', { ...form, phone: 13800138000 }],
  ['a phone of three letters', { ...form, phone: 'abc' }],
  ['a phone with a letter, too short', { ...form, phone: '123a' }],
  ['a phone of the right characters but no number’s shape', { ...form, phone: '--1234567' }],
  ['an empty subject', { ...form, subject: {} }],
  ['a missing subject', { ...form, subject: undefined }],
  ['a subject that is text', { ...form, subject: 'A-1203' }],
  ['a subject that is an array', { ...form, subject: ['A-1203'] }],
  ['a subject with only undefined members', { ...form, subject: { unit: undefined, plate: undefined } }],
  ['an empty unit', { ...form, subject: { unit: '' } }],
  ['a blank unit', { ...form, subject: { unit: '  ' } }],
  ['a unit too long', { ...form, subject: { unit: long(51) } }],
  ['a unit that is a number', { ...form, subject: { unit: 1203 } }],
  ['a null unit', { ...form, subject: { unit: null } }],
  ['an empty plate', { ...form, subject: { plate: '' } }],
  ['a plate too long', { ...form, subject: { plate: long(21) } }],
  ['a blank plate (plates are not checked for blank)', { ...form, subject: { plate: '  ' } }],
  ['a short card number', { ...form, subject: { cardNumber: '6222-0212' } }],
  ['an empty card number', { ...form, subject: { cardNumber: '' } }],
  ['a card number with dashes', { ...form, subject: { cardNumber: '6222-0212-3456-7890' } }],
  ['a card number that is a number', { ...form, subject: { cardNumber: 6222021234567890 } }],
  ['a bad unit and a good plate', { ...form, subject: { unit: '', plate: '粵B1' } }],
  ['a bad unit, plate and card number', { ...form, subject: { unit: ' ', plate: long(21), cardNumber: 'x' } }],
  ['an unknown category', { ...form, category: 'weather' }],
  ['a missing category', { ...form, category: undefined }],
  ['an empty category', { ...form, category: '' }],
  ['a category that is a number', { ...form, category: 1 }],
  ['an unknown channel', { ...form, channel: 'fax' }],
  ['a null channel', { ...form, channel: null }],
  ['an unknown severity', { ...form, severity: 'urgent' }],
  [
    'many bad fields at once',
    {
      ...form,
      name: '',
      content: '   ',
      phone: '12345',
      subject: { cardNumber: '6222-0212' },
      category: 'weather',
      channel: 'fax',
    },
  ],
  ['an empty object', {}],
  [
    'every field the wrong type',
    { name: 1, company: 2, subject: 3, content: 4, phone: 5, channel: 6, category: 7, severity: 8 },
  ],
  ['null', null],
  ['undefined', undefined],
  ['a string', 'complaint'],
  ['an array', [form]],
];

describe('checkNewComplaint', () => {
  it('has a table of at least 40 inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('agrees with NewComplaint on %s', (_name, input) => {
    const schema = NewComplaint.safeParse(input, { reportInput: true });
    const check = checkNewComplaint(input);
    expect(check.ok).toBe(schema.success);
    if (schema.success && check.ok) {
      expect(check.value).toStrictEqual(schema.data);
      return;
    }
    if (schema.success || check.ok) return;
    const pathCodes = (issues: readonly { path: unknown; code: string }[]) => issues.map((i) => [i.path, i.code]);
    expect(pathCodes(check.issues)).toEqual(pathCodes(schema.error.issues.map((i) => toClubIssue(i, i.message))));
    // The messages are those `parseInput` gives for the schema's issues.
    const withoutBound = check.issues.map(({ path, code, message }) => ({ path, code, message }));
    expect(withoutBound).toEqual(toClubIssues(schema.error.issues));
  });

  it('tells a phone with another character that first, before its length, and one of the wrong shape its format', () => {
    const issues = (phone: string) => {
      const check = checkNewComplaint({ ...form, phone });
      return check.ok ? [] : check.issues.map((i) => [i.code, i.message]);
    };
    expect(issues('abc')).toEqual([
      ['invalid_characters', 'Use digits, spaces, + and - only'],
      ['too_small', expect.any(String)],
    ]);
    expect(issues('12345')).toEqual([['too_small', expect.any(String)]]);
    expect(issues('--1234567')).toEqual([['invalid_format', 'Start and end with a digit; only + may come first']]);
    expect(issues('+86 138-0013-8000')).toEqual([]);
  });

  it('gives the length bound of too_small and too_big, and no bound otherwise', () => {
    const check = checkNewComplaint({ ...form, name: '', content: long(2001), phone: '12345', category: 'x' });
    expect(check.ok ? [] : check.issues.map((i) => [i.path.join('.'), i.code, i.bound])).toEqual([
      ['name', 'too_small', 1],
      ['content', 'too_big', 2000],
      ['phone', 'too_small', 7],
      ['category', 'invalid_value', undefined],
    ]);
  });

  it('gives the bound the schema reports', () => {
    for (const [, input] of cases) {
      const schema = NewComplaint.safeParse(input);
      const check = checkNewComplaint(input);
      if (schema.success || check.ok) continue;
      const bounds = schema.error.issues.map((i) =>
        i.code === 'too_small' ? Number(i.minimum) : i.code === 'too_big' ? Number(i.maximum) : undefined,
      );
      expect(check.issues.map((i) => i.bound)).toEqual(bounds);
    }
  });

  it('fills channel web and severity normal, and leaves unknown fields out', () => {
    const check = checkNewComplaint({ ...form, note: 'hi' });
    expect(check).toEqual({ ok: true, value: { ...form, channel: 'web', severity: 'normal' } });
  });
});

describe('checkNewComplaintFields', () => {
  it.each(cases)('finds what checkNewComplaint finds, without the wording, on %s', (_name, input) => {
    const worded = checkNewComplaint(input);
    const bare = checkNewComplaintFields(input);
    if (worded.ok) expect(bare).toStrictEqual(worded);
    else {
      const unworded = worded.issues.map((issue) =>
        Object.fromEntries(Object.entries(issue).filter(([k]) => k !== 'message')),
      );
      expect(bare).toStrictEqual({ ok: false, issues: unworded });
    }
  });
});
