import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { generateMerchants } from './fixtures.js';
import { GeoPoint, Merchant } from './merchant.js';
import { Offer } from './offer.js';
import { MerchantHit, MerchantQuery } from './search.js';

const [sample] = generateMerchants(1, 3);
const valid = sample as Merchant;

describe('Merchant schema', () => {
  it('accepts a generated merchant as it is', () => {
    expect(Merchant.parse(valid)).toEqual(valid);
  });

  it('refuses blank or overlong ids, empty names, long addresses and unknown categories', () => {
    expect(Merchant.safeParse({ ...valid, id: '' }).success).toBe(false);
    expect(Merchant.safeParse({ ...valid, id: 'm'.repeat(65) }).success).toBe(false);
    expect(Merchant.safeParse({ ...valid, name: '' }).success).toBe(false);
    expect(Merchant.safeParse({ ...valid, name: '名'.repeat(81) }).success).toBe(false);
    expect(Merchant.safeParse({ ...valid, address: '路'.repeat(201) }).success).toBe(false);
    expect(Merchant.safeParse({ ...valid, category: 'casino' }).success).toBe(false);
    expect(Merchant.safeParse({ ...valid, region: 'r'.repeat(41) }).success).toBe(false);
  });

  it('accepts common phone formats and refuses text', () => {
    for (const phone of ['0691-2123456', '400 800 1234', '+86 (691) 212-3456', '13888888888']) {
      expect(Merchant.safeParse({ ...valid, phone }).success).toBe(true);
    }
    for (const phone of ['call us', '', '12', '0691-212345x'])
      expect(Merchant.safeParse({ ...valid, phone }).success).toBe(false);
  });

  it('allows at most 20 offers', () => {
    const offers = Array.from({ length: 21 }, (_, i): Offer => ({
      kind: 'amount',
      id: `off_${String(i)}`,
      title: 't',
      amountOffFen: 1,
    }));
    expect(Merchant.safeParse({ ...valid, offers: offers.slice(0, 20) }).success).toBe(true);
    expect(Merchant.safeParse({ ...valid, offers }).success).toBe(false);
  });

  it('keeps locations on the globe', () => {
    expect(GeoPoint.safeParse({ lat: -90, lng: 180 }).success).toBe(true);
    expect(GeoPoint.safeParse({ lat: 90.01, lng: 0 }).success).toBe(false);
    expect(GeoPoint.safeParse({ lat: 0, lng: -180.01 }).success).toBe(false);
  });
});

describe('JSON Schema', () => {
  it('turns the public schemas into JSON Schema for OpenAPI', () => {
    for (const schema of [Merchant, Offer, MerchantQuery, MerchantHit]) {
      const json = z.toJSONSchema(schema, { io: 'input' }) as { type?: string; oneOf?: unknown[]; anyOf?: unknown[] };
      expect(json.type === 'object' || Array.isArray(json.oneOf) || Array.isArray(json.anyOf)).toBe(true);
    }
  });
});
