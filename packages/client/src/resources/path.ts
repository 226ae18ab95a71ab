/** A path template that encodes each id: path`/v1/members/${id}`. */
export function path(strings: TemplateStringsArray, ...ids: string[]): string {
  return strings.reduce((out, s, i) => out + s + (i < ids.length ? encodeURIComponent(ids[i]!) : ''), '');
}

/** Paging of a list call. */
export interface ListOptions {
  /** Items per page (1–100). @default 20 */
  limit?: number;
}
