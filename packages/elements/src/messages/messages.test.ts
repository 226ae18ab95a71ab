import { matchLocale } from '@clubkit/core';
import { describe, expect, it, vi } from 'vitest';
import { commonZhHant } from './common.js';
import { loadMessages } from './load-messages.js';
import { builtInLocale, messageCatalog } from './messages.js';

describe('builtInLocale', () => {
  it("reads a tag as core's matchLocale does, so the widgets and the server agree", () => {
    for (const tag of [
      'zh-TW',
      'zh-HK',
      'zh-Hant-TW',
      'zh',
      'zh-CN',
      'zh-Hans',
      'zh-SG',
      'en',
      'en-GB',
      'fr',
      'ZH-tw',
    ]) {
      expect(builtInLocale(tag)).toBe(matchLocale(tag));
    }
  });

  it('reads Traditional and Simplified Chinese regions, and anything else as English', () => {
    expect(builtInLocale('zh-MO')).toBe('zh-Hant');
    expect(builtInLocale('zh-MY')).toBe('zh-Hans');
    expect(builtInLocale('ja')).toBe('en');
  });
});

describe('messageCatalog', () => {
  const own = { hello: '你好' };
  function catalog(load = vi.fn(() => Promise.resolve({ hello: 'Hello' }))) {
    return { load, catalog: messageCatalog(own, { en: load, 'zh-Hans': () => Promise.resolve({ hello: '你好' }) }) };
  }

  it('has Traditional Chinese at hand, with the common messages, and loads nothing for it', async () => {
    const { catalog: c, load } = catalog();
    expect(c.resolve('zh-TW')).toEqual({ ...commonZhHant, hello: '你好' });
    await c.load('zh-Hant');
    expect(load).not.toHaveBeenCalled();
  });

  it('has English only once it is loaded, then keeps it: one load for many asks', async () => {
    const { catalog: c, load } = catalog();
    expect(c.resolve('en-GB')).toBeUndefined();
    const [a, b] = await Promise.all([c.load('en'), c.load('en-US')]);
    expect(a).toEqual({ ...(await import('./locales/en.js')).commonEn, hello: 'Hello' });
    expect(b).toBe(a);
    expect(c.resolve('en')).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('puts overrides on top of the built-in messages', async () => {
    const { catalog: c } = catalog();
    await c.load('en');
    expect(c.resolve('en', { retry: 'Again' })).toMatchObject({ retry: 'Again', hello: 'Hello' });
    expect(c.resolve('zh-Hant', { hello: '您好' } as never)).toMatchObject({ hello: '您好', retry: '重試' });
  });

  it('needs no built-in locale for a locale whose overrides give every message', async () => {
    const { catalog: c, load } = catalog();
    const ja = { ...commonZhHant, intlLocale: 'ja', retry: '再試行', hello: 'こんにちは' };
    expect(c.resolve('ja', ja as never)).toBe(ja);
    expect(await c.load('ja', ja as never)).toBe(ja);
    expect(load).not.toHaveBeenCalled();
  });

  it('fills a locale it does not ship from English when overrides leave messages out', async () => {
    const { catalog: c } = catalog();
    expect(c.resolve('ja', { retry: '再試行' })).toBeUndefined();
    expect(await c.load('ja', { retry: '再試行' })).toMatchObject({
      retry: '再試行',
      hello: 'Hello',
      loading: 'Loading…',
    });
  });

  it('rejects when a locale cannot be loaded, and tries again when next asked', async () => {
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue({ hello: 'Hello' });
    const { catalog: c } = catalog(load);
    await expect(c.load('en')).rejects.toThrow('Failed to fetch');
    expect(c.resolve('en')).toBeUndefined();
    expect((await c.load('en')).hello).toBe('Hello');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('loadMessages', () => {
  it("gives every widget's messages in each built-in locale, each with the same keys as Traditional Chinese", async () => {
    const zhHant = await loadMessages('zh-Hant');
    const keys = Object.keys(zhHant).sort();
    expect(keys.length).toBeGreaterThan(100);
    for (const locale of ['en', 'zh-Hans']) expect(Object.keys(await loadMessages(locale)).sort()).toEqual(keys);
    expect((await loadMessages('zh-CN')).retry).toBe('重试');
    expect((await loadMessages('en-GB', { retry: 'Again' })).retry).toBe('Again');
  });
});
