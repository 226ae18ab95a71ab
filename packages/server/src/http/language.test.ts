import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ClubEnv } from './env.js';
import { languageMiddleware } from './language.js';

const app = new Hono<ClubEnv>();
app.use('*', languageMiddleware());
app.get('/', (c) => c.text(c.var.locale));

const localeFor = async (header?: string) =>
  (await app.request('/', header === undefined ? {} : { headers: { 'Accept-Language': header } })).text();

describe('languageMiddleware', () => {
  it('reads English without an Accept-Language header', async () => {
    expect(await localeFor()).toBe('en');
  });

  it.each([
    ['zh-TW,zh;q=0.9', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['fr, en;q=0.5', 'en'],
    ['fr,zh-TW;q=0.9,en;q=0.8', 'zh-Hant'],
  ])('reads %s as %s, as core negotiates it', async (header, locale) => {
    expect(await localeFor(header)).toBe(locale);
  });

  it('falls back to English for languages the API does not speak', async () => {
    expect(await localeFor('de-DE')).toBe('en');
  });
});
