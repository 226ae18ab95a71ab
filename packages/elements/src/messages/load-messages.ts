import { complaintFormCatalog } from '../complaint-form/messages.js';
import { memberCardCatalog } from '../member-card/messages.js';
import { directoryCatalog } from '../merchant-directory/messages.js';
import { builtInLocale, type Messages } from './messages.js';

/**
 * Every widget's messages for a locale, with `overrides` on top: the built-in ones it reads as
 * (loaded first when they are not in the bundle), or, for a locale the kit does not ship, the
 * overrides alone when they give every message (English fills in missing ones). For a page that
 * drives a controller with its own markup; the widgets load their own.
 *
 * @example
 * const t = await loadMessages('en');
 * t.retry // 'Try again'
 */
export async function loadMessages(locale: string, overrides?: Partial<Messages>): Promise<Messages> {
  const [card, handbook, form, progress, directory] = await Promise.all([
    memberCardCatalog.load(locale, overrides),
    import('../member-card/handbook/catalog.js').then((m) => m.handbookMessages(builtInLocale(locale), overrides)),
    complaintFormCatalog.load(locale, overrides),
    import('../complaint-form/on-demand/catalog.js').then((m) => m.progressMessages(builtInLocale(locale), overrides)),
    directoryCatalog.load(locale, overrides),
  ]);
  return { ...card, ...handbook, ...form, ...progress, ...directory };
}
