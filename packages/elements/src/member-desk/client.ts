import { staffSessionsResource } from '@clubkit/client/operator';
import {
  campaignsResource,
  cardsResource,
  membershipsResource,
  membersResource,
  sessionFromEndpoint,
  type Transport,
} from '@clubkit/client';
import type { ClientKit } from '../shared/club-config.js';
import type { ApplicationFormClient } from './application-client.js';

/**
 * The part of an operator client the member desk uses: who is signed in, the member search and
 * records, the applications with their decisions, renewals and card replacement. A full
 * `OperatorClient` is one too.
 */
export interface MemberDeskClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  members: Pick<ReturnType<typeof membersResource>, 'list' | 'get'>;
  memberships: Pick<ReturnType<typeof membershipsResource>, 'applications' | 'approve' | 'reject' | 'renew'>;
  cards: Pick<ReturnType<typeof cardsResource>, 'replace'>;
  campaigns: Pick<ReturnType<typeof campaignsResource>, 'list' | 'create'>;
  /** The application form's client, loaded with the form (a chunk of its own); without it the desk offers no form. */
  applicationForm?: () => Promise<ApplicationFormClient>;
}

/** The member desk's client over one transport, without the rest of the back office. */
export function memberDeskClient(t: Transport): MemberDeskClient {
  return {
    staffSessions: staffSessionsResource(t),
    members: membersResource(t),
    memberships: membershipsResource(t),
    cards: cardsResource(t),
    campaigns: campaignsResource(t),
    applicationForm: () => import('./application-client.js').then((m) => m.applicationFormClient(t)),
  };
}

/**
 * What the desk's clients are made of: {@link memberDeskClient} over the configuration's
 * transport, with staff sessions from the session endpoint (the club's own back end answers
 * `{ "token": "ss_…" }`), shared with the other widgets of the same configuration.
 */
export const memberDeskKit: ClientKit<MemberDeskClient> = {
  resources: memberDeskClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
