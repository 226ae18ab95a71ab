import type { ClubLocale } from '@clubkit/core';
import type { ClubClient } from '@clubkit/client';
import { createContext } from '@lit/context';
import type { ClubConfig } from './club-config.js';

/**
 * The part of a Club API client the widgets use: the directory, complaints and the member's own
 * records. A full `ClubClient` is one too; the widgets build only this, so a page carries no
 * back-office schemas.
 */
export type WidgetClient = Pick<ClubClient, 'merchants' | 'complaints' | 'me'>;

/** What `<club-provider>` gives the widgets inside it. */
export interface ClubContextValue<C extends object = WidgetClient> {
  /** A client with the publishable key: the merchant directory and new complaints. Undefined without one. */
  publicClient: C | undefined;
  /**
   * A client with sessions from the session endpoint: a member's on a partner's page, a staff
   * member's on the club's intranet (the operator widgets). Undefined without one.
   */
  memberClient: C | undefined;
  /** The locale for messages, money and dates. Each widget takes its messages in it from its own catalog, with `config.messages` on top. */
  locale: ClubLocale | (string & {});
  /** The Club API's base URL; scopes saved drafts to one club. */
  baseUrl: string;
  /** The attributes this value was built from, so a widget can override some and keep the rest. */
  config: ClubConfig;
}

/** The context `<club-provider>` provides and the widgets consume. */
export const clubContext = createContext<ClubContextValue>(Symbol.for('clubkit.context'));
