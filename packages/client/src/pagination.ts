import type { Page } from '@clubkit/core/api';

/**
 * A list that follows cursors: iterate it with `for await` to get every item across pages, or
 * ask for one page with `page()`.
 *
 * @example
 * for await (const hit of client.merchants.list({ text: '洗車' })) console.log(hit.merchant.name);
 * const first = await client.merchants.list({ text: '洗車', limit: 20 }).page();
 */
export interface PageIterable<T> extends AsyncIterable<T> {
  /** One page: the first, or the one after `cursor`. */
  page(cursor?: string | null): Promise<Page<T>>;
  /** Every page in turn. */
  pages(): AsyncIterable<Page<T>>;
}

/** Makes a {@link PageIterable} from a function that fetches the page after a cursor. */
export function pageIterable<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): PageIterable<T> {
  async function* pages(): AsyncGenerator<Page<T>> {
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
