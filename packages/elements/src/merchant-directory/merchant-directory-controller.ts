import type { MerchantSearch } from '@clubkit/client';
import { initialState, Task, TaskStatus, type TaskFunction } from '@lit/task';
import type { WidgetClient } from '../shared/context.js';
import { dateInZone, yuan, type Tier } from '@clubkit/core/shared';
import type { MerchantListItem, MerchantPage } from '@clubkit/core/api';
import {
  bestOfferOn,
  headlineOffer,
  offerSavingOn,
  type BestOffer,
  type GeoPoint,
  type Merchant,
  type MerchantCategory,
  type MerchantSort,
  type Offer,
  type Purchase,
} from '@clubkit/core/merchants';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAmountYuan } from '../shared/amount.js';
import {
  DEFAULT_MAX_ROWS,
  DEFAULT_OVERSCAN,
  rowsPerPage,
  scrollTopToReveal,
  visibleRange,
  type ViewportMetrics,
  type WindowRange,
} from './windowing.js';

/** The part of a client the directory calls: a `ClubClient` or the widgets' client is one. */
export type DirectoryClient = Pick<WidgetClient, 'merchants'>;

/** The states of a {@link MerchantDirectoryController}. */
export const DirectoryStatus = {
  /** Nothing asked yet, or no client (no base URL or publishable key). */
  idle: 'idle',
  /** A search, a further page or a merchant is being fetched. */
  loading: 'loading',
  /** The last request answered. */
  ready: 'ready',
  /** The last request failed; `retry()` repeats it. */
  error: 'error',
} as const;
/** A state name of a {@link MerchantDirectoryController}. */
export type DirectoryStatus = (typeof DirectoryStatus)[keyof typeof DirectoryStatus];

/** What the member asked the directory for. */
export interface DirectoryQuery {
  /** Words to find in name, address or category; empty for every merchant. */
  text: string;
  /** Only this category, or every category. */
  category: MerchantCategory | undefined;
  /** Only this region code, or every region. */
  region: string | undefined;
  /** The order: `distance` needs `near`, `bestSaving` an amount; otherwise `relevance` is used. */
  sort: MerchantSort;
  /** What the member would spend, in yuan: each hit then carries its best offer for it. */
  amountYuan: number | undefined;
}

/** Options of a {@link MerchantDirectoryController}. */
export interface MerchantDirectoryOptions {
  /** Returns the client in force (one with a publishable key), or undefined without configuration. */
  client: () => DirectoryClient | undefined;
  /**
   * Returns the member's tier, which prices the offers.
   * @default () => 'standard'
   */
  tier?: () => Tier;
  /** Returns where distances are measured from (sort `distance` needs it), or undefined. */
  near?: () => GeoPoint | undefined;
  /**
   * Merchants per page.
   * @default 50
   */
  pageSize?: number;
  /**
   * How long {@link MerchantDirectoryController.search} with `debounce` waits for more typing, in ms.
   * @default 200
   */
  debounceMs?: number;
  /**
   * Rows kept beyond each edge of the viewport in {@link MerchantDirectoryController.range}.
   * @default 6
   */
  overscan?: number;
  /**
   * The most rows in {@link MerchantDirectoryController.range}.
   * @default 200
   */
  maxRows?: number;
  /**
   * The next page is fetched when the window comes this many rows from the end of what is loaded.
   * @default 20
   */
  loadAhead?: number;
  /**
   * Returns the purchase day (`YYYY-MM-DD`) offers are priced on; sent with every search so the
   * list's badges and the detail view agree.
   * @default the day in Asia/Shanghai, the club's time zone
   */
  today?: () => string;
}

const DEFAULT_QUERY: DirectoryQuery = {
  text: '',
  category: undefined,
  region: undefined,
  sort: 'relevance',
  amountYuan: undefined,
};
/** The default viewport until the host measures one: `--club-list-height` and `--club-row-height`'s defaults. */
const DEFAULT_VIEWPORT: ViewportMetrics = { scrollTop: 0, viewportHeight: 480, rowHeight: 72 };

/** Today in the club's time zone (Asia/Shanghai), by core's `dateInZone`: the day the server prices on too. */
const clubToday = (): string => dateInZone(new Date(), 'Asia/Shanghai');

/** What a search was made with, to tell whether `sync()` must search again. */
interface SearchBasis {
  client: DirectoryClient | undefined;
  tier: Tier;
  near: string;
}

const nearKey = (near: GeoPoint | undefined): string => (near ? `${near.lat},${near.lng}` : '');

/** The offer a result row shows: the best on the entered amount (with its saving), else the headline one. */
export interface RowOffer {
  /** The offer. */
  offer: Offer;
  /** What it saves on the entered amount, in fen; absent without an amount or when nothing saves. */
  savingFen?: number;
}

/** The search whose pages are fetched, with the client it was made with. */
interface Searching {
  client: DirectoryClient;
  search: MerchantSearch;
}

/**
 * A Task function for a request that drops its answer once aborted: an aborted run settles as
 * `initialState` (neither a value nor an error), which the controller reads as `loading`.
 */
const cancellable =
  <A extends readonly unknown[], R>(request: (args: A, signal: AbortSignal) => Promise<R>): TaskFunction<A, R> =>
  async (args, { signal }) => {
    try {
      const value = await request(args, signal);
      return signal.aborted ? initialState : value;
    } catch (error) {
      if (signal.aborted) return initialState;
      throw error;
    }
  };

/** The controller's status for each `TaskStatus` of the task in force (an aborted run is back to `INITIAL`). */
const STATUS = [
  DirectoryStatus.loading,
  DirectoryStatus.loading,
  DirectoryStatus.ready,
  DirectoryStatus.error,
] as const;

/**
 * The merchant directory, headless: the query, the hits loaded so far (server pages of 50), the
 * window of rows to render for a scroll position, the active row for the keyboard and the
 * merchant opened in detail. Offers are priced by the server for the list (`best` on each hit)
 * and by core's `bestOffer`/`offerSaving` for the detail view, on the same purchase.
 *
 * Works with any `ReactiveControllerHost`, which it asks to update on every change; it renders
 * nothing and dispatches no events.
 *
 * Requests are runs of two `Task`s from `@lit/task` (not auto-run): one fetches a page (the
 * first of a search or the next one, by the same function), the other a merchant for
 * `select`. A new run of a task aborts its run in flight and the Task drops the older answer, so
 * a response to a search that a newer one replaced never lands. `status` and `error` are those
 * of the task that last started or settled a run (`idle` without a search); a run aborted by a
 * disconnect (or `back()`) settles as neither value nor error, so it stays `loading`. `retry()`
 * runs that task's request again.
 *
 * @example
 * class MyDirectory extends LitElement {
 *   dir = new MerchantDirectoryController(this, { client: () => client, tier: () => 'vip' });
 *   render() {
 *     const { start, end } = this.dir.range;
 *     return html`<input @input=${(e) => this.dir.search({ text: e.target.value }, { debounce: true })}>
 *       ${this.dir.items.slice(start, end).map((hit) => html`<p>${hit.merchant.name}</p>`)}`;
 *   }
 * }
 */
export class MerchantDirectoryController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #client: () => DirectoryClient | undefined;
  readonly #tier: () => Tier;
  readonly #near: () => GeoPoint | undefined;
  readonly #today: () => string;
  readonly #pageSize: number;
  readonly #debounceMs: number;
  readonly #overscan: number;
  readonly #maxRows: number;
  readonly #loadAhead: number;

  /** Fetches the page after `cursor` (the first with null) and appends its hits. */
  readonly #pages: Task<[Searching, string | null], MerchantPage>;
  /** Fetches a merchant that is not loaded and opens it. */
  readonly #opening: Task<[DirectoryClient, string], Merchant>;
  /** The task whose status the controller shows: the one that last started or settled a run. */
  #last: Task<[Searching, string | null], MerchantPage> | Task<[DirectoryClient, string], Merchant>;

  #query: DirectoryQuery = DEFAULT_QUERY;
  #items: MerchantListItem[] = [];
  #seen = new Set<string>();
  #cursor: string | null = null;
  #total: number | undefined;
  #selected: Merchant | undefined;
  #activeIndex = -1;
  #viewport: ViewportMetrics = DEFAULT_VIEWPORT;
  #purchase: Purchase | undefined;

  /** What the last search was made with; undefined before any (so the first `sync()` searches). */
  #basis: SearchBasis | undefined;
  /** The search in force; undefined before any and without a client (`status` is then `idle`). */
  #searching: Searching | undefined;
  /** The last page run and what follows it: `loadMore` resolves with it while it is pending. */
  #fetching = Promise.resolve();
  /** The id `select` is fetching (or failed to fetch), for `retry()`. */
  #openingId = '';
  #debounce: { timer: ReturnType<typeof setTimeout>; done: () => void } | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param options - the client and the member's context; see {@link MerchantDirectoryOptions}
   */
  constructor(host: ReactiveControllerHost, options: MerchantDirectoryOptions) {
    this.#host = host;
    this.#client = options.client;
    this.#tier = options.tier ?? (() => 'standard');
    this.#near = options.near ?? (() => undefined);
    this.#today = options.today ?? clubToday;
    this.#pageSize = options.pageSize ?? 50;
    this.#debounceMs = options.debounceMs ?? 200;
    this.#overscan = options.overscan ?? DEFAULT_OVERSCAN;
    this.#maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
    this.#loadAhead = options.loadAhead ?? 20;
    this.#pages = new Task(host, {
      autoRun: false,
      task: cancellable(([{ client, search }, cursor], signal) =>
        client.merchants.list(search, { signal }).page(cursor),
      ),
      onComplete: (page) => {
        this.#last = this.#pages;
        this.#append(page.data);
        this.#cursor = page.nextCursor;
        this.#total = page.total;
      },
      onError: () => (this.#last = this.#pages),
    });
    this.#opening = new Task(host, {
      autoRun: false,
      task: cancellable(([client, id], signal) => client.merchants.get(id, { signal })),
      onComplete: (merchant) => {
        this.#last = this.#opening;
        this.#selected = merchant;
      },
      onError: () => (this.#last = this.#opening),
    });
    this.#last = this.#pages;
    host.addController(this);
  }

  /** What was asked for (the query of the newest search, debounced or not). */
  get query(): Readonly<DirectoryQuery> {
    return this.#query;
  }
  /** The hits loaded so far, in order, without duplicates. */
  get items(): readonly MerchantListItem[] {
    return this.#items;
  }
  /** Whether the server has more pages of this search. */
  get hasMore(): boolean {
    return this.#cursor !== null;
  }
  /** How many merchants the whole search found, when the server counted them; else undefined. */
  get total(): number | undefined {
    return this.#total;
  }
  /** The current state. */
  get status(): DirectoryStatus {
    return this.#searching ? STATUS[this.#last.status] : DirectoryStatus.idle;
  }
  /** The client's typed error while `status` is `error`, else undefined. */
  get error(): unknown {
    return this.status === DirectoryStatus.error ? this.#last.error : undefined;
  }
  /** Whether `query.amountYuan` is not an amount of yuan (it is then left out of the search). */
  get amountInvalid(): boolean {
    return this.#query.amountYuan !== undefined && !isAmountYuan(this.#query.amountYuan);
  }
  /** The merchant opened in detail, or undefined for the list. */
  get selected(): Merchant | undefined {
    return this.#selected;
  }
  /** The index of the active row in `items` (keyboard focus of the list), or −1. */
  get activeIndex(): number {
    return this.#activeIndex;
  }
  /** The purchase the current hits were priced on (amount, tier, day), or undefined without an amount. */
  get purchase(): Purchase | undefined {
    return this.#purchase;
  }
  /** The scroll container's geometry as last told by {@link setViewport} (or moved by the keyboard). */
  get viewport(): Readonly<ViewportMetrics> {
    return this.#viewport;
  }
  /** The rows to render for the viewport, and the space of the rows left out above and below. */
  get range(): WindowRange {
    return visibleRange({
      ...this.#viewport,
      count: this.#items.length,
      overscan: this.#overscan,
      maxRows: this.#maxRows,
    });
  }
  /** The step of PageUp/PageDown: the rows that fit in the viewport. */
  get rowsPerPage(): number {
    return rowsPerPage(this.#viewport);
  }
  /**
   * The selected merchant's best offer on {@link purchase}, by core's `bestOffer` rule (its
   * `bestOfferOn`: the offers came from the Club API, which checked them); undefined without both.
   */
  get best(): BestOffer | null | undefined {
    const p = this.#purchase;
    return this.#selected && p ? bestOfferOn(this.#selected.offers, p.amountFen, p.tier, p.date) : undefined;
  }

  /** What `offer` saves on {@link purchase} in fen (0 when it does not apply), by core's `offerSaving` rule; undefined without an amount. */
  savingOf(offer: Offer): number | undefined {
    const p = this.#purchase;
    return p ? offerSavingOn(offer, p.amountFen, p.tier, p.date) : undefined;
  }

  /**
   * The offer a row of `hit` shows: with an amount, its best offer and saving (the server's, by
   * core's `bestOffer`); otherwise, or when nothing saves on the amount, core's `headlineOffer`
   * for the member's tier today; undefined when no offer is open to them.
   */
  rowOffer(hit: MerchantListItem): RowOffer | undefined {
    if (hit.best) return { offer: hit.best.offer, savingFen: hit.best.savingFen };
    const offer = headlineOffer(hit.merchant.offers, this.#tier(), this.#purchase?.date ?? this.#today());
    return offer && { offer };
  }

  /** Searches when connected, unless the same search is already loaded. */
  hostConnected(): void {
    void this.sync();
  }

  /** Cancels what is in flight; reconnecting searches again if it had not finished. */
  hostDisconnected(): void {
    this.#cancelDebounce();
    if (this.#pages.status === TaskStatus.PENDING) {
      this.#pages.abort();
      this.#basis = undefined;
    }
  }

  /**
   * Searches again when the client, tier or `near` differ from those of the last search (e.g.
   * after a configuration change); does nothing otherwise. Resolves when settled.
   */
  sync(): Promise<void> {
    const basis = this.#basis;
    const near = this.#near();
    if (basis && basis.client === this.#client() && basis.tier === this.#tier() && basis.near === nearKey(near))
      return Promise.resolve();
    return this.#runSearch();
  }

  /**
   * Changes the query and searches from the first page. With `debounce` (typing), the request
   * waits {@link MerchantDirectoryOptions.debounceMs} for more changes; `query` changes at once.
   * Resolves when the search has settled (a debounced one replaced by a newer call resolves
   * then); never rejects.
   */
  search(change: Partial<DirectoryQuery> = {}, options: { debounce?: boolean } = {}): Promise<void> {
    this.#query = { ...this.#query, ...change };
    this.#cancelDebounce();
    if (!options.debounce) return this.#runSearch();
    this.#host.requestUpdate();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.#debounce = undefined;
        void this.#runSearch().then(resolve);
      }, this.#debounceMs);
      this.#debounce = { timer, done: resolve };
    });
  }

  /**
   * Fetches the next page and appends its hits (skipping any already loaded). Does nothing
   * without a next page; while a request is in flight, resolves with it. Never rejects.
   */
  loadMore(): Promise<void> {
    if (this.#pages.status === TaskStatus.PENDING) return this.#fetching;
    return this.#cursor === null ? Promise.resolve() : this.#fetchPage();
  }

  /**
   * Repeats what failed: the search (with the client in force), the next page or the merchant
   * being opened. Never rejects.
   */
  async retry(): Promise<void> {
    if (this.#last === this.#opening) await this.select(this.#openingId);
    else await (this.#cursor === null ? this.#runSearch() : this.loadMore());
  }

  /**
   * Opens a merchant in detail: one loaded in `items` (it becomes the active row), or else
   * fetched by id. Resolves with the merchant, or undefined when it could not be opened (the
   * failure is in `error`).
   */
  async select(id: string): Promise<Merchant | undefined> {
    this.#opening.abort();
    const index = this.#items.findIndex((hit) => hit.merchant.id === id);
    const hit = this.#items[index];
    if (hit) {
      this.#activeIndex = index;
      this.#selected = hit.merchant;
      this.#host.requestUpdate();
      return hit.merchant;
    }
    const client = this.#client();
    if (!client) return undefined;
    this.#openingId = id;
    this.#last = this.#opening;
    await this.#opening.run([client, id]);
    const merchant = this.#opening.value;
    return this.#opening.status === TaskStatus.COMPLETE && merchant?.id === id ? merchant : undefined;
  }

  /** Closes the detail view; the active row stays the one that was opened. */
  back(): void {
    this.#opening.abort();
    this.#selected = undefined;
    if (this.#activeIndex >= 0) this.#reveal(this.#activeIndex);
    this.#host.requestUpdate();
  }

  /**
   * Moves the active row by `step` rows (negative is up), or to the first or last loaded row,
   * scrolling it into view and fetching the next page when it nears the end of what is loaded.
   */
  move(step: number | 'home' | 'end'): void {
    const count = this.#items.length;
    if (count === 0) return;
    const from = this.#activeIndex;
    const target = step === 'home' ? 0 : step === 'end' ? count - 1 : from < 0 ? Math.max(0, step - 1) : from + step;
    this.setActive(target);
  }

  /** Makes row `index` (clamped to the loaded rows) the active one and scrolls it into view. */
  setActive(index: number): void {
    const count = this.#items.length;
    if (count === 0) return;
    this.#activeIndex = Math.min(count - 1, Math.max(0, Math.floor(index)));
    this.#reveal(this.#activeIndex);
    this.#host.requestUpdate();
    void this.#maybeLoadMore();
  }

  /**
   * Tells the controller the scroll container's geometry (after a scroll, a resize or measuring
   * a row); `range` follows, and the next page is fetched when the window nears the end.
   * A row height that is not a positive number is ignored.
   */
  setViewport(metrics: Partial<ViewportMetrics>): void {
    const next = { ...this.#viewport };
    if (metrics.scrollTop !== undefined && Number.isFinite(metrics.scrollTop))
      next.scrollTop = Math.max(0, metrics.scrollTop);
    if (metrics.viewportHeight !== undefined && Number.isFinite(metrics.viewportHeight) && metrics.viewportHeight >= 0)
      next.viewportHeight = metrics.viewportHeight;
    if (metrics.rowHeight !== undefined && Number.isFinite(metrics.rowHeight) && metrics.rowHeight > 0)
      next.rowHeight = metrics.rowHeight;
    const v = this.#viewport;
    if (next.scrollTop === v.scrollTop && next.viewportHeight === v.viewportHeight && next.rowHeight === v.rowHeight)
      return;
    this.#viewport = next;
    this.#host.requestUpdate();
    void this.#maybeLoadMore();
  }

  // ---- internals ----

  /** The first page of the query in force; replaces the hits. */
  #runSearch(): Promise<void> {
    this.#cancelDebounce();
    this.#pages.abort();
    const client = this.#client();
    const tier = this.#tier();
    const near = this.#near();
    this.#basis = { client, tier, near: nearKey(near) };
    this.#query = this.#normalised(this.#query, near);
    this.#items = [];
    this.#seen = new Set();
    this.#cursor = null;
    this.#total = undefined;
    this.#activeIndex = -1;
    this.#viewport = { ...this.#viewport, scrollTop: 0 };
    const { search, purchase } = this.#request(this.#query, tier, near);
    this.#purchase = client && purchase;
    this.#searching = client && { client, search };
    this.#last = this.#pages;
    if (client) return this.#fetchPage();
    this.#host.requestUpdate();
    return Promise.resolve();
  }

  /**
   * Fetches the page after `cursor` (the first of the search with null): the one page fetch, for
   * a search, `loadMore` and `retry`. Once the run has settled, the window is asked whether it
   * wants more (which does nothing unless the pages task has completed).
   */
  #fetchPage(): Promise<void> {
    const searching = this.#searching;
    if (!searching) return Promise.resolve();
    this.#last = this.#pages;
    return (this.#fetching = this.#pages.run([searching, this.#cursor]).then(() => this.#maybeLoadMore()));
  }

  /** A sort whose needs are missing (no `near`, no amount) falls back to relevance. */
  #normalised(query: DirectoryQuery, near: GeoPoint | undefined): DirectoryQuery {
    const amount = query.amountYuan !== undefined && isAmountYuan(query.amountYuan);
    const unusable = (query.sort === 'distance' && !near) || (query.sort === 'bestSaving' && !amount);
    return unusable ? { ...query, sort: 'relevance' } : query;
  }

  /** The client's search for a query; an invalid amount is left out. */
  #request(
    query: DirectoryQuery,
    tier: Tier,
    near: GeoPoint | undefined,
  ): { search: MerchantSearch; purchase: Purchase | undefined } {
    const text = query.text.trim();
    const purchase =
      query.amountYuan !== undefined && isAmountYuan(query.amountYuan)
        ? { amountFen: yuan(query.amountYuan), tier, date: this.#today() }
        : undefined;
    const search: MerchantSearch = {
      limit: this.#pageSize,
      sort: query.sort,
      ...(text ? { text } : {}),
      ...(query.category ? { category: query.category } : {}),
      ...(query.region ? { region: query.region } : {}),
      ...(near ? { near: { lat: near.lat, lng: near.lng } } : {}),
      ...(purchase ? { purchase } : {}),
    };
    return { search, purchase };
  }

  #append(hits: readonly MerchantListItem[]): void {
    const fresh = hits.filter((hit) => !this.#seen.has(hit.merchant.id));
    for (const hit of fresh) this.#seen.add(hit.merchant.id);
    this.#items = fresh.length > 0 ? [...this.#items, ...fresh] : this.#items;
  }

  /**
   * Fetches the next page when the window or the active row nears the end of what is loaded.
   * Not after a failure: that waits for `retry()`, so scrolling cannot hammer a failing server.
   */
  #maybeLoadMore(): Promise<void> {
    if (this.status !== DirectoryStatus.ready || !this.hasMore) return Promise.resolve();
    const reach = Math.max(this.range.end, this.#activeIndex + 1) + this.#loadAhead;
    return reach >= this.#items.length ? this.loadMore() : Promise.resolve();
  }

  #reveal(index: number): void {
    const scrollTop = scrollTopToReveal(index, this.#viewport);
    if (scrollTop !== this.#viewport.scrollTop) this.#viewport = { ...this.#viewport, scrollTop };
  }

  #cancelDebounce(): void {
    if (!this.#debounce) return;
    clearTimeout(this.#debounce.timer);
    this.#debounce.done();
    this.#debounce = undefined;
  }
}
