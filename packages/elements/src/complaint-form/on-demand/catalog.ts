import type { ClubLocale } from '@clubkit/core';
import type { Messages } from '../../messages/messages.js';
import { complaintProgressEn } from './en.js';
import { complaintProgressZhHant, type ComplaintProgressMessages } from './messages.js';
import { complaintProgressZhHans } from './zh-hans.js';

/** The three built-in locales of the "check progress" view: small, and loaded only with the view. */
const builtIn = { 'zh-Hant': complaintProgressZhHant, 'zh-Hans': complaintProgressZhHans, en: complaintProgressEn };

/**
 * The "check progress" view's messages in a built-in locale (`builtInLocale(tag)` reads a tag as
 * one), with a page's overrides on top.
 *
 * @example
 * progressMessages('en').progressTitle // 'Check a complaint’s progress'
 */
export function progressMessages(locale: ClubLocale, overrides?: Partial<Messages>): ComplaintProgressMessages {
  return { ...builtIn[locale], ...overrides };
}
