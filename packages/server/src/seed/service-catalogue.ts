import { addDays, IdPrefix } from '@clubkit/core';
import {
  assertServiceUsable,
  maskCardNumber,
  SOURCE_SERVICE_COUNT,
  type ClubService,
  type Membership,
  type ServiceCategory,
  type ServiceUse,
} from '@clubkit/core/membership';
import type { MerchantCategory } from '@clubkit/core/merchants';
import { isClubError } from '@clubkit/core';
import type { ClubServer } from '../app.js';
import { newId } from '../http/ids.js';
import { docs, insertRecords } from '../store/records.js';

/**
 * The demo catalogue: 54 services in the three categories, as the club's report counts them (A2 §2).
 * The source gives the count but not the list, so these are a realistic list made from the services
 * the source names (A5 §1–2: rescue, towing, repair, detailing, car wash, rental, insurance,
 * information; hotels, flights, flowers, dining, KTV, shopping, fitness, beauty, laundry, health
 * checks; the club's own trips, car-owner gatherings and group buying) and the member handbook and
 * journal of A2 §4. Each names the directory category whose merchants give it, or none when the
 * club gives it itself.
 */
const DEMO_SERVICES: readonly (readonly [ServiceCategory, string, MerchantCategory | null])[] = [
  ['car', '24小時救援熱線', 'call-centre'],
  ['car', '緊急道路救援', 'roadside-rescue'],
  ['car', '免費拖車（50公里內）', 'towing'],
  ['car', '事故現場協助', 'roadside-rescue'],
  ['car', '緊急送油', 'roadside-rescue'],
  ['car', '搭電啟動', 'roadside-rescue'],
  ['car', '更換備胎', 'roadside-rescue'],
  ['car', '緊急開鎖', 'roadside-rescue'],
  ['car', '汽車維修優惠', 'repair'],
  ['car', '鈑金噴漆優惠', 'repair'],
  ['car', '定期保養優惠', 'maintenance'],
  ['car', '免費車況檢測', 'maintenance'],
  ['car', '輪胎更換與四輪定位', 'maintenance'],
  ['car', '優惠洗車', 'car-wash'],
  ['car', '汽車美容', 'detailing'],
  ['car', '內飾清潔消毒', 'detailing'],
  ['car', '代步車', 'rental'],
  ['car', '自駕租車優惠', 'rental'],
  ['car', '車險續保提醒', 'insurance'],
  ['car', '理賠協助', 'insurance'],
  ['car', '代辦年檢', 'information'],
  ['car', '違章查詢', 'information'],
  ['car', '代辦過戶與上牌', 'information'],
  ['car', '汽車資訊諮詢', 'information'],
  ['value-added', '酒店預訂折扣', 'hotel'],
  ['value-added', '酒店接送', 'hotel'],
  ['value-added', '機票預訂', 'flight'],
  ['value-added', '火車票代訂', 'flight'],
  ['value-added', '鮮花預訂', 'flowers'],
  ['value-added', '生日鮮花', 'flowers'],
  ['value-added', '餐飲優惠', 'dining'],
  ['value-added', '商務宴請', 'dining'],
  ['value-added', 'KTV優惠', 'ktv'],
  ['value-added', '家庭聚會包廂', 'ktv'],
  ['value-added', '購物折扣', 'shopping'],
  ['value-added', '會員商城', 'shopping'],
  ['value-added', '健身會所', 'fitness'],
  ['value-added', '運動場館', 'fitness'],
  ['value-added', '美容美髮', 'beauty'],
  ['value-added', 'SPA水療', 'beauty'],
  ['value-added', '洗衣優惠', 'laundry'],
  ['value-added', '健康體檢', 'health-check'],
  ['club', '會員手冊', null],
  ['club', '會員期刊', null],
  ['club', '自駕遊', null],
  ['club', '品牌車友會', null],
  ['club', '單身車友會', null],
  ['club', '惠購團購', null],
  ['club', '會員生日禮遇', null],
  ['club', '法律諮詢', null],
  ['club', '代駕服務', null],
  ['club', '機場貴賓通道', null],
  ['club', '公益活動', null],
  ['club', 'VIP專屬客服', null],
];
if (DEMO_SERVICES.length !== SOURCE_SERVICE_COUNT) throw new Error('The demo catalogue lists 54 services.');

/** Merchants of a directory category that give each of its services in the demo. */
const MERCHANTS_PER_SERVICE = 3;

/**
 * Loads the demo catalogue, its merchants (the first of each directory category, and the demo
 * merchant for the services of its category) and three uses by the demo member at the demo
 * merchant, each allowed by core's rule. Ids come from no random draw, so the rest of the demo
 * data is the same with them as without.
 */
export async function seedServiceCatalogue(
  server: ClubServer,
  input: { today: string; base: Date; merchantId: string; memberId: string },
): Promise<void> {
  const { db } = server;
  let n = 0;
  const id = (prefix: string) => newId(prefix, new Date(input.base.getTime() + n), new Uint8Array(10).fill(++n % 256));
  const demoMerchant = await db
    .selectFrom('merchants')
    .select('category')
    .where('id', '=', input.merchantId)
    .executeTakeFirst();
  const byCategory = new Map<string, string[]>();
  const merchantsOf = async (category: MerchantCategory): Promise<string[]> => {
    const known = byCategory.get(category);
    if (known) return known;
    const rows = await db
      .selectFrom('merchants')
      .select('id')
      .where('category', '=', category)
      .orderBy('id')
      .limit(MERCHANTS_PER_SERVICE)
      .execute();
    const ids = rows.map((r) => r.id);
    if (demoMerchant?.category === category && !ids.includes(input.merchantId)) ids.push(input.merchantId);
    byCategory.set(category, ids);
    return ids;
  };
  const services: ClubService[] = [];
  for (const [category, name, merchantCategory] of DEMO_SERVICES) {
    services.push({
      id: id(IdPrefix.clubService),
      category,
      name,
      merchantIds: merchantCategory ? await merchantsOf(merchantCategory) : [],
      status: 'active',
    });
  }
  const membership = docs<Membership>(
    await db.selectFrom('memberships').select('doc').where('member_id', '=', input.memberId).orderBy('id').execute(),
  ).at(-1);
  const atCounter = services.filter((s) => s.merchantIds.includes(input.merchantId));
  const uses: ServiceUse[] = [];
  if (membership) {
    for (const [i, daysAgo] of [20, 9, 2].entries()) {
      const service = atCounter[i % Math.max(atCounter.length, 1)];
      const usedOn = addDays(input.today, -daysAgo);
      if (!service) break;
      try {
        assertServiceUsable({ service, merchantId: input.merchantId, membership, today: usedOn });
      } catch (error) {
        if (isClubError(error)) continue;
        throw error;
      }
      uses.push({
        id: id(IdPrefix.serviceUse),
        serviceId: service.id,
        serviceName: service.name,
        category: service.category,
        merchantId: input.merchantId,
        memberId: membership.memberId,
        membershipId: membership.id,
        branchId: membership.branchId,
        maskedCardNumber: maskCardNumber(membership.card.number),
        usedOn,
        recordedAt: `${usedOn}T03:00:00.000Z`,
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    await insertRecords(trx, 'clubService', services);
    const links = services.flatMap((s) =>
      s.merchantIds.map((merchantId) => ({ service_id: s.id, merchant_id: merchantId })),
    );
    if (links.length > 0) await trx.insertInto('club_service_merchants').values(links).execute();
    await insertRecords(trx, 'serviceUse', uses);
  });
}
