import { randomBytes } from 'node:crypto';
import { ClubError, entityId, IdPrefix, INVALID_INPUT, parseInput } from '@clubkit/core';
import {
  ComplaintEventBody,
  ComplaintReceipt,
  ComplaintReceiptQuery,
  complaintReceipt,
  ConductStaffList,
  NewComplaintBody,
  NewConductComplaintBody,
  Page,
  type ConductStaff,
  type Staff,
  phoneLast4,
} from '@clubkit/core/api';
import {
  applyComplaintEvent,
  assertConductHandler,
  Complaint,
  complaintVisibleTo,
  conductDetails,
  type ComplaintViewer,
  ComplaintChannel,
  ComplaintEvent,
  complaintSeverityByRule,
  ComplaintStatusSchema,
  createComplaint,
  isOverdue,
  nextComplaintEvents,
  parseComplaintReference,
  randomComplaintReference,
  REPEAT_COMPLAINT_DAYS,
  type ComplaintCategory,
  type ComplaintSeverity,
} from '@clubkit/core/service';
import { listScope, type Principal } from '@clubkit/core/access';
import { sql, type SqlBool } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import type { Caller } from '../http/env.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { DEFAULT_COMPLAINT_QUOTA } from '../services/keys.js';
import { receiptLookupsOf } from '../services/receipt-lookups.js';
import { nextSequence } from '../services/sequences.js';
import { complaintViewerOf, conductVisibleTo } from '../store/conduct-visibility.js';
import { docs, getRecord, insertComplaintUnlessReferenceTaken, nameKey, updateRecord } from '../store/records.js';
import {
  actorOf,
  authorize,
  cursorAfter,
  emptyPage,
  keysetPage,
  loadAuthorized,
  notFound,
  pageQuery,
  type RecordAccess,
} from './common.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { linkedUnit } from './units.js';

/** Rows read per step while scanning for overdue complaints, whose rule is core's, not SQL's. */
const OVERDUE_SCAN_BATCH = 200;
/** Draws of a random reference before giving up (each collides with odds of taken / 2^40). */
const REFERENCE_DRAWS = 8;

/**
 * A complaint is owned by its member, when a signed-in member filed it, and is its unit's
 * property's when staff linked a unit; one without a property is seen only by staff of every
 * property.
 */
const complaintAccess: RecordAccess<'complaint'> = {
  type: 'complaint',
  owners: (c: Complaint) => ({
    ...(c.memberId ? { memberId: c.memberId } : {}),
    ...(c.propertyId ? { propertyId: c.propertyId } : {}),
  }),
};

/**
 * Loads a complaint as {@link loadAuthorized} does, and answers 404 — the very answer an unknown
 * id gets — when it is a conduct complaint about the caller (core's complaintVisibleTo).
 */
async function loadVisible(
  db: ClubDb,
  principal: Principal,
  caller: Caller,
  action: 'read' | 'act',
  id: string,
  access: RecordAccess<'complaint'>,
): Promise<Complaint> {
  const complaint = await loadAuthorized(db, principal, action, 'complaint', id, access);
  if (complaintVisibleTo(complaint, complaintViewerOf(caller, principal))) return complaint;
  // Answered as loadAuthorized answers an id that does not exist, step by step.
  authorize(principal, action, { type: 'complaint' });
  throw notFound('complaint', id);
}

/**
 * Stores the complaint `build` makes with a new reference: 40 random bits from `random` (the
 * crypto source), drawn again on the unlikely clash with a reference already in the log. The
 * insert claims the reference (`insertComplaintUnlessReferenceTaken`): one statement a draw, and
 * no two complaints filed at once can end up with one reference.
 */
export async function insertWithNewReference(
  db: ClubDb,
  build: (reference: string) => Complaint,
  random: () => Uint8Array = () => randomBytes(5),
): Promise<Complaint> {
  for (let draw = 0; draw < REFERENCE_DRAWS; draw++) {
    const complaint = build(randomComplaintReference(random()));
    if (await insertComplaintUnlessReferenceTaken(db, complaint)) return complaint;
  }
  throw new Error(`No free complaint reference in ${REFERENCE_DRAWS} draws; is the random source broken?`);
}

/** Seconds from `now` to the next midnight of the club's time zone (at least 1). */
export function secondsToClubMidnight(now: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Math.max(1, 86_400 - (part('hour') * 3600 + part('minute') * 60 + part('second')));
}

/**
 * Spends one of the publishable key's new complaints of the club's day, or refuses with 429 and
 * the seconds to the club's next midnight. The count is a counter bumped in the request's
 * transaction, so a refused or failed filing does not use up the quota.
 */
async function spendComplaintQuota(db: ClubDb, caller: Caller, today: string, now: Date, timeZone: string) {
  const key = await db.selectFrom('api_keys').select('complaint_quota').where('id', '=', caller.id).executeTakeFirst();
  const quota = key?.complaint_quota ?? DEFAULT_COMPLAINT_QUOTA;
  const used = await nextSequence(db, `complaint-quota:${caller.id}:${today}`);
  if (used > quota) {
    throw new HttpProblem(
      429,
      'complaint/daily-quota-exceeded',
      `This key has filed its ${quota} complaints of the day; more are taken after midnight, or by the hotline.`,
      { headers: { 'Retry-After': String(secondsToClubMidnight(now, timeZone)) } },
    );
  }
}

/**
 * The severity of a complaint filed online, by core's rule: its category and the same contact's
 * earlier complaints (the same phone digits, or the same member).
 */
async function severityByRule(
  db: ClubDb,
  complaint: { category: ComplaintCategory; phone: string },
  memberId: string | undefined,
  now: Date,
): Promise<ComplaintSeverity> {
  const since = new Date(now.getTime() - REPEAT_COMPLAINT_DAYS * 86_400_000).toISOString();
  const digits = complaint.phone.replace(/\D/g, '');
  const rows = await db
    .selectFrom('complaints')
    .select('doc')
    .where((eb) =>
      eb.and([
        eb('received_at', '>=', since),
        memberId
          ? eb.or([eb('phone_digits', '=', digits), eb('member_id', '=', memberId)])
          : eb('phone_digits', '=', digits),
      ]),
    )
    .limit(100)
    .execute();
  return complaintSeverityByRule({
    category: complaint.category,
    now: now.toISOString(),
    earlier: docs<Complaint>(rows).map((c) => ({ category: c.category, status: c.status, receivedAt: c.receivedAt })),
  });
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
  filter: {
    status?: string | undefined;
    memberId?: string | undefined;
    propertyId?: string | undefined;
    overdueAt?: string | undefined;
    /** Who is looking: the conduct complaints they may not see are left out (conductVisibleTo). */
    viewer: ComplaintViewer;
  },
  page: { limit: number; after?: string | undefined },
) {
  const kept: Complaint[] = [];
  let after = page.after;
  const batch = filter.overdueAt ? OVERDUE_SCAN_BATCH : page.limit + 1;
  for (;;) {
    let q = db.selectFrom('complaints').select(['id', 'doc']);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.memberId) q = q.where('member_id', '=', filter.memberId);
    if (filter.propertyId) q = q.where('property_id', '=', filter.propertyId);
    q = q.where(conductVisibleTo(filter.viewer));
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

/** The most staff members one lookup of `GET /v1/conduct-complaints/staff` answers. */
const CONDUCT_STAFF_MAX = 20;

/** Query of `GET /v1/conduct-complaints/staff`: the start of a name, and how many to answer. */
const ConductStaffQuery = z.object({
  /** The start of the staff member's name, as typed, e.g. `王` or `wang`; case and width do not matter. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** @default 10 */
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(CONDUCT_STAFF_MAX)), 10),
});

/** Complaints (A4 §3.3): registered by the public, members or staff, then worked through to closure. */
export const complaintRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/complaints',
    operationId: 'createComplaint',
    summary:
      'Registers a complaint and returns its receipt: from a partner page (publishable key), a signed-in member (their own), or staff logging a call, visit or letter (secret key).',
    tag: 'complaints',
    credentials: ['secret', 'publishable', 'session', 'staff'],
    access: { action: 'create', type: 'complaint' },
    body: NewComplaintBody,
    errors: ['access/forbidden', 'complaint/daily-quota-exceeded'],
    responses: { 201: { description: 'The receipt with the reference to quote', schema: ComplaintReceipt } },
    async handler({ body, principal, caller, db, now, nowIso, today, services }) {
      const memberId = principal.role === 'member' ? principal.memberId : undefined;
      // Only staff link a unit; what a partner page or a member sends as one is ignored.
      const unit =
        body.unitId !== undefined && caller.kind !== 'publishable' && caller.kind !== 'session'
          ? await linkedUnit(db, principal, body.unitId, ['unitId'])
          : undefined;
      authorize(principal, 'create', {
        type: 'complaint',
        ...(memberId ? { memberId } : {}),
        ...(unit ? { propertyId: unit.propertyId } : {}),
      });
      if (caller.kind === 'publishable') await spendComplaintQuota(db, caller, today, now, services.timeZone);
      // Online (publishable key or member session) the channel is the web form and the severity
      // is the rule's; whatever the body says of them is ignored. Staff set both as they log it.
      const online = caller.kind !== 'secret';
      const submitted = online
        ? { ...body, channel: ComplaintChannel.web, severity: await severityByRule(db, body, memberId, now) }
        : body;
      const id = newId('cmp', now);
      const complaint = await insertWithNewReference(db, (reference) => {
        const created = createComplaint(submitted, {
          id,
          reference,
          now: nowIso,
          actor: complaintActor(caller),
          ...(memberId ? { memberId } : {}),
        });
        return unit ? { ...created, unitId: unit.id, propertyId: unit.propertyId } : created;
      });
      return { status: 201, body: complaintReceipt(complaint) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/conduct-complaints',
    operationId: 'createConductComplaint',
    summary:
      "Registers a complaint about a staff member's conduct with its witnesses and evidence; the staff member's manager handles it, and the staff member never sees it (staff).",
    tag: 'complaints',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'complaint' },
    body: NewConductComplaintBody,
    errors: ['access/forbidden', 'complaint/no-manager'],
    responses: { 201: { description: 'The complaint as logged', schema: Complaint } },
    async handler({ body, principal, caller, db, now, nowIso }) {
      const { conduct: conductInput, ...form } = body;
      const unit = form.unitId !== undefined ? await linkedUnit(db, principal, form.unitId, ['unitId']) : undefined;
      // A conduct complaint names a staff member, not always a unit: one logged without a unit by
      // the desk of one property is that property's, so the desk and its manager find it.
      const propertyId = unit?.propertyId ?? (principal.role === 'desk' ? principal.propertyId : undefined);
      authorize(principal, 'create', { type: 'complaint', ...(propertyId ? { propertyId } : {}) });
      const accused = await getRecord(db, 'staff', conductInput.staffId);
      if (!accused) {
        throw new ClubError(INVALID_INPUT, 'No such staff member.', {
          issues: [{ path: ['conduct', 'staffId'], code: 'unknown_staff', message: 'No staff member has this id' }],
        });
      }
      const manager = accused.managerId === undefined ? undefined : await getRecord(db, 'staff', accused.managerId);
      const conduct = conductDetails(conductInput, accused, manager?.name);
      const id = newId('cmp', now);
      const complaint = await insertWithNewReference(db, (reference) => ({
        ...createComplaint(form, { id, reference, now: nowIso, actor: complaintActor(caller) }),
        ...(unit ? { unitId: unit.id } : {}),
        ...(propertyId ? { propertyId } : {}),
        conduct,
      }));
      return { status: 201, body: complaint };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/conduct-complaints/staff',
    operationId: 'listConductStaff',
    summary:
      'The staff members whose name starts with what the desk typed, to name one in a conduct complaint: id, name and role only, by name, at most 20 (staff who log complaints).',
    tag: 'complaints',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'complaint' },
    query: ConductStaffQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The staff members that match, by name', schema: ConductStaffList } },
    async handler({ db, query }) {
      // Whoever may log a complaint (the route's access: core's mayEver, before this runs) may find
      // whom it is about, a desk of one property too; nothing else of a staff account shows.
      const prefix = nameKey(query.name).replace(/[\\%_]/g, (c) => `\\${c}`);
      const rows = await db
        .selectFrom('staff')
        .select(['id', 'doc'])
        .where(sql<SqlBool>`name_key like ${`${prefix}%`} escape '\\'`)
        .orderBy('name_key')
        .orderBy('id')
        .limit(query.limit)
        .execute();
      const data = docs<Staff>(rows).map((s): ConductStaff => ({ id: s.id, name: s.name, role: s.principal.role }));
      return { status: 200, body: { data } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaint-receipts/:reference',
    operationId: 'getComplaintReceipt',
    summary:
      "The receipt of a complaint by its reference and the last four digits of the contact phone given when filing (a member session: its own member's receipts, without the digits). A wrong or missing answer is a 404 like an unknown reference; repeated misses on one reference answer 429.",
    tag: 'complaints',
    credentials: ['secret', 'publishable', 'session', 'staff'],
    params: z.object({
      /** The reference as printed or typed: any case, spaces or dashes, e.g. `C79ZH-5H4YW`. */
      reference: z.string().check(z.minLength(1), z.maxLength(40)),
    }),
    query: ComplaintReceiptQuery,
    errors: ['not-found', 'complaint/reference-mistyped'],
    responses: { 200: { description: 'The receipt', schema: ComplaintReceipt } },
    async handler({ params, query, principal, caller, db, now, services }) {
      const parsed = parseComplaintReference(params.reference);
      if (parsed.status === 'malformed') {
        throw new ClubError(INVALID_INPUT, 'Not a complaint reference.', {
          issues: [
            {
              path: ['path', 'reference'],
              code: 'invalid_format',
              message: 'Expected a complaint reference such as C79ZH-5H4YW',
            },
          ],
        });
      }
      if (parsed.status === 'mistyped') {
        throw new HttpProblem(
          422,
          'complaint/reference-mistyped',
          'The reference does not check out: a character is mistyped or misread. Compare it with the receipt.',
        );
      }
      const { reference } = parsed;
      const lookups = receiptLookupsOf(services);
      const wait = lookups.blockedFor(reference, now.getTime());
      if (wait > 0) {
        throw new HttpProblem(429, 'rate-limited', 'Too many failed lookups of this reference; retry later.', {
          headers: { 'Retry-After': String(wait) },
        });
      }
      const row = await db.selectFrom('complaints').select('doc').where('reference', '=', reference).executeTakeFirst();
      const complaint = row ? (JSON.parse(row.doc) as Complaint) : undefined;
      const answered =
        complaint !== undefined &&
        complaintVisibleTo(complaint, complaintViewerOf(caller, principal)) &&
        (principal.role === 'member'
          ? complaint.memberId === principal.memberId
          : query.phoneLast4 !== undefined && phoneLast4(complaint.phone) === query.phoneLast4);
      if (!answered) {
        lookups.miss(reference, now.getTime());
        throw notFound('complaint');
      }
      return { status: 200, body: complaintReceipt(complaint) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaints',
    operationId: 'listComplaints',
    summary:
      'Complaints in the log, oldest first, by status or overdue (staff; a member reads the public part of their own at /v1/me/complaints).',
    tag: 'complaints',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'complaint' },
    query: complaintListQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of complaints', schema: Page(Complaint) } },
    async handler({ principal, caller, db, query, nowIso }) {
      authorize(principal, 'list', { type: 'complaint' });
      const scope = listScope(principal, 'complaint');
      if (scope.kind === 'none' || (scope.kind === 'where' && !['memberId', 'propertyId'].includes(scope.field)))
        return { status: 200, body: emptyPage };
      const ownedBy = (field: string) => (scope.kind === 'where' && scope.field === field ? scope.value : undefined);
      const page = await complaintPage(
        db,
        {
          status: query.status,
          memberId: ownedBy('memberId'),
          propertyId: ownedBy('propertyId'),
          overdueAt: query.overdue === 'true' ? nowIso : undefined,
          viewer: complaintViewerOf(caller, principal),
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
    summary: 'One complaint with its history (staff; a member reads the public part of their own as receipts).',
    tag: 'complaints',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'complaint' },
    params: complaintId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The complaint', schema: Complaint } },
    async handler({ params, principal, caller, db }) {
      return {
        status: 200,
        body: await loadVisible(db, principal, caller, 'read', params.id, complaintAccess),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/complaints/:id/next-events',
    operationId: 'listComplaintNextEvents',
    summary: 'The events the complaint can take now, for offering the next actions.',
    tag: 'complaints',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'complaint' },
    params: complaintId,
    errors: ['not-found', 'access/forbidden'],
    responses: {
      200: { description: 'The event types', schema: z.object({ events: z.array(ComplaintEventBody.shape.type) }) },
    },
    async handler({ params, principal, caller, db }) {
      const complaint = await loadVisible(db, principal, caller, 'act', params.id, complaintAccess);
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
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'complaint' },
    params: complaintId,
    body: ComplaintEventBody,
    bodyDoc: ComplaintEvent,
    errors: [
      'not-found',
      'access/forbidden',
      'complaint/invalid-transition',
      'complaint/not-handler',
      'complaint/follow-up-required',
      'service/event-out-of-order',
    ],
    responses: { 200: { description: 'The complaint after the event', schema: Complaint } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const complaint = await loadVisible(db, principal, caller, 'act', params.id, {
        ...complaintAccess,
        forUpdate: services.engine,
      });
      assertConductHandler(complaint, complaintViewerOf(caller, principal));
      // The body is checked only for its type; core's event schema checks the rest, with the
      // same label core's applyComplaintEvent would use, so the error reads the same.
      const event = parseInput(ComplaintEvent, { ...body, actor: actorOf(caller), at: nowIso }, 'complaint event');
      const changed = applyComplaintEvent(complaint, event);
      await updateRecord(db, 'complaint', changed);
      return { status: 200, body: changed };
    },
  }),
];
