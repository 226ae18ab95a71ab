import { entityId, IdPrefix } from '@clubkit/core';
import {
  type AlliancePenalty,
  Assessment,
  AssessmentDecision,
  AssessmentSheet,
  AssessmentStep,
  creditFine,
  decideAssessmentStep,
  FUND_FINE_KINDS,
  fundFineOf,
  HalfYear,
  halfYearDays,
  NewAssessment,
  NewAssessmentSheet,
  NewRewardFund,
  openAssessment,
  openRewardFund,
  payReward,
  publishSheet,
  reviseRewardFund,
  RewardFund,
  SCORING_STEPS,
} from '@clubkit/core/alliance';
import { assertCan } from '@clubkit/core/access';
import { Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { actorOf, OPERATOR_CREDENTIALS } from '../http/env.js';
import { isUniqueViolation } from '../http/idempotency.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { docs, insertRecord, updateRecord, type RecordOf } from '../store/records.js';
import { allianceOwners, allianceScope, loadCentre, loadDealer } from './alliance-support.js';
import { authorize, emptyPage, keysetList, loadAuthorized, pageQuery } from './common.js';

const CentreId = entityId(IdPrefix.salesCentre);
const assessmentParams = z.object({ id: entityId(IdPrefix.assessment) });

/** A second record where a unique key allows one, or two writers racing for it: 409. */
async function insertOnce<K extends 'assessmentSheet' | 'assessment' | 'rewardFund'>(
  db: ClubDb,
  kind: K,
  record: RecordOf<K>,
  taken: () => HttpProblem,
): Promise<void> {
  try {
    await insertRecord(db, kind, record);
  } catch (error) {
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}

/** The centre's newest sheet version, or undefined before it publishes one. */
async function latestSheet(db: ClubDb, centreId: string): Promise<AssessmentSheet | undefined> {
  const row = await db
    .selectFrom('assessment_sheets')
    .select('doc')
    .where('centre_id', '=', centreId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row ? docs<AssessmentSheet>([row])[0] : undefined;
}

/** The centre's reward fund for a half-year, locked for the payment on PostgreSQL. */
async function fundOf(db: ClubDb, centreId: string, halfYear: string, engine: DbEngine): Promise<RewardFund | null> {
  const row = await db
    .selectFrom('reward_funds')
    .select('doc')
    .where('centre_id', '=', centreId)
    .where('half_year', '=', halfYear)
    .$if(engine === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  return row ? (docs<RewardFund>([row])[0] ?? null) : null;
}

/**
 * Holds the sales centre's row until the transaction ends (PostgreSQL; SQLite writes one at a
 * time): a fund being set and a fine being recorded for the same centre wait for each other, so
 * the one that comes second sees the other and no fine is missed by the fund.
 */
async function lockCentre(db: ClubDb, centreId: string, engine: DbEngine): Promise<void> {
  if (engine !== 'postgres') return;
  await db.selectFrom('sales_centres').select('id').where('id', '=', centreId).forUpdate().execute();
}

/** The centre's late and missing report penalties of a half-year, by month and then as recorded. */
async function finesOf(db: ClubDb, centreId: string, halfYear: string): Promise<AlliancePenalty[]> {
  const { first, last } = halfYearDays(halfYear);
  const rows = await db
    .selectFrom('alliance_penalties')
    .select('doc')
    .where('centre_id', '=', centreId)
    .where('kind', 'in', FUND_FINE_KINDS)
    .where('month', '>=', first.slice(0, 7))
    .where('month', '<=', last.slice(0, 7))
    .orderBy('month')
    .orderBy('id')
    .execute();
  return docs<AlliancePenalty>(rows);
}

/**
 * Credits a penalty just recorded to its half-year's reward fund (所有罰金納入獎勵基金): a late or
 * missing report's fine, when the centre has set that fund; a fund set later takes it in when it
 * is set. A counterfeit fine feeds no fund (core's `fundFineOf`).
 */
export async function creditRecordedFine(db: ClubDb, penalty: AlliancePenalty, engine: DbEngine): Promise<void> {
  const fine = fundFineOf(penalty);
  if (fine === null) return;
  await lockCentre(db, penalty.centreId, engine);
  const fund = await fundOf(db, penalty.centreId, fine.halfYear, engine);
  if (fund === null) return;
  const credited = creditFine(fund, penalty);
  if (credited !== fund) await updateRecord(db, 'rewardFund', credited);
}

/**
 * The dealer alliance's half-yearly 100-point assessment (A1): the centre's sheet in versions, each
 * dealer's assessment and its five signed steps, and the half-year's reward fund it is paid from.
 */
export const allianceAssessmentRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/alliance/assessment-sheets',
    operationId: 'createAssessmentSheet',
    summary:
      'Publishes the next version of a sales centre’s 100-point assessment sheet: items and their points (exactly 100 in all) and the score bands the reward follows. Assessments already opened keep their version.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'assessment-sheet' },
    body: NewAssessmentSheet,
    errors: ['access/forbidden', 'not-found', 'alliance/sheet-not-100', 'alliance/already-recorded'],
    responses: { 201: { description: 'The sheet version', schema: AssessmentSheet } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'assessment-sheet', centreId: body.centreId });
      await loadCentre(db, principal, body.centreId);
      const previous = await latestSheet(db, body.centreId);
      const sheet = publishSheet(body, {
        id: newId(IdPrefix.assessmentSheet, now),
        now: nowIso,
        ...(previous ? { previousVersion: previous.version } : {}),
      });
      await insertOnce(
        db,
        'assessmentSheet',
        sheet,
        () => new HttpProblem(409, 'alliance/already-recorded', `Version ${sheet.version} was published just now.`),
      );
      return { status: 201, body: sheet };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/assessment-sheets',
    operationId: 'listAssessmentSheets',
    summary:
      'Assessment sheet versions in the order published, of the caller’s centre (its salespeople read them too).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'assessment-sheet' },
    query: z.object({ centreId: z.optional(CentreId), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of sheet versions', schema: Page(AssessmentSheet) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'assessment-sheet' });
      const scope = allianceScope(principal, 'assessment-sheet');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('assessment_sheets').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      return { status: 200, body: await keysetList<AssessmentSheet>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/assessments',
    operationId: 'createAssessment',
    summary:
      'Opens a member dealer’s assessment for a half-year on the centre’s current sheet, with the director’s scores; it then awaits the director’s signature. One a dealer and half-year.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'alliance-assessment' },
    body: NewAssessment,
    errors: [
      'access/forbidden',
      'not-found',
      'alliance/not-a-member',
      'alliance/no-sheet',
      'alliance/score-above-points',
      'alliance/already-recorded',
    ],
    responses: { 201: { description: 'The assessment', schema: Assessment } },
    async handler({ body, principal, db, now, nowIso }) {
      const dealer = await loadDealer(db, principal, 'read', body.dealerId);
      authorize(principal, 'create', { type: 'alliance-assessment', ...allianceOwners(dealer) });
      const sheet = await latestSheet(db, dealer.centreId);
      if (!sheet) throw new HttpProblem(409, 'alliance/no-sheet', `${dealer.centreId} has no assessment sheet yet.`);
      const assessment = openAssessment(dealer, sheet, body, { id: newId(IdPrefix.assessment, now), now: nowIso });
      const taken = () =>
        new HttpProblem(
          409,
          'alliance/already-recorded',
          `${dealer.id} has an assessment for ${body.halfYear} already.`,
        );
      const existing = await db
        .selectFrom('alliance_assessments')
        .select('id')
        .where('dealer_id', '=', dealer.id)
        .where('half_year', '=', body.halfYear)
        .executeTakeFirst();
      if (existing) throw taken();
      await insertOnce(db, 'assessment', assessment, taken);
      return { status: 201, body: assessment };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/assessments',
    operationId: 'listAssessments',
    summary:
      'Assessments in the order opened, optionally of one half-year, dealer, status or awaited step (a sales centre’s own queue: `awaiting=sales-centre`).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'alliance-assessment' },
    query: z.object({
      halfYear: z.optional(HalfYear),
      dealerId: z.optional(entityId(IdPrefix.dealer)),
      status: z.optional(z.enum(['in-progress', 'filed'])),
      awaiting: z.optional(z.enum(Object.values(AssessmentStep))),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of assessments', schema: Page(Assessment) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'alliance-assessment' });
      const scope = allianceScope(principal, 'alliance-assessment');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('alliance_assessments').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.halfYear) q = q.where('half_year', '=', query.halfYear);
      if (query.dealerId) q = q.where('dealer_id', '=', query.dealerId);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.awaiting) q = q.where('awaiting', '=', query.awaiting);
      return { status: 200, body: await keysetList<Assessment>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/assessments/:id',
    operationId: 'getAssessment',
    summary: 'One assessment: its sheet version, scores, reward and every signature and refusal.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'alliance-assessment' },
    params: assessmentParams,
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The assessment', schema: Assessment } },
    async handler({ params, principal, db }) {
      const assessment = await loadAuthorized(db, principal, 'read', 'assessment', params.id, {
        type: 'alliance-assessment',
        what: 'assessment',
        owners: allianceOwners,
      });
      return { status: 200, body: assessment };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/assessments/:id/decisions',
    operationId: 'decideAssessment',
    summary:
      'Signs or refuses the awaited step in the signer’s name: director and deputy (the dealer’s salesperson or the centre; they may correct the scores), branch, region and sales centre (the centre’s own staff). A refusal goes back to the step before with its reason; the sales centre’s signature files the assessment and pays its reward from the half-year’s fund.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'alliance-assessment' },
    params: assessmentParams,
    body: AssessmentDecision,
    errors: [
      'access/forbidden',
      'not-found',
      'alliance/step-out-of-order',
      'alliance/score-above-points',
      'alliance/reward-exceeds-fund',
    ],
    responses: { 200: { description: 'The assessment after the step', schema: Assessment } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const assessment = await loadAuthorized(db, principal, 'read', 'assessment', params.id, {
        type: 'alliance-assessment',
        what: 'assessment',
        owners: allianceOwners,
        forUpdate: services.engine,
      });
      // The director and deputy score in the dealer's territory; the branch, region and sales
      // centre steps are the centre's own, entered by its staff for the person who signed.
      // A caller who reads the assessment but may not sign this step hears 403, not 404.
      const owners = SCORING_STEPS.includes(body.step) ? allianceOwners(assessment) : { centreId: assessment.centreId };
      assertCan(principal, 'act', { type: 'alliance-assessment', ...owners });
      const decided = decideAssessmentStep(assessment, body, { now: nowIso, enteredBy: actorOf(caller) });
      if (decided.status === 'filed') {
        const fund = await fundOf(db, decided.centreId, decided.halfYear, services.engine);
        const paid = payReward(fund, decided, nowIso);
        if (paid && paid !== fund) await updateRecord(db, 'rewardFund', paid);
      }
      await updateRecord(db, 'assessment', decided);
      return { status: 200, body: decided };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/reward-funds',
    operationId: 'createRewardFund',
    summary:
      'Sets a sales centre’s reward fund for a half-year (one a half-year): what filed assessments’ rewards are paid from. The late and missing report fines of its half-year, recorded before or after, are credited to it.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'reward-fund' },
    body: NewRewardFund,
    errors: ['access/forbidden', 'not-found', 'alliance/already-recorded'],
    responses: { 201: { description: 'The reward fund', schema: RewardFund } },
    async handler({ body, principal, db, now, nowIso, services }) {
      authorize(principal, 'create', { type: 'reward-fund', centreId: body.centreId });
      await loadCentre(db, principal, body.centreId);
      await lockCentre(db, body.centreId, services.engine);
      const fines = await finesOf(db, body.centreId, body.halfYear);
      const fund = openRewardFund(body, { id: newId(IdPrefix.rewardFund, now), now: nowIso }, fines);
      const taken = () =>
        new HttpProblem(409, 'alliance/already-recorded', `${fund.centreId} has a fund for ${fund.halfYear} already.`);
      if (await fundOf(db, fund.centreId, fund.halfYear, 'sqlite')) throw taken();
      await insertOnce(db, 'rewardFund', fund, taken);
      return { status: 201, body: fund };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/reward-funds/:id/budget',
    operationId: 'reviseRewardFund',
    summary:
      'Changes a half-year reward fund’s budget: raised when the rewards need more, never so low that the budget and the fines in fall below what it has paid.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'reward-fund' },
    params: z.object({ id: entityId(IdPrefix.rewardFund) }),
    body: z.object({ budgetedFen: NewRewardFund.shape.budgetedFen }),
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The reward fund', schema: RewardFund } },
    async handler({ params, body, principal, db, services }) {
      const fund = await loadAuthorized(db, principal, 'update', 'rewardFund', params.id, {
        type: 'reward-fund',
        what: 'reward fund',
        owners: (f) => ({ centreId: f.centreId }),
        forUpdate: services.engine,
      });
      const revised = reviseRewardFund(fund, body.budgetedFen);
      await updateRecord(db, 'rewardFund', revised);
      return { status: 200, body: revised };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/reward-funds',
    operationId: 'listRewardFunds',
    summary:
      'Reward funds, each half-year’s budgeted, fines in, paid and left with its fines and payments; the centre’s own.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'reward-fund' },
    query: z.object({ centreId: z.optional(CentreId), halfYear: z.optional(HalfYear), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of reward funds', schema: Page(RewardFund) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'reward-fund' });
      // A fund is the centre's own: a salesperson's scope sees none.
      const scope = allianceScope(principal, 'reward-fund', { centreOnly: true });
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('reward_funds').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      if (query.halfYear) q = q.where('half_year', '=', query.halfYear);
      return { status: 200, body: await keysetList<RewardFund>(q, query) };
    },
  }),
];
