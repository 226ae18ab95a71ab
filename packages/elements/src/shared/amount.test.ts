import { describe, expect, it } from 'vitest';
import { isAmountYuan, parseAmountYuan } from './amount.js';

describe('parseAmountYuan', () => {
  it('reads plain, decimal and leading-dot amounts', () => {
    expect(parseAmountYuan('120')).toBe(120);
    expect(parseAmountYuan('88.50')).toBe(88.5);
    expect(parseAmountYuan('.5')).toBe(0.5);
    expect(parseAmountYuan('12.')).toBe(12);
  });

  it('reads what a Chinese IME types: full-width digits, point and yuan sign', () => {
    expect(parseAmountYuan('１２０')).toBe(120);
    expect(parseAmountYuan('８８．５')).toBe(88.5);
    expect(parseAmountYuan('￥300')).toBe(300);
    expect(parseAmountYuan(' ¥ 1,288.50 ')).toBe(1288.5);
  });

  it('gives undefined for an empty field or a sign alone', () => {
    expect(parseAmountYuan('')).toBeUndefined();
    expect(parseAmountYuan('   ')).toBeUndefined();
    // A sign alone is an amount still being typed, not a mistake.
    expect(parseAmountYuan('¥')).toBeUndefined();
  });

  it('gives NaN for text that is not an amount', () => {
    for (const text of ['abc', '12abc', '-5', '1,2', '1.2.3', '1e3', '12,34.5'])
      expect(parseAmountYuan(text)).toBeNaN();
  });
});

describe('isAmountYuan', () => {
  it('accepts whole fen from zero up to the cap', () => {
    expect(isAmountYuan(0)).toBe(true);
    expect(isAmountYuan(88.5)).toBe(true);
    expect(isAmountYuan(0.01)).toBe(true);
    expect(isAmountYuan(100_000_000)).toBe(true);
  });

  it('refuses negative, non-finite, fractional-fen and absurd amounts', () => {
    for (const amount of [-1, Number.NaN, Infinity, 1.005, 0.001, 100_000_000.01])
      expect(isAmountYuan(amount)).toBe(false);
  });

  it('counts decimals as core does (its decimal text), not within a floating-point tolerance', () => {
    expect(isAmountYuan(1.1)).toBe(true);
    expect(isAmountYuan(0.29)).toBe(true);
    // 0.30000000000000004 is near 30 fen in binary but is not 30 fen: core's yuan() would not take it.
    expect(isAmountYuan(0.1 + 0.2)).toBe(false);
    expect(isAmountYuan(1.0000001)).toBe(false);
  });
});
