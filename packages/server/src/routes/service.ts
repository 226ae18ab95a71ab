import type { Principal, Resource, ResourceType } from '@clubkit/core/access';
import { listScope } from '@clubkit/core/access';
import { ComplaintEventBody, ComplaintReceipt, Page, PaidServiceEventBody, RepairEventBody } from '@clubkit/core/api';
import {
  Complaint,
  ComplaintReference,
  ComplaintStatusSchema,
  NewComplaint,
  NewPaidService,
  NewRepairOrder,
  PaidService,
  PaidServiceEventType,
  PaidServiceStatusSchema,
  RepairEventType,
  RepairOrder,
  RepairStatusSchema,
  applyComplaintEvent,
  applyPaidServiceEvent,
  applyRepairEvent,
  complaintDeadline,
  complaintReference,
  createComplaint,
  createPaidService,
  createRepairOrder,
  isOverdue,
  nextComplaintEvents,
  nextPaidServiceEvents,
  nextRepairEvents,
  ComplaintEvent,
  PaidServiceEvent,
  RepairEvent,
} from '@clubkit/core/service';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import type { Caller } from '../http/env.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute, type RouteSpec } from '../http/route.js';
import { nextSequence } from '../services/sequences.js';
import { docs, insertRecord, tableOf, updateRecord } from '../store/records.js';
import { actorOf, authorize, cursorAfter, keysetPage, notFound, pageQuery } from './common.js';

/** Rows read per step while scanning for overdue complaints, whose rule is core's, not SQL's. */
const OVERDUE_SCAN_BATCH = 200;

type DeskKind = 'complaint' | 'repair' | 'paidService';

/**
 * Reads one service record to change it; on PostgreSQL the row stays locked until the request's
 * transaction ends, so two events on the same record apply one after the other (SQLite already
 * runs one write transaction at a time).
 */
async function loadForChange<T>(db: ClubDb, engine: DbEngine, kind: DeskKind, id: string): Promise<T | undefined> {
  const row = await db
    .selectFrom(tableOf(kind))
    .select('doc')
    .where('id', '=', id)
    .$if(engine === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? docs<T>([row])[0] : undefined;
}

/** Reads one service record without a lock. */
async function load<T>(db: ClubDb, kind: DeskKind, id: string): Promise<T | undefined> {
  const row = await db.selectFrom(tableOf(kind)).select('doc').where('id', '=', id).executeTakeFirst();
  return row ? docs<T>([row])[0] : undefined;
}

/**
 * Checks access to a record that may not exist: a missing record is checked as its collection,
 * so a caller refused the type hears 403 whether or not the id exists, and others hear 404.
 */
function authorizeRecord<T>(principal: Principal, action: 'read' | 'act', resource: Resource, record: T | undefined, what: string, id: string): T {
  authorize(principal, action, resource);
  if (record === undefined) throw notFound(what, id);
  return record;
}

// ---------------------------------------------------------------------------------------------
// Complaints

/** The access resource of a complaint: its member, when a signed-in member filed it. */
function complaintResource(complaint: Complaint | undefined): Resource {
  return { type: 'complaint', ...(complaint?.memberId ? { memberId: complaint.memberId } : {}) };
}

/** What the complainant may see: status and promised follow-up, no personal details. */
function receiptOf(complaint: Complaint): ComplaintReceipt {
  return {
    id: complaint.id,
    reference: complaint.reference,
    status: complaint.status,
    category: complaint.category,
    receivedAt: complaint.receivedAt,
    followUpBy: complaintDeadline(complaint),
    ...(complaint.resolution ? { resolution: complaint.resolution.text } : {}),
  };
}

/**
 * The next free reference of the club's day: the day's counter, stepping over references that
 * are already taken (records imported or seeded without the counter).
 */
async function nextComplaintReference(db: ClubDb, today: string): Promise<string> {
  for (;;) {
    const sequence = await nextSequence(db, `complaints:${today}`);
    let reference: string;
    try {
      reference = complaintReference(today, sequence);
    } catch {
      throw new HttpProblem(503, 'complaint/references-exhausted', `Every complaint reference of ${today} is taken; register the complaint by phone.`);
    }
    const taken = await db.selectFrom('complaints').select('id').where('reference', '=', reference).executeTakeFirst();
    if (!taken) return reference;
  }
}

/** Who registered a complaint: the web form for publishable keys, else the member or the key. */
function complaintActor(caller: Caller): string {
  return caller.kind === 'publishable' ? 'web' : actorOf(caller);
}

const complaintId = z.object({ id: Complaint.shape.id });

const complaintListQuery = z.object({
  status: z.optional(ComplaintStatusSchema),
  /** `true`: only complaints past their deadline (core's `isOverdue` at the request time). */
  overdue: z.optional(z.enum(['true', 'false'])),
  ...pageQuery,
});

/**
 * A keyset page of complaints, in id order. With `overdue`, rows are read in batches and kept
 * when core's `isOverdue` says so, until the page is full.
 */
async function complaintPage(
  db: ClubDb,
  filter: { status?: string | undefined; memberId?: string | undefined; overdueAt?: string | undefined },
  page: { limit: number; after?: string | undefined },
) {
  const kept: Complaint[] = [];
  let after = page.after;
  const batch = filter.overdueAt ? OVERDUE_SCAN_BATCH : page.limit + 1;
  for (;;) {
    let q = db.selectFrom('complaints').select(['id', 'doc']);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.memberId) q = q.where('member_id', '=', filter.memberId);
    if (after) q = q.where('id', '>', after);
    const rows = await q.orderBy('id').limit(batch).execute();
    for (const complaint of docs<Complaint>(rows)) {
      if (filter.overdueAt === undefined || isOverdue(complaint, filter.overdueAt)) kept.push(complaint);
      if (kept.length > page.limit) return keysetPage(kept, page.limit, (c) => c.id);
    }
    if (rows.length < batch) return keysetPage(kept, page.limit, (c) => c.id);
    after = rows.at(-1)!.id;
  }
}

const complaintRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/complaints',
    operationId: 'createComplaint',
    summary:
      'Registers a complaint and returns its receipt: from a partner page (publishable key), a signed-in member (their own), or staff logging a call, visit or letter (secret key).',
    tag: 'complaints',
    credentials: ['secret', 'publishable', 'session'],
    body: NewComplaint,
    responses: { 201: { description: 'The receipt with the reference to quote', schema: ComplaintReceipt } },
    async handler({ body, principal, caller, db, now, nowIso, today }) {
      const memberId = principal.role === 'member' ? principal.memberId : undefined;
      authorize(principal, 'create', { type: 'complaint', ...(memberId ? { memberId } : {}) });
      const reference = await nextComplaintReference(db, today);
      const complaint = createComplaint(body, {
        id: newId('cmp', now),
        reference,
        now: nowIso,
        actor: complaintActor(caller),
        ...(memberId ? { memberId } : {}),
      });
      await insertRecord(db, 'complaint', complaint);
      return { status: 201, body: receiptOf(complaint) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaints/by-reference/:reference',
    operationId: 'getComplaintReceipt',
    summary: 'The receipt of a complaint by its reference: whoever holds the reference sees its status, never the personal details.',
    tag: 'complaints',
    credentials: ['secret', 'publishable', 'session'],
    params: z.object({ reference: ComplaintReference }),
    responses: { 200: { description: 'The receipt', schema: ComplaintReceipt } },
    async handler({ params, db }) {
      const row = await db.selectFrom('complaints').select('doc').where('reference', '=', params.reference).executeTakeFirst();
      if (!row) throw notFound('complaint', params.reference);
      return { status: 200, body: receiptOf(docs<Complaint>([row])[0]!) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaints',
    operationId: 'listComplaints',
    summary: 'Complaints in the log, oldest first, by status or overdue (a member session: its own).',
    tag: 'complaints',
    credentials: ['secret', 'session'],
    query: complaintListQuery,
    responses: { 200: { description: 'A page of complaints', schema: Page(Complaint) } },
    async handler({ principal, db, query, nowIso }) {
      authorize(principal, 'list', { type: 'complaint' });
      const scope = listScope(principal, 'complaint');
      if (scope.kind === 'none' || (scope.kind === 'where' && scope.field !== 'memberId')) return { status: 200, body: { data: [], nextCursor: null } };
      const page = await complaintPage(
        db,
        {
          status: query.status,
          memberId: scope.kind === 'where' ? scope.value : undefined,
          overdueAt: query.overdue === 'true' ? nowIso : undefined,
        },
        { limit: query.limit, after: cursorAfter(query.cursor) },
      );
      return { status: 200, body: page };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaints/:id',
    operationId: 'getComplaint',
    summary: 'One complaint with its history (a member session: only its own).',
    tag: 'complaints',
    credentials: ['secret', 'session'],
    params: complaintId,
    responses: { 200: { description: 'The complaint', schema: Complaint } },
    async handler({ params, principal, db }) {
      const complaint = await load<Complaint>(db, 'complaint', params.id);
      return { status: 200, body: authorizeRecord(principal, 'read', complaintResource(complaint), complaint, 'complaint', params.id) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaints/:id/next-events',
    operationId: 'listComplaintNextEvents',
    summary: 'The events the complaint can take now, for offering the next actions.',
    tag: 'complaints',
    credentials: ['secret'],
    params: complaintId,
    responses: { 200: { description: 'The event types', schema: z.object({ events: z.array(ComplaintEventBody.shape.type) }) } },
    async handler({ params, principal, db }) {
      const found = await load<Complaint>(db, 'complaint', params.id);
      const complaint = authorizeRecord(principal, 'act', complaintResource(found), found, 'complaint', params.id);
      return { status: 200, body: { events: nextComplaintEvents(complaint) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/complaints/:id/events',
    operationId: 'applyComplaintEvent',
    summary: 'Moves a complaint along (assign, escalate, resolve, followUp, reopen, close, flagMalicious); the server records who and when.',
    tag: 'complaints',
    credentials: ['secret'],
    params: complaintId,
    body: ComplaintEventBody,
    bodyDoc: ComplaintEvent,
    responses: { 200: { description: 'The complaint after the event', schema: Complaint } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const found = await loadForChange<Complaint>(db, services.engine, 'complaint', params.id);
      const complaint = authorizeRecord(principal, 'act', complaintResource(found), found, 'complaint', params.id);
      const changed = applyComplaintEvent(complaint, { ...body, actor: actorOf(caller), at: nowIso } as Parameters<typeof applyComplaintEvent>[1]);
      await updateRecord(db, 'complaint', changed);
      return { status: 200, body: changed };
    },
  }),
];

// ---------------------------------------------------------------------------------------------
// Repair orders and paid services: the same shape of routes over core's workflows.

/** A service-desk record kind served as create / list / read / events. */
interface DeskRecordKind<R extends { id: string; status: string }> {
  kind: 'repair' | 'paidService';
  resource: Extract<ResourceType, 'repair' | 'paid-service'>;
  /** Collection path, e.g. `/v1/repairs`. */
  path: string;
  idPrefix: 'rep' | 'psv';
  /** Core's schema of the record's id. */
  idSchema: z.ZodMiniType<string>;
  /** Names in operation ids: `RepairOrder`, `RepairOrders`. */
  one: string;
  many: string;
  /** Words in summaries: `repair order`. */
  noun: string;
  tag: string;
  newSchema: z.ZodMiniType;
  recordSchema: z.ZodMiniType;
  statusSchema: z.ZodMiniType<string>;
  /** Core's body schema of the kind's event route. */
  eventBody: typeof RepairEventBody | typeof PaidServiceEventBody;
  /** Core's event schema, for the OpenAPI document (the server sets `actor` and `at`). */
  eventDoc: z.ZodMiniType;
  create(input: never, options: { id: string; now: string; actor: string }): R;
  apply(record: R, event: never): R;
  next(record: R): string[];
}


function deskRoutes<R extends { id: string; status: string }>(k: DeskRecordKind<R>): RouteSpec[] {
  const idParams = z.object({ id: k.idSchema });
  const resource: Resource = { type: k.resource };
  return [
    defineRoute({
      method: 'post',
      path: k.path,
      operationId: `create${k.one}`,
      summary: `Registers a ${k.noun}.`,
      tag: k.tag,
      credentials: ['secret'],
      body: k.newSchema,
      responses: { 201: { description: `The new ${k.noun}`, schema: k.recordSchema } },
      async handler({ body, principal, caller, db, now, nowIso }) {
        authorize(principal, 'create', resource);
        const record = k.create(body as never, { id: newId(k.idPrefix, now), now: nowIso, actor: actorOf(caller) });
        await insertRecord(db, k.kind, record as never);
        return { status: 201, body: record };
      },
    }),
    defineRoute({
      method: 'get',
      path: k.path,
      operationId: `list${k.many}`,
      summary: `${k.noun[0]!.toUpperCase()}${k.noun.slice(1)}s, oldest first, optionally by status.`,
      tag: k.tag,
      credentials: ['secret'],
      query: z.object({ status: z.optional(k.statusSchema), ...pageQuery }),
      responses: { 200: { description: `A page of ${k.noun}s`, schema: Page(k.recordSchema) } },
      async handler({ principal, db, query }) {
        authorize(principal, 'list', resource);
        if (listScope(principal, k.resource).kind !== 'all') return { status: 200, body: { data: [], nextCursor: null } };
        const after = cursorAfter(query.cursor);
        let q = db.selectFrom(tableOf(k.kind)).select(['id', 'doc']);
        if (query.status) q = q.where('status', '=', query.status);
        if (after) q = q.where('id', '>', after);
        const rows = await q.orderBy('id').limit(query.limit + 1).execute();
        const page = keysetPage(rows, query.limit, (r) => r.id);
        return { status: 200, body: { data: docs<R>(page.data), nextCursor: page.nextCursor } };
      },
    }),
    defineRoute({
      method: 'get',
      path: `${k.path}/:id`,
      operationId: `get${k.one}`,
      summary: `One ${k.noun} with its history.`,
      tag: k.tag,
      credentials: ['secret'],
      params: idParams,
      responses: { 200: { description: `The ${k.noun}`, schema: k.recordSchema } },
      async handler({ params, principal, db }) {
        const record = await load<R>(db, k.kind, params.id);
        return { status: 200, body: authorizeRecord(principal, 'read', resource, record, k.noun, params.id) };
      },
    }),
    defineRoute({
      method: 'get',
      path: `${k.path}/:id/next-events`,
      operationId: `list${k.one}NextEvents`,
      summary: `The events the ${k.noun} can take now.`,
      tag: k.tag,
      credentials: ['secret'],
      params: idParams,
      responses: { 200: { description: 'The event types', schema: z.object({ events: z.array(k.eventBody.shape.type) }) } },
      async handler({ params, principal, db }) {
        const found = await load<R>(db, k.kind, params.id);
        return { status: 200, body: { events: k.next(authorizeRecord(principal, 'act', resource, found, k.noun, params.id)) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: `${k.path}/:id/events`,
      operationId: `apply${k.one}Event`,
      summary: `Moves a ${k.noun} along; the server records who and when.`,
      tag: k.tag,
      credentials: ['secret'],
      params: idParams,
      body: k.eventBody,
      bodyDoc: k.eventDoc,
      responses: { 200: { description: `The ${k.noun} after the event`, schema: k.recordSchema } },
      async handler({ params, body, principal, caller, db, nowIso, services }) {
        const found = await loadForChange<R>(db, services.engine, k.kind, params.id);
        const record = authorizeRecord(principal, 'act', resource, found, k.noun, params.id);
        const changed = k.apply(record, { ...body, actor: actorOf(caller), at: nowIso } as never);
        await updateRecord(db, k.kind, changed as never);
        return { status: 200, body: changed };
      },
    }),
  ];
}

const repairRoutes = deskRoutes<RepairOrder>({
  kind: 'repair',
  resource: 'repair',
  path: '/v1/repairs',
  idPrefix: 'rep',
  idSchema: RepairOrder.shape.id,
  one: 'RepairOrder',
  many: 'RepairOrders',
  noun: 'repair order',
  tag: 'repairs',
  newSchema: NewRepairOrder,
  recordSchema: RepairOrder,
  statusSchema: RepairStatusSchema,
  eventBody: RepairEventBody,
  eventDoc: RepairEvent,
  create: createRepairOrder,
  apply: applyRepairEvent,
  next: nextRepairEvents,
});

const paidServiceRoutes = deskRoutes<PaidService>({
  kind: 'paidService',
  resource: 'paid-service',
  path: '/v1/paid-services',
  idPrefix: 'psv',
  idSchema: PaidService.shape.id,
  one: 'PaidService',
  many: 'PaidServices',
  noun: 'paid service',
  tag: 'paid-services',
  newSchema: NewPaidService,
  recordSchema: PaidService,
  statusSchema: PaidServiceStatusSchema,
  eventBody: PaidServiceEventBody,
  eventDoc: PaidServiceEvent,
  create: createPaidService,
  apply: applyPaidServiceEvent,
  next: nextPaidServiceEvents,
});

/** The service desk (A4 §3.3, §3.4, §3.12): complaints with their receipts, repair orders and paid services. */
export const serviceRoutes: RouteSpec[] = [...complaintRoutes, ...repairRoutes, ...paidServiceRoutes];
