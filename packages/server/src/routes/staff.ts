import { ClubError, entityId, IdPrefix, INVALID_INPUT } from '@clubkit/core';
import type { ClubDb } from '../db/connect.js';
import { modulesFor, RoleSchema } from '@clubkit/core/access';
import {
  AuditEntry,
  NewStaff,
  Page,
  Staff,
  StaffPatch,
  StaffSession,
  StaffSessionInfo,
  StaffSessionRequest,
  StaffStatus,
} from '@clubkit/core/api';
import * as z from 'zod/mini';
import { bearerToken, hashSecret } from '../http/auth.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId, newSecret } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { getRecord, insertRecord, updateRecord } from '../store/records.js';
import { authorize, cursorAfter, keysetList, keysetPage, notFound, pageQuery } from './common.js';

const staffId = z.object({ id: entityId(IdPrefix.staff) });

/**
 * Refuses a manager that is no staff account, or the account itself, at `managerId`: a complaint
 * about someone's conduct goes to their manager, who must exist and be someone else.
 */
async function checkManager(db: ClubDb, managerId: string | undefined, self?: string): Promise<void> {
  if (managerId === undefined) return;
  const manager = managerId === self ? undefined : await getRecord(db, 'staff', managerId);
  if (manager) return;
  throw new ClubError(INVALID_INPUT, 'The manager must be another existing staff account.', {
    issues: [{ path: ['managerId'], code: 'unknown_staff', message: 'No other staff member has this id' }],
  });
}

/** Staff accounts, their sessions, and the audit log of what they did (A2 §3 system management). */
export const staffRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/staff',
    operationId: 'createStaff',
    summary: 'Creates a staff account: a person with a role and its scope (admin).',
    tag: 'staff',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'staff' },
    body: NewStaff,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The staff account', schema: Staff } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'staff' });
      await checkManager(db, body.managerId);
      const staff: Staff = {
        id: newId(IdPrefix.staff, now),
        name: body.name,
        principal: body.principal,
        ...(body.managerId !== undefined ? { managerId: body.managerId } : {}),
        status: StaffStatus.active,
        createdAt: nowIso,
        updatedAt: nowIso,
      };
      await insertRecord(db, 'staff', staff);
      return { status: 201, body: staff };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/staff',
    operationId: 'listStaff',
    summary: 'Lists staff accounts, optionally of one role or status (admin).',
    tag: 'staff',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'staff' },
    query: z.object({
      ...pageQuery,
      role: z.optional(RoleSchema),
      status: z.optional(z.enum([StaffStatus.active, StaffStatus.disabled])),
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of staff accounts', schema: Page(Staff) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'staff' });
      let q = db.selectFrom('staff').select(['id', 'doc']);
      if (query.role) q = q.where('role', '=', query.role);
      if (query.status) q = q.where('status', '=', query.status);
      return { status: 200, body: await keysetList<Staff>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/staff/:id',
    operationId: 'getStaff',
    summary: 'Reads a staff account (admin).',
    tag: 'staff',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'staff' },
    params: staffId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The staff account', schema: Staff } },
    async handler({ principal, db, params }) {
      authorize(principal, 'read', { type: 'staff' });
      const staff = await getRecord(db, 'staff', params.id);
      if (!staff) throw notFound('staff member', params.id);
      return { status: 200, body: staff };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/staff/:id',
    operationId: 'updateStaff',
    summary:
      'Renames a staff account, changes its role or manager, or disables or enables it; disabling ends its sessions at once (admin).',
    tag: 'staff',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'staff' },
    params: staffId,
    body: StaffPatch,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The staff account as changed', schema: Staff } },
    async handler({ principal, db, params, body, nowIso, services }) {
      authorize(principal, 'update', { type: 'staff' });
      const before = await getRecord(db, 'staff', params.id, { forUpdate: services.engine });
      if (!before) throw notFound('staff member', params.id);
      await checkManager(db, body.managerId, before.id);
      const staff: Staff = {
        ...before,
        ...(body.managerId !== undefined ? { managerId: body.managerId } : {}),
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.principal !== undefined ? { principal: body.principal } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        updatedAt: nowIso,
      };
      await updateRecord(db, 'staff', staff);
      // A disabled account, or one whose role changed, signs in again: its open sessions end now.
      const roleChanged = JSON.stringify(staff.principal) !== JSON.stringify(before.principal);
      if (staff.status === StaffStatus.disabled || roleChanged)
        await db.deleteFrom('staff_sessions').where('staff_id', '=', staff.id).execute();
      return { status: 200, body: staff };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/staff-sessions',
    operationId: 'createStaffSession',
    summary:
      "Mints a short-lived session token for a staff member after the club's own sign-in (secret key, admin); the API never sees a password.",
    tag: 'staff',
    credentials: ['secret'],
    access: { action: 'act', type: 'staff' },
    body: StaffSessionRequest,
    errors: ['not-found', 'access/forbidden', 'staff/disabled'],
    responses: { 201: { description: 'The session; the token is shown only here', schema: StaffSession } },
    async handler({ body, principal, caller, db, now, services }) {
      authorize(principal, 'act', { type: 'staff' });
      const staff = await getRecord(db, 'staff', body.staffId);
      if (!staff) throw notFound('staff member', body.staffId);
      if (staff.status !== StaffStatus.active)
        throw new HttpProblem(409, 'staff/disabled', 'This staff account is disabled; enable it before it signs in.');
      const token = newSecret('ss');
      const expiresAt = new Date(now.getTime() + services.staffSessionTtlSeconds * 1000).toISOString();
      await db
        .insertInto('staff_sessions')
        .values({
          hash: hashSecret(token),
          staff_id: staff.id,
          allowed_origins: JSON.stringify(caller.allowedOrigins),
          created_at: now.toISOString(),
          expires_at: expiresAt,
          key_id: caller.id,
        })
        .execute();
      return { status: 201, body: { token, staffId: staff.id, principal: staff.principal, expiresAt } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/staff-sessions/current',
    operationId: 'getCurrentStaffSession',
    summary: 'The signed-in staff member, the modules their menu opens and when the session ends (staff session).',
    tag: 'staff',
    credentials: ['staff'],
    errors: ['not-found'],
    responses: { 200: { description: 'The session', schema: StaffSessionInfo } },
    async handler({ caller, db, hono }) {
      const token = bearerToken(hono.req.header('authorization')) ?? '';
      const [staff, session] = await Promise.all([
        getRecord(db, 'staff', caller.staffId ?? ''),
        db.selectFrom('staff_sessions').select('expires_at').where('hash', '=', hashSecret(token)).executeTakeFirst(),
      ]);
      if (!staff || !session) throw notFound('staff session');
      return { status: 200, body: { staff, modules: modulesFor(staff.principal), expiresAt: session.expires_at } };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/staff-sessions/current',
    operationId: 'revokeCurrentStaffSession',
    summary: 'Ends the staff session the request is made with (sign-out): its token answers 401 from then on.',
    tag: 'staff',
    credentials: ['staff'],
    responses: { 204: { description: 'The session is ended' } },
    async handler({ hono, db }) {
      const token = bearerToken(hono.req.header('authorization')) ?? '';
      await db.deleteFrom('staff_sessions').where('hash', '=', hashSecret(token)).execute();
      return { status: 204, body: undefined };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/audit',
    operationId: 'listAudit',
    summary: "The audit log of writes, newest last: everyone's, or one staff member's or actor's (admin).",
    tag: 'staff',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'audit' },
    query: z.object({
      ...pageQuery,
      staffId: z.optional(entityId(IdPrefix.staff)),
      actor: z.optional(z.string().check(z.regex(/^(staff|key|member):[A-Za-z0-9_-]{1,64}$/))),
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of audit entries', schema: Page(AuditEntry) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'audit' });
      const after = cursorAfter(query.cursor);
      let q = db.selectFrom('audit_log').selectAll();
      if (query.staffId) q = q.where('staff_id', '=', query.staffId);
      if (query.actor) q = q.where('actor', '=', query.actor);
      if (after) q = q.where('id', '>', after);
      const rows = await q
        .orderBy('id')
        .limit(query.limit + 1)
        .execute();
      const page = keysetPage(rows, query.limit, (r) => r.id);
      return {
        status: 200,
        body: {
          nextCursor: page.nextCursor,
          data: page.data.map((r): AuditEntry => ({
            id: r.id,
            at: r.at,
            actor: r.actor,
            staffId: r.staff_id,
            method: r.method,
            path: r.path,
            operationId: r.operation_id,
            status: r.status,
            requestId: r.request_id,
          })),
        },
      };
    },
  }),
];
