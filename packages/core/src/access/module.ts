import { parseInput } from '../shared/parse.js';
import { Module } from './module-list.js';
import { ResourceType } from './resource-type.js';
import { ResourceTypeSchema } from './schemas.js';

export { Module } from './module-list.js';
export { ResourceType } from './resource-type.js';
const MODULE_OF: { readonly [T in ResourceType]: Module } = {
  member: Module.members,
  vehicle: Module.members,
  policy: Module.members,
  membership: Module.members,
  application: Module.members,
  campaign: Module.members,
  card: Module.cards,
  handbook: Module.cards,
  'vip-order': Module.members,
  complaint: Module.service,
  repair: Module.service,
  'paid-service': Module.service,
  procedure: Module.service,
  visit: Module.service,
  unit: Module.service,
  'service-price': Module.service,
  handover: Module.service,
  survey: Module.service,
  merchant: Module.merchants,
  offer: Module.merchants,
  redemption: Module.merchants,
  activity: Module.service,
  'activity-sign-up': Module.service,
  'ad-income': Module.merchants,
  'club-service': Module.service,
  // Recorded at a merchant's counter, like a redemption: the merchant operator's module.
  'service-use': Module.merchants,
  stats: Module.stats,
  'merchant-stats': Module.stats,
  'desk-stats': Module.stats,
  'alliance-stats': Module.stats,
  branch: Module.system,
  staff: Module.system,
  'api-key': Module.system,
  audit: Module.system,
  system: Module.system,
  'sales-centre': Module.alliance,
  county: Module.alliance,
  dealer: Module.alliance,
  salesperson: Module.alliance,
  'visit-note': Module.alliance,
  'alliance-penalty': Module.alliance,
  'alliance-budget': Module.alliance,
  'assessment-sheet': Module.alliance,
  'alliance-assessment': Module.alliance,
  'reward-fund': Module.alliance,
  'secondary-list': Module.alliance,
  'primary-dealer': Module.alliance,
  promotion: Module.alliance,
  'promotion-enrolment': Module.alliance,
};

/**
 * The module a resource type belongs to.
 *
 * @example
 * moduleOf('complaint') // 'service'
 */
export function moduleOf(type: ResourceType): Module {
  return moduleOfOn(parseInput(ResourceTypeSchema, type, 'resource type'));
}

/** {@link moduleOf} for a resource type already checked: the rules' own lookup, without zod. */
export function moduleOfOn(type: ResourceType): Module {
  return MODULE_OF[type];
}
