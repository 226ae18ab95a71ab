// The promotions section's client, loaded with the section (`import('./promotions-client.js')`):
// the board's first view never carries the promotions' requests.
import { allianceResource, alliancePromotionsResource, staffSessionsResource } from '@clubkit/client/operator';
import type { Transport } from '@clubkit/client';
import type { StaffSessions } from './section-access.js';

type Alliance = ReturnType<typeof allianceResource>;

/** What the promotions section uses: who is signed in, the sales centres, their member dealers, and the promotions. */
export interface PromotionBoardClient {
  staffSessions: StaffSessions;
  centres: Pick<Alliance['centres'], 'list'>;
  dealers: Pick<Alliance['dealers'], 'list'>;
  promotions: ReturnType<typeof alliancePromotionsResource>['promotions'];
}

/** The promotions section's client over the board's transport. */
export function promotionBoardClient(t: Transport): PromotionBoardClient {
  const { centres, dealers } = allianceResource(t);
  return {
    staffSessions: staffSessionsResource(t),
    centres,
    dealers,
    promotions: alliancePromotionsResource(t).promotions,
  };
}
