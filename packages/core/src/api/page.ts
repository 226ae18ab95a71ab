import * as z from 'zod/mini';

/** The most items one page of a list returns. */
export const MAX_PAGE_SIZE = 100;
/** Items on a page when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 20;

/** An opaque pagination cursor, as returned in `nextCursor`. */
export const Cursor = z.string().check(z.minLength(1), z.maxLength(512));

/**
 * A page of a list: the items and the cursor of the next page (`null` on the last page).
 *
 * @example
 * const MerchantPage = Page(MerchantHit);
 */
export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({ data: z.array(item), nextCursor: z.nullable(Cursor) });
}
/** A page of items of type `T`. */
export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}
