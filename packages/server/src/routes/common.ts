import { ClubError, INVALID_INPUT, IsoDate, isClubError } from '@clubkit/core';
import {
  assertCan,
  listScope,
  type Action,
  type OwnerField,
  type Principal,
  type Resource,
  type ResourceType,
} from '@clubkit/core/access';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@clubkit/core/api';
import { sql, type SelectQueryBuilder } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import type { Tables } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { docs, getRecord, type RecordKind, type RecordOf } from '../store/records.js';

/**
 * Asks core's access rules; a refusal is 403, except where the caller's role could act on its
 * own records and was refused only for ownership: that is 404, so that another branch's member
 * (or another member's complaint) does not even appear to exist.
 */
export function authorize(principal: Principal, action: Action, resource: Resource): void {
  try {
    assertCan(principal, action, resource);
  } catch (error) {
    if (isClubError(error) && error.details['outOfScope'] === true && action !== 'create')
      throw notFound(resource.type);
    throw error;
  }
}

/** A 404 for a record that does not exist or that the caller may not know of. */
export function notFound(what: string, id?: string): HttpProblem {
  return new HttpProblem(404, 'not-found', id ? `No ${what} ${id}.` : `No such ${what}.`);
}

export { actorOf } from '../http/env.js';

/** A query-string integer: `limit=20`. */
const pageLimit = z._default(
  z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)),
  DEFAULT_PAGE_SIZE,
);

/** `limit` and `cursor` of every list route. */
export const pageQuery = { limit: pageLimit, cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(512))) };

/** The id a keyset cursor continues after. */
export function cursorAfter(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const state = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof state.after === 'string' && state.after.length > 0) return state.after;
  } catch {
    // fall through to the error below
  }
  throw new HttpProblem(400, 'invalid-cursor', 'The cursor is not valid; start again without a cursor.');
}

/**
 * A page from rows fetched in id order with one extra row: the extra row only tells that there is
 * a next page, whose cursor continues after the last id shown.
 */
export function keysetPage<T>(
  rows: readonly T[],
  limit: number,
  idOf: (row: T) => string,
): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  const nextCursor =
    rows.length > limit && last ? Buffer.from(JSON.stringify({ after: idOf(last) })).toString('base64url') : null;
  return { data, nextCursor };
}

/** How a record is checked when loaded: its access type, its owners, and how a 404 names it. */
export interface RecordAccess<K extends RecordKind> {
  type: ResourceType;
  /** The owner fields of a record (branch, member) that scoped roles are checked against. */
  owners?: (record: RecordOf<K>) => Omit<Resource, 'type'>;
  /** The noun of a 404 (`No repair order rep_…`). @default type */
  what?: string;
  /** Locks the row until the transaction ends (PostgreSQL), for a record about to change. */
  forUpdate?: DbEngine;
}

/**
 * Loads a record the caller may act on, with the one 403/404 rule of the API: a missing record
 * is checked against its collection, so a role that may never take this action hears 403 whether
 * or not the id exists, and a role refused only because the record is not its own hears 404 for
 * missing and out-of-scope records alike (see {@link authorize}).
 */
export async function loadAuthorized<K extends RecordKind>(
  db: ClubDb,
  principal: Principal,
  action: Action,
  kind: K,
  id: string,
  access: RecordAccess<K>,
): Promise<RecordOf<K>> {
  const record = await getRecord(db, kind, id, access.forUpdate ? { forUpdate: access.forUpdate } : {});
  if (record === undefined) {
    authorize(principal, action, { type: access.type });
    throw notFound(access.what ?? access.type, id);
  }
  authorize(principal, action, { type: access.type, ...access.owners?.(record) });
  return record;
}

/**
 * The rows of a list the principal may see, from core's `listScope`: undefined for every row,
 * the owner value to filter `field` on, or null when no row is visible (a scope on another
 * field than the list can filter on counts as none, to fail closed).
 */
export function listFilter(principal: Principal, type: ResourceType, field?: OwnerField): string | undefined | null {
  const scope = listScope(principal, type);
  if (scope.kind === 'all') return undefined;
  return scope.kind === 'where' && scope.field === field ? scope.value : null;
}

/** A page with no rows, for a list the caller may open but sees nothing of. */
export const emptyPage = { data: [], nextCursor: null };

/** The tables a keyset list reads: each has an `id` that sorts by creation and a `doc`. */
type ListTable =
  | 'members'
  | 'applications'
  | 'complaints'
  | 'repairs'
  | 'paid_services'
  | 'staff'
  | 'units'
  | 'visits'
  | 'procedures'
  | 'service_prices'
  | 'handovers'
  | 'surveys'
  | 'survey_requests'
  | 'campaigns'
  | 'handbooks'
  | 'club_services'
  | 'service_uses'
  | 'branches'
  | VipListTable
  | AllianceListTable;
/** The VIP club's activities, seats and advertising income. */
type VipListTable = 'activities' | 'activity_sign_ups' | 'ad_incomes';
/** The dealer alliance's listed tables. */
type AllianceListTable =
  | 'sales_centres'
  | 'alliance_counties'
  | 'salespeople'
  | 'dealers'
  | 'visit_notes'
  | 'alliance_penalties'
  | 'alliance_budgets'
  | 'assessment_sheets'
  | 'alliance_assessments'
  | 'reward_funds'
  | 'secondary_lists'
  | 'promotions'
  | 'promotion_enrolments';

/**
 * One keyset page of records from a filtered query: continues after the cursor's id, reads one
 * row more than the page to learn whether there is a next one, and parses the records.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names what the rows' `doc` holds, which the caller knows and the query cannot say (as with `docs<T>`).
export async function keysetList<T, TB extends ListTable = ListTable>(
  query: SelectQueryBuilder<Tables, TB, { id: string; doc: string }>,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: T[]; nextCursor: string | null }> {
  const after = cursorAfter(page.cursor);
  // Written as SQL: Kysely cannot type a value compared with a column of a table left generic.
  const rows = await (after ? query.where(sql<boolean>`id > ${after}`) : query)
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const { data, nextCursor } = keysetPage(rows, page.limit, (r) => r.id);
  return { data: docs<T>(data), nextCursor };
}

/**
 * The period of every statistics route: `from` and `to`, club dates both inclusive, bound what
 * happened in it (applications, complaints received, sales months); `asOf` is the day counts
 * "as of a date" are taken on (A2's 截止到), by default `to`, else today.
 */
export const periodQuery = { from: z.optional(IsoDate), to: z.optional(IsoDate), asOf: z.optional(IsoDate) };

/** A statistics period, checked: `from` ≤ `to`, and the day counts are taken on. */
export interface Period {
  from?: string | undefined;
  to?: string | undefined;
  asOf: string;
}

/** Checks a period query (a 400 with the issue at `query.to` when `to` is before `from`). */
export function periodOf(
  query: { from?: string | undefined; to?: string | undefined; asOf?: string | undefined },
  today: string,
): Period {
  if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
    throw new ClubError(INVALID_INPUT, 'The period ends before it starts.', {
      issues: [{ path: ['query', 'to'], code: 'too_small', message: `Expected a date on or after ${query.from}` }],
    });
  }
  return { from: query.from, to: query.to, asOf: query.asOf ?? query.to ?? today };
}
