import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import { memberActivitiesResource } from '@clubkit/client/vip';
import type { ClientKit } from '../shared/club-config.js';

/**
 * The part of a client the activities widget calls: the club's activities, a seat taken and
 * cancelled, and the member's own seats (member session). `memberActivitiesResource` over a
 * transport is one.
 */
export interface VipActivitiesClient {
  activities: Pick<ReturnType<typeof memberActivitiesResource>, 'list' | 'get' | 'signUp' | 'mine' | 'cancel'>;
}

/** The activities widget's client over one transport. */
export function vipActivitiesClient(t: Transport): VipActivitiesClient {
  return { activities: memberActivitiesResource(t) };
}

/**
 * What the activities widget's clients are made of: {@link vipActivitiesClient} over the
 * configuration's transport, member sessions from the partner's session endpoint (the same
 * transports as the member card's, so the same session).
 */
export const vipActivitiesKit: ClientKit<VipActivitiesClient> = {
  resources: vipActivitiesClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
