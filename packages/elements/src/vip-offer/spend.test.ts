import { describe, expect, it } from 'vitest';
import { yearlySpend } from './spend.js';

describe('yearlySpend', () => {
  it('reads yuan as a Chinese IME types them, into exact fen, twelve months a year', () => {
    expect(yearlySpend({ 'car-wash': '１２０', dining: '¥1,288.50', hotel: ' 0.1 ' })).toEqual({
      ok: true,
      monthlyFen: { 'car-wash': 12000, dining: 128850, hotel: 10 },
      spendFen: { 'car-wash': 144000, dining: 1546200, hotel: 120 },
    });
  });

  it('leaves empty fields out', () => {
    expect(yearlySpend({ 'car-wash': '', dining: '   ' })).toEqual({ ok: true, monthlyFen: {}, spendFen: {} });
  });

  it('refuses text that is not an amount and amounts that are not whole fen or too large, per field', () => {
    expect(
      yearlySpend({ 'car-wash': 'abc', dining: '1.005', hotel: '200000000', maintenance: '-5', repair: '80' }),
    ).toEqual({
      ok: false,
      issues: { 'car-wash': 'not-amount', dining: 'out-of-range', hotel: 'out-of-range', maintenance: 'not-amount' },
    });
  });

  it('is exact where binary floating point is not', () => {
    for (const [text, fen] of [
      ['0.29', 29],
      ['1.15', 115],
      ['4.35', 435],
      ['1,234,567.89', 123456789],
      ['100000000', 10000000000],
    ] as const)
      expect(yearlySpend({ dining: text })).toEqual({
        ok: true,
        monthlyFen: { dining: fen },
        spendFen: { dining: fen * 12 },
      });
  });
});
