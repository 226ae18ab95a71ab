import type { RouteSpec } from '../http/route.js';
import { allianceNetworkRoutes } from './alliance.js';
import { allianceAssessmentRoutes } from './alliance-assessments.js';
import { allianceTimeRoutes } from './alliance-time.js';
import { alliancePrimaryDealerRoutes } from './alliance-primary-dealer.js';
import { allianceDealerRoutes } from './alliance-dealers.js';
import { allianceLedgerRoutes } from './alliance-ledger.js';
import { allianceSecondaryListRoutes } from './alliance-secondary-lists.js';
import { alliancePromotionRoutes } from './alliance-promotions.js';
import { allianceStatsRoutes } from './alliance-stats.js';
import { applicationRoutes } from './applications.js';
import { branchRoutes } from './branches.js';
import { cardRoutes } from './cards.js';
import { complaintRoutes } from './complaints.js';
import { keyRoutes } from './keys.js';
import { serviceDeskRoutes } from './desk.js';
import { memberRoutes } from './members.js';
import { membershipRoutes } from './memberships.js';
import { merchantRoutes } from './merchants.js';
import { sessionRoutes } from './sessions.js';
import { staffRoutes } from './staff.js';
import { statsRoutes } from './stats.js';
import { systemRoutes } from './system.js';
import { unitRoutes } from './units.js';
import { visitRoutes } from './visits.js';
import { handoverRoutes } from './handovers.js';
import { surveyRoutes } from './surveys.js';
import { campaignRoutes } from './campaigns.js';
import { activityRoutes } from './activities.js';
import { adIncomeRoutes } from './ad-income.js';
import { procedureRoutes } from './procedures.js';
import { servicePriceRoutes } from './service-prices.js';
import { deskStatsRoutes } from './desk-stats.js';
import { revenueStatsRoutes } from './revenue-stats.js';
import { vipOrderRoutes } from './vip-orders.js';
import { counterRoutes } from './counter.js';
import { handbookRoutes } from './handbooks.js';
import { serviceCatalogueRoutes } from './service-catalogue.js';
import { serviceUseRoutes } from './service-uses.js';

/** Every route of the API, in the order they are matched. */
export const allRoutes: readonly RouteSpec[] = [
  ...systemRoutes,
  ...sessionRoutes,
  ...staffRoutes,
  ...branchRoutes,
  ...keyRoutes,
  ...applicationRoutes,
  ...memberRoutes,
  ...cardRoutes,
  ...membershipRoutes,
  ...merchantRoutes,
  ...complaintRoutes,
  ...serviceDeskRoutes,
  ...statsRoutes,
  ...allianceNetworkRoutes,
  ...allianceDealerRoutes,
  ...allianceLedgerRoutes,
  ...allianceStatsRoutes,
  ...allianceAssessmentRoutes,
  ...allianceSecondaryListRoutes,
  ...alliancePromotionRoutes,
  ...allianceTimeRoutes,
  ...alliancePrimaryDealerRoutes,
  ...unitRoutes,
  ...visitRoutes,
  ...handoverRoutes,
  ...surveyRoutes,
  ...campaignRoutes,
  ...activityRoutes,
  ...adIncomeRoutes,
  ...procedureRoutes,
  ...servicePriceRoutes,
  ...deskStatsRoutes,
  ...revenueStatsRoutes,
  ...handbookRoutes,
  ...vipOrderRoutes,
  ...counterRoutes,
  ...serviceCatalogueRoutes,
  ...serviceUseRoutes,
];
