import type {
  MerchantListItem,
  MerchantPage,
  MerchantPatch,
  NewMerchant,
  NewOffer,
  OfferPatch,
} from '@clubkit/core/api';
import type { Merchant, MerchantCategory, MerchantSort, Offer } from '@clubkit/core/merchants';
import type { Tier } from '@clubkit/core';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** A search of the merchant directory. */
export interface MerchantSearch extends ListOptions {
  /** Words to find in name, address or category (any of the three languages); each must match. */
  text?: string;
  category?: MerchantCategory;
  /** A region code, e.g. `jinghong`. */
  region?: string;
  /** Measure distances from here; with `radiusKm`, only merchants that close. */
  near?: { lat: number; lng: number; radiusKm?: number };
  /** @default 'relevance' with text, 'distance' with near, else 'name' */
  sort?: MerchantSort;
  /** Price each merchant's offers for this purchase (`best` on each hit; needed by sort 'bestSaving'). */
  purchase?: { amountFen: number; tier: Tier; date?: string };
}

function searchQuery({ near, purchase, ...rest }: MerchantSearch, cursor: string | undefined) {
  return {
    ...rest,
    cursor,
    lat: near?.lat,
    lng: near?.lng,
    radiusKm: near?.radiusKm,
    amountFen: purchase?.amountFen,
    tier: purchase?.tier,
    date: purchase?.date,
  };
}

/** The merchant directory: searches for everyone, writes for the admin and the merchant's operator. */
export function merchantsResource(t: Transport) {
  return {
    /**
     * Searches the directory; iterate for every hit across pages, or take `.page()`, whose
     * `total` says how many merchants the whole search found.
     *
     * @example
     * for await (const { merchant, best } of club.merchants.list({ text: '洗車', purchase: { amountFen: 5000, tier: 'vip' } })) …
     */
    list(search: MerchantSearch = {}, options?: RequestOptions): PageIterable<MerchantListItem, MerchantPage> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/merchants',
          query: searchQuery(search, cursor),
          answer: 'MerchantPage',
          options,
        }),
      );
    },
    /** One merchant with all its offers. */
    get(id: string, options?: RequestOptions): Promise<Merchant> {
      return t.send({ method: 'get', path: path`/v1/merchants/${id}`, answer: 'Merchant', options });
    },
    /** Adds a merchant (admin); the server assigns the ids. */
    create(merchant: NewMerchant, options?: RequestOptions): Promise<Merchant> {
      return t.send({ method: 'post', path: '/v1/merchants', body: merchant, answer: 'Merchant', options });
    },
    /** Changes a merchant's profile (admin or its operator); `location: null` removes the location. */
    update(id: string, patch: MerchantPatch, options?: RequestOptions): Promise<Merchant> {
      return t.send({ method: 'patch', path: path`/v1/merchants/${id}`, body: patch, answer: 'Merchant', options });
    },
  };
}

/** A merchant's offers (admin or the merchant's operator). */
export function offersResource(t: Transport) {
  return {
    /** Adds an offer to a merchant. */
    create(merchantId: string, offer: NewOffer, options?: RequestOptions): Promise<Offer> {
      return t.send({
        method: 'post',
        path: path`/v1/merchants/${merchantId}/offers`,
        body: offer,
        answer: 'Offer',
        options,
      });
    },
    /** Changes an offer; `null` removes an optional field. */
    update(merchantId: string, offerId: string, patch: OfferPatch, options?: RequestOptions): Promise<Offer> {
      return t.send({
        method: 'patch',
        path: path`/v1/merchants/${merchantId}/offers/${offerId}`,
        body: patch,
        answer: 'Offer',
        options,
      });
    },
    /** Removes an offer. */
    delete(merchantId: string, offerId: string, options?: RequestOptions): Promise<void> {
      return t.send({
        method: 'delete',
        path: path`/v1/merchants/${merchantId}/offers/${offerId}`,
        answer: undefined,
        options,
      });
    },
  };
}
