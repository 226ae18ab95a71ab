/**
 * `@clubkit/client/operator`: the Club API for the people who run the club — staff and their
 * sessions, system management, the whole service desk and the dealer alliance — on top of every
 * resource of `createClubClient`. A partner page never loads it.
 * @packageDocumentation
 */
import { clubResources, createClubTransport, type ClubClient } from './client.js';
import type { ClubClientOptions } from './options.js';
import { allianceAssessmentsResource, allianceResource, operatorStatsResource } from './resources/alliance.js';
import { allianceSecondaryListsResource } from './resources/secondary-lists.js';
import { alliancePrimaryDealerResource } from './resources/primary-dealer.js';
import { alliancePromotionsResource } from './resources/promotions.js';
import { auditResource, staffResource, staffSessionsResource } from './resources/staff.js';
import {
  complaintNextEvents,
  conductComplaint,
  conductStaff,
  deskStats,
  handoversResource,
  proceduresResource,
  servicePricesResource,
  surveyStats,
  surveysResource,
  unitsResource,
  visitsResource,
} from './resources/service-desk.js';
import { branchesResource, keysResource } from './resources/system.js';
import { counterResource, vipOrdersResource } from './resources/vip.js';
import { activitiesResource, adIncomeResource } from './resources/activities.js';
import { serviceCatalogueAdminResource, serviceUsesResource } from './resources/catalogue.js';
import type { Transport } from './transport.js';
import { handbookVersionsResource } from './resources/handbook.js';

export { auditResource, staffResource, staffSessionsResource } from './resources/staff.js';
export { sessionFromEndpoint, type SessionEndpointOptions } from './session-endpoint.js';
export type { ClubClientOptions, RequestOptions, SessionSource } from './options.js';
export {
  allianceAssessmentsResource,
  allianceDealersResource,
  allianceResource,
  operatorStatsResource,
} from './resources/alliance.js';
export { allianceSecondaryListsResource } from './resources/secondary-lists.js';
export { alliancePrimaryDealerResource } from './resources/primary-dealer.js';
export { alliancePromotionsResource } from './resources/promotions.js';
export {
  complaintNextEvents,
  conductComplaint,
  conductStaff,
  deskStats,
  handoversResource,
  proceduresResource,
  servicePricesResource,
  surveyStats,
  surveysResource,
  unitsResource,
  visitsResource,
  type HandoverDesk,
  type StaffComplaint,
  type StatsPeriodQuery,
  type TimelinePage,
  type VisitQuery,
} from './resources/service-desk.js';
export { branchesResource, keysResource } from './resources/system.js';
export { counterResource, vipOrdersResource } from './resources/vip.js';
export { activitiesResource, adIncomeResource, type ActivityQuery } from './resources/activities.js';
export { handbookVersionsResource } from './resources/handbook.js';
export {
  serviceCatalogueAdminResource,
  serviceCatalogueResource,
  serviceUsesResource,
  type ServiceCatalogueQuery,
} from './resources/catalogue.js';

/** The operator client: every resource of {@link ClubClient} and those of the back office. */
export interface OperatorClient extends ClubClient {
  /**
   * Complaints, with the events each can take now (`nextEvents(id)`, by core's workflow) and
   * complaints about a staff member's conduct (`createConduct`), whose staff member is found by
   * the start of their name (`conductStaff`).
   */
  complaints: ClubClient['complaints'] & {
    nextEvents: ReturnType<typeof complaintNextEvents>;
    createConduct: ReturnType<typeof conductComplaint>;
    conductStaff: ReturnType<typeof conductStaff>;
  };
  staff: ReturnType<typeof staffResource>;
  staffSessions: ReturnType<typeof staffSessionsResource>;
  audit: ReturnType<typeof auditResource>;
  /**
   * The dealer alliance: centres, counties, salespeople, dealers, notes, reports, penalties,
   * budgets, the half-yearly assessments with their sheets and reward funds, and the
   * secondary-dealer lists with the county choice and the ten largest per primary dealer, and
   * the centre's primary dealer with its replacement and history, and the member-only promotions
   * with their enrolments and rewards.
   */
  alliance: ReturnType<typeof allianceResource> &
    ReturnType<typeof allianceAssessmentsResource> &
    ReturnType<typeof allianceSecondaryListsResource> &
    ReturnType<typeof alliancePrimaryDealerResource> &
    ReturnType<typeof alliancePromotionsResource>;
  /**
   * Every statistics report, with the service desk's (`stats.desk`), its feedback surveys'
   * (`stats.surveys`) and the dealer alliance's (`stats.alliance`).
   */
  stats: ReturnType<typeof operatorStatsResource> & {
    desk: ReturnType<typeof deskStats>;
    surveys: ReturnType<typeof surveyStats>;
  };
  /** The customer archive's units and their timelines. */
  units: ReturnType<typeof unitsResource>;
  /** Return and periodic visits. */
  visits: ReturnType<typeof visitsResource>;
  /** Move-in, renovation and move-out procedures. */
  procedures: ReturnType<typeof proceduresResource>;
  /** The front desk's shift hand-overs. */
  handovers: ReturnType<typeof handoversResource>;
  /** Feedback surveys to unit owners: questionnaires, requests, answers. */
  surveys: ReturnType<typeof surveysResource>;
  /** The paid-service price list. */
  servicePrices: ReturnType<typeof servicePricesResource>;
  branches: ReturnType<typeof branchesResource>;
  keys: ReturnType<typeof keysResource>;
  /** A merchant's counter: check a member card for a bill, record the discount. */
  counter: ReturnType<typeof counterResource>;
  /** VIP card orders: read, and with a secret key confirm or cancel. */
  vipOrders: ReturnType<typeof vipOrdersResource>;
  /** The club's activities and group buying, and members' seats on them (A5 §4.2 2–3). */
  activities: ReturnType<typeof activitiesResource>;
  /** Merchants' advertising income (A5 §4.2 4). */
  adIncome: ReturnType<typeof adIncomeResource>;
  /** The member handbook: the one in force (`current`), and publishing versions (`publish`, `versions`; admin). */
  handbook: ClubClient['handbook'] & ReturnType<typeof handbookVersionsResource>;
  /** The club's service catalogue: read, and as admin add, change and retire services. */
  services: ReturnType<typeof serviceCatalogueAdminResource>;
  /** Uses of the catalogue's services, recorded at a merchant's counter. */
  serviceUses: ReturnType<typeof serviceUsesResource>;
}

/** The back-office resources over one transport. */
export function operatorResources(t: Transport): OperatorClient {
  const club = clubResources(t);
  return {
    ...club,
    complaints: {
      ...club.complaints,
      nextEvents: complaintNextEvents(t),
      createConduct: conductComplaint(t),
      conductStaff: conductStaff(t),
    },
    staff: staffResource(t),
    staffSessions: staffSessionsResource(t),
    audit: auditResource(t),
    alliance: {
      ...allianceResource(t),
      ...allianceAssessmentsResource(t),
      ...allianceSecondaryListsResource(t),
      ...alliancePrimaryDealerResource(t),
      ...alliancePromotionsResource(t),
    },
    stats: { ...operatorStatsResource(t), desk: deskStats(t), surveys: surveyStats(t) },
    units: unitsResource(t),
    visits: visitsResource(t),
    procedures: proceduresResource(t),
    handovers: handoversResource(t),
    surveys: surveysResource(t),
    servicePrices: servicePricesResource(t),
    branches: branchesResource(t),
    keys: keysResource(t),
    counter: counterResource(t),
    vipOrders: vipOrdersResource(t),
    activities: activitiesResource(t),
    adIncome: adIncomeResource(t),
    handbook: { ...club.handbook, ...handbookVersionsResource(t) },
    services: serviceCatalogueAdminResource(t),
    serviceUses: serviceUsesResource(t),
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
