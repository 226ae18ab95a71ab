import { complaintNextEvents, staffSessionsResource, visitsResource } from '@clubkit/client/operator';
import { complaintsResource, sessionFromEndpoint, type Transport } from '@clubkit/client';
import type { ClientKit } from '../shared/club-config.js';
import type { DeskRecordsClient } from './records-client.js';

/**
 * The part of an operator client the complaint desk uses: who is signed in, the complaints with
 * their next steps, the return visits due, and (loaded on demand) the conduct complaint and
 * feedback survey sections' client. A full `OperatorClient` is one too, without those sections.
 */
export interface ComplaintDeskClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  complaints: Pick<ReturnType<typeof complaintsResource>, 'list' | 'get' | 'events'> & {
    nextEvents: ReturnType<typeof complaintNextEvents>;
  };
  visits: Pick<ReturnType<typeof visitsResource>, 'list'>;
  /** The conduct and survey sections' client, loaded when one opens; without it they are not offered. */
  records?: () => Promise<DeskRecordsClient>;
}

/** The complaint desk's client over one transport, without the rest of the back office. */
export function complaintDeskClient(t: Transport): ComplaintDeskClient {
  return {
    staffSessions: staffSessionsResource(t),
    complaints: { ...complaintsResource(t), nextEvents: complaintNextEvents(t) },
    visits: visitsResource(t),
    records: () => import('./records-client.js').then((m) => m.deskRecordsClient(t)),
  };
}

/**
 * What the desk's clients are made of: {@link complaintDeskClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }`), shared with the other widgets of the same configuration.
 */
export const complaintDeskKit: ClientKit<ComplaintDeskClient> = {
  resources: complaintDeskClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
