import { meResource, merchantsResource, sessionFromEndpoint, type Transport } from '@clubkit/client';
import { vipOrdersResource } from '@clubkit/client/vip';
import type { ClientKit } from '../shared/club-config.js';

/**
 * The part of a client the VIP offer calls: the directory's best VIP offers, the member's card
 * (is the member VIP already?) and the member's own VIP orders. A `ClubClient` with
 * `vipOrdersResource` over its transport is one too.
 */
export interface VipOfferClient {
  merchants: Pick<ReturnType<typeof merchantsResource>, 'list'>;
  me: Pick<ReturnType<typeof meResource>, 'card'>;
  vipOrders: Pick<ReturnType<typeof vipOrdersResource>, 'create' | 'get'>;
}

/** The VIP offer's client over one transport. */
export function vipOfferClient(t: Transport): VipOfferClient {
  return { merchants: merchantsResource(t), me: meResource(t), vipOrders: vipOrdersResource(t) };
}

/**
 * What the VIP offer's clients are made of: {@link vipOfferClient} over the configuration's
 * transport, member sessions from the partner's session endpoint (the same transports as the
 * member card's, so the same session).
 */
export const vipOfferKit: ClientKit<VipOfferClient> = {
  resources: vipOfferClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
