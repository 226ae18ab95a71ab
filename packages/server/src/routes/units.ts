import { ClubError, entityId, IdPrefix, INVALID_INPUT, IsoInstant } from '@clubkit/core';
import { can, type Principal } from '@clubkit/core/access';
import { Page, TimelineEntry } from '@clubkit/core/api';
import { NewPropertyUnit, PropertyUnit, PropertyUnitPatch, type ComplaintViewer } from '@clubkit/core/service';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { complaintViewerOf, conductVisibleTo } from '../store/conduct-visibility.js';
import { getRecord, insertRecord, instantKey, updateRecord } from '../store/records.js';
import {
  authorize,
  emptyPage,
  keysetList,
  keysetPage,
  listFilter,
  loadAuthorized,
  pageQuery,
  type RecordAccess,
} from './common.js';

/** A unit is its property's: a property's desk sees and changes only its own units. */
export const unitAccess: RecordAccess<'unit'> = {
  type: 'unit',
  owners: (u) => ({ propertyId: u.propertyId }),
};

/**
 * The unit a record is to be linked to, as the caller may see it: a unit that does not exist or
 * is another property's is refused alike, as bad input at `path` (the caller learns nothing of
 * other properties' units).
 */
export async function linkedUnit(
  db: ClubDb,
  principal: Principal,
  unitId: string,
  path: (string | number)[],
): Promise<PropertyUnit> {
  const unit = await getRecord(db, 'unit', unitId);
  if (unit && can(principal, 'read', { type: 'unit', propertyId: unit.propertyId })) return unit;
  throw new ClubError(INVALID_INPUT, `No unit ${unitId} in the archive.`, {
    issues: [{ path, code: 'not_found', message: `No unit ${unitId} in the archive` }],
  });
}

const unitId = z.object({ id: entityId(IdPrefix.unit) });

/** A timeline cursor: the instant and id of the last entry shown (entries run newest first). */
const TimelineCursor = z.object({ at: IsoInstant, id: z.string().check(z.minLength(1), z.maxLength(64)) });

function timelineAfter(cursor: string | undefined): z.infer<typeof TimelineCursor> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = z.safeParse(TimelineCursor, JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to the error below
  }
  throw new HttpProblem(400, 'invalid-cursor', 'The cursor is not valid; start again without a cursor.');
}

/**
 * One page of a unit's timeline: its records of every kind, newest first, by one query over the
 * unit columns. The conduct complaints the viewer may not see are left out (conductVisibleTo), so
 * the timeline does not reveal that they exist.
 */
async function timelinePage(
  db: ClubDb,
  unit: string,
  page: { limit: number; cursor?: string | undefined },
  viewer: ComplaintViewer,
) {
  const after = timelineAfter(page.cursor);
  const entries = sql<TimelineEntry>`
    select 'complaint' as kind, id, received_at as at, status from complaints
      where unit_id = ${unit} and ${conductVisibleTo(viewer)}
    union all select 'repair' as kind, id, created_at as at, status from repairs where unit_id = ${unit}
    union all select 'paid-service' as kind, id, created_at as at, status from paid_services where unit_id = ${unit}
    union all select 'visit' as kind, id, created_at as at, status from visits where unit_id = ${unit}
    union all select 'procedure' as kind, id, created_at as at, status from procedures where unit_id = ${unit}`;
  const where = after
    ? sql`where t.at < ${instantKey(after.at)} or (t.at = ${instantKey(after.at)} and t.id < ${after.id})`
    : sql``;
  const { rows } = await sql<TimelineEntry>`
    select t.kind, t.id, t.at, t.status from (${entries}) t ${where}
    order by t.at desc, t.id desc limit ${page.limit + 1}`.execute(db);
  const { data } = keysetPage(rows, page.limit, (r) => r.id);
  const last = data.at(-1);
  const nextCursor =
    rows.length > page.limit && last
      ? Buffer.from(JSON.stringify({ at: last.at, id: last.id })).toString('base64url')
      : null;
  return { data, nextCursor };
}

/** The customer archive's units (A4 §3.11): house numbers of a property, their owners and contacts, and their history. */
export const unitRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/units',
    operationId: 'createUnit',
    summary: 'Registers a unit (house number) of a property in the customer archive, with its owner and contacts.',
    tag: 'units',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'unit' },
    body: NewPropertyUnit,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The new unit', schema: PropertyUnit } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'unit', propertyId: body.propertyId });
      const unit: PropertyUnit = { ...body, id: newId(IdPrefix.unit, now), createdAt: nowIso, updatedAt: nowIso };
      await insertRecord(db, 'unit', unit);
      return { status: 201, body: unit };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/units',
    operationId: 'listUnits',
    summary: 'Units of the archive, oldest first, optionally of one property (a property’s desk: its own).',
    tag: 'units',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'unit' },
    query: z.object({
      propertyId: z.optional(entityId(IdPrefix.property)),
      /** The house number exactly as registered, e.g. `A-1203`. */
      number: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of units', schema: Page(PropertyUnit) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'unit' });
      const own = listFilter(principal, 'unit', 'propertyId');
      if (own === null || (own !== undefined && query.propertyId !== undefined && query.propertyId !== own))
        return { status: 200, body: emptyPage };
      const propertyId = own ?? query.propertyId;
      let q = db.selectFrom('units').select(['id', 'doc']);
      if (propertyId !== undefined) q = q.where('property_id', '=', propertyId);
      if (query.number !== undefined) q = q.where('number', '=', query.number);
      return { status: 200, body: await keysetList<PropertyUnit>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/units/:id',
    operationId: 'getUnit',
    summary: 'One unit of the archive with its owner and contacts.',
    tag: 'units',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'unit' },
    params: unitId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The unit', schema: PropertyUnit } },
    async handler({ params, principal, db }) {
      return { status: 200, body: await loadAuthorized(db, principal, 'read', 'unit', params.id, unitAccess) };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/units/:id',
    operationId: 'updateUnit',
    summary: 'Changes a unit’s house number, owner, contacts or area; its property stays.',
    tag: 'units',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'unit' },
    params: unitId,
    body: PropertyUnitPatch,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The unit as changed', schema: PropertyUnit } },
    async handler({ params, body, principal, db, nowIso, services }) {
      const before = await loadAuthorized(db, principal, 'update', 'unit', params.id, {
        ...unitAccess,
        forUpdate: services.engine,
      });
      const unit: PropertyUnit = {
        ...before,
        ...(body.number !== undefined ? { number: body.number } : {}),
        ...(body.owner !== undefined ? { owner: body.owner } : {}),
        ...(body.contacts !== undefined ? { contacts: body.contacts } : {}),
        ...(body.areaSqm !== undefined ? { areaSqm: body.areaSqm } : {}),
        updatedAt: nowIso,
      };
      await updateRecord(db, 'unit', unit);
      return { status: 200, body: unit };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/units/:id/timeline',
    operationId: 'getUnitTimeline',
    summary: 'A unit’s complaints, repairs, paid services, visits and procedures on one timeline, newest first.',
    tag: 'units',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'unit' },
    params: unitId,
    query: z.object(pageQuery),
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'A page of the timeline', schema: Page(TimelineEntry) } },
    async handler({ params, query, principal, caller, db }) {
      const unit = await loadAuthorized(db, principal, 'read', 'unit', params.id, unitAccess);
      return { status: 200, body: await timelinePage(db, unit.id, query, complaintViewerOf(caller, principal)) };
    },
  }),
];
