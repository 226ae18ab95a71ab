import { entityId, IdPrefix, parseInput } from '@clubkit/core';
import { ComplaintEventBody, ComplaintReceipt, Page } from '@clubkit/core/api';
import {
  applyComplaintEvent,
  Complaint,
  ComplaintEvent,
  ComplaintReference,
  ComplaintStatusSchema,
  complaintDeadline,
  complaintReference,
  createComplaint,
  isOverdue,
  NewComplaint,
  nextComplaintEvents,
} from '@clubkit/core/service';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import type { Caller } from '../http/env.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { nextSequence } from '../services/sequences.js';
import { docs, insertRecord, updateRecord } from '../store/records.js';
import {
  actorOf,
  authorize,
  cursorAfter,
  emptyPage,
  keysetPage,
  listFilter,
  loadAuthorized,
  notFound,
  pageQuery,
  type RecordAccess,
} from './common.js';

/** Rows read per step while scanning for overdue complaints, whose rule is core's, not SQL's. */
const OVERDUE_SCAN_BATCH = 200;

/** A complaint is owned by its member, when a signed-in member filed it; staff see every one. */
const complaintAccess: RecordAccess<'complaint'> = {
  type: 'complaint',
  owners: (c: Complaint) => (c.memberId ? { memberId: c.memberId } : {}),
};

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
      throw new HttpProblem(
        503,
        'complaint/references-exhausted',
        `Every complaint reference of ${today} is taken; register the complaint by phone.`,
      );
    }
    const taken = await db.selectFrom('complaints').select('id').where('reference', '=', reference).executeTakeFirst();
    if (!taken) return reference;
  }
}

/** Who registered a complaint: the web form for publishable keys, else the member or the key. */
function complaintActor(caller: Caller): string {
  return caller.kind === 'publishable' ? 'web' : actorOf(caller);
}

const complaintId = z.object({ id: entityId(IdPrefix.complaint) });

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
    const last = rows.at(-1);
    if (rows.length < batch || last === undefined) return keysetPage(kept, page.limit, (c) => c.id);
    after = last.id;
  }
}

/** Complaints (A4 §3.3): registered by the public, members or staff, then worked through to closure. */
export const complaintRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/complaints',
    operationId: 'createComplaint',
    summary:
      'Registers a complaint and returns its receipt: from a partner page (publishable key), a signed-in member (their own), or staff logging a call, visit or letter (secret key).',
    tag: 'complaints',
    credentials: ['secret', 'publishable', 'session'],
    body: NewComplaint,
    errors: ['access/forbidden', 'complaint/references-exhausted'],
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
    path: '/v1/complaint-receipts/:reference',
    operationId: 'getComplaintReceipt',
    summary:
      'The receipt of a complaint by its reference: whoever holds the reference sees its status, never the personal details.',
    tag: 'complaints',
    credentials: ['secret', 'publishable', 'session'],
    params: z.object({ reference: ComplaintReference }),
    errors: ['not-found'],
    responses: { 200: { description: 'The receipt', schema: ComplaintReceipt } },
    async handler({ params, db }) {
      const row = await db
        .selectFrom('complaints')
        .select('doc')
        .where('reference', '=', params.reference)
        .executeTakeFirst();
      if (!row) throw notFound('complaint', params.reference);
      return { status: 200, body: receiptOf(JSON.parse(row.doc) as Complaint) };
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
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of complaints', schema: Page(Complaint) } },
    async handler({ principal, db, query, nowIso }) {
      authorize(principal, 'list', { type: 'complaint' });
      const memberId = listFilter(principal, 'complaint', 'memberId');
      if (memberId === null) return { status: 200, body: emptyPage };
      const page = await complaintPage(
        db,
        {
          status: query.status,
          memberId,
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
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The complaint', schema: Complaint } },
    async handler({ params, principal, db }) {
      return {
        status: 200,
        body: await loadAuthorized(db, principal, 'read', 'complaint', params.id, complaintAccess),
      };
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
    errors: ['not-found', 'access/forbidden'],
    responses: {
      200: { description: 'The event types', schema: z.object({ events: z.array(ComplaintEventBody.shape.type) }) },
    },
    async handler({ params, principal, db }) {
      const complaint = await loadAuthorized(db, principal, 'act', 'complaint', params.id, complaintAccess);
      return { status: 200, body: { events: nextComplaintEvents(complaint) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/complaints/:id/events',
    operationId: 'applyComplaintEvent',
    summary:
      'Moves a complaint along (assign, escalate, resolve, followUp, reopen, close, flagMalicious); the server records who and when.',
    tag: 'complaints',
    credentials: ['secret'],
    params: complaintId,
    body: ComplaintEventBody,
    bodyDoc: ComplaintEvent,
    errors: [
      'not-found',
      'access/forbidden',
      'complaint/invalid-transition',
      'complaint/follow-up-required',
      'service/event-out-of-order',
    ],
    responses: { 200: { description: 'The complaint after the event', schema: Complaint } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const complaint = await loadAuthorized(db, principal, 'act', 'complaint', params.id, {
        ...complaintAccess,
        forUpdate: services.engine,
      });
      // The body is checked only for its type; core's event schema checks the rest, with the
      // same label core's applyComplaintEvent would use, so the error reads the same.
      const event = parseInput(ComplaintEvent, { ...body, actor: actorOf(caller), at: nowIso }, 'complaint event');
      const changed = applyComplaintEvent(complaint, event);
      await updateRecord(db, 'complaint', changed);
      return { status: 200, body: changed };
    },
  }),
];
