import { entityId, IdPrefix, IsoDate } from '@clubkit/core';
import {
  AlliancePenalty,
  AlliancePenaltyKind,
  BudgetPlan,
  DealerPurchase,
  IsoMonth,
  MonthlyDealerReport,
  monthEnd,
  monthlyDealerReport,
  NewAlliancePenalty,
  NewBudgetPlan,
  NewVisitNote,
  planBudget,
  PurchaseRecord,
  recordCounterfeitPenalty,
  recordPurchase,
  recordReportPenalty,
  recordVisitNote,
  VisitNoteRecord,
  wasMemberOn,
  weekOf,
  weeklyVisitReport,
  WeeklyVisitList,
  type Dealer,
} from '@clubkit/core/alliance';
import { Page } from '@clubkit/core/api';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { isUniqueViolation } from '../http/idempotency.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { docs, insertRecord, updateRecord } from '../store/records.js';
import { creditRecordedFine } from './alliance-assessments.js';
import { allianceOwners, allianceScope, loadCentre, loadDealer, loadSalesperson } from './alliance-support.js';
import { authorize, emptyPage, keysetList, pageQuery } from './common.js';

const SalespersonId = entityId(IdPrefix.salesperson);
const CentreId = entityId(IdPrefix.salesCentre);
/** The reports of one salesperson, or of every salesperson the caller sees. */
const reportScope = { salespersonId: z.optional(SalespersonId) };

/** The alliance's running records (A1): visit notes and purchases and the reports built from them, penalties and budgets. */
export const allianceLedgerRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/alliance/visit-notes',
    operationId: 'createVisitNote',
    summary:
      'Records a salesperson’s visit to or call with a dealer: sales, funds, market prices, lessons, shortcomings, suggestions.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'visit-note' },
    body: NewVisitNote,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The visit note', schema: VisitNoteRecord } },
    async handler({ body, principal, db, now, nowIso }) {
      const dealer = await loadDealer(db, principal, 'read', body.dealerId);
      authorize(principal, 'create', { type: 'visit-note', ...allianceOwners(dealer) });
      const note = recordVisitNote(dealer, body, { id: newId(IdPrefix.visit, now), now: nowIso });
      await insertRecord(db, 'visitNote', note);
      return { status: 201, body: note };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/visit-notes',
    operationId: 'listVisitNotes',
    summary: 'Visit notes in the order recorded, optionally of one dealer or salesperson and between two days.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'visit-note' },
    query: z.object({
      dealerId: z.optional(entityId(IdPrefix.dealer)),
      ...reportScope,
      from: z.optional(IsoDate),
      to: z.optional(IsoDate),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of visit notes', schema: Page(VisitNoteRecord) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'visit-note' });
      const scope = allianceScope(principal, 'visit-note');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('visit_notes').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.dealerId) q = q.where('dealer_id', '=', query.dealerId);
      if (query.salespersonId) q = q.where('salesperson_id', '=', query.salespersonId);
      if (query.from) q = q.where('date', '>=', query.from);
      if (query.to) q = q.where('date', '<=', query.to);
      return { status: 200, body: await keysetList<VisitNoteRecord>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/purchases',
    operationId: 'createDealerPurchase',
    summary: 'Records a dealer’s purchase from the primary dealer, for the monthly purchase statistics.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'dealer' },
    body: DealerPurchase,
    errors: ['access/forbidden', 'not-found'],
    responses: { 201: { description: 'The purchase', schema: PurchaseRecord } },
    async handler({ body, principal, db, now, nowIso }) {
      const dealer = await loadDealer(db, principal, 'update', body.dealerId);
      const purchase = recordPurchase(dealer, body, { id: newId(IdPrefix.purchase, now), now: nowIso });
      await insertRecord(db, 'purchase', purchase);
      return { status: 201, body: purchase };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/reports/weekly',
    operationId: 'getWeeklyVisitReport',
    summary: 'The weekly member visit list (Monday to Sunday of the week of `week`), from the visit notes.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'visit-note' },
    query: z.object({ week: IsoDate, ...reportScope }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The weekly visit list', schema: WeeklyVisitList } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'visit-note' });
      const { weekStart, weekEnd } = weekOf(query.week);
      const scope = allianceScope(principal, 'visit-note');
      if (scope === null) return { status: 200, body: weeklyVisitReport([], { weekOf: query.week }) };
      let q = db.selectFrom('visit_notes').select('doc').where('date', '>=', weekStart).where('date', '<=', weekEnd);
      if (scope) q = q.where(scope);
      if (query.salespersonId) q = q.where('salesperson_id', '=', query.salespersonId);
      const notes = docs<VisitNoteRecord>(await q.orderBy('id').execute());
      return { status: 200, body: weeklyVisitReport(notes, { weekOf: query.week }) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/reports/monthly',
    operationId: 'getMonthlyDealerReport',
    summary:
      'The monthly purchase statistics per dealer, with the members not visited or not called that month, from the purchases and visit notes.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'visit-note' },
    query: z.object({ month: IsoMonth, ...reportScope }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'The monthly report', schema: MonthlyDealerReport } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'visit-note' });
      const scope = allianceScope(principal, 'visit-note');
      if (scope === null)
        return { status: 200, body: monthlyDealerReport([], [], { month: query.month, dealers: [] }) };
      const first = `${query.month}-01`;
      const last = monthEnd(query.month);
      const within = (table: 'visit_notes' | 'dealer_purchases') => {
        let q = db
          .selectFrom(table as 'visit_notes')
          .select('doc')
          .where('date', '>=', first)
          .where('date', '<=', last);
        if (scope) q = q.where(scope);
        if (query.salespersonId) q = q.where('salesperson_id', '=', query.salespersonId);
        return q.orderBy('id').execute();
      };
      let dealersQuery = db.selectFrom('dealers').select('doc').where('admitted_on', '<=', last);
      if (scope) dealersQuery = dealersQuery.where(scope);
      if (query.salespersonId) dealersQuery = dealersQuery.where('salesperson_id', '=', query.salespersonId);
      const [notes, purchases, dealers] = await Promise.all([
        within('visit_notes'),
        within('dealer_purchases'),
        dealersQuery.orderBy('id').execute(),
      ]);
      const members = docs<Dealer>(dealers).filter((d) => wasMemberOn(d, last));
      return {
        status: 200,
        body: monthlyDealerReport(docs<VisitNoteRecord>(notes), docs<PurchaseRecord>(purchases), {
          month: query.month,
          dealers: members.map((d) => d.id),
        }),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/penalties',
    operationId: 'createAlliancePenalty',
    summary:
      'Records a penalty: a late (50 CNY) or missing (200 CNY) report of a salesperson, credited to the reward fund of its month’s half-year, or a dealer’s counterfeit fine (at least 50,000 CNY, 80 % to the whistle-blower), which also records the breach.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'alliance-penalty' },
    body: NewAlliancePenalty,
    errors: ['access/forbidden', 'not-found', 'alliance/fine-below-minimum'],
    responses: { 201: { description: 'The penalty', schema: AlliancePenalty } },
    async handler({ body, principal, db, now, nowIso, services }) {
      const id = newId(IdPrefix.alliancePenalty, now);
      if (body.kind !== AlliancePenaltyKind.counterfeit) {
        const salesperson = await loadSalesperson(db, principal, body.salespersonId);
        authorize(principal, 'create', {
          type: 'alliance-penalty',
          centreId: salesperson.centreId,
          salespersonId: salesperson.id,
        });
        const penalty = recordReportPenalty(body, { id, centreId: salesperson.centreId, now: nowIso });
        await insertRecord(db, 'alliancePenalty', penalty);
        await creditRecordedFine(db, penalty, services.engine);
        return { status: 201, body: penalty };
      }
      const dealer = await loadDealer(db, principal, 'update', body.dealerId, services.engine);
      authorize(principal, 'create', { type: 'alliance-penalty', ...allianceOwners(dealer) });
      const recorded = recordCounterfeitPenalty(dealer, body, { id, now: nowIso });
      await insertRecord(db, 'alliancePenalty', recorded.penalty);
      await updateRecord(db, 'dealer', recorded.dealer);
      return { status: 201, body: recorded.penalty };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/penalties',
    operationId: 'listAlliancePenalties',
    summary: 'Penalties in the order recorded, optionally of one salesperson, month or kind.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'alliance-penalty' },
    query: z.object({
      ...reportScope,
      month: z.optional(IsoMonth),
      kind: z.optional(z.enum(Object.values(AlliancePenaltyKind))),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of penalties', schema: Page(AlliancePenalty) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'alliance-penalty' });
      const scope = allianceScope(principal, 'alliance-penalty');
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('alliance_penalties').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.salespersonId) q = q.where('salesperson_id', '=', query.salespersonId);
      if (query.month) q = q.where('month', '=', query.month);
      if (query.kind) q = q.where('kind', '=', query.kind);
      return { status: 200, body: await keysetList<AlliancePenalty>(q, query) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/budgets',
    operationId: 'createAllianceBudget',
    summary:
      'Budgets a sales centre’s market for a year: reward = annual sales × 4 ‰, two meetings, plaques and other costs (one budget a year).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'alliance-budget' },
    body: NewBudgetPlan,
    errors: ['access/forbidden', 'not-found', 'alliance/already-recorded'],
    responses: { 201: { description: 'The budget', schema: BudgetPlan } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'alliance-budget', centreId: body.centreId });
      await loadCentre(db, principal, body.centreId);
      const plan = planBudget(body, { id: newId(IdPrefix.allianceBudget, now), now: nowIso });
      const taken = () =>
        new HttpProblem(409, 'alliance/already-recorded', `${plan.centreId} has a budget for ${plan.year} already.`);
      const existing = await db
        .selectFrom('alliance_budgets')
        .select('id')
        .where('centre_id', '=', plan.centreId)
        .where('year', '=', plan.year)
        .executeTakeFirst();
      if (existing) throw taken();
      try {
        await insertRecord(db, 'allianceBudget', plan);
      } catch (error) {
        if (isUniqueViolation(error)) throw taken();
        throw error;
      }
      return { status: 201, body: plan };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/alliance/budgets',
    operationId: 'listAllianceBudgets',
    summary: 'Yearly budgets in the order made, optionally of one sales centre or year.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'alliance-budget' },
    query: z.object({
      centreId: z.optional(CentreId),
      year: z.optional(z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of budgets', schema: Page(BudgetPlan) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'alliance-budget' });
      // A budget is the centre's own: a salesperson's scope sees none.
      const scope = allianceScope(principal, 'alliance-budget', { centreOnly: true });
      if (scope === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('alliance_budgets').select(['id', 'doc']);
      if (scope) q = q.where(scope);
      if (query.centreId) q = q.where('centre_id', '=', query.centreId);
      if (query.year !== undefined) q = q.where('year', '=', query.year);
      return { status: 200, body: await keysetList<BudgetPlan>(q, query) };
    },
  }),
];
