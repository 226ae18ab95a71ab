import { listScope, type Principal, type Resource, type ResourceType } from '@clubkit/core/access';
import { sql, type RawBuilder } from 'kysely';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { loadAuthorized } from './common.js';

/**
 * What limits an alliance list for a caller, from core's `listScope`, as a condition on the
 * `centre_id` or `salesperson_id` column: undefined for every row, null for none. A salesperson's
 * scope is their own `salesperson_id`, a centre's its `centre_id`. `table` qualifies the column
 * in a join; `centreOnly` marks a table of the centre's own records, none of which a salesperson's.
 */
export function allianceScope(
  principal: Principal,
  type: ResourceType,
  options: { table?: string; centreOnly?: boolean } = {},
): RawBuilder<boolean> | undefined | null {
  const scope = listScope(principal, type);
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return null;
  const column =
    scope.field === 'centreId'
      ? 'centre_id'
      : scope.field === 'salespersonId' && !options.centreOnly
        ? 'salesperson_id'
        : undefined;
  // Another owner field cannot scope this table: fail closed.
  if (column === undefined) return null;
  return sql<boolean>`${sql.ref(options.table ? `${options.table}.${column}` : column)} = ${scope.value}`;
}

/** The owners an alliance record is checked against: its sales centre and, when it has one, its salesperson. */
export function allianceOwners(record: { centreId: string; salespersonId: string | null }): Omit<Resource, 'type'> {
  return {
    centreId: record.centreId,
    ...(record.salespersonId === null ? {} : { salespersonId: record.salespersonId }),
  };
}

/** A dealer the caller may act on (404 for one outside their scope). */
export function loadDealer(
  db: ClubDb,
  principal: Principal,
  action: 'read' | 'update' | 'act',
  id: string,
  forUpdate?: DbEngine,
) {
  return loadAuthorized(db, principal, action, 'dealer', id, {
    type: 'dealer',
    owners: allianceOwners,
    ...(forUpdate ? { forUpdate } : {}),
  });
}

/** A salesperson the caller may read: a salesperson is the owner of their own record. */
export function loadSalesperson(db: ClubDb, principal: Principal, id: string) {
  return loadAuthorized(db, principal, 'read', 'salesperson', id, {
    type: 'salesperson',
    owners: (s) => ({ centreId: s.centreId, salespersonId: s.id }),
  });
}

/** A county the caller may read. */
export function loadCounty(db: ClubDb, principal: Principal, id: string) {
  return loadAuthorized(db, principal, 'read', 'county', id, { type: 'county', owners: allianceOwners });
}

/** A sales centre the caller may read (404 for another centre's staff). */
export function loadCentre(db: ClubDb, principal: Principal, id: string) {
  return loadAuthorized(db, principal, 'read', 'salesCentre', id, {
    type: 'sales-centre',
    what: 'sales centre',
    owners: (c) => ({ centreId: c.id }),
  });
}
