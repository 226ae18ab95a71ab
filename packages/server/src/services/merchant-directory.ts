import type { Merchant, MerchantHit, MerchantQuery } from '@clubkit/core/merchants';
import { searchMerchants } from '@clubkit/core/merchants';
import type { ClubDb } from '../db/connect.js';
import { HttpProblem } from '../http/problem.js';
import { nextSequence } from './sequences.js';

const COUNTER = 'merchants';
const CACHE_SIZE = 200;
/** Serialised pages kept per cached query. */
const PAGES_PER_QUERY = 20;
/** How often the directory looks for writes made by other processes, in ms. */
const POLL_MS = 1000;

/** A page of search hits and the cursor of the next one. */
export interface HitPage {
  data: MerchantHit[];
  nextCursor: string | null;
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
 * database; readers reload the changed merchants at once after a write of this process, and
 * within a second of one made by another process.
 */
export class MerchantDirectory {
  readonly #db: ClubDb;
  #byId = new Map<string, Merchant>();
  #list: Merchant[] = [];
  #version = -1;
  #results = new Map<string, CachedResult>();
  #syncing: Promise<void> | undefined;
  /** Moves on every committed write of this process. */
  #generation = 0;
  #loadedGeneration = -1;
  #checkedAt = 0;

  constructor(db: ClubDb) {
    this.#db = db;
  }

  /**
   * Records a write to merchants inside the writer's transaction: moves the version counter (whose
   * row lock also makes merchant writes take turns) and marks this process's copy stale once the
   * transaction commits. Returns the version to store on the written rows.
   */
  async beginWrite(trx: ClubDb, afterCommit: (fn: () => void) => void): Promise<number> {
    const version = await nextSequence(trx, COUNTER);
    afterCommit(() => {
      this.#generation++;
    });
    return version;
  }

  /**
   * Brings the in-memory directory up to date: at once after a write of this process, otherwise
   * by looking at the database's version at most every {@link POLL_MS} (writes of other processes).
   */
  async sync(): Promise<void> {
    const wanted = this.#generation;
    while (this.#loadedGeneration < wanted || Date.now() - this.#checkedAt >= POLL_MS) {
      // A load that began before the write committed does not count for it: loop until one began after.
      this.#syncing ??= this.#load(this.#generation).finally(() => {
        this.#syncing = undefined;
      });
      await this.#syncing;
    }
  }

  async #load(generation: number): Promise<void> {
    const row = await this.#db.selectFrom('counters').select('value').where('name', '=', COUNTER).executeTakeFirst();
    const version = row?.value ?? 0;
    if (version !== this.#version) {
      const rows = await this.#db
        .selectFrom('merchants')
        .select(['id', 'doc'])
        .where('version', '>', this.#version)
        .execute();
      for (const r of rows) this.#byId.set(r.id, JSON.parse(r.doc) as Merchant);
      this.#list = [...this.#byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      this.#version = version;
      this.#results.clear();
    }
    this.#loadedGeneration = Math.max(this.#loadedGeneration, generation);
    this.#checkedAt = Date.now();
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
    return { entry, result: { data, nextCursor }, fresh };
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
