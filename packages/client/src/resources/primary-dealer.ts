import type { NewPrimaryReplacement, PrimaryDealership } from '@clubkit/core/alliance';
import type { RequestOptions } from '../options.js';
import type { Transport } from '../transport.js';
import { path } from './path.js';

/**
 * A sales centre's primary dealer (一級經銷商): who it is, who it was on a day, and its
 * replacement when it cannot keep up. Apart from `allianceResource`, so a widget that needs only
 * the network does not carry it; the operator client's `alliance` has both.
 */
export function alliancePrimaryDealerResource(t: Transport) {
  return {
    primaryDealer: {
      /**
       * The centre's primary dealer, every one it has had oldest first, and the one on a day (the
       * club's today when left out): a replacement day belongs to the successor.
       */
      get(centreId: string, query: { on?: string } = {}, options?: RequestOptions): Promise<PrimaryDealership> {
        return t.send({
          method: 'get',
          path: path`/v1/alliance/centres/${centreId}/primary-dealer`,
          query,
          answer: 'PrimaryDealership',
          options,
        });
      },
      /**
       * Replaces the primary dealer from a day: by a member dealer of the alliance on that day (its
       * secondary membership ends that day) or by another dealer by name. Refused with
       * `alliance/successor-not-a-member`, `alliance/same-primary-dealer` or
       * `alliance/replacement-out-of-order`; `other` needs a note.
       *
       * @example
       * await club.alliance.primaryDealer.replace('ctr_banna', { on: '2026-12-01', reason: 'short-of-funds',
       *   successor: { kind: 'member', dealerId: 'dlr_…' } });
       */
      replace(centreId: string, body: NewPrimaryReplacement, options?: RequestOptions): Promise<PrimaryDealership> {
        return t.send({
          method: 'post',
          path: path`/v1/alliance/centres/${centreId}/primary-dealer`,
          body,
          answer: 'PrimaryDealership',
          options,
        });
      },
    },
  };
}
