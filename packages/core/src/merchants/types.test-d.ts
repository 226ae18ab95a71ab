import { describe, expectTypeOf, it } from 'vitest';
import {
  type BestOffer,
  bestOffer,
  type CategoryGroup,
  categoryGroup,
  categoryLabel,
  distanceKm,
  type GeoPoint,
  type Merchant,
  type MerchantCategory,
  type MerchantHit,
  type MerchantQuery,
  type MerchantSort,
  type Offer,
  type OfferKind,
  offerSaving,
  type Purchase,
  searchMerchants,
} from './index.js';

describe('merchants public types', () => {
  it('spells categories, groups, kinds and sorts as string unions', () => {
    expectTypeOf<MerchantCategory>().toEqualTypeOf<
      | 'call-centre'
      | 'roadside-rescue'
      | 'towing'
      | 'repair'
      | 'maintenance'
      | 'car-wash'
      | 'detailing'
      | 'rental'
      | 'insurance'
      | 'information'
      | 'hotel'
      | 'flight'
      | 'flowers'
      | 'dining'
      | 'ktv'
      | 'shopping'
      | 'fitness'
      | 'beauty'
      | 'laundry'
      | 'health-check'
    >();
    expectTypeOf<CategoryGroup>().toEqualTypeOf<'car' | 'lifestyle'>();
    expectTypeOf<OfferKind>().toEqualTypeOf<'percent' | 'amount' | 'price'>();
    expectTypeOf<MerchantSort>().toEqualTypeOf<'relevance' | 'name' | 'distance' | 'bestSaving'>();
  });

  it('narrows an offer by its kind', () => {
    expectTypeOf<Offer['kind']>().toEqualTypeOf<OfferKind>();
    expectTypeOf<Extract<Offer, { kind: 'percent' }>['percentOff']>().toEqualTypeOf<number>();
    expectTypeOf<Extract<Offer, { kind: 'percent' }>['capFen']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Extract<Offer, { kind: 'price' }>['memberPriceFen']>().toEqualTypeOf<number>();
    expectTypeOf<Offer['tiers']>().toEqualTypeOf<('standard' | 'vip')[] | undefined>();
  });

  it('describes merchants as plain data', () => {
    expectTypeOf<Merchant['category']>().toEqualTypeOf<MerchantCategory>();
    expectTypeOf<Merchant['location']>().toEqualTypeOf<GeoPoint | undefined>();
    expectTypeOf<Merchant['offers']>().toEqualTypeOf<Offer[]>();
  });

  it('types the functions', () => {
    expectTypeOf(categoryLabel).parameters.toEqualTypeOf<[MerchantCategory, ('zh-Hant' | 'zh-Hans' | 'en')?]>();
    expectTypeOf(categoryLabel).returns.toEqualTypeOf<string>();
    expectTypeOf(categoryGroup).returns.toEqualTypeOf<CategoryGroup>();
    expectTypeOf(offerSaving).toEqualTypeOf<(offer: Offer, purchase: Purchase) => number>();
    expectTypeOf(bestOffer).toEqualTypeOf<(offers: readonly Offer[], purchase: Purchase) => BestOffer | null>();
    expectTypeOf(distanceKm).toEqualTypeOf<(a: GeoPoint, b: GeoPoint) => number>();
    expectTypeOf(searchMerchants).toEqualTypeOf<
      (merchants: readonly Merchant[], query?: MerchantQuery) => MerchantHit[]
    >();
  });

  it('marks optional hit fields', () => {
    expectTypeOf<MerchantHit['distanceKm']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<MerchantHit['best']>().toEqualTypeOf<BestOffer | null | undefined>();
    expectTypeOf<MerchantQuery['purchase']>().toEqualTypeOf<Purchase | undefined>();
    expectTypeOf<Purchase['tier']>().toEqualTypeOf<'standard' | 'vip'>();
  });

  it('rejects a purchase without a date at compile time', () => {
    // @ts-expect-error date is required
    offerSaving({ kind: 'amount', id: 'off_a', title: 'a', amountOffFen: 100 }, { amountFen: 100, tier: 'vip' });
  });
});
