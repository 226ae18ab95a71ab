import type { ClubLocale } from '@clubkit/core';
import type { Messages } from '../../messages/messages.js';
import { memberHandbookEn } from './en.js';
import { memberHandbookZhHant, type MemberHandbookMessages } from './messages.js';
import { memberHandbookZhHans } from './zh-hans.js';

/** The three built-in locales of the handbook panel: small, and loaded only with the panel. */
const builtIn = { 'zh-Hant': memberHandbookZhHant, 'zh-Hans': memberHandbookZhHans, en: memberHandbookEn };

/**
 * The handbook panel's messages in a built-in locale (`builtInLocale(tag)` reads a tag as one),
 * with a page's overrides on top.
 *
 * @example
 * handbookMessages('en').handbookRightsTitle // 'Your rights as a member'
 */
export function handbookMessages(locale: ClubLocale, overrides?: Partial<Messages>): MemberHandbookMessages {
  return { ...builtIn[locale], ...overrides };
}
