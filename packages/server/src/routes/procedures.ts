import { entityId, IdPrefix, parseInput } from '@clubkit/core';
import { Page, ProcedureEventBody, ProcedureNextStepsAnswer, SignOffRequest } from '@clubkit/core/api';
import {
  applyProcedureEvent,
  createProcedureRecord,
  NewProcedureRecord,
  nextProcedureSteps,
  ProcedureEvent,
  ProcedureNameSchema,
  ProcedureRecord,
  ProcedureStatusSchema,
  RenovationViolationSchema,
  siteInspectionGaps,
  violationFine,
} from '@clubkit/core/service';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import type { ProblemCode } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import type { Principal } from '@clubkit/core/access';
import { getRecord, insertRecord, updateRecord } from '../store/records.js';
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
import { linkedUnit } from './units.js';

/** A procedure is its unit's property's. */
const procedureAccess: RecordAccess<'procedure'> = {
  type: 'procedure',
  owners: (p) => ({ propertyId: p.propertyId }),
};

const procedureId = z.object({ id: entityId(IdPrefix.procedure) });
const RecordViolationFine = z.object({
  priceId: entityId(IdPrefix.servicePrice),
  violation: RenovationViolationSchema,
});

/** The codes core refuses a procedure event with. */
const EVENT_ERRORS: readonly ProblemCode[] = [
  'not-found',
  'access/forbidden',
  'procedure/invalid-event',
  'procedure/precondition-unmet',
  'service/event-out-of-order',
];

/**
 * A violation's fine is the club's published amount: the server looks up the price-list line the
 * desk named and records its amount; a fine the caller wrote itself is never taken.
 */
async function withPublishedFine(db: ClubDb, body: { type: string; [key: string]: unknown }) {
  if (body.type !== 'recordViolation') return body;
  const violation = Object.fromEntries(Object.entries(body).filter(([field]) => field !== 'fineFen'));
  const { priceId, violation: kind } = violation;
  if (typeof priceId !== 'string') return violation;
  const parsed = parseInput(RecordViolationFine, { priceId, violation: kind }, 'violation');
  const line = await getRecord(db, 'servicePrice', parsed.priceId);
  return { ...violation, fineFen: violationFine(line, parsed.violation, parsed.priceId) };
}

/** Loads a procedure for a change, applies core's rule to the event and stores the result. */
async function applyToProcedure(
  ctx: { db: ClubDb; principal: Principal; engine: DbEngine; id: string },
  event: () => Promise<unknown>,
): Promise<ProcedureRecord> {
  const procedure = await loadAuthorized(ctx.db, ctx.principal, 'act', 'procedure', ctx.id, {
    ...procedureAccess,
    forUpdate: ctx.engine,
  });
  const changed = applyProcedureEvent(procedure, parseInput(ProcedureEvent, await event(), 'procedure event'));
  await updateRecord(ctx.db, 'procedure', changed);
  return changed;
}

/** Move-in, renovation and move-out procedures of units, with departmental sign-offs (A4 §3.1, §3.2, §3.13). */
export const procedureRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/procedures',
    operationId: 'createProcedure',
    summary:
      'Opens a move-in, renovation or move-out procedure for a unit with its steps; a renovation above 200 m² includes the fire review.',
    tag: 'procedures',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'procedure' },
    body: NewProcedureRecord,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The new procedure and what it still needs', schema: ProcedureRecord } },
    async handler({ body, principal, caller, db, now, nowIso }) {
      const unit = await linkedUnit(db, principal, body.unitId, ['unitId']);
      authorize(principal, 'create', { type: 'procedure', propertyId: unit.propertyId });
      const procedure = createProcedureRecord(body, {
        id: newId(IdPrefix.procedure, now),
        now: nowIso,
        actor: actorOf(caller),
        propertyId: unit.propertyId,
      });
      await insertRecord(db, 'procedure', procedure);
      return { status: 201, body: procedure };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/procedures',
    operationId: 'listProcedures',
    summary: 'Procedures, oldest first, by kind, status or unit.',
    tag: 'procedures',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'procedure' },
    query: z.object({
      name: z.optional(ProcedureNameSchema),
      status: z.optional(ProcedureStatusSchema),
      unitId: z.optional(entityId(IdPrefix.unit)),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of procedures', schema: Page(ProcedureRecord) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'procedure' });
      const propertyId = listFilter(principal, 'procedure', 'propertyId');
      if (propertyId === null) return { status: 200, body: emptyPage };
      let q = db.selectFrom('procedures').select(['id', 'doc']);
      if (propertyId !== undefined) q = q.where('property_id', '=', propertyId);
      if (query.name) q = q.where('name', '=', query.name);
      if (query.status) q = q.where('status', '=', query.status);
      if (query.unitId) q = q.where('unit_id', '=', query.unitId);
      return { status: 200, body: await keysetList<ProcedureRecord>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/procedures/:id',
    operationId: 'getProcedure',
    summary: 'One procedure with its sign-offs and progress: the sign-offs still missing.',
    tag: 'procedures',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'procedure' },
    params: procedureId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The procedure', schema: ProcedureRecord } },
    async handler({ params, principal, db }) {
      return {
        status: 200,
        body: await loadAuthorized(db, principal, 'read', 'procedure', params.id, procedureAccess),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/procedures/:id/next-steps',
    operationId: 'listProcedureNextSteps',
    summary:
      "What the procedure can take now by core's rules: the missing sign-offs whose prerequisites are met and the other events, for offering the next actions; for a renovation under way, the days a department has not inspected the site.",
    tag: 'procedures',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'procedure' },
    params: procedureId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The sign-offs and events allowed now', schema: ProcedureNextStepsAnswer } },
    async handler({ params, principal, db, today, services }) {
      const procedure = await loadAuthorized(db, principal, 'act', 'procedure', params.id, procedureAccess);
      const inspectionGaps = siteInspectionGaps(procedure, { today, timeZone: services.timeZone });
      return { status: 200, body: { ...nextProcedureSteps(procedure), inspectionGaps } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/procedures/:id/sign-offs',
    operationId: 'signOffProcedureStep',
    summary:
      'A department (or the customer, or the contractor) signs off a step; the server records who and when. A step whose prerequisite is missing is refused.',
    tag: 'procedures',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'procedure' },
    params: procedureId,
    body: SignOffRequest,
    errors: [...EVENT_ERRORS, 'service/unknown-step', 'service/wrong-department'],
    responses: { 200: { description: 'The procedure after the sign-off', schema: ProcedureRecord } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const event = { type: 'signOff', ...body, actor: actorOf(caller), at: nowIso };
      const changed = await applyToProcedure({ db, principal, engine: services.engine, id: params.id }, () =>
        Promise.resolve(event),
      );
      return { status: 200, body: changed };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/procedures/:id/events',
    operationId: 'applyProcedureEvent',
    summary:
      "Records what a procedure depends on: drawings sent back (rejectDrawings) and resubmitted, damages assessed against the deposit, fees settled, keys returned; a renovation's contractor checked (grade 2 or above), site inspections and violations, fined at the club's published amount of the price-list line named; a move-in's missing papers with the remedy offered, meter readings, facilities list and keys.",
    tag: 'procedures',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'procedure' },
    params: procedureId,
    body: ProcedureEventBody,
    bodyDoc: ProcedureEvent,
    errors: [...EVENT_ERRORS, 'procedure/contractor-unqualified', 'procedure/fine-unpublished'],
    responses: { 200: { description: 'The procedure after the event', schema: ProcedureRecord } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const event = async () => ({ ...(await withPublishedFine(db, body)), actor: actorOf(caller), at: nowIso });
      const changed = await applyToProcedure({ db, principal, engine: services.engine, id: params.id }, event);
      return { status: 200, body: changed };
    },
  }),
];
