import * as z from 'zod/mini';
import { RecordId } from '../shared/ids.js';
import { MerchantCategorySchema } from './category-schema.js';
import { Offer } from './offer.js';

/** A point on the earth, in decimal degrees (WGS 84). */
export const GeoPoint = z.object({
  /** Latitude, −90 to 90. */
  lat: z.number().check(z.gte(-90), z.lte(90)),
  /** Longitude, −180 to 180. */
  lng: z.number().check(z.gte(-180), z.lte(180)),
});
/** A point on the earth, in decimal degrees. */
export type GeoPoint = z.infer<typeof GeoPoint>;

/** A region code, e.g. `jinghong` (A5: the club covers two counties and one city). */
export const RegionCode = z.string().check(z.minLength(1), z.maxLength(40));
/** A region code. */
export type RegionCode = z.infer<typeof RegionCode>;

/** A phone number as dialled: digits with optional `+`, spaces, dashes and parentheses. */
export const PhoneNumber = z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{1,28}[0-9]$/, 'Expected a phone number'));
/** A phone number as dialled. */
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** A partner merchant ("特約商戶") and the offers it gives members. */
export const Merchant = z.object({
  /** The merchant's id, `mch_…`. */
  id: RecordId,
  /** The merchant's name, e.g. "景洪天人汽修". */
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** What the merchant does. */
  category: MerchantCategorySchema,
  /** The region the merchant is in. */
  region: RegionCode,
  /** The street address. */
  address: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Where the merchant is, for distance search. */
  location: z.optional(GeoPoint),
  /** The merchant's phone number. */
  phone: PhoneNumber,
  /** The member offers, at most 20, each with its own id. */
  offers: z.array(Offer).check(
    z.maxLength(20),
    z.refine((offers) => new Set(offers.map((o) => o.id)).size === offers.length, {
      error: 'Offer ids must be unique',
    }),
  ),
});
/** A partner merchant and its member offers. */
export type Merchant = z.infer<typeof Merchant>;
