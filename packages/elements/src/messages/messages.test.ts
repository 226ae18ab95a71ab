import { matchLocale } from '@clubkit/core';
import { describe, expect, it } from 'vitest';
import { builtInLocale, builtInMessages, messagesFor } from './messages.js';

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

describe('messagesFor', () => {
  it('gives the built-in messages of the locale a tag reads as, with overrides on top', () => {
    expect(messagesFor('zh-TW')).toBe(builtInMessages['zh-Hant']);
    expect(messagesFor('en-GB', { retry: 'Again' }).retry).toBe('Again');
  });
});
