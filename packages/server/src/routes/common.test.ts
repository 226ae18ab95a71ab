import { isClubError } from '@clubkit/core';
import type { Member } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/connect.js';
import { HttpProblem, statusForCode } from '../http/problem.js';
import { insertRecords } from '../store/records.js';
import { defined } from '../test-support.js';
import { keysetList, listFilter, loadAuthorized } from './common.js';
import { memberAccess } from './membership-support.js';

const admin = { role: 'admin' } as const;
const north = { role: 'branch', branchId: 'br_north' } as const;
const merchant = { role: 'merchant', merchantId: 'mch_1' } as const;
const members: Member[] = ['mbr_a1', 'mbr_a2', 'mbr_a3', 'mbr_a4', 'mbr_a5'].map((id, i) => ({
  id,
  name: `Member ${i}`,
  phone: `1380013800${i}`,
  branchId: i % 2 === 0 ? 'br_north' : 'br_south',
}));

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await openDatabase(':memory:');
  await insertRecords(opened.db, 'member', members);
});
afterAll(() => opened.close());

/** The HTTP status and code a promise fails with, as the server would answer it. */
async function failure(promise: Promise<unknown>): Promise<[number, string]> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof HttpProblem) return [error.status, error.code];
  if (isClubError(error)) return [statusForCode(error.code), error.code];
  throw new Error('expected a failure');
}

describe('listFilter', () => {
  it('lets a role that reads every row list without a filter', () => {
    expect(listFilter(admin, 'member', 'branchId')).toBeUndefined();
  });

  it('filters a branch operator on its own branch', () => {
    expect(listFilter(north, 'member', 'branchId')).toBe('br_north');
    expect(listFilter(north, 'stats', 'branchId')).toBe('br_north');
  });

  it('shows nothing to a role that may read no row', () => {
    expect(listFilter(merchant, 'member', 'branchId')).toBeNull();
  });

  it('fails closed when the scope is on another field than the list filters on', () => {
    expect(listFilter(north, 'member', 'memberId')).toBeNull();
    expect(listFilter(north, 'member')).toBeNull();
  });
});

describe('loadAuthorized', () => {
  it('returns a record the caller may act on', async () => {
    expect(await loadAuthorized(opened.db, north, 'read', 'member', 'mbr_a1', memberAccess)).toEqual(members[0]);
  });

  it('answers 404 for another branch’s record, as for a missing one', async () => {
    expect(await failure(loadAuthorized(opened.db, north, 'read', 'member', 'mbr_a2', memberAccess))).toEqual([
      404,
      'not-found',
    ]);
    expect(await failure(loadAuthorized(opened.db, north, 'read', 'member', 'mbr_none', memberAccess))).toEqual([
      404,
      'not-found',
    ]);
  });

  it('answers 403 to a role that may never take the action, whether or not the record exists', async () => {
    expect(await failure(loadAuthorized(opened.db, merchant, 'read', 'member', 'mbr_a1', memberAccess))).toEqual([
      403,
      'access/forbidden',
    ]);
    expect(await failure(loadAuthorized(opened.db, merchant, 'read', 'member', 'mbr_none', memberAccess))).toEqual([
      403,
      'access/forbidden',
    ]);
  });

  it('names the record in the 404 with the access noun', async () => {
    const error = await loadAuthorized(opened.db, admin, 'read', 'member', 'mbr_none', {
      ...memberAccess,
      what: 'customer',
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('No customer mbr_none.');
  });
});

describe('keysetList', () => {
  const query = () => opened.db.selectFrom('members').select(['id', 'doc']);

  it('pages through the rows in id order, with a cursor until the last page', async () => {
    const first = await keysetList<Member>(query(), { limit: 2 });
    expect(first.data.map((m) => m.id)).toEqual(['mbr_a1', 'mbr_a2']);
    const second = await keysetList<Member>(query(), { limit: 2, cursor: defined(first.nextCursor, 'a cursor') });
    expect(second.data.map((m) => m.id)).toEqual(['mbr_a3', 'mbr_a4']);
    const last = await keysetList<Member>(query(), { limit: 2, cursor: defined(second.nextCursor, 'a cursor') });
    expect([last.data.map((m) => m.id), last.nextCursor]).toEqual([['mbr_a5'], null]);
  });

  it('keeps the query’s own filters', async () => {
    const page = await keysetList<Member>(query().where('branch_id', '=', 'br_south'), { limit: 10 });
    expect(page.data.map((m) => m.id)).toEqual(['mbr_a2', 'mbr_a4']);
  });

  it('answers 400 invalid-cursor for a cursor it did not issue', async () => {
    expect(await failure(keysetList(query(), { limit: 2, cursor: 'not-a-cursor' }))).toEqual([400, 'invalid-cursor']);
  });
});
