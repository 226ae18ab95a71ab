import { describe, expect, it } from 'vitest';
import { matchLocale, negotiateLocale } from './locale.js';

describe('negotiateLocale', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK,en;q=0.5', 'zh-Hant'],
    ['zh-Hant-TW', 'zh-Hant'],
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['en-GB,zh-TW;q=0.8', 'en'],
    ['fr,zh-TW;q=0.9,en;q=0.8', 'zh-Hant'],
    ['de', 'en'],
    ['zh-TW;q=0', 'en'],
    ['*;q=0.1, zh-SG;q=0.2', 'zh-Hans'],
    ['zh-TW;q=abc, zh-CN', 'zh-Hans'],
  ])('reads %s as %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe('matchLocale', () => {
  it.each([
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['ZH-mo', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-MY', 'zh-Hans'],
    ['en-US', 'en'],
    ['fr', 'en'],
    ['', 'en'],
    ['zh-TWX', 'en'],
  ])('reads %s as %s', (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });
});
