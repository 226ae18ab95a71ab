import type { Offer } from '@clubkit/core/merchants';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../messages/load-messages.js';
import { formatOfferDate, offerTerms } from './offer-terms.js';

const [en, zhHant, zhHans] = await Promise.all([loadMessages('en'), loadMessages('zh-Hant'), loadMessages('zh-Hans')]);

const percent: Offer = { kind: 'percent', id: 'off_pct', title: '會員9折', percentOff: 10, capFen: 2000 };
const amount: Offer = { kind: 'amount', id: 'off_amt', title: '滿100減20', amountOffFen: 2000, minSpendFen: 10000 };
const price: Offer = { kind: 'price', id: 'off_prc', title: '會員價60元', listPriceFen: 8000, memberPriceFen: 6000 };

describe('offerTerms', () => {
  it('words a percent offer with its cap', () => {
    expect(offerTerms(percent, en)).toEqual(['10% off', 'up to CN¥20.00 off']);
    expect(offerTerms(percent, zhHant)[0]).toBe('9折');
    expect(offerTerms({ ...percent, percentOff: 15, capFen: undefined }, zhHans)).toEqual(['8.5折']);
  });

  it('gives a locale’s percent message the percent and its Chinese reading, so a locale needs no code to say 九折', () => {
    const asked: [number, string][] = [];
    const custom = {
      ...en,
      dirOfferPercent: (p: number, zh: string) => (asked.push([p, zh]), `${zh} (${p} %)`),
    };
    expect(offerTerms({ ...percent, percentOff: 25, capFen: undefined }, custom)).toEqual(['7.5折 (25 %)']);
    expect(offerTerms({ ...percent, percentOff: 12.5, capFen: undefined }, custom)).toEqual(['8.75折 (12.5 %)']);
    expect(asked).toEqual([
      [25, '7.5折'],
      [12.5, '8.75折'],
    ]);
  });

  it('words an amount off above a minimum spend, and one without a minimum', () => {
    expect(offerTerms(amount, en)).toEqual(['CN¥20.00 off when you spend CN¥100.00 or more']);
    expect(offerTerms(amount, zhHant)[0]).toMatch(/^滿 .*100\.00 減 .*20\.00$/);
    expect(offerTerms({ kind: 'amount', id: 'off_a2', title: '立減5元', amountOffFen: 500 }, en)).toEqual([
      'CN¥5.00 off',
    ]);
  });

  it('words a member price against the list price', () => {
    expect(offerTerms(price, en)).toEqual(['Member price CN¥60.00 (list price CN¥80.00)']);
    expect(offerTerms(price, zhHans)[0]).toMatch(/^会员价 .*60\.00（原价 .*80\.00）$/);
  });

  it('adds the minimum spend of a percent or price offer, the tiers and the validity dates', () => {
    const limited: Offer = {
      ...percent,
      minSpendFen: 5000,
      tiers: ['vip'],
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
    };
    expect(offerTerms(limited, en)).toEqual([
      '10% off',
      'up to CN¥20.00 off',
      'on purchases of CN¥50.00 or more',
      'VIP (diamond card) members only',
      'Valid Jan 1, 2026 to Dec 31, 2026',
    ]);
    expect(offerTerms({ ...price, validFrom: '2026-03-01' }, en).at(-1)).toBe('Valid from Mar 1, 2026');
    expect(offerTerms({ ...price, validUntil: '2026-03-01' }, en).at(-1)).toBe('Valid until Mar 1, 2026');
    expect(offerTerms({ ...amount, tiers: ['standard', 'vip'] }, zhHant).at(-1)).toBe('限普通 / VIP（鑽石卡）會員');
  });

  it('formats dates in the reader’s language without shifting them by a time zone', () => {
    expect(formatOfferDate('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatOfferDate('2026-12-31', 'zh-Hant')).toBe('2026年12月31日');
  });
});
