import type { Merchant } from './merchant.js';

let collator: Intl.Collator | undefined;

/** Compares merchants by name as a zh-Hant reader expects (one cached collator), then by id. @internal */
export function compareByName(a: Merchant, b: Merchant): number {
  collator ??= new Intl.Collator('zh-Hant');
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
