import { entityId, IdPrefix, IsoDate } from '@clubkit/core';
import { Page } from '@clubkit/core/api';
import type { Membership } from '@clubkit/core/membership';
import {
  Activity,
  ActivityKindSchema,
  ActivitySignUp,
  ActivitySignUpStatus,
  cancelActivitySignUp,
  mayJoinActivities,
  NewActivity,
  signUpForActivity,
} from '@clubkit/core/vip';
import * as z from 'zod/mini';
import { newId } from '../http/ids.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { lockName } from '../store/locks.js';
import { docs, getRecord, insertRecord, updateRecord } from '../store/records.js';
import type { RecordAccess } from './common.js';
import { authorize, keysetList, loadAuthorized, notFound, pageQuery } from './common.js';
import { currentVipMembership } from './vip-support.js';

const activityId = z.object({ id: entityId(IdPrefix.activity) });
const signUpId = z.object({ id: entityId(IdPrefix.activitySignUp) });

/** An activity is the club's: every member reads it, the administrator sets it up. */
const activityAccess: RecordAccess<'activity'> = { type: 'activity', what: 'activity' };
/** A seat belongs to its member. */
const signUpAccess: RecordAccess<'activitySignUp'> = {
  type: 'activity-sign-up',
  owners: (u) => ({ memberId: u.memberId }),
  what: 'sign-up',
};

/** The club's activities and group buying (A5 §4.2 2–3), and members' seats on them. */
export const activityRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/activities',
    operationId: 'createActivity',
    summary:
      'Sets up a club activity — a self-drive trip, a gathering or a group buying — with its days, seats, price per member in fen (0 for free) and sign-up window, which closes before the first day (admin).',
    tag: 'activities',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'activity' },
    body: NewActivity,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The activity', schema: Activity } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'activity' });
      const activity: Activity = { id: newId(IdPrefix.activity, now), ...body, seatsTaken: 0, createdAt: nowIso };
      await insertRecord(db, 'activity', activity);
      return { status: 201, body: activity };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/activities',
    operationId: 'listActivities',
    summary:
      'The club’s activities, oldest set up first, with the seats taken; `signUpOpenOn` keeps those a member can sign up for on a day, `kind` one kind (admin; a member with their session).',
    tag: 'activities',
    credentials: [...OPERATOR_CREDENTIALS, 'session'],
    access: { action: 'list', type: 'activity' },
    query: z.object({ signUpOpenOn: z.optional(IsoDate), kind: z.optional(ActivityKindSchema), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of activities', schema: Page(Activity) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'activity' });
      let q = db.selectFrom('activities').select(['id', 'doc']);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.signUpOpenOn)
        q = q.where('sign_up_from', '<=', query.signUpOpenOn).where('sign_up_until', '>=', query.signUpOpenOn);
      return { status: 200, body: await keysetList<Activity, 'activities'>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/activities/:id',
    operationId: 'getActivity',
    summary: 'One activity, with the seats taken (admin; a member with their session).',
    tag: 'activities',
    credentials: [...OPERATOR_CREDENTIALS, 'session'],
    access: { action: 'read', type: 'activity' },
    params: activityId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The activity', schema: Activity } },
    async handler({ principal, db, params }) {
      const activity = await loadAuthorized(db, principal, 'read', 'activity', params.id, activityAccess);
      return { status: 200, body: activity };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/activities/:id/sign-ups',
    operationId: 'signUpForActivity',
    summary:
      'The signed-in member takes a seat: only with a valid membership or VIP card (403 `vip/not-a-member`), inside the sign-up window, while a seat is free, and once (member session).',
    tag: 'activities',
    credentials: ['session'],
    access: { action: 'create', type: 'activity-sign-up' },
    params: activityId,
    errors: [
      'not-found',
      'access/forbidden',
      'vip/not-a-member',
      'vip/sign-up-closed',
      'vip/activity-full',
      'vip/already-signed-up',
    ],
    responses: { 201: { description: 'The seat', schema: ActivitySignUp } },
    async handler({ principal, db, params, now, nowIso, today, services }) {
      if (principal.role !== 'member') throw notFound('member');
      authorize(principal, 'create', { type: 'activity-sign-up', memberId: principal.memberId });
      // One sign-up of an activity at a time, so the last seat goes once and a member holds one.
      await lockName(db, services.engine, `activity:${params.id}`);
      const activity = await getRecord(db, 'activity', params.id, { forUpdate: services.engine });
      if (!activity) throw notFound('activity', params.id);
      const member = await getRecord(db, 'member', principal.memberId);
      if (!member) throw notFound('member', principal.memberId);
      const memberships = docs<Membership>(
        await db.selectFrom('memberships').select('doc').where('member_id', '=', member.id).execute(),
      );
      const vip = await currentVipMembership(db, member.id);
      const held = docs<ActivitySignUp>(
        await db
          .selectFrom('activity_sign_ups')
          .select('doc')
          .where('activity_id', '=', activity.id)
          .where('member_id', '=', member.id)
          .where('status', '=', ActivitySignUpStatus.signedUp)
          .execute(),
      );
      const { signUp, activity: after } = signUpForActivity({
        activity,
        id: newId(IdPrefix.activitySignUp, now),
        memberId: member.id,
        branchId: member.branchId,
        mayJoin: mayJoinActivities({ memberships, vip }, today),
        current: held[0],
        now: nowIso,
        today,
      });
      await insertRecord(db, 'activitySignUp', signUp);
      await updateRecord(db, 'activity', after);
      return { status: 201, body: signUp };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/activities/:id/sign-ups',
    operationId: 'listActivitySignUps',
    summary: 'The seats of an activity, cancelled ones included, in the order taken (admin).',
    tag: 'activities',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'activity-sign-up' },
    params: activityId,
    query: z.object(pageQuery),
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'A page of seats', schema: Page(ActivitySignUp) } },
    async handler({ principal, db, params, query }) {
      authorize(principal, 'list', { type: 'activity-sign-up' });
      const activity = await getRecord(db, 'activity', params.id);
      if (!activity) throw notFound('activity', params.id);
      const q = db.selectFrom('activity_sign_ups').select(['id', 'doc']).where('activity_id', '=', activity.id);
      return { status: 200, body: await keysetList<ActivitySignUp, 'activity_sign_ups'>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me/activity-sign-ups',
    operationId: 'listMyActivitySignUps',
    summary: 'The signed-in member’s seats on activities, cancelled ones included (member session).',
    tag: 'me',
    credentials: ['session'],
    access: { action: 'list', type: 'activity-sign-up' },
    query: z.object(pageQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of seats', schema: Page(ActivitySignUp) } },
    async handler({ principal, db, query }) {
      if (principal.role !== 'member') throw notFound('member');
      authorize(principal, 'list', { type: 'activity-sign-up', memberId: principal.memberId });
      const q = db.selectFrom('activity_sign_ups').select(['id', 'doc']).where('member_id', '=', principal.memberId);
      return { status: 200, body: await keysetList<ActivitySignUp, 'activity_sign_ups'>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/activity-sign-ups/:id/cancel',
    operationId: 'cancelActivitySignUp',
    summary:
      'Cancels a seat before the activity’s first day (409 `vip/activity-started` from then on): the seat is free again and its price is not earned (the member with their session, or admin).',
    tag: 'activities',
    credentials: [...OPERATOR_CREDENTIALS, 'session'],
    access: { action: 'act', type: 'activity-sign-up' },
    params: signUpId,
    errors: ['not-found', 'access/forbidden', 'vip/activity-started', 'vip/sign-up-cancelled'],
    responses: { 200: { description: 'The cancelled seat', schema: ActivitySignUp } },
    async handler({ principal, db, params, nowIso, today, services }) {
      const held = await loadAuthorized(db, principal, 'act', 'activitySignUp', params.id, signUpAccess);
      await lockName(db, services.engine, `activity:${held.activityId}`);
      const signUp = await getRecord(db, 'activitySignUp', held.id, { forUpdate: services.engine });
      const activity = await getRecord(db, 'activity', held.activityId, { forUpdate: services.engine });
      if (!signUp || !activity) throw notFound('sign-up', params.id);
      const cancelled = cancelActivitySignUp(signUp, activity, nowIso, today);
      await updateRecord(db, 'activitySignUp', cancelled.signUp);
      await updateRecord(db, 'activity', cancelled.activity);
      return { status: 200, body: cancelled.signUp };
    },
  }),
];
