import { addMonths } from '@clubkit/core';
import { monthEnd, type Dealer, type Promotion, type PromotionEnrolment } from '@clubkit/core/alliance';

/**
 * The demo's member-only promotions (A1 優惠政策 2): this month's 有獎訂貨 with a reward of 300 CNY
 * a dealer, in which the three member dealers are enrolled today and the first is paid; and next
 * month's new-product promotion, whose reward is in kind, with nobody enrolled yet. The dealer
 * the charter revoked is left out: the rule would refuse it.
 */
export async function seedPromotions(
  call: <T>(path: string, body?: unknown) => Promise<T>,
  centreId: string,
  today: string,
  members: readonly Dealer[],
): Promise<void> {
  const month = today.slice(0, 7);
  const orders = await call<Promotion>('/v1/alliance/promotions', {
    centreId,
    title: '聯銷體成員有獎訂貨',
    from: `${month}-01`,
    to: monthEnd(month),
    rewardFen: 30_000,
    description: '本月訂貨滿500箱的成員另獲紀念品一份',
  });
  const enrolments: PromotionEnrolment[] = [];
  for (const dealer of members)
    enrolments.push(
      await call<PromotionEnrolment>(`/v1/alliance/promotions/${orders.id}/enrolments`, { dealerId: dealer.id }),
    );
  const [first] = enrolments;
  if (first) await call(`/v1/alliance/promotions/${orders.id}/enrolments/${first.id}/reward`);
  const next = addMonths(`${month}-01`, 1).slice(0, 7);
  await call<Promotion>('/v1/alliance/promotions', {
    centreId,
    title: '新品推廣：成員專享搭贈',
    from: `${next}-01`,
    to: monthEnd(next),
    rewardFen: 0,
    description: '新品每訂100箱贈10箱，僅限聯銷體成員',
  });
}
