import { entityId, IdPrefix, parseInput } from '@clubkit/core';
import type { Principal } from '@clubkit/core/access';
import { HandoverEventBody, Page } from '@clubkit/core/api';
import {
  applyHandoverEvent,
  Handover,
  HandoverEvent,
  HandoverEventType,
  HandoverStatusSchema,
  handOver,
  NewHandover,
  nextHandoverEvents,
} from '@clubkit/core/service';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { HttpProblem } from '../http/problem.js';
import { isUniqueViolation } from '../http/idempotency.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { docs, insertRecord, updateRecord } from '../store/records.js';
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

/** A hand-over is its desk's: a property's, or the club's own desk's (no property), seen only by callers of every property. */
const handoverAccess: RecordAccess<'handover'> = {
  type: 'handover',
  owners: (h) => (h.propertyId ? { propertyId: h.propertyId } : {}),
};

/** The desk a caller writes for or reads: the property asked for, else a property desk's own; none is the club's own desk. */
function deskOf(principal: Principal, asked: string | undefined): string | undefined {
  return asked ?? (principal.role === 'desk' ? principal.propertyId : undefined);
}

/**
 * The desk's latest hand-over, the one a new hand-over follows: the end of the desk's chain, the one
 * no hand-over follows (not the newest by time, which two written in one instant would not settle).
 */
async function latestOf(db: ClubDb, propertyId: string | undefined): Promise<Handover | undefined> {
  const desk = propertyId ?? '';
  const rows = await db
    .selectFrom('handovers as h')
    .select('h.doc')
    .where('h.desk_key', '=', desk)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('handovers as next')
            .select('next.id')
            .where('next.desk_key', '=', desk)
            .whereRef('next.previous_id', '=', 'h.id'),
        ),
      ),
    )
    .limit(1)
    .execute();
  return docs<Handover>(rows)[0];
}

const handoverId = z.object({ id: entityId(IdPrefix.handover) });
const deskQuery = { propertyId: z.optional(entityId(IdPrefix.property)) };

/** The front desk's shift hand-overs (A4 §3.9.1 1, 前臺交接班制度). */
export const handoverRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/handovers',
    operationId: 'handOver',
    summary:
      'Writes and signs a shift’s hand-over after the desk’s latest, which must be taken over: that one’s open items are carried, those in `done` marked done, then the new `items`. A property’s desk writes for its own property; the club’s own desk is the one without `propertyId`.',
    tag: 'handovers',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'handover' },
    body: z.object({ ...NewHandover.shape, ...deskQuery }),
    errors: ['access/forbidden', 'handover/previous-pending'],
    responses: { 201: { description: 'The new hand-over', schema: Handover } },
    async handler({ body, principal, caller, db, now, nowIso }) {
      const { propertyId: asked, ...input } = body;
      const propertyId = deskOf(principal, asked);
      authorize(principal, 'create', { type: 'handover', ...(propertyId ? { propertyId } : {}) });
      const previous = await latestOf(db, propertyId);
      const handover = handOver(previous, input, {
        id: newId(IdPrefix.handover, now),
        now: nowIso,
        actor: actorOf(caller),
        ...(propertyId ? { propertyId } : {}),
      });
      try {
        await insertRecord(db, 'handover', handover);
      } catch (error) {
        // Another shift handed over after the same one at the same moment: the chain keeps one.
        if (isUniqueViolation(error) && previous) {
          throw new HttpProblem(
            409,
            'handover/previous-pending',
            `Hand-over ${previous.id} already has its successor: read the desk's latest and hand over after it.`,
          );
        }
        throw error;
      }
      return { status: 201, body: handover };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/handovers',
    operationId: 'listHandovers',
    summary:
      'A desk’s hand-overs, oldest first, optionally by status (`handed-over` is what awaits the next shift; `accepted` and `refused` await review). A property’s desk: its own.',
    tag: 'handovers',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'handover' },
    query: z.object({ ...deskQuery, status: z.optional(HandoverStatusSchema), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of hand-overs', schema: Page(Handover) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'handover' });
      const own = listFilter(principal, 'handover', 'propertyId');
      if (own === null || (own !== undefined && query.propertyId !== undefined && query.propertyId !== own))
        return { status: 200, body: emptyPage };
      let q = db
        .selectFrom('handovers')
        .select(['id', 'doc'])
        .where('desk_key', '=', own ?? query.propertyId ?? '');
      if (query.status) q = q.where('status', '=', query.status);
      return { status: 200, body: await keysetList<Handover>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/handovers/latest',
    operationId: 'getLatestHandover',
    summary:
      'The desk’s latest hand-over: what the incoming shift reads, and what the next hand-over follows. 404 before the desk’s first.',
    tag: 'handovers',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'handover' },
    query: z.object(deskQuery),
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The latest hand-over', schema: Handover } },
    async handler({ principal, db, query }) {
      const propertyId = deskOf(principal, query.propertyId);
      authorize(principal, 'read', { type: 'handover', ...(propertyId ? { propertyId } : {}) });
      const latest = await latestOf(db, propertyId);
      if (!latest) throw new HttpProblem(404, 'not-found', 'This desk has no hand-over yet.');
      return { status: 200, body: latest };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/handovers/:id',
    operationId: 'getHandover',
    summary: 'One hand-over with its items, questions and history.',
    tag: 'handovers',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'handover' },
    params: handoverId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The hand-over', schema: Handover } },
    async handler({ params, principal, db }) {
      return {
        status: 200,
        body: await loadAuthorized(db, principal, 'read', 'handover', params.id, handoverAccess),
      };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/handovers/:id/next-events',
    operationId: 'listHandoverNextEvents',
    summary: 'The events the hand-over takes now (who may send each is checked when it is sent).',
    tag: 'handovers',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'handover' },
    params: handoverId,
    errors: ['not-found', 'access/forbidden'],
    responses: {
      200: { description: 'The event types', schema: z.object({ events: z.array(z.enum(HandoverEventType)) }) },
    },
    async handler({ params, principal, db }) {
      const handover = await loadAuthorized(db, principal, 'act', 'handover', params.id, handoverAccess);
      return { status: 200, body: { events: nextHandoverEvents(handover) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/handovers/:id/events',
    operationId: 'applyHandoverEvent',
    summary:
      'Moves a hand-over along: the incoming shift asks about it, the writer answers, the incoming shift accepts (every question answered) or refuses with a reason, and the manager or duty supervisor reviews it. The writer never asks about, accepts, refuses or reviews their own.',
    tag: 'handovers',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'act', type: 'handover' },
    params: handoverId,
    body: HandoverEventBody,
    bodyDoc: HandoverEvent,
    errors: ['not-found', 'access/forbidden', 'handover/invalid-transition', 'service/event-out-of-order'],
    responses: { 200: { description: 'The hand-over after the event', schema: Handover } },
    async handler({ params, body, principal, caller, db, nowIso, services }) {
      const handover = await loadAuthorized(db, principal, 'act', 'handover', params.id, {
        ...handoverAccess,
        forUpdate: services.engine,
      });
      const event = parseInput(HandoverEvent, { ...body, actor: actorOf(caller), at: nowIso }, 'hand-over event');
      const changed = applyHandoverEvent(handover, event);
      await updateRecord(db, 'handover', changed);
      return { status: 200, body: changed };
    },
  }),
];
