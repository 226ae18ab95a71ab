import {
  ClubClientError,
  complaintsResource,
  createClubTransport,
  meResource,
  merchantsResource,
  revokeCurrentSession,
  sessionFromEndpoint,
  type ClubClientOptions,
  type Transport,
} from '@clubkit/client';
import type { Messages } from '../messages/messages.js';
import type { ClubContextValue, WidgetClient } from './context.js';

/** Lit's declarations of {@link ClubConfig}'s attributes, shared by the provider and every widget. */
export const clubConfigProperties = {
  baseUrl: { attribute: 'base-url' },
  publishableKey: { attribute: 'publishable-key' },
  sessionEndpoint: { attribute: 'session-endpoint' },
  locale: {},
  messages: { attribute: false },
} as const;

/** The attributes that configure a widget (on `<club-provider>`, or on a widget used alone). */
export interface ClubConfig {
  baseUrl?: string | undefined;
  publishableKey?: string | undefined;
  sessionEndpoint?: string | undefined;
  locale?: string | undefined;
  messages?: Partial<Messages> | undefined;
  /** Set by `<club-provider>`'s `signOut()`: the member client then has no session to ask for. */
  signedOut?: boolean | undefined;
}

const clients = new Map<string, { client: WidgetClient; t: Transport }>();

/** One client per configuration, shared by the widgets that ask for it. */
function cachedClient(key: string, options: ClubClientOptions): WidgetClient {
  let entry = clients.get(key);
  if (!entry) {
    const t = createClubTransport(options);
    entry = { client: { merchants: merchantsResource(t), complaints: complaintsResource(t), me: meResource(t) }, t };
    clients.set(key, entry);
  }
  return entry.client;
}

/** The member client's key prefix: one client per locale shares a base URL and session endpoint. */
const memberKey = (config: ClubConfig) => `ms ${config.baseUrl ?? ''} ${config.sessionEndpoint ?? ''} `;

/**
 * Ends the member sessions the widgets' clients for `config`'s session endpoint hold and forgets
 * those clients, so that no token of theirs is used again. Rejects when a session could not be ended.
 */
export async function endSessions(config: ClubConfig): Promise<void> {
  const ending: Promise<void>[] = [];
  for (const [key, { t }] of clients)
    if (key.startsWith(memberKey(config))) {
      clients.delete(key);
      ending.push(revokeCurrentSession(t));
    }
  await Promise.all(ending);
}

/** Builds the widgets' context from attributes; undefined parts stay undefined (and the widgets say so). */
export function clubContextFrom(config: ClubConfig): ClubContextValue {
  const baseUrl = config.baseUrl ?? '';
  const locale = config.locale ?? 'zh-Hant';
  const ready = /^https?:\/\//.test(baseUrl);
  const publicClient =
    ready && config.publishableKey
      ? cachedClient(`pk ${baseUrl} ${config.publishableKey} ${locale}`, {
          baseUrl,
          publishableKey: config.publishableKey,
          locale,
        })
      : undefined;
  const memberClient =
    ready && config.sessionEndpoint
      ? config.signedOut
        ? // Signed out: the member card shows so without asking the session endpoint.
          cachedClient(`out ${baseUrl} ${locale}`, {
            baseUrl,
            session: { getToken: () => Promise.reject(new ClubClientError('client/signed-out', 'Signed out.')) },
            locale,
          })
        : cachedClient(memberKey(config) + locale, {
            baseUrl,
            session: sessionFromEndpoint(config.sessionEndpoint),
            locale,
          })
      : undefined;
  return { publicClient, memberClient, locale, baseUrl, config };
}
