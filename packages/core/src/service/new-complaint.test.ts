import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { NewComplaint } from './new-complaint.js';

const form = {
  name: '王小明',
  subject: { unit: 'A-1203' },
  content: '電梯經常停運',
  phone: '+86 138-0013-8000',
  category: 'facility',
};

function issuesOf(input: unknown): [string, string][] {
  try {
    parseInput(NewComplaint, input, 'complaint');
  } catch (e) {
    if (isClubError(e)) return e.issues.map((i) => [i.path.join('.'), i.code]);
    throw e;
  }
  return [];
}

describe('NewComplaint', () => {
  it('fills channel web and severity normal by default', () => {
    const parsed = parseInput(NewComplaint, form);
    expect([parsed.channel, parsed.severity]).toEqual(['web', 'normal']);
  });

  it('accepts a plate or a member card number instead of a unit', () => {
    expect(issuesOf({ ...form, subject: { plate: '粵B12345' } })).toEqual([]);
    expect(issuesOf({ ...form, subject: { cardNumber: '6222 0212 3456 7890' } })).toEqual([]);
    expect(issuesOf({ ...form, subject: { cardNumber: '6222021234567890' } })).toEqual([]);
  });

  it('asks for at least one of unit, plate and card on the subject fieldset', () => {
    expect(issuesOf({ ...form, subject: {} })).toEqual([['subject', 'required']]);
  });

  it('reports each bad field at its own form path', () => {
    expect(
      issuesOf({
        ...form,
        name: '',
        content: '   ',
        phone: '12345',
        subject: { cardNumber: '6222-0212' },
        category: 'weather',
        channel: 'fax',
      }),
    ).toEqual([
      ['name', 'too_small'],
      ['subject.cardNumber', 'invalid_characters'],
      ['subject.cardNumber', 'invalid_format'],
      ['content', 'blank'],
      ['phone', 'too_small'],
      ['channel', 'invalid_value'],
      ['category', 'invalid_value'],
    ]);
  });

  it('holds names to 1–50 characters and contents to 2000', () => {
    expect(issuesOf({ ...form, name: 'x'.repeat(50), content: 'y'.repeat(2000) })).toEqual([]);
    expect(issuesOf({ ...form, name: 'x'.repeat(51), content: 'y'.repeat(2001) })).toEqual([
      ['name', 'too_big'],
      ['content', 'too_big'],
    ]);
  });

  it('takes phone numbers of digits, spaces, + and - only, 7 to 20 characters', () => {
    for (const ok of ['1234567', '021-5555 0100', '+86 138 0013 8000', '1'.repeat(20)])
      expect(issuesOf({ ...form, phone: ok })).toEqual([]);
    expect(issuesOf({ ...form, phone: '138-0013-800x' })).toEqual([['phone', 'invalid_characters']]);
    expect(issuesOf({ ...form, phone: '-------' })).toEqual([['phone', 'invalid_format']]);
    expect(issuesOf({ ...form, phone: '1'.repeat(21) })).toEqual([['phone', 'too_big']]);
  });

  it('tells a card number with a letter or dash its characters, and one of 15 digits its format', () => {
    const card = (cardNumber: string) => issuesOf({ ...form, subject: { cardNumber } });
    expect(card('6222 0212 3456 0016')).toEqual([]);
    expect(card('6222021234560016')).toEqual([]);
    expect(card('6222 0212 3456 001O')).toEqual([
      ['subject.cardNumber', 'invalid_characters'],
      ['subject.cardNumber', 'invalid_format'],
    ]);
    expect(card('6222 0212 3456 001')).toEqual([['subject.cardNumber', 'invalid_format']]);
  });
});
