import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';

// The records of the service catalogue as the Club API answers them, apart from the inputs and
// rules, so that checking an answer carries only these schemas.

/** The three categories of the catalogue (A2 §2 三大類, named as in A5 §2). */
export const ServiceCategory = {
  /** Car services (汽車服務): rescue, repair, towing, detailing, car wash and the like. */
  car: 'car',
  /** Value-added services (增值服務): hotels, flights, dining, KTV, flowers, beauty, fitness. */
  valueAdded: 'value-added',
  /** The club's own services (俱樂部獨有服務), which it provides itself (A3 art.10). */
  club: 'club',
} as const;
/** A category of the catalogue. */
export type ServiceCategory = (typeof ServiceCategory)[keyof typeof ServiceCategory];
/** Every category, in the order the catalogue shows them. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = Object.values(ServiceCategory);
/** Schema of {@link ServiceCategory}. */
export const ServiceCategorySchema = z.enum(Object.values(ServiceCategory));

/** Whether a service is offered or retired. */
export const ServiceStatus = { active: 'active', retired: 'retired' } as const;
/** Whether a service is offered or retired. */
export type ServiceStatus = (typeof ServiceStatus)[keyof typeof ServiceStatus];

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
  membershipId: entityId(IdPrefix.membership),
  /** The branch where the member is insured. */
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
