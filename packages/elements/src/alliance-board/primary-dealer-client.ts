// The primary-dealer section's client, loaded with the section (`import('./primary-dealer-client.js')`):
// the board's first view never carries the primary dealer's requests.
import { allianceResource, alliancePrimaryDealerResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';

type Alliance = ReturnType<typeof allianceResource>;

/** What the primary-dealer section uses: the sales centres, their member dealers, and each centre's primary dealer. */
export interface PrimaryDealerBoardClient {
  centres: Pick<Alliance['centres'], 'list'>;
  dealers: Pick<Alliance['dealers'], 'list'>;
  primaryDealer: ReturnType<typeof alliancePrimaryDealerResource>['primaryDealer'];
}

/** The primary-dealer section's client over the board's transport. */
export function primaryDealerBoardClient(t: Transport): PrimaryDealerBoardClient {
  const { centres, dealers } = allianceResource(t);
  return { centres, dealers, primaryDealer: alliancePrimaryDealerResource(t).primaryDealer };
}
