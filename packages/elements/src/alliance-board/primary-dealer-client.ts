// The primary-dealer section's client, loaded with the section (`import('./primary-dealer-client.js')`):
// the board's first view never carries the primary dealer's requests.
import { allianceResource, alliancePrimaryDealerResource, staffSessionsResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';
import type { StaffSessions } from './section-access.js';

type Alliance = ReturnType<typeof allianceResource>;

/** What the primary-dealer section uses: who is signed in, the sales centres, their member dealers, and each centre's primary dealer. */
export interface PrimaryDealerBoardClient {
  staffSessions: StaffSessions;
  centres: Pick<Alliance['centres'], 'list'>;
  dealers: Pick<Alliance['dealers'], 'list'>;
  primaryDealer: ReturnType<typeof alliancePrimaryDealerResource>['primaryDealer'];
}

/** The primary-dealer section's client over the board's transport. */
export function primaryDealerBoardClient(t: Transport): PrimaryDealerBoardClient {
  const { centres, dealers } = allianceResource(t);
  return {
    staffSessions: staffSessionsResource(t),
    centres,
    dealers,
    primaryDealer: alliancePrimaryDealerResource(t).primaryDealer,
  };
}
