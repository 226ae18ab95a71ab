import { describe, expect, it } from 'vitest';
import { rowsPerPage, scrollTopToReveal, visibleRange } from './windowing.js';

const base = { viewportHeight: 480, rowHeight: 72 };

describe('visibleRange', () => {
  it('renders the first screen and the overscan below it at the top', () => {
    expect(visibleRange({ ...base, scrollTop: 0, count: 10_000 })).toEqual({
      start: 0,
      end: 13,
      beforePx: 0,
      afterPx: (10_000 - 13) * 72,
    });
  });

  it('renders the visible rows with overscan on both sides in the middle', () => {
    expect(visibleRange({ ...base, scrollTop: 7200, count: 10_000 })).toEqual({
      start: 94,
      end: 113,
      beforePx: 94 * 72,
      afterPx: (10_000 - 113) * 72,
    });
  });

  it('keeps the full scroll height: spacers plus rendered rows add up to count × rowHeight', () => {
    for (let scrollTop = 0; scrollTop <= 720_000; scrollTop += 997) {
      const r = visibleRange({ ...base, scrollTop, count: 10_000 });
      expect(r.beforePx + (r.end - r.start) * 72 + r.afterPx).toBe(720_000);
    }
  });

  it('always covers the rows in view while scrolling through 10,000 rows, never more than 200', () => {
    for (const viewportHeight of [0, 100, 480, 1080, 5000, 20_000]) {
      for (let scrollTop = 0; scrollTop <= 720_000; scrollTop += 1234) {
        const r = visibleRange({ scrollTop, viewportHeight, rowHeight: 72, count: 10_000 });
        const maxScroll = Math.max(0, 720_000 - viewportHeight);
        const top = Math.min(scrollTop, maxScroll);
        const firstVisible = Math.floor(top / 72);
        const lastVisible = Math.min(9_999, Math.ceil((top + viewportHeight) / 72) - 1);
        expect(r.end - r.start).toBeLessThanOrEqual(200);
        expect(r.start).toBeLessThanOrEqual(firstVisible);
        expect(r.end).toBeGreaterThan(firstVisible);
        if (lastVisible - firstVisible < 200) expect(r.end).toBeGreaterThanOrEqual(lastVisible + 1);
      }
    }
  });

  it('ends at the last row at the bottom', () => {
    const r = visibleRange({ ...base, scrollTop: 720_000 - 480, count: 10_000 });
    expect(r.end).toBe(10_000);
    expect(r.afterPx).toBe(0);
    expect(r.start).toBe(10_000 - Math.ceil(480 / 72) - 6);
  });

  it('clamps a scroll position past either end (rubber-banding)', () => {
    expect(visibleRange({ ...base, scrollTop: -300, count: 500 })).toEqual(
      visibleRange({ ...base, scrollTop: 0, count: 500 }),
    );
    expect(visibleRange({ ...base, scrollTop: 10_000_000, count: 500 })).toEqual(
      visibleRange({ ...base, scrollTop: 500 * 72 - 480, count: 500 }),
    );
  });

  it('renders every row of a list shorter than the viewport', () => {
    expect(visibleRange({ ...base, scrollTop: 0, count: 3 })).toEqual({ start: 0, end: 3, beforePx: 0, afterPx: 0 });
  });

  it('renders nothing for an empty list', () => {
    expect(visibleRange({ ...base, scrollTop: 500, count: 0 })).toEqual({ start: 0, end: 0, beforePx: 0, afterPx: 0 });
  });

  it('still renders a row and its overscan in a viewport of no height (no layout yet)', () => {
    expect(visibleRange({ scrollTop: 720, viewportHeight: 0, rowHeight: 72, count: 100 })).toEqual({
      start: 4,
      end: 17,
      beforePx: 288,
      afterPx: 83 * 72,
    });
  });

  it('honours the overscan option, including none', () => {
    expect(visibleRange({ ...base, scrollTop: 7200, count: 10_000, overscan: 0 })).toMatchObject({
      start: 100,
      end: 107,
    });
    expect(visibleRange({ ...base, scrollTop: 7200, count: 10_000, overscan: 20 })).toMatchObject({
      start: 80,
      end: 127,
    });
  });

  it('caps a huge viewport at maxRows, starting at the first visible row', () => {
    const r = visibleRange({ scrollTop: 7200, viewportHeight: 50_000, rowHeight: 24, count: 10_000, maxRows: 200 });
    expect(r).toMatchObject({ start: 300, end: 500 });
  });

  it('shares what the cap leaves between the two sides when the visible rows fit', () => {
    const r = visibleRange({
      scrollTop: 72 * 1000,
      viewportHeight: 72 * 190,
      rowHeight: 72,
      count: 10_000,
      overscan: 50,
      maxRows: 200,
    });
    expect(r).toMatchObject({ start: 995, end: 1195 });
  });

  it('works with fractional row heights and scroll positions', () => {
    const r = visibleRange({ scrollTop: 1000.5, viewportHeight: 333.3, rowHeight: 48.5, count: 1000, overscan: 2 });
    expect(r).toMatchObject({ start: 18, end: 30 });
    expect(r.beforePx).toBeCloseTo(18 * 48.5);
  });

  it('treats non-finite numbers as zero or the defaults', () => {
    expect(
      visibleRange({
        scrollTop: Number.NaN,
        viewportHeight: Number.NaN,
        rowHeight: 72,
        count: 50,
        overscan: Number.NaN,
      }),
    ).toMatchObject({ start: 0, end: 7 });
  });

  it('refuses a row height that is not a positive number', () => {
    expect(() => visibleRange({ ...base, rowHeight: 0, scrollTop: 0, count: 10 })).toThrow(RangeError);
    expect(() => visibleRange({ ...base, rowHeight: -72, scrollTop: 0, count: 10 })).toThrow(RangeError);
    expect(() => visibleRange({ ...base, rowHeight: Number.NaN, scrollTop: 0, count: 10 })).toThrow(RangeError);
    expect(() => visibleRange({ ...base, rowHeight: Infinity, scrollTop: 0, count: 10 })).toThrow(RangeError);
  });
});

describe('scrollTopToReveal', () => {
  it('leaves the scroll position alone when the row is already in view', () => {
    expect(scrollTopToReveal(3, { ...base, scrollTop: 0 })).toBe(0);
    expect(scrollTopToReveal(10, { ...base, scrollTop: 700 })).toBe(700);
  });

  it('scrolls down just enough to show a row below the viewport whole', () => {
    expect(scrollTopToReveal(20, { ...base, scrollTop: 0 })).toBe(21 * 72 - 480);
    // A row cut off at the bottom edge counts as below.
    expect(scrollTopToReveal(6, { ...base, scrollTop: 0 })).toBe(7 * 72 - 480);
  });

  it('scrolls up to align a row above the viewport with its top', () => {
    expect(scrollTopToReveal(5, { ...base, scrollTop: 2000 })).toBe(360);
    expect(scrollTopToReveal(0, { ...base, scrollTop: 2000 })).toBe(0);
  });

  it('aligns with the top when the viewport is shorter than a row', () => {
    expect(scrollTopToReveal(4, { scrollTop: 0, viewportHeight: 30, rowHeight: 72 })).toBe(5 * 72 - 30);
    expect(scrollTopToReveal(4, { scrollTop: 1000, viewportHeight: 30, rowHeight: 72 })).toBe(288);
  });

  it('refuses a row height that is not a positive number', () => {
    expect(() => scrollTopToReveal(1, { scrollTop: 0, viewportHeight: 480, rowHeight: 0 })).toThrow(RangeError);
  });
});

describe('rowsPerPage', () => {
  it('counts the whole rows that fit, at least one', () => {
    expect(rowsPerPage({ ...base, scrollTop: 0 })).toBe(6);
    expect(rowsPerPage({ scrollTop: 0, viewportHeight: 10, rowHeight: 72 })).toBe(1);
    expect(rowsPerPage({ scrollTop: 0, viewportHeight: 0, rowHeight: 72 })).toBe(1);
  });
});
