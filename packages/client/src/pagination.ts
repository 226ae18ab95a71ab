import type { Page } from '@clubkit/core/api';

/**
 * A list that follows cursors: iterate it with `for await` to get every item across pages, or
 * ask for one page with `page()`.
 *
 * @example
 * for await (const hit of client.merchants.list({ text: '洗車' })) console.log(hit.merchant.name);
 * const first = await client.merchants.list({ text: '洗車', limit: 20 }).page();
 */
export interface PageIterable<T, P extends Page<T> = Page<T>> extends AsyncIterable<T> {
  /** One page: the first, or the one after `cursor` (with what the list adds to a page, e.g. a `total`). */
  page(cursor?: string | null): Promise<P>;
  /** Every page in turn. */
  pages(): AsyncIterable<P>;
}

/** Makes a {@link PageIterable} from a function that fetches the page after a cursor. */
export function pageIterable<T, P extends Page<T> = Page<T>>(
  fetchPage: (cursor: string | undefined) => Promise<P>,
): PageIterable<T, P> {
  async function* pages(): AsyncGenerator<P> {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      yield page;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
  }
  return {
    page: (cursor) => fetchPage(cursor ?? undefined),
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.data;
    },
  };
}
