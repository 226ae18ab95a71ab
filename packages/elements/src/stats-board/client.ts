import {
  allianceResource,
  branchesResource,
  deskStats,
  operatorStatsResource,
  staffSessionsResource,
} from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

/**
 * The part of an operator client the stats board uses: who is signed in, the three reports, and
 * the branch and county lists that name their rows. A full `OperatorClient` is one too.
 */
export interface StatsBoardClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  stats: Pick<ReturnType<typeof operatorStatsResource>, 'members' | 'alliance'> & { desk: ReturnType<typeof deskStats> };
  branches: Pick<ReturnType<typeof branchesResource>, 'list'>;
  alliance: { counties: Pick<ReturnType<typeof allianceResource>['counties'], 'list'> };
}

/** The stats board's client over one transport, without the rest of the back office. */
export function statsBoardClient(t: Transport): StatsBoardClient {
  const stats = operatorStatsResource(t);
  return {
    staffSessions: staffSessionsResource(t),
    stats: { members: stats.members, alliance: stats.alliance, desk: deskStats(t) },
    branches: branchesResource(t),
    alliance: { counties: allianceResource(t).counties },
  };
}
