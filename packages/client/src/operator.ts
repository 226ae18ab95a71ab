/**
 * `@clubkit/client/operator`: the Club API for the people who run the club — staff and their
 * sessions, system management, the whole service desk and the dealer alliance — on top of every
 * resource of `createClubClient`. A partner page never loads it.
 * @packageDocumentation
 */
import { clubResources, createClubTransport, type ClubClient } from './client.js';
import type { ClubClientOptions } from './options.js';
import { auditResource, staffResource, staffSessionsResource } from './resources/staff.js';
import { branchesResource, keysResource } from './resources/system.js';
import type { Transport } from './transport.js';

export { auditResource, staffResource, staffSessionsResource } from './resources/staff.js';
export { branchesResource, keysResource } from './resources/system.js';

/** The operator client: every resource of {@link ClubClient} and those of the back office. */
export interface OperatorClient extends ClubClient {
  staff: ReturnType<typeof staffResource>;
  staffSessions: ReturnType<typeof staffSessionsResource>;
  audit: ReturnType<typeof auditResource>;
  branches: ReturnType<typeof branchesResource>;
  keys: ReturnType<typeof keysResource>;
}

/** The back-office resources over one transport. */
export function operatorResources(t: Transport): OperatorClient {
  return {
    ...clubResources(t),
    staff: staffResource(t),
    staffSessions: staffSessionsResource(t),
    audit: auditResource(t),
    branches: branchesResource(t),
    keys: keysResource(t),
  };
}

/**
 * Creates a client for an operator's tools: with a staff session in the operator's browser, or a
 * secret key in the club's back end.
 *
 * @example
 * // In the operator console, with a token the club's sign-in minted:
 * const club = createOperatorClient({ baseUrl, session: { getToken: () => signIn() } });
 * const me = await club.staffSessions.current();
 */
export function createOperatorClient(options: ClubClientOptions): OperatorClient {
  return operatorResources(createClubTransport(options));
}
