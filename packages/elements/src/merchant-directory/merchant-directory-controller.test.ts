import { createClubClient, isClubApiError, isClubNetworkError, type ClubClient } from '@clubkit/client';
import { yuan, type Tier } from '@clubkit/core';
import type { MerchantListItem } from '@clubkit/core/api';
import { bestOffer, categoryLabel, offerSaving, type GeoPoint } from '@clubkit/core/merchants';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { MerchantDirectoryController, type MerchantDirectoryOptions } from './merchant-directory-controller.js';

const DEAD = 'http://127.0.0.1:9';
const TODAY = '2026-11-27';
let api: TestApi;
let client: ClubClient;
beforeAll(async () => {
  api = await startTestApi({ merchants: 600, members: 5, complaints: 0, now: new Date(`${TODAY}T04:00:00Z`) });
  client = createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey });
});
afterAll(() => api.close());

/** A reactive host with no markup at all: the controller must work with it alone. */
class BareHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

/** A real client whose requests are counted (and can be held back or failed). */
function countingClient(
  options: { baseUrl?: string; delay?: (url: string) => number; fail?: (url: string) => boolean } = {},
) {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    urls.push(url);
    if (options.fail?.(url)) throw new TypeError('Failed to fetch');
    const wait = options.delay?.(url) ?? 0;
    // Held back without watching the abort signal: the answer arrives late whatever happens.
    const request = input instanceof Request ? input.clone() : input;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    return globalThis.fetch(request, { ...init, signal: null });
  };
  return {
    client: createClubClient({
      baseUrl: options.baseUrl ?? api.baseUrl,
      publishableKey: api.publishableKey,
      fetch,
      retry: false,
    }),
    urls,
  };
}

function make(options: Partial<MerchantDirectoryOptions> = {}) {
  const host = new BareHost();
  const dir = new MerchantDirectoryController(host, {
    client: () => client,
    today: () => TODAY,
    debounceMs: 30,
    ...options,
  });
  return { host, dir };
}

async function ready(dir: MerchantDirectoryController): Promise<void> {
  await until(() => expect(['ready', 'error']).toContain(dir.status));
}

async function loadAll(dir: MerchantDirectoryController): Promise<void> {
  while (dir.hasMore) await dir.loadMore();
}

/** Every hit of a search through the API itself, 100 a page: what the controller must end up with. */
async function everyHit(search: Parameters<ClubClient['merchants']['list']>[0]): Promise<MerchantListItem[]> {
  const hits: MerchantListItem[] = [];
  for await (const hit of client.merchants.list({ ...search, limit: 100 })) hits.push(hit);
  return hits;
}

/** `value`, which the test needs: throws when it is missing instead of asserting it is there. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

const ids = (items: readonly MerchantListItem[]) => items.map((h) => h.merchant.id);

describe('MerchantDirectoryController', () => {
  it('stays idle without a client and says there is nothing more', async () => {
    const { dir, host } = make({ client: () => undefined });
    host.connect();
    await dir.search({ text: '洗車' });
    expect(dir.status).toBe('idle');
    expect(dir.items).toEqual([]);
    expect(dir.hasMore).toBe(false);
    await dir.loadMore();
    expect(dir.status).toBe('idle');
  });

  it('loads the first page of 50 when connected, going through loading to ready', async () => {
    const { dir, host } = make();
    host.connect();
    expect(dir.status).toBe('loading');
    expect(dir.query).toEqual({
      text: '',
      category: undefined,
      region: undefined,
      sort: 'relevance',
      amountYuan: undefined,
    });
    await ready(dir);
    expect(dir.status).toBe('ready');
    expect(dir.items).toHaveLength(50);
    expect(dir.hasMore).toBe(true);
    expect(dir.error).toBeUndefined();
    expect(host.updates).toBeGreaterThanOrEqual(2);
  });

  it('finds merchants by Chinese words in name, address or category, every page without duplicates', async () => {
    const { dir } = make();
    await dir.search({ text: '洗車' });
    await loadAll(dir);
    const expected = await everyHit({ text: '洗車' });
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(dir.items)).toEqual(ids(expected));
    for (const { merchant } of dir.items) {
      expect(`${merchant.name}${merchant.address}${categoryLabel(merchant.category, 'zh-Hant')}`).toContain('洗車');
    }
    // Several words must all match.
    await dir.search({ text: '洗車 景洪' });
    await loadAll(dir);
    for (const { merchant } of dir.items) expect(`${merchant.name}${merchant.address}`).toContain('景洪');
  });

  it('filters by category and by region', async () => {
    const { dir } = make();
    await dir.search({ category: 'ktv' });
    await loadAll(dir);
    expect(dir.items.length).toBeGreaterThan(0);
    expect(dir.items.every((h) => h.merchant.category === 'ktv')).toBe(true);
    await dir.search({ category: undefined, region: 'menghai' });
    await loadAll(dir);
    expect(dir.items.length).toBeGreaterThan(50);
    expect(dir.items.every((h) => h.merchant.region === 'menghai')).toBe(true);
    await dir.search({ category: 'dining', region: 'mengla' });
    expect(dir.items.every((h) => h.merchant.category === 'dining' && h.merchant.region === 'mengla')).toBe(true);
  });

  it('sorts by name, by distance from near and by best saving, as the API orders them', async () => {
    const near: GeoPoint = { lat: 22.0094, lng: 100.7977 };
    const { dir } = make({ near: () => near });
    await dir.search({ sort: 'name', category: 'hotel' });
    await loadAll(dir);
    expect(ids(dir.items)).toEqual(ids(await everyHit({ sort: 'name', category: 'hotel', near })));

    await dir.search({ sort: 'distance' });
    await loadAll(dir);
    const distances = dir.items.map((h) => h.distanceKm ?? Infinity);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    await dir.search({ sort: 'bestSaving', amountYuan: 500 });
    await loadAll(dir);
    const savings = dir.items.map((h) => h.best?.savingFen ?? 0);
    expect(savings[0]).toBeGreaterThan(0);
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
  });

  it('falls back to relevance for a sort whose needs are missing (distance without near, best saving without amount)', async () => {
    const { dir } = make();
    await dir.search({ sort: 'distance' });
    expect(dir.query.sort).toBe('relevance');
    expect(dir.status).toBe('ready');
    await dir.search({ sort: 'bestSaving', amountYuan: undefined });
    expect(dir.query.sort).toBe('relevance');
    expect(dir.status).toBe('ready');
  });

  it('prices every hit for the entered amount with the server’s best offer, which core agrees with', async () => {
    const { dir } = make();
    await dir.search({ category: 'car-wash', amountYuan: 80 });
    await loadAll(dir);
    expect(dir.purchase).toEqual({ amountFen: yuan(80), tier: 'standard', date: TODAY });
    expect(dir.items.every((h) => h.best !== undefined)).toBe(true);
    expect(dir.items.some((h) => h.best)).toBe(true);
    for (const hit of dir.items) expect(hit.best ?? null).toEqual(bestOffer(hit.merchant.offers, must(dir.purchase)));
  });

  it('prices offers for the member’s tier: VIP-only offers count for a VIP', async () => {
    let tier: Tier = 'standard';
    const { dir } = make({ tier: () => tier });
    await dir.search({ amountYuan: 1000 });
    await loadAll(dir);
    const standard = new Map(dir.items.map((h) => [h.merchant.id, h.best?.savingFen ?? 0]));
    tier = 'vip';
    await dir.sync();
    await loadAll(dir);
    expect(dir.purchase?.tier).toBe('vip');
    const better = dir.items.filter((h) => (h.best?.savingFen ?? 0) > (standard.get(h.merchant.id) ?? 0));
    expect(better.length).toBeGreaterThan(0);
    expect(better.every((h) => h.best?.offer.tiers?.includes('vip'))).toBe(true);
  });

  it('flags an amount that is not one and searches without it', async () => {
    const { dir } = make();
    await dir.search({ amountYuan: Number.NaN });
    expect(dir.amountInvalid).toBe(true);
    expect(dir.status).toBe('ready');
    expect(dir.purchase).toBeUndefined();
    expect(dir.items[0]).not.toHaveProperty('best');
    await dir.search({ amountYuan: 12.345 });
    expect(dir.amountInvalid).toBe(true);
    await dir.search({ amountYuan: 12.34 });
    expect(dir.amountInvalid).toBe(false);
    expect(dir.purchase?.amountFen).toBe(1234);
  });

  it('appends pages of 50 until the last, without duplicates, then stops asking', async () => {
    const { client: counted, urls } = countingClient();
    const { dir } = make({ client: () => counted });
    await dir.search({});
    expect(dir.items).toHaveLength(50);
    await dir.loadMore();
    expect(dir.items).toHaveLength(100);
    await loadAll(dir);
    expect(dir.items).toHaveLength(600);
    expect(new Set(ids(dir.items)).size).toBe(600);
    expect(dir.hasMore).toBe(false);
    expect(urls).toHaveLength(12);
    expect(urls.every((u) => u.includes('limit=50'))).toBe(true);
    await dir.loadMore();
    expect(urls).toHaveLength(12);
  });

  it('shares one request between loadMore calls made while it is in flight', async () => {
    const { client: counted, urls } = countingClient();
    const { dir } = make({ client: () => counted });
    await dir.search({});
    await Promise.all([dir.loadMore(), dir.loadMore(), dir.loadMore()]);
    expect(urls).toHaveLength(2);
    expect(dir.items).toHaveLength(100);
  });

  it('ignores the answer of an older search that arrives after a newer one', async () => {
    // The car-wash search is held back 300 ms; the KTV search typed after it answers first.
    const { client: slow } = countingClient({ delay: (url) => (decodeURIComponent(url).includes('洗車') ? 300 : 0) });
    const { dir, host } = make({ client: () => slow });
    const older = dir.search({ text: '洗車' });
    const newer = dir.search({ text: 'KTV' });
    await newer;
    expect(dir.status).toBe('ready');
    const ktv = ids(dir.items);
    expect(ktv.length).toBeGreaterThan(0);
    const updates = host.updates;
    await older;
    await new Promise((r) => setTimeout(r, 350));
    expect(ids(dir.items)).toEqual(ktv);
    expect(dir.query.text).toBe('KTV');
    expect(host.updates).toBe(updates);
  });

  it('ignores a page of an older search that arrives after a new search began', async () => {
    const { client: slow } = countingClient({ delay: (url) => (url.includes('cursor=') ? 300 : 0) });
    const { dir } = make({ client: () => slow });
    await dir.search({});
    const page = dir.loadMore();
    await dir.search({ category: 'ktv' });
    await page;
    await new Promise((r) => setTimeout(r, 350));
    expect(dir.items.every((h) => h.merchant.category === 'ktv')).toBe(true);
  });

  it('debounces typing into one request, and searches at once without debounce', async () => {
    const { client: counted, urls } = countingClient();
    const { dir } = make({ client: () => counted, debounceMs: 50 });
    await dir.search({});
    urls.length = 0;
    const typing = [dir.search({ text: '洗' }, { debounce: true }), dir.search({ text: '洗車' }, { debounce: true })];
    expect(dir.query.text).toBe('洗車');
    expect(urls).toHaveLength(0);
    await Promise.all(typing);
    expect(urls).toHaveLength(1);
    expect(decodeURIComponent(must(urls[0]))).toContain('text=洗車');
    const debounced = dir.search({ text: 'KTV' }, { debounce: true });
    await dir.search({ text: '酒店' });
    await debounced;
    expect(urls).toHaveLength(2);
    expect(dir.query.text).toBe('酒店');
  });

  it('reports a network failure and recovers on retry once the API is reachable', async () => {
    let current: ClubClient = countingClient({ baseUrl: DEAD }).client;
    const { dir } = make({ client: () => current });
    await dir.search({ text: '洗車' });
    expect(dir.status).toBe('error');
    expect(isClubNetworkError(dir.error)).toBe(true);
    expect(dir.items).toEqual([]);
    await dir.retry();
    expect(dir.status).toBe('error');
    current = client;
    await dir.retry();
    expect(dir.status).toBe('ready');
    expect(dir.error).toBeUndefined();
    expect(dir.query.text).toBe('洗車');
    expect(dir.items.length).toBeGreaterThan(0);
  });

  it('reports an API error (a query the API refuses) with its problem', async () => {
    const { dir } = make();
    await dir.search({ text: '洗'.repeat(201) });
    expect(dir.status).toBe('error');
    expect(isClubApiError(dir.error) && dir.error.status).toBe(400);
  });

  it('keeps the loaded rows when a further page fails, and loads it on retry', async () => {
    let failing = true;
    const { client: flaky } = countingClient({ fail: (url) => failing && url.includes('cursor=') });
    const { dir } = make({ client: () => flaky });
    await dir.search({});
    await dir.loadMore();
    expect(dir.status).toBe('error');
    expect(isClubNetworkError(dir.error)).toBe(true);
    expect(dir.items).toHaveLength(50);
    expect(dir.hasMore).toBe(true);
    // Scrolling does not hammer a failing server: only retry asks again.
    dir.setViewport({ scrollTop: 50 * 72, viewportHeight: 480, rowHeight: 72 });
    expect(dir.status).toBe('error');
    failing = false;
    await dir.retry();
    expect(dir.status).toBe('ready');
    expect(dir.items).toHaveLength(100);
  });

  it('says so when nothing matches', async () => {
    const { dir } = make();
    await dir.search({ text: '不存在的商戶名稱' });
    expect(dir.status).toBe('ready');
    expect(dir.items).toEqual([]);
    expect(dir.hasMore).toBe(false);
    expect(dir.range).toEqual({ start: 0, end: 0, beforePx: 0, afterPx: 0 });
  });

  it('opens a loaded merchant with core’s best offer and savings for the amount, and goes back to its row', async () => {
    const { dir } = make();
    await dir.search({ amountYuan: 300 });
    const index = dir.items.findIndex((h) => h.best);
    const hit = must(dir.items[index]);
    const merchant = await dir.select(hit.merchant.id);
    expect(merchant).toBe(hit.merchant);
    expect(dir.selected).toBe(hit.merchant);
    expect(dir.activeIndex).toBe(index);
    expect(dir.best).toEqual(bestOffer(hit.merchant.offers, must(dir.purchase)));
    expect(dir.best?.savingFen).toBe(hit.best?.savingFen);
    for (const offer of hit.merchant.offers) expect(dir.savingOf(offer)).toBe(offerSaving(offer, must(dir.purchase)));
    dir.back();
    expect(dir.selected).toBeUndefined();
    expect(dir.activeIndex).toBe(index);
  });

  it('has no savings to show without an amount', async () => {
    const { dir } = make();
    await dir.search({});
    await dir.select(must(dir.items[0]).merchant.id);
    expect(dir.best).toBeUndefined();
    expect(dir.savingOf(must(must(dir.items[0]).merchant.offers[0]))).toBeUndefined();
  });

  it('fetches a merchant that is not loaded, and reports one that does not exist', async () => {
    const { dir } = make();
    await dir.search({ category: 'ktv' });
    const other = must((await everyHit({ category: 'hotel' }))[0]).merchant;
    expect(await dir.select(other.id)).toEqual(other);
    expect(dir.selected).toEqual(other);
    expect(dir.status).toBe('ready');
    dir.back();
    expect(await dir.select('mch_00000000000000000000000000')).toBeUndefined();
    expect(dir.status).toBe('error');
    expect(isClubApiError(dir.error) && dir.error.status).toBe(404);
    expect(dir.selected).toBeUndefined();
  });

  it('moves the active row with the keyboard steps, scrolling it into view and loading more near the end', async () => {
    const { dir } = make();
    await dir.search({});
    dir.setViewport({ scrollTop: 0, viewportHeight: 480, rowHeight: 72 });
    expect(dir.activeIndex).toBe(-1);
    dir.move(1);
    expect(dir.activeIndex).toBe(0);
    dir.move(-1);
    expect(dir.activeIndex).toBe(0);
    dir.move(dir.rowsPerPage);
    expect(dir.rowsPerPage).toBe(6);
    expect(dir.activeIndex).toBe(6);
    expect(dir.viewport.scrollTop).toBe(7 * 72 - 480);
    dir.move('home');
    expect(dir.activeIndex).toBe(0);
    expect(dir.viewport.scrollTop).toBe(0);
    dir.move('end');
    expect(dir.activeIndex).toBe(49);
    expect(dir.viewport.scrollTop).toBe(50 * 72 - 480);
    expect(dir.range.start).toBeLessThanOrEqual(49);
    expect(dir.range.end).toBe(50);
    await until(() => expect(dir.items).toHaveLength(100));
    await ready(dir);
    dir.move(1);
    expect(dir.activeIndex).toBe(50);
    dir.move(10_000);
    expect(dir.activeIndex).toBe(dir.items.length - 1);
  });

  it('does nothing on keyboard moves in an empty list', async () => {
    const { dir } = make();
    await dir.search({ text: '不存在的商戶名稱' });
    dir.move(1);
    dir.move('end');
    dir.setActive(3);
    expect(dir.activeIndex).toBe(-1);
  });

  it('windows the rows for a viewport and loads every page while scrolling to the end, never more than 200 rows', async () => {
    const { dir } = make();
    await dir.search({});
    for (let scrollTop = 0; dir.hasMore || scrollTop < dir.items.length * 72; scrollTop += 960) {
      dir.setViewport({ scrollTop, viewportHeight: 480, rowHeight: 72 });
      await ready(dir);
      const { start, end, beforePx, afterPx } = dir.range;
      expect(end - start).toBeLessThanOrEqual(200);
      expect(beforePx + (end - start) * 72 + afterPx).toBe(dir.items.length * 72);
    }
    expect(dir.items).toHaveLength(600);
    expect(dir.range.end).toBe(600);
  });

  it('measures rows from the viewport it is told and ignores a row height that is not positive', async () => {
    const { dir } = make();
    await dir.search({});
    dir.setViewport({ rowHeight: 48, viewportHeight: 960 });
    expect(dir.rowsPerPage).toBe(20);
    dir.setViewport({ rowHeight: 0 });
    dir.setViewport({ rowHeight: Number.NaN, viewportHeight: -1, scrollTop: Number.NaN });
    expect(dir.viewport).toEqual({ scrollTop: 0, viewportHeight: 960, rowHeight: 48 });
  });

  it('searches again only when the client, tier or near changed', async () => {
    const { client: counted, urls } = countingClient();
    let near: GeoPoint | undefined;
    const { dir, host } = make({ client: () => counted, near: () => near });
    host.connect();
    await ready(dir);
    await dir.sync();
    expect(urls).toHaveLength(1);
    near = { lat: 21.9575, lng: 100.4525 };
    await dir.sync();
    expect(urls).toHaveLength(2);
    expect(dir.items[0]?.distanceKm).toBeTypeOf('number');
    // Dropping near drops the distance sort too.
    await dir.search({ sort: 'distance' });
    near = undefined;
    await dir.sync();
    expect(dir.query.sort).toBe('relevance');
  });

  it('cancels a search when its host disconnects and searches again on reconnect', async () => {
    const { client: slow, urls } = countingClient({ delay: () => 100 });
    const { dir, host } = make({ client: () => slow });
    host.connect();
    host.disconnect();
    await new Promise((r) => setTimeout(r, 150));
    expect(dir.items).toEqual([]);
    host.connect();
    await ready(dir);
    expect(dir.items).toHaveLength(50);
    expect(urls).toHaveLength(2);
    // Reconnecting after a finished search keeps it.
    host.disconnect();
    host.connect();
    expect(urls).toHaveLength(2);
  });
});
