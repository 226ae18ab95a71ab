/**
 * `@clubkit/client/operator`: the Club API for the people who run the club — staff and their
 * sessions, system management, the whole service desk and the dealer alliance — on top of every
 * resource of `createClubClient`. A partner page never loads it.
 * @packageDocumentation
 */
import { clubResources, createClubTransport, type ClubClient } from './client.js';
import type { ClubClientOptions } from './options.js';
import { auditResource, staffResource, staffSessionsResource } from './resources/staff.js';
import {
  deskStats,
  proceduresResource,
  servicePricesResource,
  unitsResource,
  visitsResource,
} from './resources/service-desk.js';
import type { Transport } from './transport.js';

export { auditResource, staffResource, staffSessionsResource } from './resources/staff.js';
export {
  deskStats,
  proceduresResource,
  servicePricesResource,
  unitsResource,
  visitsResource,
  type StaffComplaint,
  type StatsPeriodQuery,
  type TimelinePage,
} from './resources/service-desk.js';

/** The operator client: every resource of {@link ClubClient} and those of the back office. */
export interface OperatorClient extends ClubClient {
  staff: ReturnType<typeof staffResource>;
  staffSessions: ReturnType<typeof staffSessionsResource>;
  audit: ReturnType<typeof auditResource>;
  /** The customer archive's units and their timelines. */
  units: ReturnType<typeof unitsResource>;
  /** Return and periodic visits. */
  visits: ReturnType<typeof visitsResource>;
  /** Move-in, renovation and move-out procedures. */
  procedures: ReturnType<typeof proceduresResource>;
  /** The paid-service price list. */
  servicePrices: ReturnType<typeof servicePricesResource>;
  /** The statistics of {@link ClubClient}, and the service desk's report. */
  stats: ClubClient['stats'] & { desk: ReturnType<typeof deskStats> };
}

/** The back-office resources over one transport. */
export function operatorResources(t: Transport): OperatorClient {
  const club = clubResources(t);
  return {
    ...club,
    staff: staffResource(t),
    staffSessions: staffSessionsResource(t),
    audit: auditResource(t),
    units: unitsResource(t),
    visits: visitsResource(t),
    procedures: proceduresResource(t),
    servicePrices: servicePricesResource(t),
    stats: { ...club.stats, desk: deskStats(t) },
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
