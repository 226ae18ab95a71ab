import {
  complaintsResource,
  createClubTransport,
  meResource,
  merchantsResource,
  sessionFromEndpoint,
  type ClubClientOptions,
} from '@clubkit/client';
import type { Messages } from '../messages/messages.js';
import { messagesFor } from '../messages/messages.js';
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
}

const clients = new Map<string, WidgetClient>();

/** One client per configuration, shared by the widgets that ask for it. */
function cachedClient(key: string, options: ClubClientOptions): WidgetClient {
  let client = clients.get(key);
  if (!client) {
    const t = createClubTransport(options);
    client = { merchants: merchantsResource(t), complaints: complaintsResource(t), me: meResource(t) };
    clients.set(key, client);
  }
  return client;
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
      ? cachedClient(`ms ${baseUrl} ${config.sessionEndpoint} ${locale}`, {
          baseUrl,
          session: sessionFromEndpoint(config.sessionEndpoint),
          locale,
        })
      : undefined;
  return { publicClient, memberClient, locale, messages: messagesFor(locale, config.messages), baseUrl, config };
}
