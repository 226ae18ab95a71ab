import {
  allianceResource,
  branchesResource,
  deskStats,
  operatorStatsResource,
  staffSessionsResource,
} from '@clubkit/client/operator';
import {
  ClubClientError,
  createClubTransport,
  sessionFromEndpoint,
  type SessionSource,
  type Transport,
} from '@clubkit/client';
import type { ClubConfig } from '../shared/club-config.js';

/**
 * The part of an operator client the stats board uses: who is signed in, the three reports, and
 * the branch and county lists that name their rows. A full `OperatorClient` is one too.
 */
export interface StatsBoardClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  stats: Pick<ReturnType<typeof operatorStatsResource>, 'members' | 'alliance'> & {
    desk: ReturnType<typeof deskStats>;
  };
  branches: Pick<ReturnType<typeof branchesResource>, 'list'>;
  alliance: { counties: Pick<ReturnType<typeof allianceResource>['counties'], 'list'> };
}

/** The stats board's client over one transport, without the rest of the back office. */
export function statsBoardClient(t: Transport): StatsBoardClient {
  const stats = operatorStatsResource(t);
  return {
    staffSessions: staffSessionsResource(t),
    stats: { members: (...a) => stats.members(...a), alliance: (...a) => stats.alliance(...a), desk: deskStats(t) },
    branches: branchesResource(t),
    alliance: { counties: allianceResource(t).counties },
  };
}

const clients = new Map<string, StatsBoardClient>();

/**
 * The stats board's client for a widget configuration: staff sessions from its session endpoint
 * (the club's own back end answers `{ token: "ss_…" }`), one client per base URL, endpoint and
 * locale, shared by the boards that ask for it. Undefined without a base URL or endpoint.
 */
export function staffClientFor(config: ClubConfig, locale: string): StatsBoardClient | undefined {
  const { baseUrl, sessionEndpoint } = config;
  if (!baseUrl || !/^https?:\/\//.test(baseUrl) || !sessionEndpoint) return undefined;
  const key = `${config.signedOut ? 'out' : 'ss'} ${baseUrl} ${sessionEndpoint} ${locale}`;
  let client = clients.get(key);
  if (!client) {
    const session: SessionSource = config.signedOut
      ? { getToken: () => Promise.reject(new ClubClientError('client/signed-out', 'Signed out.')) }
      : sessionFromEndpoint(sessionEndpoint);
    client = statsBoardClient(createClubTransport({ baseUrl, session, locale }));
    clients.set(key, client);
  }
  return client;
}
