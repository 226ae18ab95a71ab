import * as z from 'zod/mini';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseOneOf } from '../shared/invalid-input.js';
import { ClubLocale } from '../shared/money.js';
import { SERVICE_CATEGORIES, type ServiceCategory } from './catalogue-categories.js';
import { ServiceCategorySchema } from './catalogue-records.js';

// The club's service catalogue (A2 §2: "俱樂部目前可以提供給會員的服務項目是三大類共54項服務"). The
// source names the count, not the list; the club maintains the list, and services are added one by
// one as each is ready (A3 art.10: "成熟一個推出一個"). The three categories are the three kinds of
// service the source's VIP card lists (A5 §2): car services (救援、修車、拖車、汽車美容、優惠洗車等汽車服務),
// value-added services (酒店、機票預訂、餐飲、KTV、鮮花、美容、健身的增值服務) and the club's own
// services (俱樂部獨有的VIP服務).

const LABELS: Readonly<Record<ServiceCategory, Readonly<Record<ClubLocale, string>>>> = {
  car: { 'zh-Hant': '汽車服務', 'zh-Hans': '汽车服务', en: 'Car services' },
  'value-added': { 'zh-Hant': '增值服務', 'zh-Hans': '增值服务', en: 'Value-added services' },
  club: { 'zh-Hant': '俱樂部專屬服務', 'zh-Hans': '俱乐部专属服务', en: 'Club services' },
};

/**
 * The display label of a catalogue category.
 *
 * @example
 * serviceCategoryLabel('value-added', 'zh-Hant') // '增值服務'
 */
export function serviceCategoryLabel(category: ServiceCategory, locale: ClubLocale = 'zh-Hant'): string {
  const labels = LABELS[parseOneOf(SERVICE_CATEGORIES, category, 'service category')];
  return labels[parseOneOf([ClubLocale.zhHant, ClubLocale.zhHans, ClubLocale.en], locale, 'locale')];
}

const ServiceName = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));
const ServiceDescription = z.string().check(z.trim(), z.maxLength(300));
const MerchantIds = z.array(entityId(IdPrefix.merchant)).check(
  z.maxLength(500),
  z.refine((ids) => new Set(ids).size === ids.length, { error: 'A merchant is listed once' }),
);

/** A service as the administrator adds it to the catalogue. */
export const NewClubService = z.object({
  category: ServiceCategorySchema,
  /** Unique within its category among the services offered (compared by {@link serviceNameKey}). */
  name: ServiceName,
  description: z.optional(ServiceDescription),
  /** The partner merchants that give the service (`mch_…`), each once; none for one the club gives itself. */
  merchantIds: z._default(MerchantIds, []),
});
/** A new catalogue service. */
export type NewClubService = z.infer<typeof NewClubService>;
/** A new catalogue service as a caller writes it (`merchantIds` may be left out). */
export type NewClubServiceInput = z.input<typeof NewClubService>;

/** A change to a service: its name, description or merchants. Its category stays. */
export const ClubServiceUpdate = z.object({
  name: z.optional(ServiceName),
  description: z.optional(ServiceDescription),
  merchantIds: z.optional(MerchantIds),
});
/** A change to a service. */
export type ClubServiceUpdate = z.infer<typeof ClubServiceUpdate>;
