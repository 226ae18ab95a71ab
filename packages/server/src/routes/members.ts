import { entityId, IdPrefix } from '@clubkit/core';
import { MemberRecord, Page } from '@clubkit/core/api';
import { Member, MemberCard } from '@clubkit/core/membership';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.js';
import { docs } from '../store/records.js';
import { authorize, emptyPage, keysetList, listFilter, loadAuthorized, pageQuery } from './common.js';
import { memberAccess, memberCardsAccess } from './membership-support.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

/** A `LIKE` pattern that finds `text` anywhere, with `%`, `_` and `\` matched literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const memberId = z.object({ id: entityId(IdPrefix.member) });

/** Members: search, their whole record, and their cards. */
export const memberRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/members',
    operationId: 'listMembers',
    summary: 'Lists members (a branch operator: its own branch), optionally those whose name or phone contains `q`.',
    tag: 'members',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'member' },
    query: z.object({ ...pageQuery, q: z.optional(z.string().check(z.minLength(1), z.maxLength(50))) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of members', schema: Page(Member) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'member' });
      const branchId = listFilter(principal, 'member', 'branchId');
      if (branchId === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('members').select(['id', 'doc']);
      if (branchId) q = q.where('branch_id', '=', branchId);
      if (query.q) {
        const pattern = containsPattern(query.q);
        q = q.where(
          sql<boolean>`(lower(name) like lower(${pattern}) escape '\\' or phone like ${pattern} escape '\\')`,
        );
      }
      return { status: 200, body: await keysetList<Member>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/members/:id',
    operationId: 'getMember',
    summary: 'Reads a member with their vehicles, policies and memberships.',
    tag: 'members',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'member' },
    params: memberId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The member record', schema: MemberRecord } },
    async handler({ principal, db, params }) {
      const member = await loadAuthorized(db, principal, 'read', 'member', params.id, memberAccess);
      const [vehicles, policies, memberships] = await Promise.all([
        db.selectFrom('vehicles').select('doc').where('member_id', '=', member.id).orderBy('id').execute(),
        db.selectFrom('policies').select('doc').where('member_id', '=', member.id).orderBy('id').execute(),
        db.selectFrom('memberships').select('doc').where('member_id', '=', member.id).orderBy('id').execute(),
      ]);
      return {
        status: 200,
        body: { member, vehicles: docs(vehicles), policies: docs(policies), memberships: docs(memberships) },
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/members/:id/cards',
    operationId: 'listMemberCards',
    summary: 'Lists every card of a member, newest first (admin: card management).',
    tag: 'cards',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'card' },
    params: memberId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The cards', schema: z.array(MemberCard) } },
    async handler({ principal, db, params }) {
      const member = await loadAuthorized(db, principal, 'list', 'member', params.id, memberCardsAccess);
      const rows = await db
        .selectFrom('cards')
        .select('doc')
        .where('member_id', '=', member.id)
        .orderBy('id', 'desc')
        .execute();
      return { status: 200, body: docs<MemberCard>(rows) };
    },
  }),
];
