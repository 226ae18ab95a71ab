import { ClubError, INVALID_INPUT, isClubError, parseInput, type ClubIssue } from '@clubkit/core';
import { listScope } from '@clubkit/core/access';
import { MerchantPage, MerchantPatch, NewMerchantBody, NewOfferBody, OfferPatchBody } from '@clubkit/core/api';
import { Merchant, MerchantQuery, Offer, Purchase } from '@clubkit/core/merchants';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { writeMerchantOffers } from '../store/merchant-offers.js';
import { merchantRow } from '../store/records.js';
import { authorize, notFound, pageQuery } from './common.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

const { text, category, region, sort } = MerchantQuery.shape;

/**
 * A search that ranks this many merchants afresh costs one more token of the caller's rate
 * bucket. Ranking the whole demo directory (10,000 merchants, e.g. a location and an amount and
 * no text) takes about 20 ms of one thread, so it costs 11 tokens: one address at the default
 * 20 tokens a second can cause about 2 such searches a second (~40 ms of work) instead of 20
 * (~420 ms). Cached queries and narrow ones cost the usual token. See `pnpm bench:server`.
 */
export const MERCHANTS_PER_TOKEN = 1000;

/** Query of `GET /v1/merchants`: core's merchant query flattened into query parameters, plus a page. */
const MerchantListQuery = z.object({
  text,
  category,
  region,
  lat: z.optional(z.coerce.number()),
  lng: z.optional(z.coerce.number()),
  radiusKm: z.optional(z.coerce.number()),
  sort,
  amountFen: z.optional(z.coerce.number()),
  tier: z.optional(Purchase.shape.tier),
  date: z.optional(Purchase.shape.date),
  ...pageQuery,
});
type MerchantListQuery = z.output<typeof MerchantListQuery>;

const merchantParams = z.object({ id: z.string() });
const offerParams = z.object({ id: z.string(), offerId: z.string() });

/** The query parameter an issue of core's nested `near` or `purchase` stands for. */
function queryIssue(issue: ClubIssue): ClubIssue {
  const [head, field] = issue.path;
  if (head === 'near') return { ...issue, path: ['query', typeof field === 'string' ? field : 'lat'] };
  if (head === 'purchase') return { ...issue, path: ['query', typeof field === 'string' ? field : 'amountFen'] };
  return { ...issue, path: ['query', ...issue.path] };
}

/**
 * Core's merchant query from the query string: `lat`/`lng`/`radiusKm` make `near` and
 * `amountFen`/`tier`/`date` a purchase (on `today` unless dated). Core validates the whole, and
 * its issues are reported under the query parameters they came from.
 */
function merchantQueryOf(query: MerchantListQuery, today: () => string): MerchantQuery {
  const { lat, lng, radiusKm, amountFen, tier, date } = query;
  const candidate = {
    ...(query.text !== undefined ? { text: query.text } : {}),
    ...(query.category !== undefined ? { category: query.category } : {}),
    ...(query.region !== undefined ? { region: query.region } : {}),
    ...(lat !== undefined || lng !== undefined || radiusKm !== undefined
      ? { near: { lat, lng, ...(radiusKm !== undefined ? { radiusKm } : {}) } }
      : {}),
    ...(query.sort !== undefined ? { sort: query.sort } : {}),
    ...(amountFen !== undefined || tier !== undefined || date !== undefined
      ? { purchase: { amountFen, tier, date: date ?? today() } }
      : {}),
  };
  try {
    return parseInput(MerchantQuery, candidate, 'query parameters');
  } catch (error) {
    if (!isClubError(error)) throw error;
    throw new ClubError(error.code, error.message, { issues: error.issues.map(queryIssue), cause: error });
  }
}

/** A merchant as stored, read inside the request's transaction. */
async function storedMerchant(db: ClubDb, id: string): Promise<Merchant> {
  const row = await db.selectFrom('merchants').select('doc').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('merchant', id);
  return JSON.parse(row.doc) as Merchant;
}

/** Replaces a stored merchant (and its offer rows) with the directory version of this write. */
async function saveMerchant(db: ClubDb, merchant: Merchant, version: number, nowIso: string): Promise<void> {
  const { id, ...columns } = merchantRow(merchant, version, nowIso);
  await db.updateTable('merchants').set(columns).where('id', '=', id).execute();
  await writeMerchantOffers(db, [merchant]);
}

/** A JSON merge patch (RFC 7396) of the top-level fields: `null` removes a field. */
function mergePatch(current: object, patch: Record<string, unknown>): Record<string, unknown> {
  const next = new Map<string, unknown>(Object.entries(current));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) next.delete(key);
    else if (value !== undefined) next.set(key, value);
  }
  return Object.fromEntries(next);
}

/** The offer of a merchant, or a 404. */
function offerOf(merchant: Merchant, offerId: string): Offer {
  const offer = merchant.offers.find((o) => o.id === offerId);
  if (!offer) throw notFound('offer', offerId);
  return offer;
}

/**
 * The merchant directory (A5 §1–2): everyone searches it; the club's admin adds merchants; a
 * merchant operator keeps its own profile and offers. Every write moves the directory version in
 * its transaction (the lock on that counter also serialises merchant writes), so a search right
 * after the write sees it.
 */
export const merchantRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/merchants',
    operationId: 'listMerchants',
    summary:
      'Searches the merchant directory by text, category, region and distance, with the best offer for a purchase.',
    tag: 'merchants',
    credentials: ['publishable', 'session', 'secret', 'staff'],
    access: { action: 'list', type: 'merchant' },
    query: MerchantListQuery,
    errors: ['access/forbidden'],
    responses: {
      200: {
        description: 'A page of merchants in the order asked for, and how many the whole search found (`total`)',
        schema: MerchantPage,
      },
    },
    async handler(ctx) {
      const { query, principal, services } = ctx;
      authorize(principal, 'list', { type: 'merchant' });
      // The directory is searched whole; a caller who may read only some merchants cannot use it.
      if (listScope(principal, 'merchant').kind !== 'all')
        throw new HttpProblem(403, 'access/forbidden', 'This caller may not search the merchant directory.');
      const search = merchantQueryOf(query, () => ctx.today);
      try {
        const { json, ranked } = await services.merchants.searchJsonCosted(search, {
          limit: query.limit,
          cursor: query.cursor,
        });
        // A fresh search costs the rate bucket by the merchants it ranked (a cached one, a token).
        const extra = Math.floor(ranked / MERCHANTS_PER_TOKEN);
        if (extra > 0) ctx.hono.set('extraCost', extra);
        return { status: 200, json };
      } catch (error) {
        // The query is valid by now, so core refusing the search means a stored merchant is not.
        if (isClubError(error)) throw new Error('A stored merchant fails core validation', { cause: error });
        throw error;
      }
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/merchants/:id',
    operationId: 'getMerchant',
    summary: 'One merchant with its offers.',
    tag: 'merchants',
    credentials: ['publishable', 'session', 'secret', 'staff'],
    access: { action: 'read', type: 'merchant' },
    params: merchantParams,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The merchant', schema: Merchant } },
    async handler({ params, principal, services }) {
      const merchant = await services.merchants.get(params.id);
      if (!merchant) throw notFound('merchant', params.id);
      authorize(principal, 'read', { type: 'merchant', merchantId: merchant.id });
      return { status: 200, body: merchant };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/merchants',
    operationId: 'createMerchant',
    summary: 'Adds a merchant and its first offers; the server assigns the ids (admin).',
    tag: 'merchants',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'merchant' },
    body: NewMerchantBody,
    errors: ['access/forbidden'],
    responses: { 201: { description: 'The new merchant', schema: Merchant } },
    async handler({ body, principal, db, now, nowIso, services }) {
      authorize(principal, 'create', { type: 'merchant' });
      const { offers = [], ...profile } = body;
      const merchant = parseInput(
        Merchant,
        {
          id: newId('mch', now),
          ...profile,
          offers: offers.map((offer) => ({ ...offer, id: offer['id'] ?? newId('off', now) })),
        },
        'merchant',
      );
      const version = await services.merchants.beginWrite(db);
      await db
        .insertInto('merchants')
        .values(merchantRow(merchant, version, nowIso))
        .execute();
      await writeMerchantOffers(db, [merchant]);
      return { status: 201, body: merchant };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/merchants/:id',
    operationId: 'updateMerchant',
    summary:
      "Changes a merchant's profile; `location: null` removes the location (admin, or that merchant's operator).",
    tag: 'merchants',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'merchant' },
    params: merchantParams,
    body: MerchantPatch,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The changed merchant', schema: Merchant } },
    async handler({ params, body, principal, db, nowIso, services }) {
      const version = await services.merchants.beginWrite(db);
      const current = await storedMerchant(db, params.id);
      authorize(principal, 'update', { type: 'merchant', merchantId: current.id });
      const merchant = parseInput(Merchant, mergePatch(current, body), 'merchant');
      await saveMerchant(db, merchant, version, nowIso);
      return { status: 200, body: merchant };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/merchants/:id/offers',
    operationId: 'createOffer',
    summary: "Adds an offer to a merchant; the server assigns its id when absent (admin, or that merchant's operator).",
    tag: 'merchants',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'offer' },
    params: merchantParams,
    body: NewOfferBody,
    bodyDoc: Offer,
    errors: ['not-found', 'access/forbidden'],
    responses: { 201: { description: 'The new offer', schema: Offer } },
    async handler({ params, body, principal, db, now, nowIso, services }) {
      const version = await services.merchants.beginWrite(db);
      const current = await storedMerchant(db, params.id);
      authorize(principal, 'create', { type: 'offer', merchantId: current.id });
      const offer = parseInput(Offer, { ...body, id: body['id'] ?? newId('off', now) }, 'offer');
      const merchant = parseInput(Merchant, { ...current, offers: [...current.offers, offer] }, 'merchant');
      await saveMerchant(db, merchant, version, nowIso);
      return { status: 201, body: offer };
    },
  }),
  defineRoute({
    method: 'patch',
    path: '/v1/merchants/:id/offers/:offerId',
    operationId: 'updateOffer',
    summary:
      "Changes an offer: the fields sent replace the stored ones and `null` removes one (admin, or that merchant's operator).",
    tag: 'merchants',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'offer' },
    params: offerParams,
    body: OfferPatchBody,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The changed offer', schema: Offer } },
    async handler({ params, body, principal, db, nowIso, services }) {
      const version = await services.merchants.beginWrite(db);
      const current = await storedMerchant(db, params.id);
      authorize(principal, 'update', { type: 'offer', merchantId: current.id });
      const before = offerOf(current, params.offerId);
      if (body['id'] !== undefined && body['id'] !== before.id) {
        throw new ClubError(INVALID_INPUT, 'An offer keeps its id; create a new offer instead.', {
          issues: [{ path: ['id'], code: 'invalid_value', message: `Expected "${before.id}"` }],
        });
      }
      const offer = parseInput(Offer, mergePatch(before, body), 'offer');
      const merchant = parseInput(
        Merchant,
        { ...current, offers: current.offers.map((o) => (o.id === offer.id ? offer : o)) },
        'merchant',
      );
      await saveMerchant(db, merchant, version, nowIso);
      return { status: 200, body: offer };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/merchants/:id/offers/:offerId',
    operationId: 'deleteOffer',
    summary: "Removes an offer (admin, or that merchant's operator).",
    tag: 'merchants',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'delete', type: 'offer' },
    params: offerParams,
    errors: ['not-found', 'access/forbidden'],
    responses: { 204: { description: 'The offer is gone' } },
    async handler({ params, principal, db, nowIso, services }) {
      const version = await services.merchants.beginWrite(db);
      const current = await storedMerchant(db, params.id);
      authorize(principal, 'delete', { type: 'offer', merchantId: current.id });
      const removed = offerOf(current, params.offerId);
      await saveMerchant(db, { ...current, offers: current.offers.filter((o) => o !== removed) }, version, nowIso);
      return { status: 204, body: undefined };
    },
  }),
];
