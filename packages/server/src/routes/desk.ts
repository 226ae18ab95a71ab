import { IdPrefix, entityId, parseInput } from '@clubkit/core';
import type { ResourceType } from '@clubkit/core/access';
import {
  Page,
  PaidServiceEventBody,
  PaidServiceRequest,
  paidServiceFromRequest,
  RepairEventBody,
} from '@clubkit/core/api';
import {
  applyPaidServiceEvent,
  applyRepairEvent,
  createPaidService,
  createRepairOrder,
  NewRepairOrder,
  nextPaidServiceEvents,
  nextRepairEvents,
  PaidService,
  PaidServiceEvent,
  PaidServiceStatusSchema,
  RepairEvent,
  RepairOrder,
  RepairStatusSchema,
} from '@clubkit/core/service';
import * as z from 'zod/mini';
import { newId } from '../http/ids.js';
import type { ProblemCode } from '../http/problem.js';
import { defineRoute, type Out, type RouteSpec } from '../http/route.js';
import type { ClubDb } from '../db/connect.js';
import { getRecord, insertRecord, tableOf, updateRecord, type RecordOf, type TableOf } from '../store/records.js';
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
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { linkedUnit } from './units.js';

/** The desk's record kinds: repair orders and paid services, both worked through core workflows. */
type DeskKind = 'repair' | 'paidService';

/**
 * A service-desk record kind served as create / list / read / next events / events. Typed by
 * its kind and its schemas, so the factory below hands each core function exactly what it takes.
 */
interface DeskRecordKind<K extends DeskKind, N extends z.ZodMiniType, E extends z.ZodMiniType> {
  kind: K;
  resource: Extract<ResourceType, 'repair' | 'paid-service'>;
  /** Collection path, e.g. `/v1/repairs`. */
  path: string;
  idPrefix: typeof IdPrefix.repair | typeof IdPrefix.paidService;
  /** Names in operation ids: `RepairOrder`, `RepairOrders`. */
  one: string;
  many: string;
  /** Words in summaries: `repair order`. */
  noun: string;
  tag: string;
  newSchema: N;
  recordSchema: z.ZodMiniType<RecordOf<K>>;
  statusSchema: z.ZodMiniType<string>;
  /** Core's body schema of the kind's event route: the event's type, checked before the rest. */
  eventBody: typeof RepairEventBody | typeof PaidServiceEventBody;
  /** Core's event schema: checks the whole event once the server adds `actor` and `at`, and documents it. */
  event: E;
  /** The name core's apply function gives the event in its errors. */
  eventLabel: string;
  /** The codes the create route may answer with besides access. */
  createErrors: readonly ProblemCode[];
  /** The codes core's apply function refuses an event with. */
  eventErrors: readonly ProblemCode[];
  /** The unit the new record is linked to, as the body names it. */
  unitOf(input: Out<N>): string | undefined;
  /** Core's create function over the body (reading the price list when a paid service is quoted from it). */
  create(input: Out<N>, options: { id: string; now: string; actor: string }, db: ClubDb): Promise<RecordOf<K>>;
  apply(record: RecordOf<K>, event: z.output<E>): RecordOf<K>;
  next(record: RecordOf<K>): string[];
}

function deskRoutes<K extends DeskKind, N extends z.ZodMiniType, E extends z.ZodMiniType>(
  k: DeskRecordKind<K, N, E>,
): RouteSpec[] {
  const idParams = z.object({ id: entityId(k.idPrefix) });
  // A record is its unit's property's; one without a unit is seen only by callers of every property.
  const access: RecordAccess<K> = {
    type: k.resource,
    what: k.noun,
    owners: (r) => (r.propertyId ? { propertyId: r.propertyId } : {}),
  };
  return [
    defineRoute({
      method: 'post',
      path: k.path,
      operationId: `create${k.one}`,
      summary: `Registers a ${k.noun}.`,
      tag: k.tag,
      credentials: OPERATOR_CREDENTIALS,
      access: { action: 'create', type: k.resource },
      body: k.newSchema,
      errors: ['access/forbidden', ...k.createErrors],
      responses: { 201: { description: `The new ${k.noun}`, schema: k.recordSchema } },
      async handler({ body, principal, caller, db, now, nowIso }) {
        const unitId = k.unitOf(body);
        const unit = unitId === undefined ? undefined : await linkedUnit(db, principal, unitId, ['unitId']);
        // A property's desk registers records of its own units only: without a unit, 403.
        authorize(principal, 'create', { type: k.resource, ...(unit ? { propertyId: unit.propertyId } : {}) });
        const created = await k.create(body, { id: newId(k.idPrefix, now), now: nowIso, actor: actorOf(caller) }, db);
        const record = unit ? { ...created, propertyId: unit.propertyId } : created;
        await insertRecord(db, k.kind, record);
        return { status: 201, body: record };
      },
    }),
    defineRoute({
      method: 'get',
      path: k.path,
      operationId: `list${k.many}`,
      summary: `${k.noun.charAt(0).toUpperCase()}${k.noun.slice(1)}s, oldest first, optionally by status.`,
      tag: k.tag,
      credentials: OPERATOR_CREDENTIALS,
      access: { action: 'list', type: k.resource },
      query: z.object({
        status: z.optional(k.statusSchema),
        /** Only the records of this unit. */
        unitId: z.optional(entityId(IdPrefix.unit)),
        ...pageQuery,
      }),
      errors: ['access/forbidden'],
      responses: { 200: { description: `A page of ${k.noun}s`, schema: Page(k.recordSchema) } },
      async handler({ principal, db, query }) {
        authorize(principal, 'list', { type: k.resource });
        const propertyId = listFilter(principal, k.resource, 'propertyId');
        if (propertyId === null) return { status: 200, body: emptyPage };
        const table: TableOf<DeskKind> = tableOf(k.kind);
        let q = db.selectFrom(table).select(['id', 'doc']);
        if (propertyId !== undefined) q = q.where('property_id', '=', propertyId);
        if (query.status) q = q.where('status', '=', query.status);
        if (query.unitId) q = q.where('unit_id', '=', query.unitId);
        return { status: 200, body: await keysetList<RecordOf<K>>(q, query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: `${k.path}/:id`,
      operationId: `get${k.one}`,
      summary: `One ${k.noun} with its history.`,
      tag: k.tag,
      credentials: OPERATOR_CREDENTIALS,
      access: { action: 'read', type: k.resource },
      params: idParams,
      errors: ['not-found', 'access/forbidden'],
      responses: { 200: { description: `The ${k.noun}`, schema: k.recordSchema } },
      async handler({ params, principal, db }) {
        return { status: 200, body: await loadAuthorized(db, principal, 'read', k.kind, params.id, access) };
      },
    }),
    defineRoute({
      method: 'get',
      path: `${k.path}/:id/next-events`,
      operationId: `list${k.one}NextEvents`,
      summary: `The events the ${k.noun} can take now.`,
      tag: k.tag,
      credentials: OPERATOR_CREDENTIALS,
      access: { action: 'act', type: k.resource },
      params: idParams,
      errors: ['not-found', 'access/forbidden'],
      responses: {
        200: { description: 'The event types', schema: z.object({ events: z.array(k.eventBody.shape.type) }) },
      },
      async handler({ params, principal, db }) {
        return {
          status: 200,
          body: { events: k.next(await loadAuthorized(db, principal, 'act', k.kind, params.id, access)) },
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: `${k.path}/:id/events`,
      operationId: `apply${k.one}Event`,
      summary: `Moves a ${k.noun} along; the server records who and when.`,
      tag: k.tag,
      credentials: OPERATOR_CREDENTIALS,
      access: { action: 'act', type: k.resource },
      params: idParams,
      body: k.eventBody,
      bodyDoc: k.event,
      errors: ['not-found', 'access/forbidden', ...k.eventErrors],
      responses: { 200: { description: `The ${k.noun} after the event`, schema: k.recordSchema } },
      async handler({ params, body, principal, caller, db, nowIso, services }) {
        const record = await loadAuthorized(db, principal, 'act', k.kind, params.id, {
          ...access,
          forUpdate: services.engine,
        });
        const event = parseInput(k.event, { ...body, actor: actorOf(caller), at: nowIso }, k.eventLabel);
        const changed = k.apply(record, event);
        await updateRecord(db, k.kind, changed);
        return { status: 200, body: changed };
      },
    }),
  ];
}

const repairRoutes = deskRoutes({
  kind: 'repair',
  resource: 'repair',
  path: '/v1/repairs',
  idPrefix: IdPrefix.repair,
  one: 'RepairOrder',
  many: 'RepairOrders',
  noun: 'repair order',
  tag: 'repairs',
  newSchema: NewRepairOrder,
  recordSchema: RepairOrder,
  statusSchema: RepairStatusSchema,
  eventBody: RepairEventBody,
  event: RepairEvent,
  eventLabel: 'repair event',
  eventErrors: [
    'repair/invalid-transition',
    'repair/assessment-required',
    'repair/material-check-failed',
    'service/event-out-of-order',
  ],
  createErrors: [],
  unitOf: (input) => input.unitId,
  create: (input, options) => Promise.resolve(createRepairOrder(input, options)),
  apply: applyRepairEvent,
  next: nextRepairEvents,
});

const paidServiceRoutes = deskRoutes({
  kind: 'paidService',
  resource: 'paid-service',
  path: '/v1/paid-services',
  idPrefix: IdPrefix.paidService,
  one: 'PaidService',
  many: 'PaidServices',
  noun: 'paid service',
  tag: 'paid-services',
  newSchema: PaidServiceRequest,
  recordSchema: PaidService,
  statusSchema: PaidServiceStatusSchema,
  eventBody: PaidServiceEventBody,
  event: PaidServiceEvent,
  eventLabel: 'paid service event',
  eventErrors: ['paid-service/invalid-transition', 'service/event-out-of-order'],
  createErrors: ['paid-service/price-unavailable'],
  unitOf: (input) => input.unitId,
  async create(input, options, db) {
    // A quote from the price list takes the list's price; the body's own price is refused beside it.
    const line = input.priceId === undefined ? undefined : await getRecord(db, 'servicePrice', input.priceId);
    return createPaidService(paidServiceFromRequest(input, line), options);
  },
  apply: applyPaidServiceEvent,
  next: nextPaidServiceEvents,
});

/** The service desk's repair orders and paid services (A4 §3.4, §3.12). */
export const serviceDeskRoutes = [...repairRoutes, ...paidServiceRoutes];
