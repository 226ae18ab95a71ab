import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { ServiceCategory, ServiceStatus } from './catalogue-categories.js';

// The records of the service catalogue as the Club API answers them, apart from the inputs and
// rules, so that checking an answer carries only these schemas.

/** Schema of {@link ServiceCategory}. */
export const ServiceCategorySchema = z.enum(Object.values(ServiceCategory));

/** A service of the catalogue. */
export const ClubService = z.object({
  /** `svc_…` */
  id: entityId(IdPrefix.clubService),
  category: ServiceCategorySchema,
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  description: z.optional(z.string().check(z.maxLength(300))),
  merchantIds: z.array(entityId(IdPrefix.merchant)),
  status: z.enum([ServiceStatus.active, ServiceStatus.retired]),
  /** The day it was retired; its recorded uses stay. */
  retiredOn: z.optional(IsoDate),
});
/** A service of the catalogue. */
export type ClubService = z.infer<typeof ClubService>;

/** A recorded use of a catalogue service by a member. */
export const ServiceUse = z.object({
  /** `svu_…` */
  id: entityId(IdPrefix.serviceUse),
  serviceId: entityId(IdPrefix.clubService),
  /** The service's name and category when it was used, kept if the service is renamed or retired. */
  serviceName: z.string(),
  category: ServiceCategorySchema,
  merchantId: entityId(IdPrefix.merchant),
  memberId: entityId(IdPrefix.member),
  /** The membership of the card shown: insurance (`mem_…`) or VIP (`vip_…`), both entitled to the catalogue. */
  membershipId: z.union([entityId(IdPrefix.membership), entityId(IdPrefix.vipMembership)]),
  /** The branch of that membership (for an insurance membership, where the member is insured). */
  branchId: entityId(IdPrefix.branch),
  /** The card shown, masked but for its last 4 digits. */
  maskedCardNumber: z.string(),
  /** The club's day of the use. */
  usedOn: IsoDate,
  recordedAt: IsoInstant,
  note: z.optional(z.string()),
});
/** A recorded use of a catalogue service. */
export type ServiceUse = z.infer<typeof ServiceUse>;
