import { ClubError, entityId, IdPrefix, INVALID_INPUT, isClubError } from '@clubkit/core';
import { MemberRecord, MemberSearch, Page } from '@clubkit/core/api';
import { Member, MemberCard, normalizeCardNumber, normalizePlate } from '@clubkit/core/membership';
import { sql, type SelectQueryBuilder } from 'kysely';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.js';
import { membershipStateSql } from '../store/membership-state.js';
import { docs, nameKey, phoneKey } from '../store/records.js';
import type { ClubDb, DbEngine } from '../db/connect.js';
import type { Tables } from '../db/schema.js';
import { authorize, cursorAfter, emptyPage, keysetPage, listFilter, loadAuthorized, pageQuery } from './common.js';
import { memberAccess, memberCardsAccess } from './membership-support.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

/** A `LIKE` pattern that finds `text` anywhere, with `%`, `_` and `\` matched literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A query parameter normalised by one of core's rules; its issues point at the parameter. */
function normalisedQuery<T>(name: string, value: string, rule: (value: string) => T): T {
  try {
    return rule(value);
  } catch (error) {
    if (!isClubError(error) || error.code !== INVALID_INPUT) throw error;
    const issues = error.issues.map((i) => ({ ...i, path: ['query', name, ...i.path] }));
    throw new ClubError(error.code, error.message, { issues, details: error.details, cause: error });
  }
}

/**
 * Rows whose `column` starts with `prefix`, as the range an index answers: `LIKE 'x%'` over a
 * text_pattern_ops index on PostgreSQL, bytewise bounds on SQLite (whose LIKE ignores ASCII case
 * and so cannot use a plain index).
 */
function startsWith(engine: DbEngine, column: 'members.name_key' | 'members.phone_key', prefix: string) {
  const ref = sql.ref(column);
  if (engine === 'postgres')
    return sql<boolean>`${ref} like ${`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
  return sql<boolean>`(${ref} >= ${prefix} and ${ref} < ${`${prefix}\u{10FFFF}`})`;
}

/**
 * One keyset page of the members `matching` finds: the page's ids first, cut in SQL from the
 * filters' own indexes (a common two-character name prefix matches a thousand members in a
 * million; an index-only scan of `(name_key, id)` sorts them by id without reading one member's
 * row), then the documents of those members alone.
 */
async function memberPage(
  db: ClubDb,
  matching: SelectQueryBuilder<Tables, 'members', { id: string }>,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: Member[]; nextCursor: string | null }> {
  const after = cursorAfter(page.cursor);
  const ids = (after ? matching.where('members.id', '>', after) : matching).orderBy('members.id').limit(page.limit + 1);
  const rows = await db.selectFrom('members').select(['id', 'doc']).where('id', 'in', ids).orderBy('id').execute();
  const { data, nextCursor } = keysetPage(rows, page.limit, (r) => r.id);
  return { data: docs<Member>(data), nextCursor };
}

const memberId = z.object({ id: entityId(IdPrefix.member) });

/** Members: search, their whole record, and their cards. */
export const memberRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/members',
    operationId: 'listMembers',
    summary:
      'Searches members (a branch operator: its own branch) by any of name or phone (`q`), plate, card number, phone, name, membership state and tier as of today, and policy end date, all combined.',
    tag: 'members',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'member' },
    query: z.object({ ...pageQuery, ...MemberSearch.shape }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of members, in id order', schema: Page(Member) } },
    async handler({ principal, db, query, today, services }) {
      authorize(principal, 'list', { type: 'member' });
      const branchId = listFilter(principal, 'member', 'branchId');
      if (branchId === null) return { status: 200, body: emptyPage };
      // Every filter is a condition on the member row or an EXISTS over its own rows, so the
      // keyset page (members in id order) is cut in SQL whatever is combined.
      let q = db.selectFrom('members').select('members.id');
      if (branchId) q = q.where('members.branch_id', '=', branchId);
      if (query.q) {
        const pattern = containsPattern(query.q);
        q = q.where(
          sql<boolean>`(lower(members.name) like lower(${pattern}) escape '\\' or members.phone like ${pattern} escape '\\')`,
        );
      }
      if (query.name) {
        q = q.where(sql<boolean>`lower(members.name) like lower(${containsPattern(query.name)}) escape '\\'`);
      }
      if (query.namePrefix) q = q.where(startsWith(services.engine, 'members.name_key', nameKey(query.namePrefix)));
      if (query.phone) q = q.where(startsWith(services.engine, 'members.phone_key', phoneKey(query.phone)));
      // A plate or a card names one member or a handful: `IN` lets both engines start from the
      // vehicle's or card's index (SQLite runs a correlated EXISTS once per member instead).
      if (query.plate) {
        const plate = normalisedQuery('plate', query.plate, normalizePlate);
        q = q.where('members.id', 'in', (eb) =>
          eb.selectFrom('vehicles as v').select('v.member_id').where('v.plate', '=', plate),
        );
      }
      if (query.cardNumber) {
        const number = normalisedQuery('cardNumber', query.cardNumber, normalizeCardNumber);
        q = q.where('members.id', 'in', (eb) =>
          eb.selectFrom('cards as c').select('c.member_id').where('c.number', '=', number),
        );
      }
      const { status, tier } = query;
      if (status !== undefined || tier !== undefined) {
        // State and tier hold for one membership together: "an active VIP membership".
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('memberships as ms')
              .select(sql.lit(1).as('one'))
              .whereRef('ms.member_id', '=', 'members.id')
              .$if(tier !== undefined, (sub) => sub.where('ms.tier', '=', tier ?? ''))
              .$if(status !== undefined, (sub) => sub.where(membershipStateSql('ms', status ?? 'active', today))),
          ),
        );
      }
      const { policyEndFrom: from, policyEndTo: to } = query;
      if (from !== undefined && to !== undefined && to < from) {
        throw new ClubError(INVALID_INPUT, 'policyEndTo is before policyEndFrom.', {
          issues: [
            { path: ['query', 'policyEndTo'], code: 'too_small', message: `Expected a date on or after ${from}` },
          ],
        });
      }
      if (from !== undefined || to !== undefined) {
        q = q.where((eb) =>
          eb.exists(
            eb
              .selectFrom('policies as p')
              .select(sql.lit(1).as('one'))
              .whereRef('p.member_id', '=', 'members.id')
              .$if(from !== undefined, (sub) => sub.where('p.end_date', '>=', from ?? ''))
              .$if(to !== undefined, (sub) => sub.where('p.end_date', '<=', to ?? '')),
          ),
        );
      }
      return { status: 200, body: await memberPage(db, q, query) };
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
