import { ClubError, entityId, IdPrefix, INVALID_INPUT } from '@clubkit/core';
import { Page } from '@clubkit/core/api';
import {
  assertServiceNameFree,
  assertServiceOffered,
  ClubService,
  ClubServiceUpdate,
  NewClubService,
  retireService,
  ServiceCategorySchema,
  type ServiceCategory,
} from '@clubkit/core/membership';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { docs, getRecord, insertRecord, updateRecord } from '../store/records.js';
import { authorize, keysetList, notFound, pageQuery } from './common.js';

const serviceId = z.object({ id: entityId(IdPrefix.clubService) });
/** Who may read the catalogue: everyone, like the merchant directory (members with the publishable key). */
const READERS = ['publishable', 'session', 'secret', 'staff'] as const;

/** Refuses merchants the directory does not hold, naming each by its place in the list. */
async function assertMerchantsExist(db: ClubDb, merchantIds: readonly string[]): Promise<void> {
  if (merchantIds.length === 0) return;
  const found = new Set(
    (await db.selectFrom('merchants').select('id').where('id', 'in', merchantIds).execute()).map((r) => r.id),
  );
  const issues = merchantIds.flatMap((id, i) =>
    found.has(id) ? [] : [{ path: ['merchantIds', i], code: 'not-found', message: `No merchant ${id}` }],
  );
  if (issues.length > 0) throw new ClubError(INVALID_INPUT, 'Some merchants are not in the directory.', { issues });
}

/** Core's uniqueness rule over the services of the category that are offered now. */
async function assertNameFree(db: ClubDb, category: ServiceCategory, name: string, exceptId?: string): Promise<void> {
  const rows = await db
    .selectFrom('club_services')
    .select('doc')
    .where('category', '=', category)
    .where('status', '=', 'active')
    .execute();
  assertServiceNameFree(docs<ClubService>(rows), { category, name }, exceptId);
}

/** Writes which merchants give a service, replacing what was there. */
async function writeServiceMerchants(db: ClubDb, service: ClubService): Promise<void> {
  await db.deleteFrom('club_service_merchants').where('service_id', '=', service.id).execute();
  if (service.merchantIds.length === 0) return;
  await db
    .insertInto('club_service_merchants')
    .values(service.merchantIds.map((merchantId) => ({ service_id: service.id, merchant_id: merchantId })))
    .execute();
}

/** The club's service catalogue (A2 §2): the administrator keeps it, everyone reads it. */
export const serviceCatalogueRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/services',
    operationId: 'createClubService',
    summary:
      'Adds a service to the catalogue: its category (car, value-added or club), a name unique in the category, and the merchants that give it (admin).',
    tag: 'services',
    credentials: ['secret', 'staff'],
    access: { action: 'create', type: 'club-service' },
    body: NewClubService,
    errors: ['access/forbidden', 'catalogue/duplicate-name'],
    responses: { 201: { description: 'The new service', schema: ClubService } },
    async handler({ body, principal, db, now }) {
      authorize(principal, 'create', { type: 'club-service' });
      await assertMerchantsExist(db, body.merchantIds);
      await assertNameFree(db, body.category, body.name);
      const service: ClubService = {
        id: newId(IdPrefix.clubService, now),
        category: body.category,
        name: body.name,
        ...(body.description ? { description: body.description } : {}),
        merchantIds: body.merchantIds,
        status: 'active',
      };
      await insertRecord(db, 'clubService', service);
      await writeServiceMerchants(db, service);
      return { status: 201, body: service };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/services',
    operationId: 'listClubServices',
    summary:
      'The catalogue, oldest service first: those offered unless `status` asks for retired ones or `all`; `category` and `merchantId` narrow it (publishable key, member session or operator).',
    tag: 'services',
    credentials: READERS,
    access: { action: 'list', type: 'club-service' },
    query: z.object({
      category: z.optional(ServiceCategorySchema),
      merchantId: z.optional(entityId(IdPrefix.merchant)),
      status: z._default(z.enum(['active', 'retired', 'all']), 'active'),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of services', schema: Page(ClubService) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'club-service' });
      let q = db.selectFrom('club_services').select(['id', 'doc']);
      if (query.status !== 'all') q = q.where('status', '=', query.status);
      if (query.category) q = q.where('category', '=', query.category);
      if (query.merchantId) {
        const merchantId = query.merchantId;
        q = q.where('id', 'in', (eb) =>
          eb.selectFrom('club_service_merchants').select('service_id').where('merchant_id', '=', merchantId),
        );
      }
      return { status: 200, body: await keysetList<ClubService>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/services/:id',
    operationId: 'getClubService',
    summary: 'One service of the catalogue, offered or retired.',
    tag: 'services',
    credentials: READERS,
    access: { action: 'read', type: 'club-service' },
    params: serviceId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The service', schema: ClubService } },
    async handler({ params, principal, db }) {
      authorize(principal, 'read', { type: 'club-service' });
      const service = await getRecord(db, 'clubService', params.id);
      if (!service) throw notFound('service', params.id);
      return { status: 200, body: service };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/services/:id',
    operationId: 'updateClubService',
    summary:
      'Renames a service, changes its description or its merchants; its category stays, and a retired service is not changed (admin).',
    tag: 'services',
    credentials: ['secret', 'staff'],
    access: { action: 'update', type: 'club-service' },
    params: serviceId,
    body: ClubServiceUpdate,
    errors: ['not-found', 'access/forbidden', 'catalogue/duplicate-name', 'catalogue/service-retired'],
    responses: { 200: { description: 'The service as changed', schema: ClubService } },
    async handler({ params, body, principal, db, services }) {
      authorize(principal, 'update', { type: 'club-service' });
      const before = await getRecord(db, 'clubService', params.id, { forUpdate: services.engine });
      if (!before) throw notFound('service', params.id);
      assertServiceOffered(before);
      if (body.merchantIds) await assertMerchantsExist(db, body.merchantIds);
      if (body.name !== undefined) await assertNameFree(db, before.category, body.name, before.id);
      const { description, ...rest } = before;
      const nextDescription = body.description ?? description;
      const service: ClubService = {
        ...rest,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(nextDescription ? { description: nextDescription } : {}),
        ...(body.merchantIds !== undefined ? { merchantIds: body.merchantIds } : {}),
      };
      await updateRecord(db, 'clubService', service);
      if (body.merchantIds !== undefined) await writeServiceMerchants(db, service);
      return { status: 200, body: service };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/services/:id/retire',
    operationId: 'retireClubService',
    summary:
      'Retires a service: no longer offered or used, kept with every use recorded; its name is free again in its category (admin).',
    tag: 'services',
    credentials: ['secret', 'staff'],
    access: { action: 'update', type: 'club-service' },
    params: serviceId,
    errors: ['not-found', 'access/forbidden', 'catalogue/service-retired'],
    responses: { 200: { description: 'The retired service', schema: ClubService } },
    async handler({ params, principal, db, today, services }) {
      authorize(principal, 'update', { type: 'club-service' });
      const before = await getRecord(db, 'clubService', params.id, { forUpdate: services.engine });
      if (!before) throw notFound('service', params.id);
      const service = retireService(before, today);
      await updateRecord(db, 'clubService', service);
      return { status: 200, body: service };
    },
  }),
];
