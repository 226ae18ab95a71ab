/** A path template that encodes each id: path`/v1/members/${id}`. */
export function path(strings: TemplateStringsArray, ...ids: string[]): string {
  return String.raw({ raw: strings }, ...ids.map(encodeURIComponent));
}

/** Paging of a list call. */
export interface ListOptions {
  /** Items per page (1–100). @default 20 */
  limit?: number;
}
