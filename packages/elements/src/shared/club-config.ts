import {
  ClubClientError,
  complaintsResource,
  createClubTransport,
  meResource,
  merchantsResource,
  revokeCurrentSession,
  sessionFromEndpoint,
  type ClubClientOptions,
  type SessionSource,
  type Transport,
} from '@clubkit/client';
import type { Messages } from '../messages/messages.js';
import type { ClubContextValue, WidgetClient } from './context.js';

/**
 * What a widget's clients are made of: the resources it calls, built over the shared transport
 * of a configuration, and how it gets member sessions from a partner's session endpoint (none:
 * the widget has no member client). A widget used alone carries only its own kit, so the
 * directory's bundle holds no session or complaint code; `<club-provider>` gives every widget
 * {@link fullKit}.
 */
export interface ClientKit<C extends object = WidgetClient> {
  resources: (t: Transport) => C;
  session?: (endpoint: string) => SessionSource;
}

/** Every widget's resources and member sessions from the session endpoint: what `<club-provider>` gives. */
export const fullKit: ClientKit = {
  resources: (t) => ({ merchants: merchantsResource(t), complaints: complaintsResource(t), me: meResource(t) }),
  session: (endpoint) => sessionFromEndpoint(endpoint),
};

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

const transports = new Map<string, Transport>();
/** Each kit's resources over a transport, built once. */
const built = new WeakMap<Transport, Map<ClientKit<object>, object>>();

/** One transport per configuration, shared by the widgets that ask for it; each kit's resources over it, built once. */
function cachedClient<C extends object>(key: string, options: ClubClientOptions, kit: ClientKit<C>): C {
  let t = transports.get(key);
  if (!t) {
    t = createClubTransport(options);
    transports.set(key, t);
  }
  let byKit = built.get(t);
  if (!byKit) built.set(t, (byKit = new Map<ClientKit<object>, object>()));
  let client = byKit.get(kit) as C | undefined;
  if (!client) byKit.set(kit, (client = kit.resources(t)));
  return client;
}

/** The member client's key prefix: one client per locale shares a base URL and session endpoint. */
const memberKey = (config: ClubConfig) => `ms ${config.baseUrl ?? ''} ${config.sessionEndpoint ?? ''} `;

/**
 * Ends the member sessions the widgets' clients for `config`'s session endpoint hold and forgets
 * those clients, so that no token of theirs is used again. Rejects when a session could not be ended.
 */
export async function endSessions(config: ClubConfig): Promise<void> {
  const ending: Promise<void>[] = [];
  for (const [key, t] of transports)
    if (key.startsWith(memberKey(config))) {
      transports.delete(key);
      ending.push(revokeCurrentSession(t));
    }
  await Promise.all(ending);
}

/** Builds the widgets' context from attributes, with every widget's resources (what `<club-provider>` provides); undefined parts stay undefined (and the widgets say so). */
export function clubContextFrom(config: ClubConfig): ClubContextValue {
  return contextWithKit(config, fullKit);
}

/** {@link clubContextFrom} with the clients made of `kit`: a widget used alone builds only what it calls. */
export function contextWithKit<C extends object>(config: ClubConfig, kit: ClientKit<C>): ClubContextValue<C> {
  const baseUrl = config.baseUrl ?? '';
  const locale = config.locale ?? 'zh-Hant';
  const ready = /^https?:\/\//.test(baseUrl);
  const publicClient =
    ready && config.publishableKey
      ? cachedClient(
          `pk ${baseUrl} ${config.publishableKey} ${locale}`,
          {
            baseUrl,
            publishableKey: config.publishableKey,
            locale,
          },
          kit,
        )
      : undefined;
  const session = kit.session;
  const memberClient =
    ready && config.sessionEndpoint && session
      ? config.signedOut
        ? // Signed out: the member card shows so without asking the session endpoint.
          cachedClient(
            `out ${baseUrl} ${locale}`,
            {
              baseUrl,
              session: { getToken: () => Promise.reject(new ClubClientError('client/signed-out', 'Signed out.')) },
              locale,
            },
            kit,
          )
        : cachedClient(
            memberKey(config) + locale,
            {
              baseUrl,
              session: session(config.sessionEndpoint),
              locale,
            },
            kit,
          )
      : undefined;
  return { publicClient, memberClient, locale, baseUrl, config };
}
