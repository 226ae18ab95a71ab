import { dateInZone, formatMoney } from '@clubkit/core';
import {
  bestOffer,
  branchName,
  categoryLabel,
  CLUB_REGIONS,
  MERCHANT_CATEGORIES,
  headlineOffer,
  offerSaving,
  regionLabel,
  REGION_NAMES_EN,
  REGION_NAMES_ZH_HANS,
  REGION_NAMES_ZH_HANT,
} from '@clubkit/core/merchants';
import { CATEGORY_LABELS_EN } from '@clubkit/core/merchants/category-labels/en';
import { CATEGORY_LABELS_ZH_HANS } from '@clubkit/core/merchants/category-labels/zh-hans';
import { CATEGORY_LABELS_ZH_HANT } from '@clubkit/core/merchants/category-labels/zh-hant';
import { html, render, type TemplateResult } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import type { ClubErrorEvent, ClubSelectEvent } from '../shared/events.js';
import { offerTerms } from '../shared/offer-terms.js';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { directoryEn } from './locales/en.js';
import { directoryZhHans } from './locales/zh-hans.js';
import { directoryZhHant } from './messages.js';
import { ClubMerchantDirectory, parseNear, parseRegions } from './merchant-directory.js';

/** An offer's first phrase of terms in English: what a row shows. */
const enTerms = (offer: Parameters<typeof offerTerms>[0]) => offerTerms(offer, { ...directoryEn, intlLocale: 'en' })[0];

ClubProvider.define('club-provider');
ClubMerchantDirectory.define('club-merchant-directory');

const DEAD = 'http://127.0.0.1:9';
const regions = [
  { code: 'jinghong', label: '景洪市', labels: { 'zh-Hans': '景洪市', en: 'Jinghong' } },
  { code: 'menghai', label: '勐海縣', labels: { 'zh-Hans': '勐海县', en: 'Menghai' } },
  { code: 'mengla', label: '勐臘縣' },
];
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ merchants: 10_000, members: 5, complaints: 0 });
});
afterAll(() => api.close());
afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(template: TemplateResult): Promise<ClubMerchantDirectory> {
  const root = document.createElement('div');
  document.body.append(root);
  render(template, root);
  const el = root.querySelector('club-merchant-directory') as ClubMerchantDirectory;
  await el.updateComplete;
  return el;
}

/** A directory on the test API, standalone, in English unless told. */
async function directory(
  attrs: { locale?: string; near?: string; tier?: string; regions?: boolean } = {},
): Promise<ClubMerchantDirectory> {
  const el = await mount(
    html`<club-merchant-directory
      base-url=${api.baseUrl}
      publishable-key=${api.publishableKey}
      locale=${attrs.locale ?? 'en'}
      tier=${attrs.tier ?? 'standard'}
      near=${attrs.near ?? ''}
      .regions=${attrs.regions ? regions : []}
    ></club-merchant-directory>`,
  );
  await settled(el);
  return el;
}

async function settled(el: ClubMerchantDirectory): Promise<void> {
  await until(() => expect(['ready', 'error']).toContain(el.controller.status));
  await el.updateComplete;
}

/** `value`, which the test needs: throws when it is missing instead of asserting it is there. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const $ = (el: ClubMerchantDirectory, selector: string) => must(el.shadowRoot).querySelector<HTMLElement>(selector);
const part = (el: ClubMerchantDirectory, name: string) => $(el, `[part~="${name}"]`);
/** The form control with this part name, checked to be a `type` (an input, a select, the form). */
function control<T extends HTMLElement>(el: ClubMerchantDirectory, name: string, type: new () => T): T {
  const node = part(el, name);
  if (!(node instanceof type)) throw new Error(`no ${type.name} with part ${name}`);
  return node;
}
const parts = (el: ClubMerchantDirectory, name: string) => [
  ...must(el.shadowRoot).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const text = (node: Element | null | undefined) => node?.textContent.replace(/\s+/g, ' ').trim() ?? '';

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
function key(target: HTMLElement, k: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('<club-merchant-directory>', () => {
  it('says it is not configured without a base URL and publishable key', async () => {
    const el = await mount(html`<club-merchant-directory locale="en"></club-merchant-directory>`);
    expect(el.controller.status).toBe('idle');
    expect(text(part(el, 'not-configured'))).toContain('not configured');
    expect(part(el, 'search')).toBeNull();
  });

  it('ties a label to every field in its own shadow root and hides what does not apply', async () => {
    const el = await directory();
    for (const id of ['search-input', 'category-select', 'sort-select', 'amount-input']) {
      expect($(el, `label[for="${id}"]`), id).not.toBeNull();
      expect($(el, `#${id}`)?.getAttribute('part')).toBe(id);
    }
    expect(part(el, 'search')?.getAttribute('role')).toBe('search');
    expect(part(el, 'search-input')?.getAttribute('aria-describedby')).toBe('search-hint');
    expect(part(el, 'amount-input')?.getAttribute('aria-describedby')).toBe('amount-hint');
    expect(part(el, 'amount-input')?.getAttribute('aria-invalid')).toBe('false');
    // No regions given: no region filter. No near: no distance sort. No amount: best saving is disabled.
    expect(part(el, 'region-select')).toBeNull();
    const sorts = [...control(el, 'sort-select', HTMLSelectElement).options];
    expect(sorts.map((o) => o.value)).toEqual(['relevance', 'name', 'bestSaving']);
    expect(sorts.find((o) => o.value === 'bestSaving')?.disabled).toBe(true);
    // Every core category, labelled in the reader's language, after "all".
    const categories = [...control(el, 'category-select', HTMLSelectElement).options];
    expect(categories).toHaveLength(21);
    expect(categories[6]?.textContent).toBe('Car wash');
  });

  it('lists the first page as a listbox of options whose set size is unknown while more may come', async () => {
    const el = await directory();
    const list = must(part(el, 'list'));
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.getAttribute('tabindex')).toBe('0');
    expect(list.getAttribute('aria-label')).toBe('Merchants');
    expect(list.getAttribute('aria-busy')).toBe('false');
    const rows = parts(el, 'row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(30);
    expect(rows[0]?.getAttribute('role')).toBe('option');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('-1');
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(rows[0]?.id).toBe(`row-${must(el.controller.items[0]).merchant.id}`);
    // The name and, apart, the branch that tells two outlets of one business apart.
    const first = must(el.controller.items[0]).merchant;
    const { name, branch } = branchName(first.name);
    expect(text(rows[0]?.querySelector('[part~="row-name"]'))).toBe(name);
    expect(text(rows[0]?.querySelector('[part~="row-branch"]'))).toBe(must(branch));
    // Without near, the address; without regions from the page, the category and the region as core
    // names it in English, never by its raw code.
    expect(text(rows[0]?.querySelector('[part~="row-place"]'))).toBe(first.address);
    const category = text(rows[0]?.querySelector('[part~="row-category"]'));
    expect(category).toBe(`${categoryLabel(first.category, 'en')} · ${regionLabel(first.region, 'en')}`);
    expect(category).not.toContain(first.region);
    expect(part(el, 'status')?.getAttribute('role')).toBe('status');
    // The server counted the whole search: the status says its total, not the page's 50.
    expect(text(part(el, 'status'))).toBe('10,000 merchants');
  });

  it('searches by Chinese text after a pause in typing, and at once on Enter', async () => {
    const el = await directory({ locale: 'zh-Hant' });
    const input = control(el, 'search-input', HTMLInputElement);
    type(input, '洗車');
    expect(el.controller.query.text).toBe('洗車');
    expect(el.controller.status).toBe('ready');
    await until(() =>
      expect(
        el.controller.items.every(
          (h) => /洗車/.test(h.merchant.name + h.merchant.address) || h.merchant.category === 'car-wash',
        ),
      ).toBe(true),
    );
    await settled(el);
    expect(text(part(el, 'status'))).toMatch(/^共 [\d,]+ 家商戶$/);

    type(input, 'KTV');
    control(el, 'search', HTMLFormElement).dispatchEvent(new Event('submit', { cancelable: true }));
    expect(el.controller.status).toBe('loading');
    await settled(el);
    expect(el.controller.items.every((h) => h.merchant.category === 'ktv')).toBe(true);
  });

  it('filters by category and region, and sorts by distance from near', async () => {
    const el = await directory({ regions: true, near: '22.0094,100.7977' });
    choose(control(el, 'category-select', HTMLSelectElement), 'hotel');
    await settled(el);
    expect(el.controller.items.every((h) => h.merchant.category === 'hotel')).toBe(true);
    const region = control(el, 'region-select', HTMLSelectElement);
    // Each region in the widget's locale: the page's label there, else core's name of the club's region.
    expect([...region.options].map((o) => o.textContent)).toEqual(['All regions', 'Jinghong', 'Menghai', 'Mengla']);
    choose(region, 'menghai');
    await settled(el);
    expect(el.controller.items.every((h) => h.merchant.region === 'menghai' && h.merchant.category === 'hotel')).toBe(
      true,
    );
    expect(text(part(el, 'row-category'))).toBe('Hotels · Menghai');

    choose(control(el, 'sort-select', HTMLSelectElement), 'distance');
    await settled(el);
    const km = el.controller.items.map((h) => h.distanceKm ?? Infinity);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    // With the visitor's position, the distance takes the address's place.
    expect(text(part(el, 'row-place'))).toMatch(/^[\d.]+ km away$/);
  });

  it('shows each row’s headline offer in words before any amount is typed, and no saving badge', async () => {
    const el = await directory();
    const rows = parts(el, 'row');
    const hits = el.controller.items.slice(el.controller.range.start);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      const offer = headlineOffer(must(hits[i]).merchant.offers, 'standard', dateInZone(new Date(), 'Asia/Shanghai'));
      const line = text(row.querySelector('[part~="row-offer"]'));
      if (offer) expect(line).toBe(enTerms(offer));
      else expect(line).toBe('No member offer for you today');
      expect(row.querySelector('[part~="badge"]')).toBeNull();
    });
    expect(parts(el, 'row-offer').some((o) => !o.matches('[part~="row-no-offer"]'))).toBe(true);
  });

  it('shows the best offer’s own terms beside its saving once an amount is typed', async () => {
    const el = await directory();
    type(control(el, 'amount-input', HTMLInputElement), '300');
    await until(() => expect(el.controller.purchase?.amountFen).toBe(30_000));
    await settled(el);
    const hit = el.controller.items.find((h) => h.best);
    const row = must($(el, `#row-${must(hit).merchant.id}`));
    const best = must(must(hit).best);
    expect(text(row.querySelector('[part~="row-offer"]'))).toBe(enTerms(best.offer));
    expect(text(row.querySelector('[part~="badge"]'))).toBe(`Best offer: save ${formatMoney(best.savingFen, 'en')}`);
  });

  it('folds the filters behind a button that says how many are set, and opens them', async () => {
    const el = await directory();
    const toggle = control(el, 'filters-toggle', HTMLButtonElement);
    expect(toggle.getAttribute('aria-controls')).toBe('filters');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(text(toggle)).toBe('Filters and sort');
    choose(control(el, 'category-select', HTMLSelectElement), 'hotel');
    await settled(el);
    expect(text(toggle)).toBe('Filters and sort (1)');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(part(el, 'filters')?.classList.contains('open')).toBe(true);
  });

  it('holds the list’s place with skeleton rows, hidden from assistive technology, while the first page loads', async () => {
    const el = await mount(
      html`<club-merchant-directory base-url=${api.baseUrl} publishable-key=${api.publishableKey} locale="en"></club-merchant-directory>`,
    );
    expect(el.controller.status).toBe('loading');
    const skeleton = must(part(el, 'skeleton'));
    expect(skeleton.getAttribute('aria-hidden')).toBe('true');
    expect(skeleton.querySelectorAll('.row .club-skeleton').length).toBeGreaterThan(0);
    expect(text(part(el, 'status'))).toBe('Loading…');
    await settled(el);
    expect(part(el, 'skeleton')).toBeNull();
    expect(part(el, 'list')).not.toBeNull();
  });

  it('names the merchant categories in each built-in locale with core’s own table, each locale file bringing its own', () => {
    expect(directoryZhHant.categoryNames).toBe(CATEGORY_LABELS_ZH_HANT);
    expect(directoryZhHans.categoryNames).toBe(CATEGORY_LABELS_ZH_HANS);
    expect(directoryEn.categoryNames).toBe(CATEGORY_LABELS_EN);
    for (const [locale, messages] of [
      ['zh-Hant', directoryZhHant],
      ['zh-Hans', directoryZhHans],
      ['en', directoryEn],
    ] as const) {
      expect(Object.keys(messages.categoryNames)).toEqual([...MERCHANT_CATEGORIES]);
      for (const category of MERCHANT_CATEGORIES)
        expect(messages.categoryNames[category]).toBe(categoryLabel(category, locale));
    }
  });

  it('shows the category names a page’s own locale gives, in the filter and on the rows', async () => {
    const el = await mount(
      html`<club-provider
        base-url=${api.baseUrl}
        publishable-key=${api.publishableKey}
        locale="fr"
        .messages=${{ categoryNames: { ...CATEGORY_LABELS_EN, 'car-wash': 'Lavage', repair: 'Réparation' } }}
        ><club-merchant-directory></club-merchant-directory
      ></club-provider>`,
    );
    await settled(el);
    const options = [...control(el, 'category-select', HTMLSelectElement).options];
    expect(options.find((o) => o.value === 'car-wash')?.textContent).toBe('Lavage');
    expect(options.find((o) => o.value === 'towing')?.textContent).toBe('Towing');
    const washes = el.controller.items.findIndex((hit) => hit.merchant.category === 'car-wash');
    expect(washes).toBeGreaterThanOrEqual(0);
    el.controller.setActive(washes);
    await el.updateComplete;
    const row = must($(el, `#row-${must(el.controller.items[washes]).merchant.id}`));
    expect(text(row.querySelector('[part~="row-category"]'))).toMatch(/^Lavage · /);
  });

  it('names the club’s regions in each built-in locale exactly as core does', () => {
    expect(directoryZhHant.dirRegionNames).toEqual(REGION_NAMES_ZH_HANT);
    expect(directoryZhHans.dirRegionNames).toEqual(REGION_NAMES_ZH_HANS);
    expect(directoryEn.dirRegionNames).toEqual(REGION_NAMES_EN);
    for (const [locale, messages] of [
      ['zh-Hant', directoryZhHant],
      ['zh-Hans', directoryZhHans],
      ['en', directoryEn],
    ] as const) {
      expect(Object.keys(messages.dirRegionNames)).toEqual([...CLUB_REGIONS]);
      for (const region of CLUB_REGIONS) expect(messages.dirRegionNames[region]).toBe(regionLabel(region, locale));
    }
  });

  it('names regions in Simplified Chinese from core when the page gives only Traditional labels, and its own label for a region core does not know', async () => {
    const el = await mount(
      html`<club-merchant-directory
        base-url=${api.baseUrl}
        publishable-key=${api.publishableKey}
        locale="zh-Hans"
        .regions=${[
          { code: 'menghai', label: '勐海縣' },
          { code: 'mengla', label: '勐臘縣' },
          { code: 'mohan', label: '磨憨' },
        ]}
      ></club-merchant-directory>`,
    );
    await settled(el);
    const region = control(el, 'region-select', HTMLSelectElement);
    expect([...region.options].map((o) => o.textContent)).toEqual(['全部地区', '勐海县', '勐腊县', '磨憨']);
    choose(region, 'mengla');
    await settled(el);
    expect(text(part(el, 'row-meta'))).toMatch(/ · 勐腊县$/);
  });

  it('shows a best-offer badge with the server’s saving for the entered amount', async () => {
    const el = await directory();
    type(control(el, 'amount-input', HTMLInputElement), '300');
    await until(() => expect(el.controller.purchase?.amountFen).toBe(30_000));
    await settled(el);
    const rows = parts(el, 'row');
    const hits = el.controller.items.slice(el.controller.range.start);
    rows.forEach((row, i) => {
      const best = hits[i]?.best;
      const badge = row.querySelector('[part~="badge"]');
      if (best) expect(text(badge)).toBe(`Best offer: save ${formatMoney(best.savingFen, 'en')}`);
      else expect(badge).toBeNull();
    });
    expect(rows.some((row) => row.querySelector('[part~="badge"]'))).toBe(true);

    choose(control(el, 'sort-select', HTMLSelectElement), 'bestSaving');
    await settled(el);
    expect(text(part(el, 'badge'))).toBe(
      `Best offer: save ${formatMoney(must(must(el.controller.items[0]).best).savingFen, 'en')}`,
    );
  });

  it('marks an amount that is not one as invalid, with the message tied to the field', async () => {
    const el = await directory();
    const input = control(el, 'amount-input', HTMLInputElement);
    type(input, '12abc');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('amount-error amount-hint');
    expect(text($(el, '#amount-error'))).toBe('Enter an amount in yuan, such as 120 or 88.50.');
    type(input, '１２０');
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect($(el, '#amount-error')).toBeNull();
    await until(() => expect(el.controller.purchase?.amountFen).toBe(12_000));
  });

  it('moves the active row with the keyboard, opens it with Enter and returns to it with Back', async () => {
    const el = await directory();
    type(control(el, 'amount-input', HTMLInputElement), '500');
    await until(() => expect(el.controller.purchase).toBeDefined());
    await settled(el);
    const list = must(part(el, 'list'));
    list.focus();
    list.dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(el.controller.activeIndex).toBe(0);
    expect(key(list, 'ArrowDown').defaultPrevented).toBe(true);
    key(list, 'ArrowDown');
    key(list, 'ArrowUp');
    await el.updateComplete;
    expect(el.controller.activeIndex).toBe(1);
    const activeId = `row-${must(el.controller.items[1]).merchant.id}`;
    expect(list.getAttribute('aria-activedescendant')).toBe(activeId);
    expect($(el, `#${activeId}`)?.getAttribute('aria-selected')).toBe('true');
    expect($(el, `#${activeId}`)?.getAttribute('part')).toBe('row row-active');
    key(list, 'PageDown');
    await el.updateComplete;
    expect(el.controller.activeIndex).toBe(1 + el.controller.rowsPerPage);
    key(list, 'Home');
    key(list, 'ArrowDown');
    await el.updateComplete;

    const selected: ClubSelectEvent[] = [];
    el.addEventListener('club-select', (e) => selected.push(e));
    key(list, 'Enter');
    await until(() => expect(part(el, 'detail')).not.toBeNull());
    const merchant = must(el.controller.items[1]).merchant;
    expect(selected.map((e) => e.merchant)).toEqual([merchant]);
    expect(text(part(el, 'detail-name'))).toBe(merchant.name);
    expect(must(el.shadowRoot).activeElement).toBe(part(el, 'detail-name'));
    expect(part(el, 'search')).toBeNull();

    must(part(el, 'back-button')).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(part(el, 'detail')).toBeNull();
    const back = must(part(el, 'list'));
    expect(must(el.shadowRoot).activeElement).toBe(back);
    expect(back.getAttribute('aria-activedescendant')).toBe(`row-${merchant.id}`);
  });

  it('shows every offer in words with what each saves on the amount, computed by core', async () => {
    const el = await directory();
    type(control(el, 'amount-input', HTMLInputElement), '800');
    await until(() => expect(el.controller.purchase?.amountFen).toBe(80_000));
    await settled(el);
    const index = el.controller.items.findIndex((h) => h.best && h.merchant.offers.length > 1);
    el.controller.setActive(index);
    await el.updateComplete;
    must($(el, `#row-${must(el.controller.items[index]).merchant.id}`)).click();
    await until(() => expect(part(el, 'detail')).not.toBeNull());
    const merchant = must(el.controller.selected);
    const purchase = must(el.controller.purchase);
    const best = must(bestOffer(merchant.offers, purchase));
    expect(text(part(el, 'saving'))).toBe(
      `Save ${formatMoney(best.savingFen, 'en')} on your ${formatMoney(80_000, 'en')}`,
    );
    const offers = parts(el, 'offer');
    expect(offers).toHaveLength(merchant.offers.length);
    merchant.offers.forEach((offer, i) => {
      const node = must(offers[i]);
      expect(node.id).toBe(`offer-${offer.id}`);
      expect(text(node.querySelector('[part~="offer-title"]'))).toBe(offer.title);
      expect(node.querySelectorAll('[part~="offer-terms"] li').length).toBeGreaterThan(0);
      const saving = offerSaving(offer, purchase);
      expect(text(node.querySelector('[part~="offer-saving"]'))).toBe(
        saving > 0 ? `Saves ${formatMoney(saving, 'en')} on your amount` : 'Does not apply to your amount',
      );
    });
    expect(part(el, 'offer-best')?.id).toBe(`offer-${best.offer.id}`);
    expect(text(part(el, 'offer-best')?.querySelector('[part~="badge"]'))).toBe('Best offer');
    expect(part(el, 'phone')?.getAttribute('href')).toMatch(/^tel:[\d+]+$/);
  });

  it('shows no saving line in the detail without an amount', async () => {
    const el = await directory({ locale: 'zh-Hans' });
    must(parts(el, 'row')[0]).click();
    await until(() => expect(part(el, 'detail')).not.toBeNull());
    expect(part(el, 'saving')).toBeNull();
    expect(part(el, 'offer-saving')).toBeNull();
    expect(text(part(el, 'back-button'))).toBe('返回列表');
  });

  it('shows an alert with a retry button and tells the page when the API cannot be reached', async () => {
    const errors: ClubErrorEvent[] = [];
    document.addEventListener('club-error', (e) => errors.push(e));
    const el = await mount(
      html`<club-merchant-directory
        base-url=${DEAD}
        publishable-key=${api.publishableKey}
        locale="en"
      ></club-merchant-directory>`,
    );
    await settled(el);
    expect(el.controller.status).toBe('error');
    const alert = must(part(el, 'error'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(part(el, 'error-message'))).toContain('unavailable right now');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.composed).toBe(true);
    must(part(el, 'retry-button')).click();
    expect(el.controller.status).toBe('loading');
    await settled(el);
    expect(errors).toHaveLength(2);
    // Pointing it at the real API recovers.
    el.baseUrl = api.baseUrl;
    await until(() => expect(el.controller.status).toBe('ready'));
    await el.updateComplete;
    expect(part(el, 'error')).toBeNull();
    expect(parts(el, 'row').length).toBeGreaterThan(0);
  });

  it('says once when nothing matches, and offers to clear the search and filters that caused it', async () => {
    const el = await directory({ regions: true });
    choose(control(el, 'region-select', HTMLSelectElement), 'mengla');
    await settled(el);
    type(control(el, 'search-input', HTMLInputElement), '不存在的商戶名稱');
    await until(() => expect(part(el, 'clear-filters')).not.toBeNull());
    expect(text(part(el, 'status'))).toBe('No merchants match your search.');
    expect(text(part(el, 'empty'))).toBe('Clear the search and filters');
    expect(part(el, 'list')).toBeNull();

    (part(el, 'clear-filters') as HTMLButtonElement).click();
    await until(() => expect(parts(el, 'row').length).toBeGreaterThan(0));
    expect(el.controller.query).toMatchObject({ text: '', category: undefined, region: undefined });
    expect(control(el, 'search-input', HTMLInputElement).value).toBe('');
    expect(control(el, 'region-select', HTMLSelectElement).value).toBe('');
    await until(() => expect(must(el.shadowRoot).activeElement?.id).toBe('search-input'));
  });

  it('shows no clear button while merchants are listed', async () => {
    const el = await directory();
    await settled(el);
    expect(part(el, 'clear-filters')).toBeNull();
  });

  it('keeps at most 200 rows in the DOM while scrolling through all 10,000, with spacers keeping the scroll height', async () => {
    const el = await directory();
    const dir = el.controller;
    const sheets = () => must(el.shadowRoot).adoptedStyleSheets;
    const spacerRule = () =>
      [...sheets()]
        .map((s) => [...s.cssRules].map((r) => r.cssText).join(''))
        .find((t) => t.startsWith(':host') && t.includes('--_club-dir-before')) ?? '';
    let most = 0;
    for (let scrollTop = 0; dir.hasMore || scrollTop < dir.items.length * 72; scrollTop += 4800) {
      dir.setViewport({ scrollTop, viewportHeight: 480, rowHeight: 72 });
      await settled(el);
      const rows = parts(el, 'row').length;
      most = Math.max(most, rows);
      expect(rows).toBeLessThanOrEqual(200);
      const { start, end, beforePx, afterPx } = dir.range;
      expect(rows).toBe(end - start);
      expect(spacerRule()).toContain(`--_club-dir-before: ${beforePx}px`);
      expect(spacerRule()).toContain(`--_club-dir-after: ${afterPx}px`);
    }
    expect(dir.items).toHaveLength(10_000);
    // At the very bottom.
    dir.setViewport({ scrollTop: 10_000 * 72 - 480 });
    await el.updateComplete;
    expect(dir.range.end).toBe(10_000);
    expect(most).toBeLessThanOrEqual(200);
    expect(must(el.shadowRoot).querySelectorAll('[part~="row"]').length).toBeLessThanOrEqual(200);
    // Every page is in: the set size is now known, and the status gives the total.
    const last = must(parts(el, 'row').at(-1));
    expect(last.getAttribute('aria-setsize')).toBe('10000');
    expect(last.getAttribute('aria-posinset')).toBe('10000');
    expect(text(part(el, 'status'))).toBe('10,000 merchants');
    // No style attribute anywhere: the sizes live in the adopted sheet only.
    expect(must(el.shadowRoot).querySelectorAll('[style]')).toHaveLength(0);
    expect(must(el.shadowRoot).querySelectorAll('style')).toHaveLength(0);
  });

  it('loads the next page when the End key reaches the end of what is loaded', async () => {
    const el = await directory();
    const list = must(part(el, 'list'));
    key(list, 'End');
    await until(() => expect(el.controller.items).toHaveLength(100));
    await settled(el);
    expect(el.controller.activeIndex).toBe(49);
    expect(list.getAttribute('aria-activedescendant')).toBe(`row-${must(el.controller.items[49]).merchant.id}`);
  });

  it('takes its client and locale from <club-provider>', async () => {
    const el = await mount(
      html`<club-provider base-url=${api.baseUrl} publishable-key=${api.publishableKey} locale="zh-Hant"
        ><club-merchant-directory></club-merchant-directory
      ></club-provider>`,
    );
    await settled(el);
    expect(text(part(el, 'status'))).toBe('共 10,000 家商戶');
    expect(text($(el, 'label[for="search-input"]'))).toBe('搜尋商戶');
  });

  it('reads regions from a JSON attribute and prices an unknown tier as standard', async () => {
    const el = await mount(
      html`<club-merchant-directory
        base-url=${api.baseUrl}
        publishable-key=${api.publishableKey}
        locale="en"
        tier="gold"
        regions=${JSON.stringify(regions)}
      ></club-merchant-directory>`,
    );
    await settled(el);
    expect([...control(el, 'region-select', HTMLSelectElement).options].map((o) => o.value)).toEqual([
      '',
      'jinghong',
      'menghai',
      'mengla',
    ]);
    type(control(el, 'amount-input', HTMLInputElement), '100');
    await until(() => expect(el.controller.purchase?.tier).toBe('standard'));
    await settled(el);
    expect(el.controller.status).toBe('ready');
    expect(parseRegions('[{"code":"a","label":"A"},{"code":1},"x"]')).toEqual([{ code: 'a', label: 'A' }]);
    expect(
      parseRegions('[{"code":"a","label":"A","labels":{"en":"Ay"}},{"code":"b","label":"B","labels":{"en":1}}]'),
    ).toEqual([
      { code: 'a', label: 'A', labels: { en: 'Ay' } },
      { code: 'b', label: 'B' },
    ]);
    expect(parseRegions('{oops')).toEqual([]);
    expect(parseRegions('{"code":"a"}')).toEqual([]);
    expect(parseRegions(null)).toEqual([]);
  });

  it('drops aria-activedescendant while the active row is scrolled out of the window, and brings it back on a key', async () => {
    const el = await directory();
    const list = must(part(el, 'list'));
    key(list, 'ArrowDown');
    await el.updateComplete;
    expect(list.getAttribute('aria-activedescendant')).toBe(`row-${must(el.controller.items[0]).merchant.id}`);
    el.controller.setViewport({ scrollTop: 40 * 72 });
    await el.updateComplete;
    expect(list.hasAttribute('aria-activedescendant')).toBe(false);
    key(list, 'ArrowDown');
    await el.updateComplete;
    expect(list.getAttribute('aria-activedescendant')).toBe(`row-${must(el.controller.items[1]).merchant.id}`);
    expect($(el, `#row-${must(el.controller.items[1]).merchant.id}`)).not.toBeNull();
  });

  it('reads near="lat,lng" and refuses anything else', () => {
    expect(parseNear('22.0094, 100.7977')).toEqual({ lat: 22.0094, lng: 100.7977 });
    expect(parseNear('-33.9,151.2')).toEqual({ lat: -33.9, lng: 151.2 });
    expect(parseNear('')).toBeUndefined();
    expect(parseNear(null)).toBeUndefined();
    expect(parseNear('91,0')).toBeUndefined();
    expect(parseNear('north')).toBeUndefined();
  });
});
