import { formatMoney, Tier } from '@clubkit/core/shared';
import type { MerchantListItem } from '@clubkit/core/api';
import {
  branchName,
  MERCHANT_CATEGORIES,
  regionName,
  type GeoPoint,
  type Merchant,
  type MerchantCategory,
  type MerchantSort,
} from '@clubkit/core/merchants';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { directoryCatalog, type DirectoryMessages } from './messages.js';
import { merchantsResource } from '@clubkit/client';
import { ClubElement } from '../shared/club-element.js';
import type { ClientKit } from '../shared/club-config.js';
import type { DirectoryClient } from './merchant-directory-controller.js';
import { formControlStyles } from '../shared/form-control.styles.js';
import { formatKilometres } from '../shared/intl.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent, ClubSelectEvent } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { parseAmountYuan } from '../shared/amount.js';
import { DirectoryStatus, MerchantDirectoryController } from './merchant-directory-controller.js';
import { merchantDirectoryStyles } from './merchant-directory.styles.js';
import { offerTerms } from '../shared/offer-terms.js';
import { SpacerSheet } from './spacer-sheet.js';
import { categoryName } from '../shared/category-names.js';

/**
 * A region the directory can filter by: its code (as stored on merchants) and its label. The
 * club's own regions are named as core names them (`dirRegionNames`) in every built-in locale; a page's
 * `labels` for the widget's locale come first, and `label` is the name of last resort.
 */
export interface DirectoryRegion {
  /** The region code, e.g. `jinghong`. */
  code: string;
  /** What the member reads, e.g. `景洪市`, where neither `labels` nor core names the region. */
  label: string;
  /** The label in other locales, by the widget's locale: `{ "zh-Hans": "景洪市", "en": "Jinghong" }`. */
  labels?: Readonly<Record<string, string>>;
}

const isLabels = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((label) => typeof label === 'string');

/** Reads `near="22.01,100.79"` (latitude, longitude); anything else is no point. */
export function parseNear(value: string | null): GeoPoint | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value ?? '');
  if (!match) return undefined;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}

/**
 * Reads `regions='[{"code":"jinghong","label":"景洪市","labels":{"en":"Jinghong"}}]'`; a region
 * without a code and label is left out, and `labels` that are not strings by locale are ignored.
 */
export function parseRegions(value: string | null): DirectoryRegion[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(
        (r): r is DirectoryRegion =>
          typeof r === 'object' &&
          r !== null &&
          typeof (r as DirectoryRegion).code === 'string' &&
          typeof (r as DirectoryRegion).label === 'string',
      )
      .map(({ code, label, labels }) => (isLabels(labels) ? { code, label, labels } : { code, label }));
  } catch {
    return [];
  }
}

const nearConverter = {
  fromAttribute: parseNear,
  toAttribute: (near: GeoPoint | undefined) => (near ? `${near.lat},${near.lng}` : null),
};

const TIERS: readonly string[] = Object.values(Tier);

/** The keys of the result list and the controller move each makes. */
const MOVES: Record<string, (dir: MerchantDirectoryController) => number | 'home' | 'end'> = {
  ArrowDown: () => 1,
  ArrowUp: () => -1,
  PageDown: (dir) => dir.rowsPerPage,
  PageUp: (dir) => -dir.rowsPerPage,
  Home: () => 'home',
  End: () => 'end',
};

/**
 * The partner merchant directory: search by words (debounced while typing, at once on Enter),
 * filter by category and region, sort, and enter an amount to see each merchant's best member
 * offer for it. Results load 50 at a time as the list scrolls; only the rows in view (and a few
 * more) are in the DOM, so tens of thousands of merchants stay fast. Opening a row shows the
 * merchant's offers in words with what each saves on the amount. Its state lives in a
 * {@link MerchantDirectoryController} (`controller`), which a partner can drive with their own
 * markup. Needs a base URL and a publishable key, from `<club-provider>` or its own attributes.
 *
 * Each row shows the merchant's name and branch (`branchName`), its address (the distance when
 * `near` is given), its category, and its headline offer's terms (core's `headlineOffer`) or, with
 * an amount, its best offer and the saving. The status counts the whole search from the server's
 * `total`. Under 36rem wide the filters fold behind a button, rows stack their lines and grow
 * (the window measures them), and the list stays under 60 % of the screen and hands the scroll on
 * to the page at its ends. The detail view is loaded on demand when a merchant is first opened.
 *
 * Keyboard: the results are a listbox — ArrowUp/ArrowDown, PageUp/PageDown, Home/End move the
 * active row; Enter (or Space) opens it; the Back button returns to the row.
 *
 * @summary Searchable, windowed directory of partner merchants with the best offer for an amount.
 * @tagname club-merchant-directory
 *
 * @event club-select - `ClubSelectEvent`: a merchant was opened; `event.merchant` is the merchant with all its offers.
 * @event club-error - `ClubErrorEvent`: a request failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of the whole directory.
 * @csspart not-configured - The message shown without a base URL or publishable key.
 * @csspart search - The search form (`role=search`).
 * @csspart search-input - The search box (`#search-input`).
 * @csspart search-button - The search button.
 * @csspart hint - Help text under a field.
 * @csspart filters-toggle - The button that shows or hides the filters (`#filters-toggle`, `aria-expanded`); only under 36rem wide.
 * @csspart filters - The wrapper of the filters, sort and amount (`#filters`); folded under 36rem wide until the button opens it.
 * @csspart category-select - The category filter (`#category-select`).
 * @csspart region-select - The region filter (`#region-select`); only with `regions`.
 * @csspart sort-select - The sort select (`#sort-select`).
 * @csspart amount-input - The amount input, in yuan (`#amount-input`).
 * @csspart amount-error - The message under an amount that is not one (`#amount-error`).
 * @csspart status - The result count and loading line (`role=status`, `#status`).
 * @csspart list - The scrolling result list (`role=listbox`, `#list`).
 * @csspart spacer-before - The empty space standing for the rows above the window.
 * @csspart spacer-after - The empty space standing for the rows below the window.
 * @csspart row - A result (`role=option`, `id="row-<merchant id>"`); the active one also `row-active`.
 * @csspart row-title - A result's first line: name and branch.
 * @csspart row-name - A result's merchant name, without the branch.
 * @csspart row-branch - The branch that tells outlets of one business apart, e.g. "宣慰店".
 * @csspart row-meta - A result's second line: place and category.
 * @csspart row-place - The address, or the distance when `near` is given.
 * @csspart row-category - The category and, when the page labels it, the region (cut first when space is short).
 * @csspart row-offer - The offer's terms in words: the best on the amount, else the headline offer; with `row-no-offer`, the line saying none is open today.
 * @csspart badge - The best-offer badge with the saving (on a row, on its own line under 36rem wide, and on the best offer in the detail view).
 * @csspart skeleton - The grey rows that hold the list's place while the first page loads (`aria-hidden`).
 * @csspart empty - Under the status that says nothing matches (the one place that says it): the button that clears the search (only when words, a category or a region were asked for).
 * @csspart clear-filters - That button (`#clear-filters`); it clears the words, category and region and moves focus to the search box.
 * @csspart error - The error box (`role=alert`).
 * @csspart error-message - The error's text.
 * @csspart retry-button - The retry button in the error box.
 * @csspart detail - The detail view of one merchant (`#detail`).
 * @csspart back-button - The button back to the list.
 * @csspart detail-name - The merchant's name (a heading, focused when the detail opens).
 * @csspart detail-meta - The merchant's category and region.
 * @csspart detail-info - The address and phone list.
 * @csspart phone - The phone link.
 * @csspart saving - What the best offer saves on the entered amount (core's `bestOffer`).
 * @csspart offers-heading - The heading above the offers.
 * @csspart offers - The list of offers.
 * @csspart offer - One offer (`id="offer-<offer id>"`); the best one also `offer-best`.
 * @csspart offer-title - An offer's title.
 * @csspart offer-terms - An offer's terms in words (kind, minimum, tiers, dates).
 * @csspart offer-saving - What an offer saves on the entered amount (core's `offerSaving`).
 * @csspart no-offers - The message when a merchant has no offers.
 *
 * @cssproperty [--club-row-height=72px] - The fixed height of a result row on a wide widget; under 36rem wide a row is 1.5rem taller, 3rem with an amount. The window measures it.
 * @cssproperty [--club-list-height=480px] - The height of the scrolling result list (at most 60 % of the screen under 36rem wide).
 * @cssproperty [--club-badge-background=#e6f4ea] - The best-offer badge's background.
 * @cssproperty [--club-badge-color=#14532d] - The best-offer badge's text (and the best offer's border).
 * @cssproperty [--club-color-accent=#0b5cad] - The active row's outline and links.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders of fields, list, rows and offers.
 * @cssproperty [--club-color-muted=#59636e] - Hints, meta lines and the status line.
 * @cssproperty [--club-color-danger=#b42318] - Errors.
 *
 * @example
 * <club-provider base-url="https://club.example.com" publishable-key="pk_…" locale="zh-Hant">
 *   <club-merchant-directory tier="vip" near="22.0094,100.7977"
 *     regions='[{"code":"jinghong","label":"景洪市"},{"code":"menghai","label":"勐海縣"}]'></club-merchant-directory>
 * </club-provider>
 */
export class ClubMerchantDirectory extends ClubElement<CommonMessages & DirectoryMessages, DirectoryClient> {
  static override styles = [baseStyles, merchantDirectoryStyles, formControlStyles];
  static override catalog = directoryCatalog;
  /** The directory calls the merchants resource with the publishable key; it has no member session. */
  static override kit: ClientKit<DirectoryClient> = { resources: (t) => ({ merchants: merchantsResource(t) }) };

  static override properties = {
    ...ClubElement.properties,
    tier: {},
    near: { converter: nearConverter },
    regions: { converter: { fromAttribute: parseRegions } },
    _amountText: { state: true, attribute: false },
    _filtersOpen: { state: true, attribute: false },
  };

  static override readonly tagName = 'club-merchant-directory';

  /** The member's tier, which prices the offers: `standard` or `vip`. */
  tier: Tier = 'standard';
  /** Where distances are measured from; enables sorting by distance. Attribute: `near="lat,lng"`. */
  near: GeoPoint | undefined;
  /** The regions to filter by; the region filter is hidden when empty. Attribute: JSON. */
  regions: DirectoryRegion[] = [];

  /** The amount field's text as typed. */
  /** @ignore The amount as typed, kept while it is not a valid number yet. */
  protected _amountText = '';
  /** @ignore Whether the filters are shown on a narrow screen (wide ones always show them). */
  protected _filtersOpen = false;

  readonly #dir = new MerchantDirectoryController(this, {
    client: () => this.club.publicClient,
    // An unknown tier attribute prices as the free standard tier rather than failing the search.
    tier: () => (TIERS.includes(this.tier) ? this.tier : Tier.standard),
    near: () => this.near,
  });
  readonly #spacers = new SpacerSheet();
  /** The error a `club-error` event was last dispatched for. */
  #reported: unknown;
  /** Focus to move after the next render. */
  #focusNext: 'list' | 'detail' | undefined;

  /** The headless controller behind the element: query, items, status, `search()`, `select()`, `move()`… */
  get controller(): MerchantDirectoryController {
    return this.#dir;
  }

  protected override clubChanged(): void {
    void this.#dir.sync();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('tier') || changed.has('near')) void this.#dir.sync();
  }

  /** Set when Retry is pressed, so that focus moves into the results once the error box is gone. */
  #focusAfterRetry = false;

  #onRetry = (): void => {
    this.#focusAfterRetry = true;
    void this.#dir.retry();
  };

  protected override firstUpdated(): void {
    if (this.shadowRoot) this.#spacers.adoptInto(this.shadowRoot);
  }

  protected override updated(): void {
    const dir = this.#dir;
    const list = this.#list();
    if (list) {
      const row = list.querySelector<HTMLElement>('[part~="row"]');
      const rowHeight = row?.getBoundingClientRect().height ?? 0;
      dir.setViewport({
        ...(rowHeight > 0 ? { rowHeight } : {}),
        ...(list.clientHeight > 0 ? { viewportHeight: list.clientHeight } : {}),
      });
      if (Math.abs(list.scrollTop - dir.viewport.scrollTop) >= 1) list.scrollTop = dir.viewport.scrollTop;
    }
    const { beforePx, afterPx } = dir.range;
    this.#spacers.set(beforePx, afterPx);

    if (this.#focusAfterRetry && dir.status !== DirectoryStatus.error) {
      // The retry button is gone with the error: keep keyboard focus in the widget.
      this.#focusAfterRetry = false;
      this.#focusNext ??= dir.selected ? 'detail' : 'list';
    }
    // Focus moves once its target is rendered (after a retry, the list comes back with the results).
    const focus = this.#focusNext;
    const target =
      focus === 'list'
        ? list
        : focus === 'detail'
          ? this.shadowRoot?.querySelector<HTMLElement>('#detail-name')
          : undefined;
    if (target) {
      this.#focusNext = undefined;
      target.focus();
    } else if (focus && dir.status === DirectoryStatus.error) {
      this.#focusNext = undefined;
    }

    if (dir.status === DirectoryStatus.error && dir.error !== this.#reported) {
      this.#reported = dir.error;
      this.dispatchEvent(new ClubErrorEvent(dir.error));
    }
  }

  /** Opens row `index` in the detail view and tells the page (`club-select`). */
  async #open(index: number): Promise<void> {
    const hit = this.#dir.items[index];
    if (!hit) return;
    const [merchant] = await Promise.all([this.#dir.select(hit.merchant.id), this.#loadDetail()]);
    if (!merchant) return;
    this.#focusNext = 'detail';
    this.requestUpdate();
    this.dispatchEvent(new ClubSelectEvent(merchant));
  }

  #back(): void {
    this.#dir.back();
    this.#focusNext = 'list';
  }

  #list(): HTMLElement | null {
    return this.shadowRoot?.querySelector<HTMLElement>('#list') ?? null;
  }

  #onKeydown(event: KeyboardEvent): void {
    const dir = this.#dir;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      dir.move(move(dir));
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (dir.activeIndex < 0) return;
      event.preventDefault();
      void this.#open(dir.activeIndex);
    }
  }

  #onListFocus(): void {
    const dir = this.#dir;
    // The first row in view becomes active, so the listbox always announces an option.
    if (dir.activeIndex < 0 && dir.items.length > 0)
      dir.setActive(Math.floor(dir.viewport.scrollTop / dir.viewport.rowHeight));
  }

  #onScroll(event: Event): void {
    const list = event.currentTarget as HTMLElement;
    this.#dir.setViewport({
      scrollTop: list.scrollTop,
      ...(list.clientHeight > 0 ? { viewportHeight: list.clientHeight } : {}),
    });
  }

  /** Whether the member asked for words, a category or a region: an empty result then has a way back. */
  #filtered(): boolean {
    const q = this.#dir.query;
    return q.text.trim() !== '' || q.category !== undefined || q.region !== undefined;
  }

  #onClear = (): void => {
    // A select the member has changed keeps its choice when an option's `selected` attribute
    // moves: reset the two filters' values directly.
    for (const select of this.shadowRoot?.querySelectorAll<HTMLSelectElement>('#category-select, #region-select') ?? [])
      select.value = '';
    void this.#dir.search({ text: '', category: undefined, region: undefined });
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('#search-input')?.focus());
  };

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const text = form.querySelector<HTMLInputElement>('#search-input')?.value ?? this.#dir.query.text;
    void this.#dir.search({ text, amountYuan: parseAmountYuan(this._amountText) });
  }

  #onAmountInput(event: Event): void {
    this._amountText = (event.currentTarget as HTMLInputElement).value;
    void this.#dir.search({ amountYuan: parseAmountYuan(this._amountText) }, { debounce: true });
  }

  protected override render(): TemplateResult {
    const t = this.t;
    if (!this.club.publicClient) return html`<div part="base"><p part="not-configured">${t.notConfigured}</p></div>`;
    const selected = this.#dir.selected;
    return html`<div part="base">
      ${selected ? nothing : this.#renderSearch()}
      <p id="status" part="status" role="status">${selected ? '' : this.#statusText()}</p>
      ${selected ? this.#renderDetail(selected) : this.#renderResults()} ${this.#renderError()}
    </div>`;
  }

  #statusText(): string {
    const dir = this.#dir;
    const t = this.t;
    if (dir.status === DirectoryStatus.loading) return t.loading;
    if (dir.status !== DirectoryStatus.ready) return '';
    const n = dir.items.length;
    if (n === 0) return t.dirEmpty;
    // The server's total when it counted; else only what is certain: the rows loaded so far.
    const total = dir.total ?? (dir.hasMore ? undefined : n);
    return total === undefined
      ? t.dirCountFirst(n, n.toLocaleString(t.intlLocale))
      : t.dirCount(total, total.toLocaleString(t.intlLocale));
  }

  #renderSearch(): TemplateResult {
    const t = this.t;
    const dir = this.#dir;
    const q = dir.query;
    const invalid = dir.amountInvalid;
    const sortOption = (value: MerchantSort, label: string, disabled = false) =>
      html`<option value=${value} ?selected=${q.sort === value} ?disabled=${disabled}>${label}</option>`;
    return html`<form part="search" role="search" aria-label=${t.dirSearchRegion} @submit=${this.#onSubmit} novalidate>
      <div class="field">
        <label for="search-input">${t.dirSearchLabel}</label>
        <div class="search-row">
          <input
            id="search-input"
            part="search-input"
            type="search"
            name="text"
            maxlength="200"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${q.text}
            @input=${(e: Event) => void dir.search({ text: (e.currentTarget as HTMLInputElement).value }, { debounce: true })}
          />
          <button part="search-button" type="submit">${t.dirSearchButton}</button>
        </div>
        <span id="search-hint" part="hint" class="hint">${t.dirSearchHint}</span>
      </div>
      <button
        id="filters-toggle"
        part="filters-toggle"
        type="button"
        aria-expanded=${this._filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${() => (this._filtersOpen = !this._filtersOpen)}
      >
        ${t.dirFilters([q.category, q.region, q.sort !== 'relevance' || undefined, dir.purchase].filter(Boolean).length)}
      </button>
      <div id="filters" part="filters" class=${this._filtersOpen ? 'open' : ''}>
        <div class="field">
          <label for="category-select">${t.dirCategoryLabel}</label>
          <select
            id="category-select"
            part="category-select"
            @change=${(e: Event) => void dir.search({ category: ((e.currentTarget as HTMLSelectElement).value || undefined) as MerchantCategory | undefined })}
          >
            <option value="" ?selected=${!q.category}>${t.dirAllCategories}</option>
            ${MERCHANT_CATEGORIES.map((c) => html`<option value=${c} ?selected=${q.category === c}>${categoryName(t, c)}</option>`)}
          </select>
        </div>
        ${
          this.regions.length > 0
            ? html`<div class="field">
              <label for="region-select">${t.dirRegionLabel}</label>
              <select id="region-select" part="region-select" @change=${(e: Event) => void dir.search({ region: (e.currentTarget as HTMLSelectElement).value || undefined })}>
                <option value="" ?selected=${!q.region}>${t.dirAllRegions}</option>
                ${this.regions.map((r) => html`<option value=${r.code} ?selected=${q.region === r.code}>${this.#regionLabel(r.code)}</option>`)}
              </select>
            </div>`
            : nothing
        }
        <div class="field">
          <label for="sort-select">${t.dirSortLabel}</label>
          <select id="sort-select" part="sort-select" @change=${(e: Event) => void dir.search({ sort: (e.currentTarget as HTMLSelectElement).value as MerchantSort })}>
            ${sortOption('relevance', t.dirSortRelevance)} ${sortOption('name', t.dirSortName)}
            ${this.near ? sortOption('distance', t.dirSortDistance) : nothing}
            ${sortOption('bestSaving', t.dirSortSaving, dir.purchase === undefined)}
          </select>
        </div>
        <div class="field">
          <label for="amount-input">${t.dirAmountLabel}</label>
          <input
            id="amount-input"
            part="amount-input"
            type="text"
            inputmode="decimal"
            autocomplete="off"
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? 'amount-error amount-hint' : 'amount-hint'}
            .value=${this._amountText}
            @input=${this.#onAmountInput}
          />
          ${invalid ? html`<span id="amount-error" part="amount-error">${t.dirAmountInvalid}</span>` : nothing}
          <span id="amount-hint" part="hint" class="hint">${t.dirAmountHint}</span>
        </div>
      </div>
    </form>`;
  }

  #renderResults(): TemplateResult | typeof nothing {
    const dir = this.#dir;
    const t = this.t;
    const items = dir.items;
    if (items.length === 0) {
      // Grey rows of the rows' own height hold the list's place while the first page loads.
      if (dir.status === DirectoryStatus.loading)
        return html`<div part="skeleton" class="frame" aria-hidden="true">
          ${[0, 1, 2, 3].map(() => html`<div class="row"><span class="club-skeleton"></span><span class="club-skeleton"></span></div>`)}
        </div>`;
      // The status line says nothing matches (once, announced); here, the way out of it.
      return dir.status === DirectoryStatus.ready && this.#filtered()
        ? html`<p part="empty" class="club-empty">
            <button id="clear-filters" part="clear-filters" type="button" @click=${this.#onClear}>${t.dirClearFilters}</button>
          </p>`
        : nothing;
    }
    const { start, end } = dir.range;
    const setSize = dir.hasMore ? -1 : items.length;
    // The active row is referenced only while it is rendered (a wheel scroll can take it out of the window).
    const active = dir.activeIndex >= start && dir.activeIndex < end ? items[dir.activeIndex] : undefined;
    return html`<div
      id="list"
      part="list"
      class=${dir.purchase ? 'frame club-appear priced' : 'frame club-appear'}
      role="listbox"
      tabindex="0"
      aria-label=${t.dirListLabel}
      aria-describedby="status"
      aria-busy=${dir.status === DirectoryStatus.loading ? 'true' : 'false'}
      aria-activedescendant=${active ? `row-${active.merchant.id}` : nothing}
      @keydown=${this.#onKeydown}
      @focus=${this.#onListFocus}
      @scroll=${this.#onScroll}
    >
      <div part="spacer-before" class="spacer-before" aria-hidden="true"></div>
      ${items.slice(start, end).map((hit, i) => this.#renderRow(hit, start + i, setSize))}
      <div part="spacer-after" class="spacer-after" aria-hidden="true"></div>
    </div>`;
  }

  #renderRow(hit: MerchantListItem, index: number, setSize: number): TemplateResult {
    const t = this.t;
    const { merchant, distanceKm } = hit;
    const active = index === this.#dir.activeIndex;
    const { name, branch } = branchName(merchant.name);
    const offer = this.#dir.rowOffer(hit);
    return html`<div
      class="row"
      id=${`row-${merchant.id}`}
      part=${active ? 'row row-active' : 'row'}
      role="option"
      aria-selected=${active ? 'true' : 'false'}
      aria-setsize=${setSize}
      aria-posinset=${index + 1}
      @click=${() => void this.#open(index)}
    >
      <span part="row-title"
        ><span part="row-name">${name}</span>${branch ? html` <span part="row-branch">${branch}</span>` : nothing}</span
      >
      <span part="row-meta"
        ><span part="row-place"
          >${distanceKm === undefined ? merchant.address : t.dirDistance(formatKilometres(distanceKm, t.intlLocale))}</span
        ><span part="row-category">${this.#meta(merchant).join(' · ')}</span></span
      >
      <span part=${offer ? 'row-offer' : 'row-offer row-no-offer'}>${offer ? offerTerms(offer.offer, t)[0] : t.dirRowNoOffer}</span>
      ${offer?.savingFen ? html`<span part="badge">${t.dirBadge(formatMoney(offer.savingFen, t.intlLocale))}</span>` : nothing}
    </div>`;
  }

  /**
   * A region's label in the widget's locale: the page's for that locale, else core's name of a
   * club region, else the page's one label; undefined for a code nobody names (no raw code is shown).
   */
  #regionLabel(code: string): string | undefined {
    const region = this.regions.find((r) => r.code === code);
    return region?.labels?.[this.club.locale] ?? regionName(this.t.dirRegionNames, code) ?? region?.label;
  }

  /** A merchant's category and, when it is named, its region, in the widget's locale. */
  #meta(merchant: Merchant): string[] {
    const region = this.#regionLabel(merchant.region);
    const category = categoryName(this.t, merchant.category);
    return region === undefined ? [category] : [category, region];
  }

  /** The detail view's module once loaded (on the first open; its styles adopted then). */
  #detailView: typeof import('./detail-view.js') | undefined;

  /** Loads the detail view's markup and styles the first time a merchant is opened. */
  async #loadDetail(): Promise<void> {
    if (this.#detailView) return;
    const view = await import('./detail-view.js');
    const root = this.shadowRoot;
    if (root && 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(view.detailCss);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    this.#detailView = view;
  }

  #renderDetail(merchant: Merchant): TemplateResult | typeof nothing {
    const view = this.#detailView;
    // Opened by the controller directly: the view arrives on the next render.
    if (!view) return (void this.#loadDetail().then(() => this.requestUpdate()), nothing);
    const t = this.t;
    return view.renderDetail(merchant, {
      t,
      dir: this.#dir,
      meta: this.#meta(merchant),
      back: () => this.#back(),
      html,
      nothing,
      money: (fen) => formatMoney(fen, t.intlLocale),
      terms: (offer) => offerTerms(offer, t),
    });
  }

  #renderError(): TemplateResult | typeof nothing {
    const dir = this.#dir;
    if (dir.status !== DirectoryStatus.error) return nothing;
    return html`<div part="error" class="club-alert" role="alert">
      <p part="error-message">${describeError(dir.error, this.t)}</p>
      <button part="retry-button" type="button" @click=${this.#onRetry}>${this.t.retry}</button>
    </div>`;
  }
}
