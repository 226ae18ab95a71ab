import { merchantsResource, offersResource, sessionFromEndpoint, type Transport } from '@clubkit/client';
import { staffSessionsResource } from '@clubkit/client/operator';
import type { ClientKit } from '../shared/club-config.js';

/**
 * The part of an operator client the offer manager uses: who is signed in, the merchant's profile
 * and its offers. A full `OperatorClient` is one too.
 */
export interface OfferManagerClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  merchants: Pick<ReturnType<typeof merchantsResource>, 'get'>;
  offers: ReturnType<typeof offersResource>;
}

/** The offer manager's client over one transport, without the rest of the back office. */
export function offerManagerClient(t: Transport): OfferManagerClient {
  return { staffSessions: staffSessionsResource(t), merchants: merchantsResource(t), offers: offersResource(t) };
}

/**
 * What the offer manager's clients are made of: {@link offerManagerClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }`). Shared with the other widgets of the same configuration, so
 * `<club-provider>`'s `signOut()` ends its session too.
 */
export const offerManagerKit: ClientKit<OfferManagerClient> = {
  resources: offerManagerClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
