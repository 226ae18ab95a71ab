import { entityId, IdPrefix } from '@clubkit/core';
import type { Complaint } from '@clubkit/core/service';
import {
  ComplaintReceipt,
  complaintReceipt,
  MemberCardView,
  MemberSession,
  MemberSessionRequest,
  Page,
  type Branch,
} from '@clubkit/core/api';
import { Member, membershipState, type Membership } from '@clubkit/core/membership';
import * as z from 'zod/mini';
import { bearerToken, hashSecret } from '../http/auth.js';
import { newSecret } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { docs, getRecord } from '../store/records.js';
import { authorize, keysetList, loadAuthorized, notFound, pageQuery } from './common.js';
import { memberAccess } from './membership-support.js';
import { currentVipMembership } from './vip-support.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

/** The membership the card widget shows: the newest one that is not cancelled, else the newest. */
function currentMembership(memberships: readonly Membership[], today: string): Membership | undefined {
  const ranked = [...memberships].sort((a, b) =>
    a.validUntil < b.validUntil ? 1 : a.validUntil > b.validUntil ? -1 : 0,
  );
  return ranked.find((m) => membershipState(m, today) !== 'cancelled') ?? ranked[0];
}

/** Member sessions (minted by a partner back end) and what a signed-in member reads of their own. */
export const sessionRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/member-sessions',
    operationId: 'createMemberSession',
    summary:
      'Mints a short-lived session token for one member (secret key; a branch operator only for its own members).',
    tag: 'sessions',
    credentials: ['secret'],
    access: { action: 'read', type: 'member' },
    body: MemberSessionRequest,
    errors: ['not-found', 'access/forbidden'],
    responses: { 201: { description: 'The session; the token is shown only here', schema: MemberSession } },
    async handler({ body, principal, caller, db, now, services }) {
      const member = await getRecord(db, 'member', body.memberId);
      if (!member) throw notFound('member', body.memberId);
      authorize(principal, 'read', { type: 'member', branchId: member.branchId, memberId: member.id });
      const token = newSecret('ms');
      const expiresAt = new Date(now.getTime() + services.sessionTtlSeconds * 1000).toISOString();
      await db
        .insertInto('member_sessions')
        .values({
          hash: hashSecret(token),
          member_id: member.id,
          allowed_origins: JSON.stringify(caller.allowedOrigins),
          created_at: now.toISOString(),
          expires_at: expiresAt,
          key_id: caller.id,
        })
        .execute();
      return { status: 201, body: { token, memberId: member.id, expiresAt } };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/member-sessions/current',
    operationId: 'revokeCurrentMemberSession',
    summary:
      'Ends the member session the request is made with (sign-out): its token answers 401 from then on (member session).',
    tag: 'sessions',
    credentials: ['session'],
    responses: { 204: { description: 'The session is ended' } },
    async handler({ hono, db }) {
      // The pipeline has checked this token already: it is a live session's.
      const token = bearerToken(hono.req.header('authorization')) ?? '';
      await db.deleteFrom('member_sessions').where('hash', '=', hashSecret(token)).execute();
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/members/:id/sessions',
    operationId: 'revokeMemberSessions',
    summary:
      "Ends every session of one member, e.g. when the partner's own sign-in ends (secret key; a branch operator only for its own members).",
    tag: 'sessions',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'member' },
    params: z.object({ id: entityId(IdPrefix.member) }),
    errors: ['not-found', 'access/forbidden'],
    responses: { 204: { description: "The member's sessions are ended (also when there were none)" } },
    async handler({ params, principal, db }) {
      // Who may read a member may end its sessions: a branch key only its own branch's members.
      const member = await loadAuthorized(db, principal, 'read', 'member', params.id, memberAccess);
      await db.deleteFrom('member_sessions').where('member_id', '=', member.id).execute();
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me',
    operationId: 'getMe',
    summary: 'The signed-in member.',
    tag: 'me',
    credentials: ['session'],
    access: { action: 'read', type: 'member' },
    errors: ['not-found'],
    responses: { 200: { description: 'The member', schema: Member } },
    async handler({ principal, db }) {
      if (principal.role !== 'member') throw notFound('member');
      const member = await getRecord(db, 'member', principal.memberId);
      if (!member) throw notFound('member', principal.memberId);
      return { status: 200, body: member };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me/card',
    operationId: 'getMyCard',
    summary:
      "The signed-in member's card: holder, branch, the membership with its current card and, for a VIP, the VIP membership with its VIP card.",
    tag: 'me',
    credentials: ['session'],
    access: { action: 'read', type: 'card' },
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The card view', schema: MemberCardView } },
    async handler({ principal, db, today }) {
      if (principal.role !== 'member') throw notFound('member');
      const member = await getRecord(db, 'member', principal.memberId);
      if (!member) throw notFound('member', principal.memberId);
      const rows = await db.selectFrom('memberships').select('doc').where('member_id', '=', member.id).execute();
      const membership = currentMembership(docs<Membership>(rows), today);
      // A VIP year stands on its own (A5): a member who holds only one still has a card to show.
      const vip = await currentVipMembership(db, member.id);
      const held = membership ?? vip;
      if (!held) throw notFound('membership');
      authorize(principal, 'read', { type: 'card', memberId: held.memberId });
      const branch =
        (await getRecord(db, 'branch', held.branchId)) ??
        ({ id: held.branchId, name: held.branchId, region: '' } satisfies Branch);
      return {
        status: 200,
        body: {
          holder: { id: member.id, name: member.name },
          branch,
          ...(membership ? { membership } : {}),
          ...(vip ? { vip } : {}),
          today,
        },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me/complaints',
    operationId: 'listMyComplaints',
    summary: "The signed-in member's complaints, newest last, as receipts: the public part only.",
    tag: 'me',
    credentials: ['session'],
    access: { action: 'list', type: 'complaint' },
    query: z.object(pageQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of complaint receipts', schema: Page(ComplaintReceipt) } },
    async handler({ principal, db, query }) {
      if (principal.role !== 'member') throw notFound('member');
      authorize(principal, 'list', { type: 'complaint', memberId: principal.memberId });
      const q = db.selectFrom('complaints').select(['id', 'doc']).where('member_id', '=', principal.memberId);
      const page = await keysetList<Complaint>(q, query);
      return { status: 200, body: { ...page, data: page.data.map(complaintReceipt) } };
    },
  }),
];
