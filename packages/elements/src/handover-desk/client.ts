import { handoversResource, staffSessionsResource } from '@clubkit/client/operator';
import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import type { ClientKit } from '../shared/club-config.js';

/**
 * The part of an operator client the hand-over desk uses: who is signed in, and the desk's
 * hand-overs with what each takes now. A full `OperatorClient` is one too.
 */
export interface HandoverDeskClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  handovers: Pick<ReturnType<typeof handoversResource>, 'create' | 'latest' | 'nextEvents' | 'events'>;
}

/** The hand-over desk's client over one transport, without the rest of the back office. */
export function handoverDeskClient(t: Transport): HandoverDeskClient {
  return { staffSessions: staffSessionsResource(t), handovers: handoversResource(t) };
}

/**
 * What the hand-over desk's clients are made of: {@link handoverDeskClient} over the
 * configuration's transport, with staff sessions from the session endpoint (the club's own back
 * end answers `{ "token": "ss_…" }`), shared with the other widgets of the same configuration.
 */
export const handoverDeskKit: ClientKit<HandoverDeskClient> = {
  resources: handoverDeskClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
