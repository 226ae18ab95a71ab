import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { BestOffer } from './best-offer.js';
import { bestOfferOn } from './offer-rules.js';
import { MerchantCategorySchema } from './category-schema.js';
import { haversineKm, KM_PER_DEGREE_LATITUDE } from './distance.js';
import { GeoPoint, Merchant, RegionCode } from './merchant.js';
import { Purchase } from './offer.js';
import { nextWithAll } from './corpus-scan.js';
import { sortHits } from './hit-order.js';
import { latitudeBand, listIndex, type SearchEntry } from './search-index.js';
import { queryWords } from './search-text.js';

/** How {@link searchMerchants} orders its hits. */
export const MerchantSort = {
  /** Best text match first: name prefix, name, category label, address; then by name. */
  relevance: 'relevance',
  /** By name, in zh-Hant collation. */
  name: 'name',
  /** Nearest to `near` first; merchants without a location last. */
  distance: 'distance',
  /** Biggest saving on `purchase` first. */
  bestSaving: 'bestSaving',
} as const;
/** How {@link searchMerchants} orders its hits. */
export type MerchantSort = (typeof MerchantSort)[keyof typeof MerchantSort];

/** A merchant directory query; every field is optional and the given ones all have to match. */
export const MerchantQuery = z
  .object({
    /** Words to find in name, address or category label (any locale); each word has to match. */
    text: z.optional(z.string().check(z.maxLength(200))),
    /** Only this category. */
    category: z.optional(MerchantCategorySchema),
    /** Only this region. */
    region: z.optional(RegionCode),
    /** Measure distances from here; with `radiusKm`, only merchants that close (and located). */
    near: z.optional(z.object({ ...GeoPoint.shape, radiusKm: z.optional(z.number().check(z.gt(0))) })),
    /**
     * The order of the hits.
     * @default 'relevance' with `text`, else 'distance' with `near`, else 'name'
     */
    sort: z.optional(z.enum(Object.values(MerchantSort) as [MerchantSort, ...MerchantSort[]])),
    /** Price each merchant's offers against this purchase; needed by sort `bestSaving`. */
    purchase: z.optional(Purchase),
    /** At most this many hits. */
    limit: z.optional(z.int().check(z.minimum(1))),
  })
  .check(
    z.refine((q) => q.sort !== 'bestSaving' || q.purchase !== undefined, {
      error: 'sort "bestSaving" needs a purchase',
      path: ['purchase'],
    }),
    z.refine((q) => q.sort !== 'distance' || q.near !== undefined, {
      error: 'sort "distance" needs near',
      path: ['near'],
    }),
  );
/** A merchant directory query. */
export type MerchantQuery = z.infer<typeof MerchantQuery>;

/** One merchant found by {@link searchMerchants}. */
export const MerchantHit = z.object({
  /** The merchant, the same object that was searched. */
  merchant: Merchant,
  /** Its distance from `near`, in km; absent without `near` or without a location. */
  distanceKm: z.optional(z.number().check(z.gte(0))),
  /** Its best offer for `purchase` (`null` when none saves anything); absent without `purchase`. */
  best: z.optional(z.nullable(BestOffer)),
});
/** One merchant found by {@link searchMerchants}. */
export type MerchantHit = z.infer<typeof MerchantHit>;

/** What a search writes per item, kept between searches. */
interface Scratch {
  hits: Int32Array;
  keys: Float64Array;
  distances: Float64Array;
}
let kept: Scratch | undefined;

/**
 * Arrays of at least `n` entries for one search, reused by the next: a directory of 200,000
 * merchants would otherwise allocate 4 MB a search, and collecting them (with the merchants in the
 * heap) cost more than the search. A search runs to the end without yielding, so one set serves all.
 */
function scratch(n: number): Scratch {
  if (kept === undefined || kept.hits.length < n) {
    kept = { hits: new Int32Array(n), keys: new Float64Array(n), distances: new Float64Array(n) };
  }
  return kept;
}

/** Relevance points a word earns by where it matches; a merchant's score adds them up. */
const NAME_PREFIX = 3;
const NAME_CONTAINS = 2;
const LABEL_CONTAINS = 1;

/** Distances sort to the millimetre; closer ties go to the name order. */
const MM_PER_KM = 1e6;

/**
 * Finds merchants by text, category, region and distance and orders them. Text matching ignores
 * case, width, spaces and punctuation. Each list of merchants is validated and indexed once
 * (and again when its items change), so repeated queries over it are fast; merchants are
 * treated as immutable.
 *
 * @example
 * searchMerchants(merchants, { text: '洗車 景洪', near: { lat: 22.0, lng: 100.8, radiusKm: 5 }, sort: 'distance', limit: 20 })
 */
export function searchMerchants(merchants: readonly Merchant[], query: MerchantQuery = {}): MerchantHit[] {
  const q = parseInput(MerchantQuery, query, 'merchant query');
  const index = listIndex(merchants);
  const { items, entries, corpus, starts, categories, regions, codes } = index;
  const words = q.text === undefined ? [] : queryWords(q.text);
  const sort: MerchantSort = q.sort ?? (words.length > 0 ? 'relevance' : q.near ? 'distance' : 'name');
  const { category, region, near, purchase } = q;
  const radius = near?.radiusKm;
  const n = items.length;

  const buffers = scratch(n);
  const hits = buffers.hits;
  // The primary sort key per item (lower first); ties go to the name order.
  const keys = buffers.keys;
  // Only the hits' entries are read, each written by this search first.
  const distances = near ? buffers.distances : undefined;
  const bests: (BestOffer | null)[] | undefined = purchase ? new Array<BestOffer | null>(n) : undefined;
  let count = 0;

  // With text, leapfrog native indexOf scans of the corpus to the items holding every word;
  // without, within a radius, only the items of the radius's band of latitude can be in it.
  const band =
    words.length === 0 && near !== undefined && radius !== undefined
      ? latitudeBand(index, near.lat, radius / KM_PER_DEGREE_LATITUDE)
      : undefined;
  // The filters as the index's numbers: -1 for a value no merchant has, which nothing matches.
  const categoryCode = category === undefined ? undefined : (codes.get(category) ?? -1);
  const regionCode = region === undefined ? undefined : (codes.get(region) ?? -1);
  const cursor = { item: 0 };
  for (let b = 0; ; b++) {
    const candidate =
      words.length > 0 ? nextWithAll(corpus, starts, words, cursor) : band ? (band.items[b] ?? n) : cursor.item++;
    if (candidate === -1 || candidate >= n) break;
    // Category, region and a band's distance come from the index's arrays (a band's from the
    // location's own numbers): a merchant is read only once it passes them, and most candidates
    // (a dense city's band, a word's other cities) do not.
    if (categoryCode !== undefined && categories[candidate] !== categoryCode) continue;
    if (regionCode !== undefined && regions[candidate] !== regionCode) continue;
    let measured = -1;
    if (band && near && radius !== undefined) {
      const lat = band.lats[b] as number;
      if (Math.abs(lat - near.lat) * KM_PER_DEGREE_LATITUDE > radius + 1e-9) continue;
      measured = haversineKm(near.lat, near.lng, lat, band.lngs[b] as number);
      if (measured > radius) continue;
    }
    const merchant = items[candidate] as Merchant;
    let score = 0;
    if (words.length > 0) {
      const entry = entries[candidate] as SearchEntry;
      for (const word of words) {
        score += entry.name.startsWith(word)
          ? NAME_PREFIX
          : entry.name.includes(word)
            ? NAME_CONTAINS
            : entry.labels.includes(word)
              ? LABEL_CONTAINS
              : 0;
      }
    }
    if (near && distances && measured >= 0) {
      distances[candidate] = measured;
    } else if (near && distances) {
      const location = merchant.location;
      if (location === undefined) {
        if (radius !== undefined) continue;
        distances[candidate] = Infinity;
      } else {
        // Cheap rejection first: the latitude gap alone is a lower bound on the distance.
        if (radius !== undefined && Math.abs(location.lat - near.lat) * KM_PER_DEGREE_LATITUDE > radius + 1e-9)
          continue;
        const d = haversineKm(near.lat, near.lng, location.lat, location.lng);
        if (radius !== undefined && d > radius) continue;
        distances[candidate] = d;
      }
    }
    if (purchase && bests)
      bests[candidate] = bestOfferOn(merchant.offers, purchase.amountFen, purchase.tier, purchase.date);
    keys[candidate] =
      sort === 'relevance'
        ? -score
        : sort === 'distance'
          ? Math.round((distances?.[candidate] ?? 0) * MM_PER_KM)
          : sort === 'bestSaving'
            ? -(bests?.[candidate]?.savingFen ?? 0)
            : 0;
    hits[count++] = candidate;
  }

  const found = sortHits(index, hits.subarray(0, count), keys);

  const size = q.limit === undefined ? count : Math.min(count, q.limit);
  const result: MerchantHit[] = new Array<MerchantHit>(size);
  for (let k = 0; k < size; k++) {
    const item = found[k] as number;
    const merchant = items[item] as Merchant;
    // Whole literals, so every hit of a query has one shape.
    const located = distances !== undefined && merchant.location !== undefined;
    const distanceKm = distances?.[item] as number;
    const best = bests?.[item] ?? null;
    result[k] = bests
      ? located
        ? { merchant, distanceKm, best }
        : { merchant, best }
      : located
        ? { merchant, distanceKm }
        : { merchant };
  }
  return result;
}
