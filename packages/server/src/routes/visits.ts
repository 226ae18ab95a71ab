import { entityId, IdPrefix, IsoInstant, parseInput } from '@clubkit/core';
import { can, type Principal } from '@clubkit/core/access';
import { Page, VisitEventBody } from '@clubkit/core/api';
import {
  applyVisitEvent,
  createVisit,
  NewVisit,
  nextPlannedVisit,
  nextVisitEvents,
  Visit,
  VisitEvent,
  VisitEventType,
  VisitKindSchema,
  VisitStatusSchema,
  VisitSubject,
  complaintVisibleTo,
} from '@clubkit/core/service';
import { ClubError, INVALID_INPUT } from '@clubkit/core';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { getRecord, insertRecord, instantKey, updateRecord, type RecordKind } from '../store/records.js';
import {
  actorOf,
  authorize,
  emptyPage,
  keysetList,
  listFilter,
  loadAuthorized,
  pageQuery,
  type RecordAccess,
} from './common.js';
import { linkedUnit } from './units.js';

/** A visit is its unit's property's; one without a unit is seen only by callers of every property. */
const visitAccess: RecordAccess<'visit'> = {
  type: 'visit',
  owners: (v) => (v.propertyId ? { propertyId: v.propertyId } : {}),
};

const SUBJECT_KIND = {
  complaint: 'complaint',
  repair: 'repair',
  'paid-service': 'paidService',
} as const satisfies Record<VisitSubject['kind'], RecordKind>;

/**
 * The unit of the record a return visit follows up, which must exist and be the caller's to see;
 * anything else is refused alike as bad input at `subject.id`.
 */
async function subjectUnit(
  db: ClubDb,
  principal: Principal,
  staffId: string | undefined,
  subject: VisitSubject,
): Promise<string | undefined> {
  const record = await getRecord(db, SUBJECT_KIND[subject.kind], subject.id);
  const owners = record?.propertyId ? { propertyId: record.propertyId } : {};
  // A conduct complaint about the caller is refused like an unknown one (core's complaintVisibleTo).
  const visible =
    record !== undefined &&
    (!('conduct' in record) || complaintVisibleTo(record, { staffId, admin: principal.role === 'admin' }));
  if (record && visible && can(principal, 'read', { type: subject.kind, ...owners })) return record.unitId;
  throw new ClubError(INVALID_INPUT, `No ${subject.kind} ${subject.id} to follow up.`, {
    issues: [{ path: ['subject', 'id'], code: 'not_found', message: `No ${subject.kind} ${subject.id}` }],
  });
}

const visitId = z.object({ id: entityId(IdPrefix.visit) });

/** Return visits after complaints, repairs and paid services, and the periodic visits of the visit plan (A4 §3.5). */
export const visitRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/visits',
    operationId: 'createVisit',
    summary:
      'Books a visit: a return visit after a complaint, repair or paid service (`subject`), a periodic one of the visit plan (`plan`), or one that came up. Its unit is the subject’s when not given.',
    tag: 'visits',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'visit' },
    body: NewVisit,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The booked visit', schema: Visit } },
    async handler({ body, principal, caller, db, now, nowIso }) {
      const fromSubject = body.subject ? await subjectUnit(db, principal, caller.staffId, body.subject) : undefined;
      const unitId = body.unitId ?? fromSubject;
      const unit = unitId === undefined ? undefined : await linkedUnit(db, principal, unitId, ['unitId']);
      // A property's desk books visits of its own units only: without a unit, 403.
      authorize(principal, 'create', { type: 'visit', ...(unit ? { propertyId: unit.propertyId } : {}) });
      const booked = createVisit(
        { ...body, ...(unit ? { unitId: unit.id } : {}) },
        { id: newId(IdPrefix.visit, now), now: nowIso, actor: actorOf(caller) },
      );
      const visit: Visit = unit ? { ...booked, propertyId: unit.propertyId } : booked;
      await insertRecord(db, 'visit', visit);
      return { status: 201, body: visit };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/visits',
    operationId: 'listVisits',
    summary:
      'Visits, oldest booked first, by status, kind, unit, the kind of record a return visit follows up, or appointment before an instant (what is due).',
    tag: 'visits',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'visit' },
    query: z.object({
      status: z.optional(VisitStatusSchema),
      kind: z.optional(VisitKindSchema),
      unitId: z.optional(entityId(IdPrefix.unit)),
      /** Only return visits after this kind of record, e.g. `complaint` for the complaint desk's. */
      subjectKind: z.optional(VisitSubject.shape.kind),
      /** Only visits appointed before this instant, e.g. the end of today for what is due. */
      dueBefore: z.optional(IsoInstant),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of visits', schema: Page(Visit) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'visit' });
      const propertyId = listFilter(principal, 'visit', 'propertyId');
      if (propertyId === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('visits').select(['id', 'doc']);
      if (propertyId !== undefined) q = q.where('property_id', '=', propertyId);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.unitId) q = q.where('unit_id', '=', query.unitId);
      if (query.subjectKind) {
        const prefix = `${IdPrefix[SUBJECT_KIND[query.subjectKind]]}_`;
        q = q.where(sql<string>`substr(subject_id, 1, ${prefix.length})`, '=', prefix);
      }
      if (query.dueBefore) q = q.where('appointment_at', '<', instantKey(query.dueBefore));
      return { status: 200, body: await keysetList<Visit>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/visits/:id',
    operationId: 'getVisit',
    summary: 'One visit with what the customer said and its history.',
    tag: 'visits',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'visit' },
    params: visitId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The visit', schema: Visit } },
    async handler({ params, principal, db }) {
      return { status: 200, body: await loadAuthorized(db, principal, 'read', 'visit', params.id, visitAccess) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/visits/:id/next-events',
    operationId: 'listVisitNextEvents',
    summary: 'The events the visit can take now.',
    tag: 'visits',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'visit' },
    params: visitId,
    errors: ['not-found', 'access/forbidden'],
    responses: {
      200: { description: 'The event types', schema: z.object({ events: z.array(z.enum(VisitEventType)) }) },
    },
    async handler({ params, principal, db }) {
      const visit = await loadAuthorized(db, principal, 'act', 'visit', params.id, visitAccess);
      return { status: 200, body: { events: nextVisitEvents(visit) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/visits/:id/events',
    operationId: 'applyVisitEvent',
    summary:
      'Moves a visit along (reschedule, record with the customer’s satisfaction, followUp, cancel); recording a periodic visit books the next one of its plan.',
    tag: 'visits',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'visit' },
    params: visitId,
    body: VisitEventBody,
    bodyDoc: VisitEvent,
    errors: ['not-found', 'access/forbidden', 'visit/invalid-transition', 'service/event-out-of-order'],
    responses: { 200: { description: 'The visit after the event', schema: Visit } },
    async handler({ params, body, principal, caller, db, now, nowIso, services }) {
      const visit = await loadAuthorized(db, principal, 'act', 'visit', params.id, {
        ...visitAccess,
        forUpdate: services.engine,
      });
      const event = parseInput(VisitEvent, { ...body, actor: actorOf(caller), at: nowIso }, 'visit event');
      const changed = applyVisitEvent(visit, event);
      await updateRecord(db, 'visit', changed);
      const planned = nextPlannedVisit(changed);
      if (planned) {
        const next = createVisit(planned, { id: newId(IdPrefix.visit, now), now: nowIso, actor: actorOf(caller) });
        await insertRecord(db, 'visit', changed.propertyId ? { ...next, propertyId: changed.propertyId } : next);
      }
      return { status: 200, body: changed };
    },
  }),
];
