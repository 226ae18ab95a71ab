import { ClubError, entityId, IdPrefix, INVALID_INPUT, isClubError, parseInput } from '@clubkit/core';
import type { Action, ListScope, Principal, Resource, ResourceType } from '@clubkit/core/access';
import { listScope } from '@clubkit/core/access';
import {
  ApplicationApprovalResult,
  ApplicationRejectionRequest,
  MemberRecord,
  NewApplication,
  Page,
  RenewalRequest,
  RenewalResult,
} from '@clubkit/core/api';
import {
  ApplicationStatusSchema,
  approveApplication,
  assertVehicleFree,
  cancelMembership,
  issueCardNumber,
  Member,
  MemberCard,
  Membership,
  MembershipApplication,
  normalizePlate,
  Policy,
  rejectApplication,
  renewMembership,
  startMembership,
  type Vehicle,
} from '@clubkit/core/membership';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { nextSequence } from '../services/sequences.js';
import { lockName } from '../store/locks.js';
import { docs, getRecord, insertRecord, updateRecord, type RecordKind } from '../store/records.js';
import { actorOf, authorize, cursorAfter, keysetPage, notFound, pageQuery } from './common.js';

type Stored<K extends RecordKind> = NonNullable<Awaited<ReturnType<typeof getRecord<K>>>>;

/**
 * Loads a record the caller may act on. A missing record is checked against the collection
 * first, so that a role that may never take this action hears 403 whether or not the id exists,
 * and a scoped role hears 404 for missing and out-of-scope records alike.
 */
async function loadFor<K extends RecordKind>(
  db: ClubDb,
  principal: Principal,
  action: Action,
  kind: K,
  type: ResourceType,
  id: string,
  owners: (doc: Stored<K>) => Omit<Resource, 'type'>,
): Promise<Stored<K>> {
  const doc = await getRecord(db, kind, id);
  if (!doc) {
    authorize(principal, action, { type });
    throw notFound(type, id);
  }
  authorize(principal, action, { type, ...owners(doc as Stored<K>) });
  return doc as Stored<K>;
}

const memberOwners = (m: Member) => ({ branchId: m.branchId, memberId: m.id });
const membershipOwners = (m: Membership) => ({ branchId: m.branchId, memberId: m.memberId });
const applicationOwners = (a: MembershipApplication) => ({ branchId: a.branchId });

/** Re-points an `invalid-input` error's issues into the request body, under `prefix`. */
function inBody(error: unknown, prefix: (string | number)[]): unknown {
  if (!isClubError(error) || error.code !== INVALID_INPUT) return error;
  const issues = error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  return new ClubError(error.code, error.message, { issues, details: error.details, cause: error });
}

/** Checks a record built from a request body with core's schema; issues point at the body field under `prefix`. */
function bodyRecord<S extends z.ZodMiniType>(schema: S, value: z.input<S>, prefix: string[], what: string): z.output<S> {
  try {
    return parseInput(schema, value, what);
  } catch (error) {
    throw inBody(error, prefix);
  }
}

/** The plate of a request body, normalised by core. */
function typedPlate(plate: string): string {
  try {
    return normalizePlate(plate);
  } catch (error) {
    throw inBody(error, ['plate']);
  }
}

/** Enforces one car, one member over the stored memberships of a plate, leaving out `except`. */
async function assertPlateFree(db: ClubDb, engine: DbEngine, plate: string, today: string, except?: string): Promise<void> {
  // The check and the write that follows must not interleave with another request's for this car.
  await lockName(db, engine, `plate:${plate}`);
  const rows = await db.selectFrom('memberships').select('doc').where('plate', '=', plate).execute();
  assertVehicleFree(docs<Membership>(rows).filter((m) => m.id !== except), plate, today);
}

/** A new card number from the club's prefix and the card counter of this transaction. */
async function nextCardNumber(db: ClubDb, prefix: string): Promise<string> {
  return issueCardNumber(prefix, await nextSequence(db, 'cards'));
}

/** The branch filter of a list scope: undefined for every row, null when no row is visible. */
function branchFilter(scope: ListScope): string | undefined | null {
  if (scope.kind === 'all') return undefined;
  return scope.kind === 'where' && scope.field === 'branchId' ? scope.value : null;
}

/** A `LIKE` pattern that finds `text` anywhere, with `%`, `_` and `\` matched literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const applicationId = z.object({ id: entityId(IdPrefix.application) });
const memberId = z.object({ id: entityId(IdPrefix.member) });
const membershipId = z.object({ id: entityId(IdPrefix.membership) });
const emptyPage = { data: [], nextCursor: null };

/** Applications (A2 §1: branch staff apply, the club decides), members, memberships and cards. */
export const memberRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/applications',
    operationId: 'createApplication',
    summary: 'Submits a membership application for a customer (admin, or a branch operator for its own branch).',
    tag: 'applications',
    credentials: ['secret'],
    body: NewApplication,
    responses: { 201: { description: 'The submitted application', schema: MembershipApplication } },
    async handler({ body, principal, caller, db, now, nowIso, today, services }) {
      const plate = typedPlate(body.plate);
      const application = bodyRecord(
        MembershipApplication,
        { ...body, id: newId(IdPrefix.application, now), plate, status: 'submitted', submittedAt: nowIso, submittedBy: actorOf(caller) },
        [],
        'application',
      );
      authorize(principal, 'create', { type: 'application', branchId: body.branchId });
      if (!(await getRecord(db, 'branch', body.branchId))) throw notFound('branch', body.branchId);
      if (body.memberId) await loadFor(db, principal, 'read', 'member', 'member', body.memberId, memberOwners);
      await assertPlateFree(db, services.engine, plate, today);
      await insertRecord(db, 'application', application);
      return { status: 201, body: application };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/applications',
    operationId: 'listApplications',
    summary: 'Lists applications in submission order (a branch operator: its own branch), optionally by status.',
    tag: 'applications',
    credentials: ['secret'],
    query: z.object({ ...pageQuery, status: z.optional(ApplicationStatusSchema) }),
    responses: { 200: { description: 'A page of applications', schema: Page(MembershipApplication) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'application' });
      const branchId = branchFilter(listScope(principal, 'application'));
      const after = cursorAfter(query.cursor);
      if (branchId === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('applications').select(['id', 'doc']);
      if (branchId) q = q.where('branch_id', '=', branchId);
      if (query.status) q = q.where('status', '=', query.status);
      if (after) q = q.where('id', '>', after);
      const page = keysetPage(await q.orderBy('id').limit(query.limit + 1).execute(), query.limit, (r) => r.id);
      return { status: 200, body: { data: docs<MembershipApplication>(page.data), nextCursor: page.nextCursor } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/applications/:id',
    operationId: 'getApplication',
    summary: 'Reads one application.',
    tag: 'applications',
    credentials: ['secret'],
    params: applicationId,
    responses: { 200: { description: 'The application', schema: MembershipApplication } },
    async handler({ principal, db, params }) {
      return { status: 200, body: await loadFor(db, principal, 'read', 'application', 'application', params.id, applicationOwners) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/applications/:id/approve',
    operationId: 'approveApplication',
    summary: 'Approves an application (admin): creates the member if new, the vehicle, the policy and the membership with its first card.',
    tag: 'applications',
    credentials: ['secret'],
    params: applicationId,
    responses: { 200: { description: 'The approved application and what it created', schema: ApplicationApprovalResult } },
    async handler({ principal, caller, db, params, now, nowIso, today, services }) {
      const submitted = await loadFor(db, principal, 'decide', 'application', 'application', params.id, applicationOwners);
      const application = approveApplication(submitted, { at: nowIso, by: actorOf(caller) });
      await assertPlateFree(db, services.engine, application.plate, today);
      let member = application.memberId ? await getRecord(db, 'member', application.memberId) : undefined;
      if (application.memberId && !member) throw notFound('member', application.memberId);
      if (!member) {
        const { name, phone, email } = application.applicant;
        member = { id: newId(IdPrefix.member, now), name, phone, branchId: application.branchId, ...(email ? { email } : {}) };
        await insertRecord(db, 'member', member);
      }
      const owned = await db.selectFrom('vehicles').select('doc').where('member_id', '=', member.id).where('plate', '=', application.plate).executeTakeFirst();
      if (!owned) {
        const vehicle: Vehicle = { id: newId(IdPrefix.vehicle, now), memberId: member.id, plate: application.plate };
        await insertRecord(db, 'vehicle', vehicle);
      }
      const policy: Policy = { id: newId(IdPrefix.policy, now), memberId: member.id, branchId: application.branchId, plate: application.plate, ...application.policy };
      const card = { id: newId(IdPrefix.card, now), number: await nextCardNumber(db, services.cardPrefix) };
      const membership = startMembership(
        { id: newId(IdPrefix.membership, now), memberId: member.id, branchId: application.branchId, tier: application.tier, policy, card },
        today,
      );
      await insertRecord(db, 'policy', policy);
      await insertRecord(db, 'membership', membership);
      await insertRecord(db, 'card', membership.card);
      await updateRecord(db, 'application', application);
      return { status: 200, body: { application, member, membership } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/applications/:id/reject',
    operationId: 'rejectApplication',
    summary: 'Rejects an application with a reason (admin).',
    tag: 'applications',
    credentials: ['secret'],
    params: applicationId,
    body: ApplicationRejectionRequest,
    responses: { 200: { description: 'The rejected application', schema: MembershipApplication } },
    async handler({ principal, caller, db, params, body, nowIso }) {
      const submitted = await loadFor(db, principal, 'decide', 'application', 'application', params.id, applicationOwners);
      const application = rejectApplication(submitted, { at: nowIso, by: actorOf(caller), reason: body.reason });
      await updateRecord(db, 'application', application);
      return { status: 200, body: application };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/members',
    operationId: 'listMembers',
    summary: 'Lists members (a branch operator: its own branch), optionally those whose name or phone contains `q`.',
    tag: 'members',
    credentials: ['secret'],
    query: z.object({ ...pageQuery, q: z.optional(z.string().check(z.minLength(1), z.maxLength(50))) }),
    responses: { 200: { description: 'A page of members', schema: Page(Member) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'member' });
      const branchId = branchFilter(listScope(principal, 'member'));
      const after = cursorAfter(query.cursor);
      if (branchId === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('members').select(['id', 'doc']);
      if (branchId) q = q.where('branch_id', '=', branchId);
      if (query.q) {
        const pattern = containsPattern(query.q);
        q = q.where(sql<boolean>`(lower(name) like lower(${pattern}) escape '\\' or phone like ${pattern} escape '\\')`);
      }
      if (after) q = q.where('id', '>', after);
      const page = keysetPage(await q.orderBy('id').limit(query.limit + 1).execute(), query.limit, (r) => r.id);
      return { status: 200, body: { data: docs<Member>(page.data), nextCursor: page.nextCursor } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/members/:id',
    operationId: 'getMember',
    summary: 'Reads a member with their vehicles, policies and memberships.',
    tag: 'members',
    credentials: ['secret'],
    params: memberId,
    responses: { 200: { description: 'The member record', schema: MemberRecord } },
    async handler({ principal, db, params }) {
      const member = await loadFor(db, principal, 'read', 'member', 'member', params.id, memberOwners);
      const [vehicles, policies, memberships] = await Promise.all([
        db.selectFrom('vehicles').select('doc').where('member_id', '=', member.id).orderBy('id').execute(),
        db.selectFrom('policies').select('doc').where('member_id', '=', member.id).orderBy('id').execute(),
        db.selectFrom('memberships').select('doc').where('member_id', '=', member.id).orderBy('id').execute(),
      ]);
      return { status: 200, body: { member, vehicles: docs(vehicles), policies: docs(policies), memberships: docs(memberships) } };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/members/:id/cards',
    operationId: 'listMemberCards',
    summary: 'Lists every card of a member, newest first (admin: card management).',
    tag: 'cards',
    credentials: ['secret'],
    params: memberId,
    responses: { 200: { description: 'The cards', schema: z.array(MemberCard) } },
    async handler({ principal, db, params }) {
      const member = await loadFor(db, principal, 'list', 'member', 'card', params.id, memberOwners);
      const rows = await db.selectFrom('cards').select('doc').where('member_id', '=', member.id).orderBy('id', 'desc').execute();
      return { status: 200, body: docs<MemberCard>(rows) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/memberships/:id',
    operationId: 'getMembership',
    summary: 'Reads a membership with its current card.',
    tag: 'memberships',
    credentials: ['secret'],
    params: membershipId,
    responses: { 200: { description: 'The membership', schema: Membership } },
    async handler({ principal, db, params }) {
      return { status: 200, body: await loadFor(db, principal, 'read', 'membership', 'membership', params.id, membershipOwners) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/memberships/:id/renew',
    operationId: 'renewMembership',
    summary: 'Renews a membership with the next policy and re-issues its card: the same membership in the validity period, a new one after.',
    tag: 'memberships',
    credentials: ['secret'],
    params: membershipId,
    body: RenewalRequest,
    responses: { 200: { description: 'The renewed membership and the superseded card', schema: RenewalResult } },
    async handler({ principal, db, params, body, now, today, services }) {
      const current = await loadFor(db, principal, 'update', 'membership', 'membership', params.id, membershipOwners);
      const policy = bodyRecord(
        Policy,
        { id: newId(IdPrefix.policy, now), memberId: current.memberId, branchId: current.branchId, plate: current.plate, ...body.policy },
        ['policy'],
        'policy',
      );
      const cardNumber = await nextCardNumber(db, services.cardPrefix);
      const renewal = renewMembership(current, policy, today, { cardId: newId(IdPrefix.card, now), cardNumber, membershipId: newId(IdPrefix.membership, now) });
      await assertPlateFree(db, services.engine, current.plate, today, current.id);
      await insertRecord(db, 'policy', policy);
      if (renewal.continuous) {
        await updateRecord(db, 'membership', renewal.membership);
      } else {
        await updateRecord(db, 'membership', { ...current, card: renewal.previousCard });
        await insertRecord(db, 'membership', renewal.membership);
      }
      await updateRecord(db, 'card', renewal.previousCard);
      await insertRecord(db, 'card', renewal.card);
      return { status: 200, body: { membership: renewal.membership, previousCard: renewal.previousCard, continuous: renewal.continuous } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/memberships/:id/cancel',
    operationId: 'cancelMembership',
    summary: 'Cancels a membership and its card today (admin).',
    tag: 'memberships',
    credentials: ['secret'],
    params: membershipId,
    responses: { 200: { description: 'The cancelled membership', schema: Membership } },
    async handler({ principal, db, params, today }) {
      const current = await loadFor(db, principal, 'delete', 'membership', 'membership', params.id, membershipOwners);
      const cancelled = cancelMembership(current, today);
      await updateRecord(db, 'membership', cancelled);
      await updateRecord(db, 'card', cancelled.card);
      return { status: 200, body: cancelled };
    },
  }),
];
