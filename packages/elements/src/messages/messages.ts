import { matchLocale, type ClubLocale } from '@clubkit/core/shared';
import type { ComplaintFormMessages } from '../complaint-form/messages.js';
import type { ComplaintProgressMessages } from '../complaint-form/on-demand/messages.js';
import type { MemberCardMessages } from '../member-card/messages.js';
import type { MemberHandbookMessages } from '../member-card/handbook/messages.js';
import type { DirectoryMessages } from '../merchant-directory/messages.js';
import { commonZhHant, type CommonMessages } from './common.js';

/** Every message of the kit. A locale is one object of this type, so a missing key does not compile. */
export interface Messages
  extends
    CommonMessages,
    MemberCardMessages,
    MemberHandbookMessages,
    ComplaintFormMessages,
    ComplaintProgressMessages,
    DirectoryMessages {}

/**
 * The built-in locale a tag reads as (zh-TW/HK/MO → zh-Hant, zh/zh-CN/SG/MY → zh-Hans, else en):
 * core's `matchLocale`, so the widgets and the server's `Accept-Language` agree on every tag.
 */
export const builtInLocale: (locale: string) => ClubLocale = matchLocale;

/** The built-in locales a page loads when it first asks for them (zh-Hant, the default, ships in the bundle). */
export type LoadedLocale = Exclude<ClubLocale, 'zh-Hant'>;

/** Loads one widget's own messages (without the common ones) in each locale that is not bundled. */
export type LocaleLoaders<W> = Record<LoadedLocale, () => Promise<W>>;

/** The common messages in the locales loaded on demand: one module each, shared by every widget. */
const commonLoaders: LocaleLoaders<CommonMessages> = {
  en: () => import('./locales/en.js').then((m) => m.commonEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.commonZhHans),
};

/**
 * One widget's messages in the three built-in locales: Traditional Chinese, the default, is in
 * the bundle; English and Simplified Chinese are loaded (a dynamic import, a separate file next to
 * the CDN build) the first time a page asks for them, and then kept.
 */
export interface MessageCatalog<M extends object> {
  /**
   * The messages for `locale` with `overrides` on top; undefined while the built-in locale they
   * stand on is not loaded yet ({@link MessageCatalog.load} it). Overrides that give every message
   * (a locale the kit does not ship) stand on no built-in locale; incomplete ones for such a
   * locale fall back to English.
   */
  resolve(locale: string, overrides?: Partial<Messages>): M | undefined;
  /** Loads what {@link MessageCatalog.resolve} needs for `locale` and resolves it; rejects when the file cannot be loaded. */
  load(locale: string, overrides?: Partial<Messages>): Promise<M>;
}

/**
 * The catalog of a widget whose own messages are `W`: the common messages and the widget's,
 * in Traditional Chinese at hand and the other locales through `loaders`.
 *
 * @example
 * const catalog = messageCatalog(memberCardZhHant, {
 *   en: () => import('./locales/en.js').then((m) => m.memberCardEn),
 *   'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.memberCardZhHans),
 * });
 */
export function messageCatalog<W extends object>(
  zhHant: W,
  loaders: LocaleLoaders<W>,
): MessageCatalog<CommonMessages & W> {
  type M = CommonMessages & W;
  const loaded = new Map<ClubLocale, M>([['zh-Hant', { ...commonZhHant, ...zhHant }]]);
  const loading = new Map<LoadedLocale, Promise<M>>();
  const keys = [...Object.keys(commonZhHant), ...Object.keys(zhHant)];

  /** The built-in locale the messages stand on; undefined when the overrides give every message. */
  const base = (locale: string, overrides: Partial<Messages> | undefined): ClubLocale | undefined =>
    overrides && keys.every((key) => key in overrides) ? undefined : builtInLocale(locale);

  const resolve = (locale: string, overrides?: Partial<Messages>): M | undefined => {
    const on = base(locale, overrides);
    if (on === undefined) return overrides as M;
    const messages = loaded.get(on);
    if (messages === undefined) return undefined;
    return overrides ? { ...messages, ...overrides } : messages;
  };

  return {
    resolve,
    async load(locale, overrides) {
      const on = base(locale, overrides);
      if (on !== undefined && on !== 'zh-Hant' && !loaded.has(on)) {
        let pending = loading.get(on);
        if (!pending) {
          pending = Promise.all([commonLoaders[on](), loaders[on]()]).then(([common, own]) => {
            const messages = { ...common, ...own };
            loaded.set(on, messages);
            return messages;
          });
          // A failed load (the page went offline, say) is tried again when next asked for; a browser
          // that keeps the failed module in the page's module map (Chromium does) answers it with
          // the same failure until the page loads again.
          pending.catch(() => loading.delete(on));
          loading.set(on, pending);
        }
        await pending;
      }
      return resolve(locale, overrides) as M;
    },
  };
}

/** The common messages alone: the catalog of a `ClubElement` subclass that brings no messages of its own. */
export const commonCatalog: MessageCatalog<CommonMessages> = messageCatalog<object>(
  {},
  { en: () => Promise.resolve({}), 'zh-Hans': () => Promise.resolve({}) },
);
