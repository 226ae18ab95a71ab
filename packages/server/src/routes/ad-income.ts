import { IdPrefix, IsoDate } from '@clubkit/core';
import { Page } from '@clubkit/core/api';
import { AdIncome, NewAdIncome } from '@clubkit/core/vip';
import * as z from 'zod/mini';
import { newId } from '../http/ids.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { insertRecord } from '../store/records.js';
import { authorize, keysetList, notFound, pageQuery } from './common.js';

/** Merchants' advertising income (A5 §4.2 4), which the revenue report earns over each period. */
export const adIncomeRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/ad-income',
    operationId: 'createAdIncome',
    summary:
      'Records advertising income from a merchant: the amount in fen for a period of at most 731 days, earned day by day over it (admin).',
    tag: 'activities',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'ad-income' },
    body: NewAdIncome,
    errors: ['not-found', 'access/forbidden'],
    responses: { 201: { description: 'The advertising income', schema: AdIncome } },
    async handler({ body, principal, db, now, nowIso }) {
      authorize(principal, 'create', { type: 'ad-income' });
      const merchant = await db
        .selectFrom('merchants')
        .select('id')
        .where('id', '=', body.merchantId)
        .executeTakeFirst();
      if (!merchant) throw notFound('merchant', body.merchantId);
      const income: AdIncome = {
        id: newId(IdPrefix.adIncome, now),
        merchantId: merchant.id,
        amountFen: body.amountFen,
        from: body.from,
        to: body.to,
        ...(body.note ? { note: body.note } : {}),
        recordedAt: nowIso,
      };
      await insertRecord(db, 'adIncome', income);
      return { status: 201, body: income };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/ad-income',
    operationId: 'listAdIncome',
    summary:
      'Advertising income, oldest recorded first; `on` keeps what runs on a day, `merchantId` one merchant’s (admin).',
    tag: 'activities',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'ad-income' },
    query: z.object({
      on: z.optional(IsoDate),
      merchantId: z.optional(z.string().check(z.startsWith('mch_'), z.maxLength(64))),
      ...pageQuery,
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of advertising income', schema: Page(AdIncome) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'ad-income' });
      let q = db.selectFrom('ad_incomes').select(['id', 'doc']);
      if (query.on) q = q.where('from_on', '<=', query.on).where('to_on', '>=', query.on);
      if (query.merchantId) q = q.where('merchant_id', '=', query.merchantId);
      return { status: 200, body: await keysetList<AdIncome, 'ad_incomes'>(q, query) };
    },
  }),
];
