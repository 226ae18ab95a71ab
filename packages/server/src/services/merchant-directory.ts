import type { Merchant, MerchantHit, MerchantQuery } from '@clubkit/core/merchants';
import { searchMerchants } from '@clubkit/core/merchants';
import type { ClubDb } from '../db/connect.js';
import { HttpProblem } from '../http/problem.js';
import { nextSequence } from './sequences.js';

const COUNTER = 'merchants';
const CACHE_SIZE = 200;
/** Serialised pages kept per cached query. */
const PAGES_PER_QUERY = 20;
/** Reports over the merchants kept per process, the least recently used dropped first. */
const REPORTS_KEPT = 32;
/** Merchants read a query while loading: a page of their JSON text is a few megabytes. */
const LOAD_PAGE = 5_000;

/** A page of search hits, the cursor of the next one and how many hits the whole search has. */
export interface HitPage {
  data: MerchantHit[];
  nextCursor: string | null;
  total: number;
}

/** The ordered result of a query, and the pages of it already serialised. */
interface CachedResult {
  hits: MerchantHit[];
  pages: Map<string, string>;
}

interface CursorState {
  /** Fingerprint of the query the cursor belongs to. */
  q: string;
  /** Id of the last merchant on the previous page. */
  a: string;
  /** Its position in the result list. */
  i: number;
}

/**
 * The merchant directory as the API serves it: every merchant in memory, searched with core's
 * `searchMerchants` (so the API and the SDK find and rank exactly alike), with the ordered result
 * of recent queries kept so that following a cursor costs a slice. Writes move a counter in the
 * database; every read first compares it with the version loaded and reloads the merchants
 * written since, so a write acknowledged by any process is seen by the next read on every one.
 */
export class MerchantDirectory {
  readonly #db: ClubDb;
  readonly #loadPage: number;
  #byId = new Map<string, Merchant>();
  #list: readonly Merchant[] = [];
  #version = -1;
  #results = new Map<string, CachedResult>();
  /** Answers of {@link report} by key, with the version of the counter read before computing them. */
  #reports = new Map<string, { version: number; value: Promise<unknown> }>();
  #syncing: Promise<void> | undefined;
  /** One copy of the strings and tier lists that merchants repeat. */
  #repeats = new Repeats();
  /** Numbers the calls of {@link sync}; a load started at ticket n serves the calls up to n. */
  #tickets = 0;
  #loadedTicket = 0;

  /** @param options.loadPage merchants read a query while loading (a positive integer). */
  constructor(db: ClubDb, options: { loadPage?: number } = {}) {
    const loadPage = options.loadPage ?? LOAD_PAGE;
    if (!Number.isInteger(loadPage) || loadPage < 1)
      throw new RangeError(`loadPage is a positive integer, got ${String(loadPage)}`);
    this.#db = db;
    this.#loadPage = loadPage;
  }

  /**
   * Records a write to merchants inside the writer's transaction: moves the version counter (whose
   * row lock also makes merchant writes take turns); once committed, the next read of any process
   * sees the counter moved. Returns the version to store on the written rows.
   */
  async beginWrite(trx: ClubDb): Promise<number> {
    return nextSequence(trx, COUNTER);
  }

  /**
   * Brings the in-memory directory up to date with every write committed before this call, on
   * any process: one read of the version counter (its primary key), and the merchants written
   * since when it moved. Calls that arrive together share one load.
   */
  async sync(): Promise<void> {
    const ticket = ++this.#tickets;
    while (this.#loadedTicket < ticket) {
      // A load that began before this call does not count for it (a write another process
      // committed meanwhile could be missed): wait for one that began after, shared by every call
      // that arrived while the previous one ran.
      this.#syncing ??= this.#load(this.#tickets).finally(() => {
        this.#syncing = undefined;
      });
      await this.#syncing;
    }
  }

  /** The version counter as committed now: one read of its primary key. */
  async #committedVersion(): Promise<number> {
    const row = await this.#db.selectFrom('counters').select('value').where('name', '=', COUNTER).executeTakeFirst();
    return row?.value ?? 0;
  }

  /**
   * What `compute` answers for `key`, computed once for as long as no merchant is written on any
   * process: the version counter is read first (one primary-key read), and an answer computed at
   * another version is computed again. For reports that only the merchants and their offers
   * decide; calls that arrive together for one key share one computation, and a failed one is
   * not kept. Without the directory's merchants: a report never waits for their load.
   */
  async report<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.#committedVersion();
    const kept = this.#reports.get(key);
    this.#reports.delete(key);
    if (kept !== undefined && kept.version === version) {
      this.#reports.set(key, kept);
      return kept.value as Promise<T>;
    }
    const value = compute();
    this.#reports.set(key, { version, value });
    if (this.#reports.size > REPORTS_KEPT) this.#reports.delete(this.#reports.keys().next().value as string);
    value.catch(() => {
      if (this.#reports.get(key)?.value === value) this.#reports.delete(key);
    });
    return value;
  }

  async #load(ticket: number): Promise<void> {
    const version = await this.#committedVersion();
    if (version !== this.#version) {
      // Page by page in id order: only one page of JSON text is held beside the parsed merchants,
      // which keeps a national directory's load from doubling the process's peak memory.
      let after = '';
      for (;;) {
        const rows = await this.#db
          .selectFrom('merchants')
          .select(['id', 'doc'])
          .where('version', '>', this.#version)
          .where('id', '>', after)
          .orderBy('id')
          .limit(this.#loadPage)
          .execute();
        for (const r of rows) this.#byId.set(r.id, this.#repeats.share(JSON.parse(r.doc) as Merchant));
        if (rows.length < this.#loadPage) break;
        after = (rows.at(-1) as { id: string }).id;
      }
      // Frozen: core's search then knows the list it indexed cannot have changed, and does not
      // compare its 200,000 items again on every search.
      this.#list = Object.freeze([...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      this.#version = version;
      this.#results.clear();
    }
    this.#loadedTicket = Math.max(this.#loadedTicket, ticket);
  }

  /** A merchant by id, from the synced directory. */
  async get(id: string): Promise<Merchant | undefined> {
    await this.sync();
    return this.#byId.get(id);
  }

  /** Every merchant, for statistics. */
  async all(): Promise<readonly Merchant[]> {
    await this.sync();
    return this.#list;
  }

  /**
   * {@link search} as the JSON text of the page. Pages of recent queries are kept serialised with
   * their result, so a page asked for again is neither searched nor serialised again.
   */
  async searchJson(query: MerchantQuery, page: { limit: number; cursor?: string | undefined }): Promise<string> {
    return (await this.searchJsonCosted(query, page)).json;
  }

  /**
   * {@link searchJson}, with the number of merchants this call had to rank: 0 when the query's
   * result was cached, else its hit count. The route charges the caller's rate bucket for it.
   */
  async searchJsonCosted(
    query: MerchantQuery,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ json: string; ranked: number }> {
    const { entry, result, fresh } = await this.#page(query, page);
    const key = `${page.limit}:${page.cursor ?? ''}`;
    let text = entry.pages.get(key);
    if (text === undefined) {
      text = JSON.stringify(result);
      if (entry.pages.size < PAGES_PER_QUERY) entry.pages.set(key, text);
    }
    return { json: text, ranked: fresh ? entry.hits.length : 0 };
  }

  /** One page of a search; `cursor` continues a previous page of the same query. */
  async search(query: MerchantQuery, page: { limit: number; cursor?: string | undefined }): Promise<HitPage> {
    return (await this.#page(query, page)).result;
  }

  async #page(
    query: MerchantQuery,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ entry: CachedResult; result: HitPage; fresh: boolean }> {
    await this.sync();
    const key = JSON.stringify(query);
    const fingerprint = fnv1a(key);
    let entry = this.#results.get(key);
    const fresh = entry === undefined;
    if (entry) {
      this.#results.delete(key);
    } else {
      entry = { hits: searchMerchants(this.#list, query), pages: new Map() };
      if (this.#results.size >= CACHE_SIZE) this.#results.delete(this.#results.keys().next().value as string);
    }
    // Re-inserted last: the map's order is the least recently used first.
    this.#results.set(key, entry);
    const { hits } = entry;
    let start = 0;
    if (page.cursor !== undefined) start = resume(hits, decodeCursor(page.cursor, fingerprint));
    const data = hits.slice(start, start + page.limit);
    const last = data.at(-1);
    const end = start + data.length;
    const nextCursor =
      last && end < hits.length ? encodeCursor({ q: fingerprint, a: last.merchant.id, i: end - 1 }) : null;
    return { entry, result: { data, nextCursor, total: hits.length }, fresh };
  }
}

/** Distinct strings (and tier lists) kept for sharing: beyond them, a value is kept as parsed. */
const REPEATS_KEPT = 65_536;

/**
 * One copy of each value that many merchants repeat: their category and region, and their offers'
 * kinds, titles, tiers and dates. Parsed from JSON, every merchant holds its own copy of each (a
 * national directory's 600,000 offers would hold 600,000 strings `percent` and 400,000 tier
 * lists), though they are a few thousand values. Merchants are plain data that nothing changes
 * once loaded; a shared tier list is frozen all the same.
 */
export class Repeats {
  readonly #strings = new Map<string, string>();
  readonly #lists = new Map<string, readonly string[]>();

  /** The kept copy of `value`, keeping it when there is room. */
  string<T extends string>(value: T): T {
    const kept = this.#strings.get(value);
    if (kept !== undefined) return kept as T;
    if (this.#strings.size < REPEATS_KEPT) this.#strings.set(value, value);
    return value;
  }

  /** The kept (frozen) copy of a list of strings alike, keeping it when there is room. */
  list<T extends string>(values: T[]): T[] {
    const key = values.join('\u0000');
    const kept = this.#lists.get(key);
    if (kept !== undefined) return kept as T[];
    const shared = Object.freeze(values.map((v) => this.string(v))) as T[];
    if (this.#lists.size < REPEATS_KEPT) this.#lists.set(key, shared);
    return shared;
  }

  /** `merchant`, its repeated values replaced by their kept copies (in place: it was just parsed). */
  share(merchant: Merchant): Merchant {
    merchant.category = this.string(merchant.category);
    merchant.region = this.string(merchant.region);
    // A stored document is a valid merchant; one that is not is left for core's check to name.
    if (!Array.isArray(merchant.offers)) return merchant;
    for (const offer of merchant.offers) {
      offer.kind = this.string(offer.kind);
      offer.title = this.string(offer.title);
      if (offer.validFrom !== undefined) offer.validFrom = this.string(offer.validFrom);
      if (offer.validUntil !== undefined) offer.validUntil = this.string(offer.validUntil);
      if (offer.tiers !== undefined) offer.tiers = this.list(offer.tiers);
    }
    return merchant;
  }
}

function encodeCursor(state: CursorState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function invalidCursor(): HttpProblem {
  return new HttpProblem(
    400,
    'invalid-cursor',
    'The cursor does not belong to this query; start again without a cursor.',
  );
}

function decodeCursor(cursor: string, fingerprint: string): CursorState {
  // The cursor comes from the caller: it is whatever JSON it decodes to until checked.
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof parsed !== 'object' || parsed === null) throw invalidCursor();
  const { q, a, i } = parsed as Partial<Record<keyof CursorState, unknown>>;
  if (q !== fingerprint || typeof a !== 'string' || typeof i !== 'number' || !Number.isInteger(i))
    throw invalidCursor();
  return { q: fingerprint, a, i };
}

/** Where the next page starts: after the cursor's merchant, found again if the list moved. */
function resume(hits: readonly MerchantHit[], state: CursorState): number {
  if (hits[state.i]?.merchant.id === state.a) return state.i + 1;
  const at = hits.findIndex((h) => h.merchant.id === state.a);
  if (at === -1) throw invalidCursor();
  return at + 1;
}

/** A short fingerprint of a query (FNV-1a, 32 bits): enough to tell a cursor from another query's. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
