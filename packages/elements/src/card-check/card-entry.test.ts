import { describe, expect, it } from 'vitest';
import { readBill, readCardCheckForm, readCardEntry } from './card-entry.js';

// 12345678901 completes to 123456789015 by Luhn; 6220000000000423 is a valid card number.
const CODE = '123456789015';
const CARD = '6220000000000423';

describe('readCardEntry', () => {
  it('reads 12 digits with a good check digit as a member code, spaces, hyphens and full-width digits allowed', () => {
    expect(readCardEntry(CODE)).toEqual({ ok: true, card: { code: CODE } });
    expect(readCardEntry('1234 5678-9015')).toEqual({ ok: true, card: { code: CODE } });
    expect(readCardEntry('１２３４５６７８９０１５')).toEqual({ ok: true, card: { code: CODE } });
  });

  it('reads 16 digits with a good check digit as a card number', () => {
    expect(readCardEntry('6220 0000 0000 0423')).toEqual({ ok: true, card: { cardNumber: CARD } });
  });

  it('catches a mistyped digit by the Luhn check before any request', () => {
    expect(readCardEntry('123456789016')).toEqual({ ok: false, code: 'check-digit' });
    expect(readCardEntry('123456789105')).toEqual({ ok: false, code: 'check-digit' });
    expect(readCardEntry('6220000000000424')).toEqual({ ok: false, code: 'check-digit' });
  });

  it('refuses an empty field, letters and any other number of digits', () => {
    expect(readCardEntry('  ')).toEqual({ ok: false, code: 'required' });
    expect(readCardEntry('12345678901')).toEqual({ ok: false, code: 'length' });
    expect(readCardEntry('1234567890155')).toEqual({ ok: false, code: 'length' });
    expect(readCardEntry('12345678901a')).toEqual({ ok: false, code: 'length' });
  });
});

describe('readBill', () => {
  it('converts yuan to fen exactly, without floating-point drift', () => {
    expect(readBill('300')).toEqual({ ok: true, billFen: 30000 });
    expect(readBill('0.29')).toEqual({ ok: true, billFen: 29 });
    expect(readBill('1.1')).toEqual({ ok: true, billFen: 110 });
    expect(readBill('¥1,288.50')).toEqual({ ok: true, billFen: 128850 });
    expect(readBill('８８．５')).toEqual({ ok: true, billFen: 8850 });
    expect(readBill('4.35')).toEqual({ ok: true, billFen: 435 });
  });

  it('refuses more than two decimals, text, nothing and zero', () => {
    expect(readBill('1.005')).toEqual({ ok: false, code: 'money' });
    expect(readBill('abc')).toEqual({ ok: false, code: 'money' });
    expect(readBill('-5')).toEqual({ ok: false, code: 'money' });
    expect(readBill('')).toEqual({ ok: false, code: 'required' });
    expect(readBill('0')).toEqual({ ok: false, code: 'positive' });
    expect(readBill('0.00')).toEqual({ ok: false, code: 'positive' });
  });
});

describe('readCardCheckForm', () => {
  it('gives the request to send when both fields read', () => {
    expect(readCardCheckForm({ card: CODE, bill: '300' })).toEqual({ ok: true, card: { code: CODE }, billFen: 30000 });
  });

  it('lists the issues of both fields in form order', () => {
    expect(readCardCheckForm({ card: '123456789016', bill: '' })).toEqual({
      ok: false,
      issues: [
        { field: 'card', code: 'check-digit' },
        { field: 'bill', code: 'required' },
      ],
    });
  });
});
