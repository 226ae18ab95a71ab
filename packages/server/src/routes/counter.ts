import { ClubError, IdPrefix, INVALID_INPUT } from '@clubkit/core';
import type { Principal } from '@clubkit/core/access';
import { CounterCheck, CounterCheckRequest, MemberCardCode, MemberSavings, NewRedemption } from '@clubkit/core/api';
import { maskCardNumber, type MemberCard } from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import {
  assertCardCodeUsable,
  CARD_CODE_TTL_SECONDS,
  cardCodeExpiry,
  counterQuote,
  Redemption,
  redemptionQuote,
  vipCardStatus,
  vipMembershipYear,
  VipErrorCode,
} from '@clubkit/core/vip';
import { VIP_ANNUAL_FEE_FEN } from '@clubkit/core/fees';
import { sql } from 'kysely';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { isUniqueViolation } from '../http/idempotency.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { getRecord, insertRecord } from '../store/records.js';
import { authorize, notFound } from './common.js';
import { cardCodeHash, consumeCardCode, currentVipMembership, findCardCode, newCardCode } from './vip-support.js';

/**
 * The merchant whose counter asks, read inside the request's transaction: a merchant operator's
 * own when the body names none; a club key must name it.
 */
async function counterMerchant(db: ClubDb, principal: Principal, named: string | undefined): Promise<Merchant> {
  const merchantId = named ?? (principal.role === 'merchant' ? principal.merchantId : undefined);
  if (merchantId === undefined)
    throw new ClubError(INVALID_INPUT, 'Name the merchant whose counter this is.', {
      issues: [{ path: ['merchantId'], code: 'invalid_type', message: 'Required unless a merchant operator calls' }],
    });
  authorize(principal, 'create', { type: 'redemption', merchantId });
  const row = await db.selectFrom('merchants').select('doc').where('id', '=', merchantId).executeTakeFirst();
  if (!row) throw notFound('merchant', merchantId);
  return JSON.parse(row.doc) as Merchant;
}

/** The card shown by its card number: an active card (insurance or VIP), or a 404. */
async function activeCardByNumber(db: ClubDb, cardNumber: string): Promise<MemberCard> {
  const row = await db.selectFrom('cards').select('doc').where('number', '=', cardNumber).executeTakeFirst();
  const card = row && (JSON.parse(row.doc) as MemberCard);
  if (!card || card.status !== 'active') throw notFound('card in use with this number');
  return card;
}

/** What the counter learns of a member: name, masked card number and VIP status today. */
async function memberAtCounter(db: ClubDb, memberId: string, today: string, shownCard?: MemberCard) {
  const member = await getRecord(db, 'member', memberId);
  if (!member) throw notFound('member', memberId);
  const vip = await currentVipMembership(db, memberId);
  const status = vipCardStatus(vip, today);
  const cardNumber = shownCard?.number ?? vip?.card.number;
  return {
    vip,
    status,
    holder: { name: member.name, maskedCardNumber: cardNumber ? maskCardNumber(cardNumber) : '' },
  };
}

/** The member code, the counter's check and redemptions, and what the card has saved. */
export const counterRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/me/card-code',
    operationId: 'getMyCardCode',
    summary:
      'A fresh member code for the card to show (QR and digits): issued by the server, good for 60 seconds and for one redemption (member session).',
    tag: 'me',
    credentials: ['session'],
    access: { action: 'read', type: 'card' },
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The member code', schema: MemberCardCode } },
    async handler({ principal, db, nowIso }) {
      if (principal.role !== 'member') throw notFound('member');
      authorize(principal, 'read', { type: 'card', memberId: principal.memberId });
      const expiresAt = cardCodeExpiry(nowIso);
      for (let attempt = 0; ; attempt++) {
        const code = newCardCode();
        try {
          await db
            .insertInto('card_codes')
            .values({
              hash: cardCodeHash(code),
              member_id: principal.memberId,
              issued_at: nowIso,
              expires_at: expiresAt,
            })
            .execute();
        } catch (error) {
          // Two live codes alike among 10^11 is rare; draw again rather than hand out another's.
          if (isUniqueViolation(error) && attempt < 3) continue;
          throw error;
        }
        return {
          status: 200,
          headers: { 'Cache-Control': 'no-store' },
          body: { code, issuedAt: nowIso, expiresAt, ttlSeconds: CARD_CODE_TTL_SECONDS },
        };
      }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me/savings',
    operationId: 'getMySavings',
    summary: "What the signed-in member's VIP card has saved: this membership year and all time, beside the fee.",
    tag: 'me',
    credentials: ['session'],
    access: { action: 'list', type: 'redemption' },
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The savings', schema: MemberSavings } },
    async handler({ principal, db, today }) {
      if (principal.role !== 'member') throw notFound('member');
      authorize(principal, 'list', { type: 'redemption', memberId: principal.memberId });
      const vip = await currentVipMembership(db, principal.memberId);
      const sum = (from?: string, to?: string) => {
        let q = db
          .selectFrom('redemptions')
          .select([sql<number | string | null>`sum(saving_fen)`.as('saving'), sql<number | string>`count(*)`.as('n')])
          .where('member_id', '=', principal.memberId);
        if (from !== undefined) q = q.where('redeemed_on', '>=', from);
        if (to !== undefined) q = q.where('redeemed_on', '<=', to);
        return q.executeTakeFirstOrThrow();
      };
      const all = await sum();
      const allTime = { savingFen: Number(all.saving ?? 0), redemptions: Number(all.n) };
      let year: { from: string; to: string; savingFen: number; redemptions: number } | null = null;
      if (vip) {
        const { from, to } = vipMembershipYear(vip, today);
        const y = await sum(from, to);
        year = { from, to, savingFen: Number(y.saving ?? 0), redemptions: Number(y.n) };
      }
      return {
        status: 200,
        body: {
          year,
          allTime,
          feeFen: VIP_ANNUAL_FEE_FEN,
          paidForItself: year !== null && year.savingFen > VIP_ANNUAL_FEE_FEN,
        },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/counter/checks',
    operationId: 'createCounterCheck',
    summary:
      "Checks a member card at a merchant's counter, by its live code or its typed card number, for a bill: valid or not, this merchant's best offer and the saving. Records nothing and does not use the code (merchant staff of this merchant).",
    tag: 'counter',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'redemption' },
    body: CounterCheckRequest,
    errors: ['not-found', 'access/forbidden', 'vip/code-invalid', 'vip/code-expired', 'vip/code-used'],
    responses: { 200: { description: 'What the card gets on this bill here', schema: CounterCheck } },
    async handler({ principal, db, body, nowIso, today }) {
      const merchant = await counterMerchant(db, principal, body.merchantId);
      let memberId: string;
      let shown: MemberCard | undefined;
      let codeExpiresAt: string | undefined;
      if (body.code !== undefined) {
        const issued = await findCardCode(db, body.code);
        assertCardCodeUsable(issued, nowIso);
        memberId = issued?.memberId ?? '';
        codeExpiresAt = issued?.expiresAt;
      } else {
        shown = await activeCardByNumber(db, body.cardNumber ?? '');
        memberId = shown.memberId;
      }
      const { vip, status, holder } = await memberAtCounter(db, memberId, today, shown);
      const quote = counterQuote({ status, offers: merchant.offers, billFen: body.billFen, today });
      const check: CounterCheck = {
        merchantId: merchant.id,
        identifiedBy: body.code !== undefined ? 'code' : 'card-number',
        holder,
        status,
        ...(vip ? { activeUntil: vip.activeUntil, validUntil: vip.validUntil } : {}),
        billFen: body.billFen,
        ...quote,
        ...(codeExpiresAt ? { codeExpiresAt } : {}),
      };
      return { status: 200, body: check };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/redemptions',
    operationId: 'createRedemption',
    summary:
      "Records the discount given at a merchant's counter: the offer, bill, saving and member, using up the member code (merchant staff of this merchant). A typed card number is refused.",
    tag: 'counter',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'redemption' },
    body: NewRedemption,
    errors: [
      'not-found',
      'access/forbidden',
      'vip/code-required',
      'vip/code-invalid',
      'vip/code-expired',
      'vip/code-used',
      'vip/card-not-valid',
      'vip/no-offer',
      'vip/offer-mismatch',
    ],
    responses: { 201: { description: 'The redemption recorded', schema: Redemption } },
    async handler({ principal, db, body, now, nowIso, today }) {
      const merchant = await counterMerchant(db, principal, body.merchantId);
      if (body.code === undefined)
        throw new ClubError(
          VipErrorCode.codeRequired,
          "A discount is recorded only with the member's live code: a card number can be copied.",
          { details: {} },
        );
      const issued = await findCardCode(db, body.code);
      assertCardCodeUsable(issued, nowIso);
      const memberId = issued?.memberId ?? '';
      const { vip, status } = await memberAtCounter(db, memberId, today);
      const quote = redemptionQuote({
        status,
        offers: merchant.offers,
        billFen: body.billFen,
        offerId: body.offerId,
        today,
      });
      // Checked above, but another redemption may have taken the code since: the update decides.
      if (!(await consumeCardCode(db, body.code, nowIso))) {
        assertCardCodeUsable(await findCardCode(db, body.code), nowIso);
        throw new ClubError(VipErrorCode.codeUsed, 'This member code was used already.', { details: {} });
      }
      if (!vip) throw notFound('VIP membership');
      const redemption: Redemption = {
        id: newId(IdPrefix.redemption, now),
        merchantId: merchant.id,
        memberId,
        vipMembershipId: vip.id,
        offerId: quote.offer.id,
        offerTitle: quote.offer.title,
        billFen: body.billFen,
        savingFen: quote.savingFen,
        payFen: quote.payFen,
        redeemedAt: nowIso,
        redeemedOn: today,
      };
      await insertRecord(db, 'redemption', redemption);
      return { status: 201, body: redemption };
    },
  }),
];
