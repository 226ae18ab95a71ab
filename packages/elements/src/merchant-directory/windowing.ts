/**
 * Windowing of a long list of fixed-height rows: which rows to put in the DOM for a scroll
 * position, and the space the rows left out take above and below them. Pure: no DOM, no state.
 */

/** A scroll container's geometry, in CSS pixels. */
export interface ViewportMetrics {
  /** The container's `scrollTop`. */
  scrollTop: number;
  /** The container's visible height (`clientHeight`). */
  viewportHeight: number;
  /** The fixed height of one row; more than 0. */
  rowHeight: number;
}

/** Input of {@link visibleRange}. */
export interface WindowInput extends ViewportMetrics {
  /** How many rows the list has (loaded so far). */
  count: number;
  /**
   * Rows rendered beyond each edge of the viewport, so fast scrolling and keyboard moves do not
   * show a gap.
   * @default 6
   */
  overscan?: number;
  /**
   * The most rows the window ever holds, whatever the viewport's height.
   * @default 200
   */
  maxRows?: number;
}

/** The rows to render: `[start, end)`, and the height of the rows left out on each side. */
export interface WindowRange {
  /** Index of the first rendered row. */
  start: number;
  /** Index after the last rendered row (`end - start` rows are rendered). */
  end: number;
  /** Height of the rows above the window, in px (the top spacer). */
  beforePx: number;
  /** Height of the rows below the window, in px (the bottom spacer). */
  afterPx: number;
}

/** The default overscan of {@link visibleRange}. */
export const DEFAULT_OVERSCAN = 6;
/** The default cap of rows in the window. */
export const DEFAULT_MAX_ROWS = 200;

const finiteOr = (value: number, fallback: number): number => (Number.isFinite(value) ? value : fallback);

function checkRowHeight(rowHeight: number): void {
  if (!(rowHeight > 0) || !Number.isFinite(rowHeight))
    throw new RangeError(`rowHeight must be a positive number of pixels, got ${String(rowHeight)}`);
}

/**
 * The rows visible at a scroll position plus `overscan` on each side, never more than `maxRows`
 * (the visible rows are kept first). A scroll position past either end is clamped, so an
 * overscrolled (rubber-banding) container still gets a full window.
 *
 * @throws RangeError when `rowHeight` is not a positive number
 * @example
 * visibleRange({ scrollTop: 7200, viewportHeight: 480, rowHeight: 72, count: 10_000 })
 * // { start: 94, end: 113, beforePx: 6768, afterPx: 711864 }
 */
export function visibleRange(input: WindowInput): WindowRange {
  const { rowHeight } = input;
  checkRowHeight(rowHeight);
  const count = Math.max(0, Math.floor(finiteOr(input.count, 0)));
  const overscan = Math.max(0, Math.floor(finiteOr(input.overscan ?? DEFAULT_OVERSCAN, DEFAULT_OVERSCAN)));
  const maxRows = Math.max(1, Math.floor(finiteOr(input.maxRows ?? DEFAULT_MAX_ROWS, DEFAULT_MAX_ROWS)));
  if (count === 0) return { start: 0, end: 0, beforePx: 0, afterPx: 0 };

  const viewportHeight = Math.max(0, finiteOr(input.viewportHeight, 0));
  const maxScroll = Math.max(0, count * rowHeight - viewportHeight);
  const scrollTop = Math.min(maxScroll, Math.max(0, finiteOr(input.scrollTop, 0)));

  // The visible rows: [first, last).
  const first = Math.min(count - 1, Math.floor(scrollTop / rowHeight));
  const last = Math.min(count, Math.max(first + 1, Math.ceil((scrollTop + viewportHeight) / rowHeight)));

  let start = Math.max(0, first - overscan);
  let end = Math.min(count, last + overscan);
  if (end - start > maxRows) {
    if (last - first >= maxRows) {
      start = first;
      end = first + maxRows;
    } else {
      // Share what the cap leaves between the two sides.
      const spare = maxRows - (last - first);
      start = Math.max(start, first - Math.floor(spare / 2));
      end = Math.min(end, start + maxRows);
      start = Math.max(0, Math.min(start, end - maxRows));
    }
  }
  return { start, end, beforePx: start * rowHeight, afterPx: (count - end) * rowHeight };
}

/**
 * The `scrollTop` that shows row `index` whole with the least scrolling: unchanged when it is
 * already visible, else aligned to the nearer edge.
 *
 * @throws RangeError when `rowHeight` is not a positive number
 * @example
 * scrollTopToReveal(20, { scrollTop: 0, viewportHeight: 480, rowHeight: 72 }) // 1032
 */
export function scrollTopToReveal(index: number, viewport: ViewportMetrics): number {
  const { rowHeight } = viewport;
  checkRowHeight(rowHeight);
  const scrollTop = Math.max(0, finiteOr(viewport.scrollTop, 0));
  const viewportHeight = Math.max(0, finiteOr(viewport.viewportHeight, 0));
  const top = Math.max(0, Math.floor(index)) * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/**
 * How many whole rows fit in the viewport (at least 1): the step of PageUp and PageDown.
 *
 * @example
 * rowsPerPage({ scrollTop: 0, viewportHeight: 480, rowHeight: 72 }) // 6
 */
export function rowsPerPage(viewport: ViewportMetrics): number {
  checkRowHeight(viewport.rowHeight);
  return Math.max(1, Math.floor(Math.max(0, finiteOr(viewport.viewportHeight, 0)) / viewport.rowHeight));
}
