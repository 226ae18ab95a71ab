import { proceduresResource, staffSessionsResource, unitsResource } from '@clubkit/client/operator';
import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import type { ClientKit } from '../shared/club-config.js';

/**
 * The part of an operator client the procedure desk uses: who is signed in, the procedures with
 * what each can take now, and the units with their archive timelines. A full `OperatorClient` is one too.
 */
export interface ProcedureDeskClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  procedures: Pick<
    ReturnType<typeof proceduresResource>,
    'create' | 'list' | 'get' | 'nextSteps' | 'signOff' | 'events'
  >;
  units: Pick<ReturnType<typeof unitsResource>, 'list' | 'timeline'>;
}

/** The procedure desk's client over one transport, without the rest of the back office. */
export function procedureDeskClient(t: Transport): ProcedureDeskClient {
  return { staffSessions: staffSessionsResource(t), procedures: proceduresResource(t), units: unitsResource(t) };
}

/**
 * What the desk's clients are made of: {@link procedureDeskClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }`), shared with the other widgets of the same configuration.
 */
export const procedureDeskKit: ClientKit<ProcedureDeskClient> = {
  resources: procedureDeskClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
