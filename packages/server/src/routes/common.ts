import { isClubError } from '@clubkit/core';
import { assertCan, type Action, type Principal, type Resource } from '@clubkit/core/access';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@clubkit/core/api';
import * as z from 'zod/mini';
import type { Caller } from '../http/env.js';
import { HttpProblem } from '../http/problem.js';

/**
 * Asks core's access rules; a refusal is 403, except where the caller's role could act on its
 * own records and was refused only for ownership: that is 404, so that another branch's member
 * (or another member's complaint) does not even appear to exist.
 */
export function authorize(principal: Principal, action: Action, resource: Resource): void {
  try {
    assertCan(principal, action, resource);
  } catch (error) {
    if (isClubError(error) && error.details['outOfScope'] === true && action !== 'create') throw notFound(resource.type);
    throw error;
  }
}

/** A 404 for a record that does not exist or that the caller may not know of. */
export function notFound(what: string, id?: string): HttpProblem {
  return new HttpProblem(404, 'not-found', id ? `No ${what} ${id}.` : `No such ${what}.`);
}

/** Who did something, as histories record it: `key:<key id>` or `member:<member id>`. */
export function actorOf(caller: Caller): string {
  return caller.principal.role === 'member' ? `member:${caller.principal.memberId}` : `key:${caller.id}`;
}

/** A query-string integer: `limit=20`. */
const pageLimit = z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE);

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
export function keysetPage<T>(rows: readonly T[], limit: number, idOf: (row: T) => string): { data: T[]; nextCursor: string | null } {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify({ after: idOf(last) })).toString('base64url') : null;
  return { data, nextCursor };
}
