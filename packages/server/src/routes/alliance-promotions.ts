import { entityId, IdPrefix } from '@clubkit/core';
import {
  enrolInPromotion,
  NewPromotion,
  NewPromotionEnrolment,
  newPromotion,
  payPromotionReward,
  Promotion,
  PromotionEnrolment,
} from '@clubkit/core/alliance';
import { Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { docs, insertRecord, updateRecord } from '../store/records.js';
import type { Principal } from '@clubkit/core/access';
import { allianceOwners, allianceScope, loadCentre, loadDealer } from './alliance-support.js';
import { authorize, emptyPage, keysetList, loadAuthorized, notFound, pageQuery } from './common.js';

const CentreId = entityId(IdPrefix.salesCentre);
const promotionParams = z.object({ id: entityId(IdPrefix.promotion) });
const enrolmentParams = z.object({
  id: entityId(IdPrefix.promotion),
  enrolmentId: entityId(IdPrefix.promotionEnrolment),
});

/** A promotion the caller may act on in the given way (404 for another centre's). */
function loadPromotion(
  db: ClubDb,
  principal: Principal,
  action: 'read' | 'act',
  id: string,
  forUpdate?: DbEngine,
): Promise<Promotion> {
  return loadAuthorized(db, principal, action, 'promotion', id, {
    type: 'promotion',
    owners: (p) => ({ centreId: p.centreId }),
    ...(forUpdate ? { forUpdate } : {}),
  });
}

/**
 * Member-only promotions (A1 優惠政策 2, 效果預測 2): a sales centre's staff set up a promotion for
 * a period with a reward per participating dealer, enrol member dealers (a salesperson their own
 * dealers) and pay the rewards. A dealer takes part and is paid only while an alliance member.
 */
export const alliancePromotionRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/alliance/promotions',
    operationId: 'createPromotion',
    summary:
      'Sets up a member-only promotion of a sales centre: its title, the days dealers may enrol (from and to, both inclusive), the reward each participating member is paid in fen, and what it gives in kind. A centre’s own staff set up its promotions; its salespeople read them.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'promotion' },
    body: NewPromotion,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The promotion', schema: Promotion } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'promotion', centreId: body.centreId });
      await loadCentre(db, principal, body.centreId);
      const promotion = newPromotion(body, { id: newId(IdPrefix.promotion, now), now: nowIso });
      await insertRecord(db, 'promotion', promotion);
      return { status: 201, body: promotion };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/promotions',
    operationId: 'listPromotions',
    summary: 'The promotions of the caller’s sales centre (every centre’s for the club), in the order set up.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'promotion' },
    query: z.object({ centreId: z.optional(CentreId), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of promotions', schema: Page(Promotion) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'promotion' });
      const scope = allianceScope(principal, 'promotion', { centreOnly: true });
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('promotions').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      return { status: 200, body: await keysetList<Promotion>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/promotions/:id',
    operationId: 'getPromotion',
    summary: 'One promotion of the caller’s sales centre.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'promotion' },
    params: promotionParams,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The promotion', schema: Promotion } },
    async handler({ params, principal, db }) {
      return { status: 200, body: await loadPromotion(db, principal, 'read', params.id) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/promotions/:id/enrolments',
    operationId: 'enrolInPromotion',
    summary:
      'Enrols a dealer in a promotion today. Only a member of the promotion’s alliance takes part: a dealer that never qualified, is not yet admitted or is revoked is refused (409 `alliance/not-a-member`), as is a day outside the promotion’s period (409 `alliance/outside-promotion-period`) and a second enrolment of the same dealer (409 `alliance/already-enrolled`). A salesperson enrols their own dealers.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'promotion-enrolment' },
    params: promotionParams,
    body: NewPromotionEnrolment,
    errors: [
      'access/forbidden',
      'not-found',
      'alliance/not-a-member',
      'alliance/outside-promotion-period',
      'alliance/already-enrolled',
    ],
    responses: { 201: { description: 'The enrolment, its reward not yet paid', schema: PromotionEnrolment } },
    async handler({ params, body, principal, db, now, nowIso, today, services }) {
      // The promotion is read under lock, so two enrolments of one dealer cannot both pass the check.
      const promotion = await loadPromotion(db, principal, 'read', params.id, services.engine);
      const dealer = await loadDealer(db, principal, 'read', body.dealerId);
      authorize(principal, 'create', {
        type: 'promotion-enrolment',
        ...allianceOwners({ centreId: promotion.centreId, salespersonId: dealer.salespersonId }),
      });
      const rows = await db
        .selectFrom('promotion_enrolments')
        .select(['id', 'doc'])
        .where('promotion_id', '=', promotion.id)
        .where('dealer_id', '=', dealer.id)
        .execute();
      const enrolment = enrolInPromotion(promotion, dealer, docs<PromotionEnrolment>(rows), {
        id: newId(IdPrefix.promotionEnrolment, now),
        today,
        now: nowIso,
      });
      await insertRecord(db, 'promotionEnrolment', enrolment);
      return { status: 201, body: enrolment };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/promotions/:id/enrolments',
    operationId: 'listPromotionEnrolments',
    summary:
      'The dealers enrolled in a promotion, in the order enrolled, each with its reward once paid: all of them for the centre’s staff, a salesperson’s own dealers for them.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'promotion-enrolment' },
    params: promotionParams,
    query: z.object(pageQuery),
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'A page of enrolments', schema: Page(PromotionEnrolment) } },
    async handler({ params, principal, db, query }) {
      const promotion = await loadPromotion(db, principal, 'read', params.id);
      authorize(principal, 'list', { type: 'promotion-enrolment' });
      const scope = allianceScope(principal, 'promotion-enrolment');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('promotion_enrolments').select(['id', 'doc']).where('promotion_id', '=', promotion.id);
      if (scope) q = q.where(scope);
      return { status: 200, body: await keysetList<PromotionEnrolment>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/promotions/:id/enrolments/:enrolmentId/reward',
    operationId: 'payPromotionReward',
    summary:
      'Pays an enrolled dealer the promotion’s reward today. A dealer no longer a member on the pay day is paid none (409 `alliance/not-a-member`); a reward is paid once (409 `alliance/reward-already-paid`). The centre’s own staff pay.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'promotion' },
    params: enrolmentParams,
    errors: ['access/forbidden', 'not-found', 'alliance/not-a-member', 'alliance/reward-already-paid'],
    responses: { 200: { description: 'The enrolment with its reward', schema: PromotionEnrolment } },
    async handler({ params, principal, db, today, services }) {
      const promotion = await loadPromotion(db, principal, 'act', params.id);
      const enrolment = await loadAuthorized(db, principal, 'act', 'promotionEnrolment', params.enrolmentId, {
        type: 'promotion-enrolment',
        what: 'enrolment',
        owners: allianceOwners,
        forUpdate: services.engine,
      });
      if (enrolment.promotionId !== promotion.id) throw notFound('enrolment', params.enrolmentId);
      const dealer = await loadDealer(db, principal, 'read', enrolment.dealerId);
      const paid = payPromotionReward(promotion, enrolment, dealer, { today });
      await updateRecord(db, 'promotionEnrolment', paid);
      return { status: 200, body: paid };
    },
  }),
];
