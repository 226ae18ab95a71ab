import { entityId, IdPrefix } from '@clubkit/core';
import { Page } from '@clubkit/core/api';
import {
  answerSurvey,
  createSurvey,
  NewSurvey,
  sendSurvey,
  Survey,
  SurveyAnswers,
  SurveyRequest,
} from '@clubkit/core/service';
import { rate, SurveyStats } from '@clubkit/core/stats';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { instantKey, insertRecord, updateRecord } from '../store/records.js';
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
import { deskReportQuery, reportScope, type ReportScope } from './desk-stats.js';
import { linkedUnit } from './units.js';

/** A survey is its property's; one for every property is seen only by callers of every property. */
const surveyAccess: RecordAccess<'survey'> = {
  type: 'survey',
  owners: (s) => (s.propertyId ? { propertyId: s.propertyId } : {}),
};

/** A survey request is its unit's property's. */
const requestAccess: RecordAccess<'surveyRequest'> = {
  type: 'survey',
  what: 'survey request',
  owners: (r) => ({ propertyId: r.propertyId }),
};

const surveyId = z.object({ id: entityId(IdPrefix.survey) });
const requestId = z.object({ id: entityId(IdPrefix.surveyRequest) });

/** The survey report over the scope, by SQL aggregates over the request rows' rating counts. */
export async function surveyReport(db: ClubDb, scope: ReportScope): Promise<SurveyStats> {
  const within = (column: string) => {
    const parts = [sql`${sql.ref(column)} is not null`];
    if (scope.bounds.start) parts.push(sql`${sql.ref(column)} >= ${instantKey(scope.bounds.start)}`);
    if (scope.bounds.end) parts.push(sql`${sql.ref(column)} < ${instantKey(scope.bounds.end)}`);
    if (scope.propertyId !== undefined) parts.push(sql`property_id = ${scope.propertyId}`);
    return sql.join(parts, sql` and `);
  };
  const num = (value: unknown): number => Number(value ?? 0);
  const [sent, answered] = await Promise.all([
    sql<{ n: unknown }>`select count(*) as n from survey_requests where ${within('sent_at')}`.execute(db),
    sql<{ n: unknown; ratings: unknown; satisfied: unknown }>`
      select count(*) as n, sum(ratings) as ratings, sum(satisfied_ratings) as satisfied
      from survey_requests where ${within('answered_at')}`.execute(db),
  ]);
  const a = answered.rows[0];
  const ratings = num(a?.ratings);
  const satisfiedRatings = num(a?.satisfied);
  return {
    asOf: scope.asOf,
    sent: num(sent.rows[0]?.n),
    answered: num(a?.n),
    ratings,
    satisfiedRatings,
    satisfactionRate: rate(satisfiedRatings, ratings),
  };
}

/** Feedback surveys (意見徵詢, A4 §3.3.5 3): questionnaires, sent to unit owners, answered once, reported per period. */
export const surveyRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/surveys',
    operationId: 'createSurvey',
    summary:
      'Writes a questionnaire of 1–5 ratings and free-text questions; it never changes afterwards (a changed one is a new survey). A property’s desk: for its own property.',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'survey' },
    body: NewSurvey,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The survey', schema: Survey } },
    async handler({ body, principal, caller, db, now, nowIso }) {
      const own = principal.role === 'desk' ? principal.propertyId : undefined;
      const propertyId = body.propertyId ?? own;
      authorize(principal, 'create', { type: 'survey', ...(propertyId ? { propertyId } : {}) });
      const survey = createSurvey(
        { ...body, ...(propertyId ? { propertyId } : {}) },
        { id: newId(IdPrefix.survey, now), now: nowIso, actor: actorOf(caller) },
      );
      await insertRecord(db, 'survey', survey);
      return { status: 201, body: survey };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/surveys',
    operationId: 'listSurveys',
    summary: 'The questionnaires, oldest first. A property’s desk: its own property’s.',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'survey' },
    query: z.object(pageQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of surveys', schema: Page(Survey) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'survey' });
      const own = listFilter(principal, 'survey', 'propertyId');
      if (own === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('surveys').select(['id', 'doc']);
      if (own !== undefined) q = q.where('property_id', '=', own);
      return { status: 200, body: await keysetList<Survey>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/surveys/:id',
    operationId: 'getSurvey',
    summary: 'One questionnaire with its questions.',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'survey' },
    params: surveyId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The survey', schema: Survey } },
    async handler({ params, principal, db }) {
      return { status: 200, body: await loadAuthorized(db, principal, 'read', 'survey', params.id, surveyAccess) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/surveys/:id/requests',
    operationId: 'sendSurvey',
    summary: 'Sends the survey to a unit’s owner of record (the unit must be the caller’s to see).',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'survey' },
    params: surveyId,
    body: z.object({ unitId: entityId(IdPrefix.unit) }),
    errors: ['not-found', 'access/forbidden', 'survey/wrong-property'],
    responses: { 201: { description: 'The survey request', schema: SurveyRequest } },
    async handler({ params, body, principal, caller, db, now, nowIso }) {
      const survey = await loadAuthorized(db, principal, 'act', 'survey', params.id, surveyAccess);
      const unit = await linkedUnit(db, principal, body.unitId, ['unitId']);
      const request = sendSurvey(survey, unit, {
        id: newId(IdPrefix.surveyRequest, now),
        now: nowIso,
        actor: actorOf(caller),
      });
      authorize(principal, 'act', { type: 'survey', propertyId: request.propertyId });
      await insertRecord(db, 'surveyRequest', request);
      return { status: 201, body: request };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/survey-requests',
    operationId: 'listSurveyRequests',
    summary: 'Survey requests, oldest first, of one survey or all, answered or not. A property’s desk: its own.',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'survey' },
    query: z.object({
      surveyId: z.optional(entityId(IdPrefix.survey)),
      answered: z.optional(z.enum(['true', 'false'])),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of survey requests', schema: Page(SurveyRequest) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'survey' });
      const own = listFilter(principal, 'survey', 'propertyId');
      if (own === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('survey_requests').select(['id', 'doc']);
      if (own !== undefined) q = q.where('property_id', '=', own);
      if (query.surveyId) q = q.where('survey_id', '=', query.surveyId);
      if (query.answered === 'true') q = q.where('answered_at', 'is not', null);
      if (query.answered === 'false') q = q.where('answered_at', 'is', null);
      return { status: 200, body: await keysetList<SurveyRequest>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/survey-requests/:id',
    operationId: 'getSurveyRequest',
    summary: 'One survey request with its answers once recorded.',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'survey' },
    params: requestId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The survey request', schema: SurveyRequest } },
    async handler({ params, principal, db }) {
      return {
        status: 200,
        body: await loadAuthorized(db, principal, 'read', 'surveyRequest', params.id, requestAccess),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/survey-requests/:id/answers',
    operationId: 'answerSurvey',
    summary:
      'Records the owner’s answers, once: each names a question of the survey and fits its kind (a rating from 1 to 5, or text).',
    tag: 'surveys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'survey' },
    params: requestId,
    body: SurveyAnswers,
    errors: [
      'not-found',
      'access/forbidden',
      'survey/already-answered',
      'survey/unknown-question',
      'survey/answer-mismatch',
    ],
    responses: { 200: { description: 'The survey request with its answers', schema: SurveyRequest } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const request = await loadAuthorized(db, principal, 'act', 'surveyRequest', params.id, {
        ...requestAccess,
        forUpdate: services.engine,
      });
      const survey = await loadAuthorized(db, principal, 'read', 'survey', request.surveyId, surveyAccess);
      const answered = answerSurvey(request, survey, body, { now: nowIso, actor: actorOf(caller) });
      await updateRecord(db, 'surveyRequest', answered);
      return { status: 200, body: answered };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/stats/surveys',
    operationId: 'getSurveyStats',
    summary:
      'Feedback surveys over a period: requests sent, answered, ratings and the share of ratings of 4 or 5 (a property’s desk: its own).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'desk-stats' },
    query: deskReportQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Survey statistics', schema: SurveyStats } },
    async handler({ principal, db, query, today, nowIso, services }) {
      const scope = reportScope(principal, query, { today, nowIso, timeZone: services.timeZone });
      return { status: 200, body: await surveyReport(db, scope) };
    },
  }),
];
