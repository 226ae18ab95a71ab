import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';

/** The six back-office modules of the club system (A2 §3). */
export const Module = {
  /** Member management (會員管理): members, their vehicles, policies, memberships, applications. */
  members: 'members',
  /** Member-card management (會員卡管理). */
  cards: 'cards',
  /** Member-service management (會員服務管理): complaints, repairs, paid services, procedures. */
  service: 'service',
  /** Statistics reports (統計報表). */
  stats: 'stats',
  /** Merchant management (商戶管理): merchants and their offers. */
  merchants: 'merchants',
  /** System management (系統管理): API keys and settings. */
  system: 'system',
} as const;
/** A back-office module. */
export type Module = (typeof Module)[keyof typeof Module];
/** Schema of {@link Module}. */
export const ModuleSchema = z.enum(Object.values(Module));

/** The kinds of resource that access rules are written for. */
export const ResourceType = {
  member: 'member',
  vehicle: 'vehicle',
  policy: 'policy',
  membership: 'membership',
  application: 'application',
  card: 'card',
  complaint: 'complaint',
  repair: 'repair',
  paidService: 'paid-service',
  procedure: 'procedure',
  merchant: 'merchant',
  offer: 'offer',
  stats: 'stats',
  apiKey: 'api-key',
  system: 'system',
} as const;
/** A kind of resource. */
export type ResourceType = (typeof ResourceType)[keyof typeof ResourceType];
/** Schema of {@link ResourceType}. */
export const ResourceTypeSchema = z.enum(Object.values(ResourceType));

const MODULE_OF: { readonly [T in ResourceType]: Module } = {
  member: Module.members,
  vehicle: Module.members,
  policy: Module.members,
  membership: Module.members,
  application: Module.members,
  card: Module.cards,
  complaint: Module.service,
  repair: Module.service,
  'paid-service': Module.service,
  procedure: Module.service,
  merchant: Module.merchants,
  offer: Module.merchants,
  stats: Module.stats,
  'api-key': Module.system,
  system: Module.system,
};

/**
 * The module a resource type belongs to.
 *
 * @example
 * moduleOf('complaint') // 'service'
 */
export function moduleOf(type: ResourceType): Module {
  return MODULE_OF[parseInput(ResourceTypeSchema, type, 'resource type')];
}
