import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { toClubIssues } from '../shared/parse.js';
import { categoryLabels } from './category-label.js';
import { Merchant } from './merchant.js';
import { compareByName } from './name-order.js';
import { foldSearchText } from './search-text.js';

/** What text search needs of a merchant, folded once. @internal */
export interface SearchEntry {
  /** The folded name. */
  readonly name: string;
  /** The folded category labels in the three locales, joined by newlines: one string a category. */
  readonly labels: string;
  /** The folded address. */
  readonly address: string;
}

/** Located items in latitude order, with their latitudes and longitudes in that order. @internal */
export interface LatitudeOrder {
  readonly items: Int32Array;
  readonly lats: Float64Array;
  readonly lngs: Float64Array;
}

/** A searchable snapshot of one merchant list. @internal */
export interface ListIndex {
  /** The merchants as they were when indexed; a list whose items differ gets a new index. */
  readonly items: readonly Merchant[];
  /** The search entry of each item. */
  readonly entries: readonly SearchEntry[];
  /**
   * Every item's haystack (name, labels and address, joined by newlines: folded words never hold
   * one), joined by newlines, so one native `indexOf` scans the whole list.
   */
  readonly corpus: string;
  /** Where each item's haystack starts in `corpus`, plus its length at the end. */
  readonly starts: Int32Array;
  /**
   * Each item's category and region as numbers (`codes` gives a value's number), so that a
   * search filters its candidates without reading the merchants it rejects.
   */
  readonly categories: Int32Array;
  readonly regions: Int32Array;
  readonly codes: ReadonlyMap<string, number>;
  /** Each item's position in name order (unique), made when first needed. */
  ranks?: Int32Array;
  /** The item index at each position in name order. */
  byRank?: Int32Array;
  /**
   * The located items in latitude order with their latitudes and longitudes, made when a search
   * within a radius first needs it: the search measures its band's items from these arrays and
   * reads a merchant only when it is within the radius.
   */
  byLatitude?: LatitudeOrder;
}

/**
 * One entry per merchant object that passed its schema. Merchants are plain data that clubkit
 * never mutates, so a merchant is validated and folded once, however many searches see it.
 */
const entries = new WeakMap<object, SearchEntry>();
const lists = new WeakMap<readonly Merchant[], ListIndex>();
/** The folded labels of each category, shared by its merchants' entries. */
const foldedLabels = new Map<string, string>();

function invalidMerchant(merchant: unknown, where: string, index: number): never {
  const result = Merchant.safeParse(merchant);
  const issues = toClubIssues(result.success ? [] : result.error.issues).map((issue) => ({
    ...issue,
    path: [where, index, ...issue.path],
  }));
  const first = issues[0];
  const message = first ? `Invalid ${where} at ${first.path.join('.')}: ${first.message}` : `Invalid ${where}`;
  throw new ClubError(INVALID_INPUT, message, { issues });
}

/**
 * The search entry of `merchant`, validating it against {@link Merchant} the first time it is
 * seen; throws `invalid-input` with paths like `merchants.3.phone`. @internal
 */
export function searchEntry(merchant: Merchant, index: number, where = 'merchants'): SearchEntry {
  const cached = entries.get(merchant);
  if (cached !== undefined) return cached;
  if (!Merchant.safeParse(merchant).success) {
    return invalidMerchant(merchant, where, index);
  }
  let labels = foldedLabels.get(merchant.category);
  if (labels === undefined) {
    labels = categoryLabels(merchant.category).map(foldSearchText).join('\n');
    foldedLabels.set(merchant.category, labels);
  }
  const entry: SearchEntry = {
    name: foldSearchText(merchant.name),
    labels,
    address: foldSearchText(merchant.address),
  };
  entries.set(merchant, entry);
  return entry;
}

/** Throws `invalid-input` unless `merchants` is an array. @internal */
export function assertMerchantList(merchants: readonly Merchant[], where = 'merchants'): void {
  if (Array.isArray(merchants)) return;
  const message = `Invalid ${where}: Expected array`;
  throw new ClubError(INVALID_INPUT, message, {
    issues: [{ path: [where], code: 'invalid_type', message: 'Expected array' }],
  });
}

/** Throws `invalid-input` unless `merchants` is an array of valid merchants (cached per object). @internal */
export function assertMerchants(merchants: readonly Merchant[], where = 'merchants'): void {
  assertMerchantList(merchants, where);
  for (let i = 0; i < merchants.length; i++) searchEntry(merchants[i] as Merchant, i, where);
}

function isCurrent(index: ListIndex, merchants: readonly Merchant[]): boolean {
  const items = index.items;
  if (items.length !== merchants.length) return false;
  for (let i = 0; i < items.length; i++) if (items[i] !== merchants[i]) return false;
  return true;
}

/**
 * The index of a merchant list, validating every merchant; cached per list and rebuilt when
 * the list's items change (merchants themselves are treated as immutable). @internal
 */
export function listIndex(merchants: readonly Merchant[]): ListIndex {
  assertMerchantList(merchants);
  const cached = lists.get(merchants);
  // A frozen list cannot have changed since it was indexed: it is not compared item by item again.
  if (cached !== undefined && (Object.isFrozen(merchants) || isCurrent(cached, merchants))) return cached;
  // A frozen list is its own snapshot; another is copied, so that changing it later is noticed.
  const items = Object.isFrozen(merchants) ? merchants : merchants.slice();
  const found: SearchEntry[] = new Array<SearchEntry>(items.length);
  const starts = new Int32Array(items.length + 1);
  // Three parts an item, joined once: no haystack string is made, or kept, per merchant.
  const parts = new Array<string>(items.length * 3);
  const categories = new Int32Array(items.length);
  const regions = new Int32Array(items.length);
  const codes = new Map<string, number>();
  const code = (value: string) => {
    let c = codes.get(value);
    if (c === undefined) codes.set(value, (c = codes.size));
    return c;
  };
  let offset = 0;
  for (let i = 0; i < items.length; i++) {
    const entry = searchEntry(items[i] as Merchant, i);
    categories[i] = code((items[i] as Merchant).category);
    regions[i] = code((items[i] as Merchant).region);
    found[i] = entry;
    starts[i] = offset;
    parts[3 * i] = entry.name;
    parts[3 * i + 1] = entry.labels;
    parts[3 * i + 2] = entry.address;
    offset += entry.name.length + entry.labels.length + entry.address.length + 3;
  }
  starts[items.length] = offset;
  const index: ListIndex = { items, entries: found, corpus: parts.join('\n'), starts, categories, regions, codes };
  lists.set(merchants, index);
  return index;
}

/**
 * The name order of the list ranked last: a list made from it with a few merchants added, changed
 * or removed (a directory reloaded after a write) is ranked from it, not sorted again whole. One
 * list is kept, weakly: a list its owner has dropped is not held here, and two directories ranked
 * in turn each sort whole, as without it.
 */
let lastRanked: { items: WeakRef<readonly Merchant[]>; byRank: Int32Array } | undefined;

/** Sets `ranks` and `byRank` of an index: the items sorted by name, then id, then position. @internal */
export function rankByName(index: ListIndex): { ranks: Int32Array; byRank: Int32Array } {
  if (index.ranks !== undefined && index.byRank !== undefined) return { ranks: index.ranks, byRank: index.byRank };
  const items = index.items;
  const previous = lastRanked?.items.deref();
  const byRank =
    (previous && lastRanked && rankFrom({ items: previous, byRank: lastRanked.byRank }, items)) ??
    Int32Array.from(items.keys()).sort((a, b) => compareByName(items[a] as Merchant, items[b] as Merchant) || a - b);
  lastRanked = { items: new WeakRef(items), byRank };
  const ranks = new Int32Array(items.length);
  for (let r = 0; r < byRank.length; r++) ranks[byRank[r] as number] = r;
  index.ranks = ranks;
  index.byRank = byRank;
  return { ranks, byRank };
}

/**
 * `items` in name order (as {@link rankByName} sorts them), from the name order of a list most of
 * whose merchants it holds: the merchants both hold keep their order, and the others are sorted
 * and merged in, one comparison of names per step of a binary search. Undefined (sort the list
 * whole) when more than an eighth of `items` is new, or when a merchant's id appears twice, whose
 * order then depends on positions that may have moved. A list that cannot pass (far longer than the
 * previous one, or missing too many of its merchants) is given up as soon as that is known. @internal
 */
export function rankFrom(previous: { items: readonly Merchant[]; byRank: Int32Array }, items: readonly Merchant[]) {
  const n = items.length;
  // At least n − previous length of `items` are new; each previous merchant missing from it adds one.
  const most = n / 8 - (n - previous.items.length);
  if (most < 0) return undefined;
  const at = new Map<Merchant, number>();
  for (let i = 0; i < n; i++) {
    if (at.has(items[i] as Merchant)) return undefined;
    at.set(items[i] as Merchant, i);
  }
  const kept = new Int32Array(n);
  let k = 0;
  let lastId: string | undefined;
  let missing = 0;
  for (const r of previous.byRank) {
    const i = at.get(previous.items[r] as Merchant);
    if (i === undefined) {
      if (++missing > most) return undefined;
      continue;
    }
    const id = (items[i] as Merchant).id;
    if (id === lastId) return undefined;
    lastId = id;
    kept[k++] = i;
    at.delete(items[i] as Merchant);
  }
  const added = Int32Array.from(at.values());
  if (added.length > n / 8) return undefined;
  const before = (a: number, b: number) => compareByName(items[a] as Merchant, items[b] as Merchant) || a - b;
  added.sort(before);
  const byRank = new Int32Array(n);
  let out = 0;
  let from = 0;
  for (const item of added) {
    // The first kept merchant that sorts after this one; an id already kept sends the list to a whole sort.
    let lo = from;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareByName(items[kept[mid] as number] as Merchant, items[item] as Merchant);
      if (c === 0) return undefined;
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    byRank.set(kept.subarray(from, lo), out);
    out += lo - from;
    from = lo;
    byRank[out++] = item;
  }
  byRank.set(kept.subarray(from, k), out);
  return byRank;
}

/** Sets `byLatitude` of an index: the items with a location, in latitude order. @internal */
function byLatitude(index: ListIndex): LatitudeOrder {
  if (index.byLatitude !== undefined) return index.byLatitude;
  // Every location read once into arrays, which the sort then compares: not the merchants,
  // which a sort of 200,000 would read some 7 million times.
  const items = index.items;
  const latOf = new Float64Array(items.length);
  const lngOf = new Float64Array(items.length);
  const located: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const location = (items[i] as Merchant).location;
    if (location === undefined) continue;
    located.push(i);
    latOf[i] = location.lat;
    lngOf[i] = location.lng;
  }
  const order = Int32Array.from(located);
  order.sort((a, b) => (latOf[a] as number) - (latOf[b] as number) || a - b);
  const lats = Float64Array.from(order, (i) => latOf[i] as number);
  const lngs = Float64Array.from(order, (i) => lngOf[i] as number);
  index.byLatitude = { items: order, lats, lngs };
  return index.byLatitude;
}

/** The first position in the ascending `lats` whose latitude is above `bound` (or at least it, with `orEqual`). */
function firstAbove(lats: Float64Array, bound: number, orEqual: boolean): number {
  let lo = 0;
  let hi = lats.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const value = lats[mid] as number;
    if (value < bound || (!orEqual && value === bound)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The located items whose latitude lies within `[lat − spread, lat + spread]` degrees, widened by a
 * millionth of a degree so that the caller's exact test decides the edge: the only candidates of a
 * search within a radius, a view of the list's latitude-ordered copy (the hits' order is the
 * search's own sort, whatever the order they are found in). @internal
 */
export function latitudeBand(index: ListIndex, lat: number, spread: number): LatitudeOrder {
  const { items, lats, lngs } = byLatitude(index);
  const from = firstAbove(lats, lat - spread - 1e-6, true);
  const to = firstAbove(lats, lat + spread + 1e-6, false);
  return { items: items.subarray(from, to), lats: lats.subarray(from, to), lngs: lngs.subarray(from, to) };
}
