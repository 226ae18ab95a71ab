import { branchesResource, deskStats, operatorStatsResource, staffSessionsResource } from '@clubkit/client/operator';
import type { allianceResource } from '@clubkit/client/operator';
import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import type { AllianceCounty } from '@clubkit/core/alliance';
import type { ClientKit } from '../shared/club-config.js';
import type { IncomeBoardClient } from './income-client.js';

/**
 * The part of an operator client the stats board uses: who is signed in, the reports, and
 * the branch and county lists that name their rows. A full `OperatorClient` is one too.
 */
export interface StatsBoardClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  stats: Pick<ReturnType<typeof operatorStatsResource>, 'members' | 'campaigns' | 'alliance' | 'revenue'> & {
    desk: ReturnType<typeof deskStats>;
  };
  branches: Pick<ReturnType<typeof branchesResource>, 'list'>;
  alliance: { counties: { list(...a: Parameters<Counties['list']>): AsyncIterable<AllianceCounty> } };
  /** The income section's client, loaded when the section opens; without it the section is not offered. */
  income?: () => Promise<IncomeBoardClient>;
}

type Counties = ReturnType<typeof allianceResource>['counties'];

/** The stats board's client over one transport, without the rest of the back office. */
export function statsBoardClient(t: Transport): StatsBoardClient {
  const stats = operatorStatsResource(t);
  return {
    staffSessions: staffSessionsResource(t),
    stats: {
      members: (...a) => stats.members(...a),
      campaigns: (...a) => stats.campaigns(...a),
      alliance: (...a) => stats.alliance(...a),
      revenue: (...a) => stats.revenue(...a),
      desk: deskStats(t),
    },
    branches: branchesResource(t),
    // The alliance resources load with the alliance section's county names only.
    alliance: {
      counties: {
        async *list(...a) {
          const { countiesOf } = await import('./county-client.js');
          yield* countiesOf(t).list(...a);
        },
      },
    },
    income: () => import('./income-client.js').then((m) => m.incomeBoardClient(t)),
  };
}

/**
 * What the board's clients are made of: {@link statsBoardClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }`). Shared with the other widgets of the same configuration, so
 * `<club-provider>`'s `signOut()` ends the board's session too.
 */
export const statsBoardKit: ClientKit<StatsBoardClient> = {
  resources: statsBoardClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
