import { ClubError, entityId, IdPrefix, INVALID_INPUT } from '@clubkit/core';
import { ApplicationApprovalResult, ApplicationRejectionRequest, NewApplication, Page } from '@clubkit/core/api';
import {
  ApplicationStatusSchema,
  approveApplication,
  assertCampaignRuns,
  MembershipApplication,
  rejectApplication,
  startMembership,
  type Policy,
  type Vehicle,
} from '@clubkit/core/membership';
import * as z from 'zod/mini';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { getRecord, insertRecord, updateRecord } from '../store/records.js';
import {
  actorOf,
  authorize,
  emptyPage,
  keysetList,
  listFilter,
  loadAuthorized,
  notFound,
  pageQuery,
} from './common.js';
import {
  applicationAccess,
  assertPlateFree,
  bodyRecord,
  memberAccess,
  nextCardNumber,
  typedPlate,
} from './membership-support.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

const applicationId = z.object({ id: entityId(IdPrefix.application) });

/**
 * Membership applications (A2 §1: branch staff apply, the club's staff decide: the admin any
 * application, a branch operator those of its own branch).
 */
export const applicationRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/applications',
    operationId: 'createApplication',
    summary: 'Submits a membership application for a customer (admin, or a branch operator for its own branch).',
    tag: 'applications',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'application' },
    body: NewApplication,
    errors: ['not-found', 'access/forbidden', 'membership/duplicate-vehicle', 'membership/campaign-not-running'],
    responses: { 201: { description: 'The submitted application', schema: MembershipApplication } },
    async handler({ body, principal, caller, db, now, nowIso, today, services }) {
      const plate = typedPlate(body.plate);
      const application = bodyRecord(
        MembershipApplication,
        {
          ...body,
          id: newId(IdPrefix.application, now),
          plate,
          status: 'submitted',
          submittedAt: nowIso,
          submittedBy: actorOf(caller),
        },
        [],
        'application',
      );
      authorize(principal, 'create', { type: 'application', branchId: body.branchId });
      if (!(await getRecord(db, 'branch', body.branchId))) throw notFound('branch', body.branchId);
      if (body.memberId) await loadAuthorized(db, principal, 'read', 'member', body.memberId, memberAccess);
      if (body.campaignId) {
        const campaign = await getRecord(db, 'campaign', body.campaignId);
        if (!campaign) {
          throw new ClubError(INVALID_INPUT, `No campaign ${body.campaignId}.`, {
            issues: [{ path: ['campaignId'], code: 'not_found', message: `No campaign ${body.campaignId}` }],
          });
        }
        assertCampaignRuns(campaign, today);
      }
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
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'application' },
    query: z.object({ ...pageQuery, status: z.optional(ApplicationStatusSchema) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of applications', schema: Page(MembershipApplication) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'application' });
      const branchId = listFilter(principal, 'application', 'branchId');
      if (branchId === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('applications').select(['id', 'doc']);
      if (branchId) q = q.where('branch_id', '=', branchId);
      if (query.status) q = q.where('status', '=', query.status);
      return { status: 200, body: await keysetList<MembershipApplication>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/applications/:id',
    operationId: 'getApplication',
    summary: 'Reads one application.',
    tag: 'applications',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'application' },
    params: applicationId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The application', schema: MembershipApplication } },
    async handler({ principal, db, params }) {
      return {
        status: 200,
        body: await loadAuthorized(db, principal, 'read', 'application', params.id, applicationAccess),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/applications/:id/approve',
    operationId: 'approveApplication',
    summary:
      'Approves an application (admin, or a branch operator for its own branch): creates the member if new, the vehicle, the policy and the membership with its first card.',
    tag: 'applications',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'decide', type: 'application' },
    params: applicationId,
    errors: [
      'not-found',
      'access/forbidden',
      'membership/application-decided',
      'membership/duplicate-vehicle',
      'membership/policy-mismatch',
      'membership/policy-expired',
    ],
    responses: {
      200: { description: 'The approved application and what it created', schema: ApplicationApprovalResult },
    },
    async handler({ principal, caller, db, params, now, nowIso, today, services }) {
      const submitted = await loadAuthorized(db, principal, 'decide', 'application', params.id, applicationAccess);
      const application = approveApplication(submitted, { at: nowIso, by: actorOf(caller) });
      await assertPlateFree(db, services.engine, application.plate, today);
      let member = application.memberId ? await getRecord(db, 'member', application.memberId) : undefined;
      if (application.memberId && !member) throw notFound('member', application.memberId);
      if (!member) {
        const { name, phone, email } = application.applicant;
        member = {
          id: newId(IdPrefix.member, now),
          name,
          phone,
          branchId: application.branchId,
          ...(email ? { email } : {}),
        };
        await insertRecord(db, 'member', member);
      }
      const owned = await db
        .selectFrom('vehicles')
        .select('doc')
        .where('member_id', '=', member.id)
        .where('plate', '=', application.plate)
        .executeTakeFirst();
      if (!owned) {
        const vehicle: Vehicle = { id: newId(IdPrefix.vehicle, now), memberId: member.id, plate: application.plate };
        await insertRecord(db, 'vehicle', vehicle);
      }
      const policy: Policy = {
        id: newId(IdPrefix.policy, now),
        memberId: member.id,
        branchId: application.branchId,
        plate: application.plate,
        ...application.policy,
      };
      const card = { id: newId(IdPrefix.card, now), number: await nextCardNumber(db, services.cardPrefix) };
      const membership = startMembership(
        {
          id: newId(IdPrefix.membership, now),
          memberId: member.id,
          branchId: application.branchId,
          tier: application.tier,
          policy,
          card,
        },
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
    summary: 'Rejects an application with a reason (admin, or a branch operator for its own branch).',
    tag: 'applications',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'decide', type: 'application' },
    params: applicationId,
    body: ApplicationRejectionRequest,
    errors: ['not-found', 'access/forbidden', 'membership/application-decided'],
    responses: { 200: { description: 'The rejected application', schema: MembershipApplication } },
    async handler({ principal, caller, db, params, body, nowIso }) {
      const submitted = await loadAuthorized(db, principal, 'decide', 'application', params.id, applicationAccess);
      const application = rejectApplication(submitted, { at: nowIso, by: actorOf(caller), reason: body.reason });
      await updateRecord(db, 'application', application);
      return { status: 200, body: application };
    },
  }),
];
