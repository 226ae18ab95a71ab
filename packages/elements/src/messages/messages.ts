import { matchLocale } from '@clubkit/core';
import type { ComplaintFormMessages } from '../complaint-form/messages.js';
import type { MemberCardMessages } from '../member-card/messages.js';
import type { DirectoryMessages } from '../merchant-directory/messages.js';
import type { CommonMessages } from './common.js';
import { en } from './en.js';
import { zhHans } from './zh-hans.js';
import { zhHant } from './zh-hant.js';

/** Every message of the kit. A locale is one object of this type, so a missing key does not compile. */
export interface Messages extends CommonMessages, MemberCardMessages, ComplaintFormMessages, DirectoryMessages {}

/** The locales built in. */
export const builtInMessages = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans } as const satisfies Record<string, Messages>;

/**
 * The built-in locale a tag reads as (zh-TW/HK/MO → zh-Hant, zh/zh-CN/SG/MY → zh-Hans, else en):
 * core's `matchLocale`, so the widgets and the server's `Accept-Language` agree on every tag.
 */
export const builtInLocale: (locale: string) => keyof typeof builtInMessages = matchLocale;

/**
 * The messages for a locale: the built-in ones, with `overrides` on top. For a locale the kit
 * does not ship, pass every message (`Messages`); missing ones fall back to English.
 */
export function messagesFor(locale: string, overrides?: Partial<Messages>): Messages {
  const base = builtInMessages[builtInLocale(locale)];
  return overrides ? { ...base, ...overrides } : base;
}
