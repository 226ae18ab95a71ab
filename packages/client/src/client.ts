import { ClubClientError } from './errors.js';
import type { ClubClientOptions } from './options.js';
import { campaignsResource, cardsResource, membershipsResource, membersResource } from './resources/members.js';
import { merchantsResource, offersResource } from './resources/merchants.js';
import { complaintsResource } from './resources/complaints.js';
import { paidServicesResource, repairsResource } from './resources/desk.js';
import { meResource, sessionsResource } from './resources/sessions.js';
import { statsResource } from './resources/stats.js';
import { handbookResource } from './resources/handbook.js';
import { Transport } from './transport.js';

/** A client of the Club API, with one property per resource. */
export interface ClubClient {
  members: ReturnType<typeof membersResource>;
  memberships: ReturnType<typeof membershipsResource>;
  /** The club's marketing campaigns, which applications name. */
  campaigns: ReturnType<typeof campaignsResource>;
  cards: ReturnType<typeof cardsResource>;
  merchants: ReturnType<typeof merchantsResource>;
  offers: ReturnType<typeof offersResource>;
  complaints: ReturnType<typeof complaintsResource>;
  repairs: ReturnType<typeof repairsResource>;
  paidServices: ReturnType<typeof paidServicesResource>;
  sessions: ReturnType<typeof sessionsResource>;
  me: ReturnType<typeof meResource>;
  stats: ReturnType<typeof statsResource>;
  /** The member handbook in force, with the member's rights and duties. */
  handbook: ReturnType<typeof handbookResource>;
}

function misconfigured(message: string): ClubClientError {
  return new ClubClientError('client/misconfigured', message);
}

/**
 * Checks the options and returns the transport every resource sends through. Use it with the
 * resource factories to build a client of only the resources a page needs (a smaller bundle).
 *
 * @example
 * const t = createClubTransport({ baseUrl, publishableKey: 'pk_…' });
 * const merchants = merchantsResource(t);
 */
export function createClubTransport(options: ClubClientOptions): Transport {
  if (typeof options.baseUrl !== 'string' || !/^https?:\/\/[^\s/]+/.test(options.baseUrl)) {
    throw misconfigured(`baseUrl must be an http(s) URL, got ${JSON.stringify(options.baseUrl)}.`);
  }
  const credentials = [options.secretKey, options.publishableKey, options.session].filter((c) => c !== undefined);
  if (credentials.length > 1) throw misconfigured('Give only one of secretKey, publishableKey and session.');
  if (options.secretKey !== undefined && !/^sk_/.test(options.secretKey))
    throw misconfigured('A secret key starts with sk_.');
  if (options.publishableKey !== undefined && !/^pk_/.test(options.publishableKey)) {
    throw misconfigured(
      options.publishableKey.startsWith('sk_')
        ? 'That is a secret key, not a publishable one: never put it in a page.'
        : 'A publishable key starts with pk_.',
    );
  }
  if (options.session !== undefined && typeof options.session.getToken !== 'function')
    throw misconfigured('session must have a getToken() function.');
  if (
    options.secretKey !== undefined &&
    typeof (globalThis as { window?: unknown }).window !== 'undefined' &&
    !options.dangerouslyAllowBrowser
  ) {
    throw misconfigured(
      'A secret key was given to a client running in a browser. Anyone can read it there: use a publishable key or a member session minted by your back end. (Trusted internal tools may set dangerouslyAllowBrowser.)',
    );
  }
  for (const [name, value] of [
    ['timeoutMs', options.timeoutMs],
    ['deadlineMs', options.deadlineMs],
  ] as const) {
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      throw misconfigured(`${name} must be a positive number of milliseconds.`);
  }
  return new Transport(options);
}

/**
 * Creates a client of the Club API. Give one credential: a `secretKey` (servers only), a
 * `publishableKey` (browsers: directory and new complaints) or a `session` (a signed-in member).
 *
 * @example
 * // In a partner's back end:
 * const club = createClubClient({ baseUrl: 'https://club.example.com', secretKey: process.env.CLUB_SECRET_KEY });
 * // In the browser:
 * const club = createClubClient({ baseUrl, publishableKey: 'pk_…', locale: 'zh-Hant' });
 */
export function createClubClient(options: ClubClientOptions): ClubClient {
  return clubResources(createClubTransport(options));
}

/** The resources of {@link ClubClient} over one transport (the operator client adds its own). */
export function clubResources(t: Transport): ClubClient {
  return {
    members: membersResource(t),
    memberships: membershipsResource(t),
    campaigns: campaignsResource(t),
    cards: cardsResource(t),
    merchants: merchantsResource(t),
    offers: offersResource(t),
    complaints: complaintsResource(t),
    repairs: repairsResource(t),
    paidServices: paidServicesResource(t),
    sessions: sessionsResource(t),
    me: meResource(t),
    stats: statsResource(t),
    handbook: handbookResource(t),
  };
}
