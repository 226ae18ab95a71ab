import type { NewPromotion, Promotion, PromotionEnrolment } from '@clubkit/core/alliance';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/**
 * Member-only promotions (A1 優惠政策 2): a sales centre sets one up, enrols member dealers and
 * pays each its reward; only an alliance member takes part and is paid. Apart from
 * `allianceResource`, so a widget that needs only the network does not carry it; the operator
 * client's `alliance` has both.
 */
export function alliancePromotionsResource(t: Transport) {
  return {
    promotions: {
      /**
       * Sets up a promotion: its days (both inclusive) and the reward each member dealer is paid,
       * in fen, or 0 with a description of a reward in kind.
       *
       * @example
       * await club.alliance.promotions.create({ centreId: 'ctr_banna', title: '聯銷體成員有獎訂貨',
       *   from: '2026-12-01', to: '2026-12-31', rewardFen: 30_000 });
       */
      create(body: NewPromotion, options?: RequestOptions): Promise<Promotion> {
        return t.send({ method: 'post', path: '/v1/alliance/promotions', body, answer: 'Promotion', options });
      },
      /** Promotions in the order set up: the caller's centre's, or every centre's for the club. */
      list(query: ListOptions & { centreId?: string } = {}, options?: RequestOptions): PageIterable<Promotion> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/promotions',
            query: { ...query, cursor },
            answer: 'PromotionPage',
            options,
          }),
        );
      },
      /** One promotion. */
      get(id: string, options?: RequestOptions): Promise<Promotion> {
        return t.send({ method: 'get', path: path`/v1/alliance/promotions/${id}`, answer: 'Promotion', options });
      },
      /**
       * Enrols a dealer today. Refused with `alliance/not-a-member` for a dealer that is not a
       * member that day (never admitted or revoked), `alliance/outside-promotion-period` outside
       * the promotion's days and `alliance/already-enrolled` for a second enrolment.
       *
       * @example
       * await club.alliance.promotions.enrol(promotion.id, { dealerId: 'dlr_…' });
       */
      enrol(id: string, body: { dealerId: string }, options?: RequestOptions): Promise<PromotionEnrolment> {
        return t.send({
          method: 'post',
          path: path`/v1/alliance/promotions/${id}/enrolments`,
          body,
          answer: 'PromotionEnrolment',
          options,
        });
      },
      /** The dealers enrolled, in the order enrolled, each with its reward once paid; a salesperson's own. */
      enrolments(id: string, query: ListOptions = {}, options?: RequestOptions): PageIterable<PromotionEnrolment> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: path`/v1/alliance/promotions/${id}/enrolments`,
            query: { ...query, cursor },
            answer: 'PromotionEnrolmentPage',
            options,
          }),
        );
      },
      /**
       * Pays an enrolled dealer the promotion's reward today. Refused with `alliance/not-a-member`
       * for a dealer no longer a member that day, and `alliance/reward-already-paid` the second time.
       */
      payReward(id: string, enrolmentId: string, options?: RequestOptions): Promise<PromotionEnrolment> {
        return t.send({
          method: 'post',
          path: path`/v1/alliance/promotions/${id}/enrolments/${enrolmentId}/reward`,
          answer: 'PromotionEnrolment',
          options,
        });
      },
    },
  };
}
