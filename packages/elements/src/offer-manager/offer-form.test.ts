import type { Offer } from '@clubkit/core/merchants';
import { describe, expect, it } from 'vitest';
import { checkOfferForm, emptyOfferValues, offerPatch, valuesOfOffer } from './offer-form.js';

describe('checkOfferForm', () => {
  it('turns yuan typed by an operator into fen and leaves empty optional fields out', () => {
    expect(
      checkOfferForm({ ...emptyOfferValues('amount'), title: ' 滿200減20 ', amountOff: '２０', minSpend: '¥200' }),
    ).toEqual({ ok: true, offer: { kind: 'amount', title: '滿200減20', amountOffFen: 2000, minSpendFen: 20000 } });
    expect(checkOfferForm({ ...emptyOfferValues('percent'), title: '9折', percentOff: '10%', cap: '8.5' })).toEqual({
      ok: true,
      offer: { kind: 'percent', title: '9折', percentOff: 10, capFen: 850 },
    });
  });

  it('sends only the amounts of the chosen kind', () => {
    const check = checkOfferForm({
      ...emptyOfferValues('price'),
      title: '精洗',
      listPrice: '80',
      memberPrice: '60',
      amountOff: '5',
    });
    expect(check).toEqual({
      ok: true,
      offer: { kind: 'price', title: '精洗', listPriceFen: 8000, memberPriceFen: 6000 },
    });
  });

  it('reports every field core refuses, on the field it was typed in, in form order', () => {
    const check = checkOfferForm({
      ...emptyOfferValues('price'),
      title: '',
      listPrice: '80',
      memberPrice: '90',
      minSpend: '1.005',
      validFrom: '2026-12-02',
      validUntil: '2026-12-01',
      tiers: 'vip',
    });
    expect(check).toEqual({
      ok: false,
      issues: [
        { field: 'title', code: 'required' },
        { field: 'memberPrice', code: 'price_order' },
        { field: 'minSpend', code: 'not_fen' },
        { field: 'validUntil', code: 'date_order' },
      ],
    });
  });

  it('refuses text that is not an amount or a percentage', () => {
    const check = checkOfferForm({ ...emptyOfferValues('percent'), title: 'x', percentOff: 'ten', cap: 'abc' });
    expect(check).toEqual({
      ok: false,
      issues: [
        { field: 'percentOff', code: 'percent_range' },
        { field: 'cap', code: 'not_fen' },
      ],
    });
  });
});

describe('valuesOfOffer and offerPatch', () => {
  it('fills the form with a stored offer so that saving it unchanged changes nothing', () => {
    const offer: Offer = {
      kind: 'percent',
      id: 'off_1',
      title: '洗車9折',
      percentOff: 12.5,
      capFen: 2050,
      tiers: ['vip'],
      validUntil: '2026-12-31',
    };
    const { id, ...fields } = offer;
    expect(id).toBe('off_1');
    expect(checkOfferForm(valuesOfOffer(offer))).toEqual({ ok: true, offer: fields });
    expect(offerPatch(offer, fields)).toEqual(fields);
  });

  it('sends null for each field the edit removed, the old kind’s amounts included', () => {
    const before = {
      kind: 'percent',
      id: 'off_1',
      title: '9折',
      percentOff: 10,
      capFen: 2000,
      validUntil: '2026-12-31',
    } as const;
    expect(offerPatch(before, { kind: 'amount', title: '減20', amountOffFen: 2000 })).toEqual({
      kind: 'amount',
      title: '減20',
      amountOffFen: 2000,
      percentOff: null,
      capFen: null,
      validUntil: null,
    });
  });
});
