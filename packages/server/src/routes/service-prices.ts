import { entityId, IdPrefix } from '@clubkit/core';
import { Page } from '@clubkit/core/api';
import { NewServicePrice, ServicePrice, ServicePricePatch } from '@clubkit/core/service';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { getRecord, insertRecord, updateRecord } from '../store/records.js';
import { authorize, keysetList, notFound, pageQuery } from './common.js';

const priceId = z.object({ id: entityId(IdPrefix.servicePrice) });

/** The paid-service price list (A4 §3.12): the administrator keeps it, every desk reads and quotes from it. */
export const servicePriceRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/service-prices',
    operationId: 'createServicePrice',
    summary: 'Adds a line to the paid-service price list: name, price in fen, unit of charge (admin).',
    tag: 'service-prices',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'service-price' },
    body: NewServicePrice,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The new price-list line', schema: ServicePrice } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'service-price' });
      const line: ServicePrice = { ...body, id: newId(IdPrefix.servicePrice, now), updatedAt: nowIso };
      await insertRecord(db, 'servicePrice', line);
      return { status: 201, body: line };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/service-prices',
    operationId: 'listServicePrices',
    summary: 'The price list, oldest line first; `active=true` for the lines that may be quoted.',
    tag: 'service-prices',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'service-price' },
    query: z.object({ active: z.optional(z.enum(['true', 'false'])), ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of price-list lines', schema: Page(ServicePrice) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'service-price' });
      let q = db.selectFrom('service_prices').select(['id', 'doc']);
      if (query.active !== undefined) q = q.where('active', '=', query.active === 'true' ? 1 : 0);
      return { status: 200, body: await keysetList<ServicePrice>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/service-prices/:id',
    operationId: 'getServicePrice',
    summary: 'One line of the price list.',
    tag: 'service-prices',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'service-price' },
    params: priceId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The price-list line', schema: ServicePrice } },
    async handler({ params, principal, db }) {
      authorize(principal, 'read', { type: 'service-price' });
      const line = await getRecord(db, 'servicePrice', params.id);
      if (!line) throw notFound('price', params.id);
      return { status: 200, body: line };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/service-prices/:id',
    operationId: 'updateServicePrice',
    summary:
      'Changes a line’s name, price or unit of charge, or retires it (`active: false`); services already quoted keep their price (admin).',
    tag: 'service-prices',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'service-price' },
    params: priceId,
    body: ServicePricePatch,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The line as changed', schema: ServicePrice } },
    async handler({ params, body, principal, db, nowIso, services }) {
      authorize(principal, 'update', { type: 'service-price' });
      const before = await getRecord(db, 'servicePrice', params.id, { forUpdate: services.engine });
      if (!before) throw notFound('price', params.id);
      const line: ServicePrice = {
        ...before,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.priceFen !== undefined ? { priceFen: body.priceFen } : {}),
        ...(body.chargeUnit !== undefined ? { chargeUnit: body.chargeUnit } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        updatedAt: nowIso,
      };
      await updateRecord(db, 'servicePrice', line);
      return { status: 200, body: line };
    },
  }),
];
