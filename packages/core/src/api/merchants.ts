import * as z from 'zod/mini';
import { Merchant, MerchantHit, type Offer } from '../merchants/index.js';
import { Cursor } from './page.js';

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> & { id?: string } : never;

/** An offer as sent to create one: any offer, its `id` assigned by the server when absent. */
export type NewOffer = WithoutId<Offer>;

/**
 * Body of `POST /v1/merchants/{id}/offers`. Checked field by field against `Offer` once the
 * server has given it an id, so issues point at the offer's own fields.
 */
export const NewOfferBody = z.looseObject({ kind: z.enum(['percent', 'amount', 'price']) });

/** Body of `PATCH /v1/merchants/{id}/offers/{offerId}`: the fields to change. */
export const OfferPatchBody = z.looseObject({});
/** The fields of an offer to change; `null` removes an optional field (JSON merge patch). */
export type OfferPatch = MergePatch<NewOffer>;

/** Each field optional and `null`-able, for each member of a union. */
type MergePatch<T> = T extends unknown ? { [K in keyof T]?: T[K] | null } : never;

const { name, category, region, address, location, phone } = Merchant.shape;

/** Body of `POST /v1/merchants`: a merchant and its first offers (ids assigned by the server). */
export const NewMerchantBody = z.object({
  name,
  category,
  region,
  address,
  location,
  phone,
  offers: z.optional(z.array(z.looseObject({ kind: z.enum(['percent', 'amount', 'price']) })).check(z.maxLength(20))),
});
/** A merchant as sent to create one. */
export type NewMerchant = Omit<Merchant, 'id' | 'offers'> & { offers?: NewOffer[] };

/** Body of `PATCH /v1/merchants/{id}`: the profile fields to change (offers have their own routes). */
export const MerchantPatch = z.object({
  name: z.optional(name),
  category: z.optional(category),
  region: z.optional(region),
  address: z.optional(address),
  location: z.optional(z.nullable(location)),
  phone: z.optional(phone),
});
/** The profile fields of a merchant to change. */
export type MerchantPatch = z.infer<typeof MerchantPatch>;

/** One result of `GET /v1/merchants`: the merchant with its distance and best offer when asked. */
export const MerchantListItem = MerchantHit;
/** One result of `GET /v1/merchants`. */
export type MerchantListItem = z.infer<typeof MerchantListItem>;

/**
 * The answer of `GET /v1/merchants`: a page of results, the cursor of the next one, and how many
 * merchants the whole search found (`total`, the same on every page of it; a server that does not
 * count leaves it out).
 */
export const MerchantPage = z.object({
  data: z.array(MerchantListItem),
  nextCursor: z.nullable(Cursor),
  total: z.optional(z.int().check(z.gte(0))),
});
/** A page of merchant search results, with the search's total. */
export type MerchantPage = z.infer<typeof MerchantPage>;
