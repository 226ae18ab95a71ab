import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQualification, QualificationFailure, type QualificationInput } from './qualification.js';
import { errorOf } from '../shared/fixtures.js';

const good: QualificationInput = {
  dealerSales: 900,
  marketSales: 1000,
  selectedDealersSales: 9000,
  primaryDealerSales: 10_000,
  agreementSigned: true,
};

describe('checkQualification', () => {
  it('says which field has the wrong type, and what came instead of a number', () => {
    expect(() => checkQualification({ ...good, dealerSales: 'x' } as unknown as QualificationInput)).toThrow(
      'Invalid qualification input at dealerSales: Expected a number, got a string',
    );
    const missing: Partial<QualificationInput> = { ...good };
    delete missing.dealerSales;
    expect(() => checkQualification(missing as QualificationInput)).toThrow(
      'Invalid qualification input at dealerSales: Required',
    );
  });

  it('qualifies a dealer that meets every condition', () => {
    expect(checkQualification(good)).toEqual({ qualified: true, failures: [], marketShare: 0.9, networkShare: 0.9 });
  });

  it('qualifies a dealer at exactly 70 % of its market and exactly 80 % of the primary dealer', () => {
    const result = checkQualification({ ...good, dealerSales: 700, selectedDealersSales: 8000 });
    expect(result.qualified).toBe(true);
    expect(result.failures).toEqual([]);
  });

  it('qualifies every exact 7 : 10 and 8 : 10 split and fails one unit less, at any size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900_000_000_000_000 }), (k) => {
        const exact = {
          ...good,
          dealerSales: 7 * k,
          marketSales: 10 * k,
          selectedDealersSales: 8 * k,
          primaryDealerSales: 10 * k,
        };
        const under = { ...exact, dealerSales: 7 * k - 1, selectedDealersSales: 8 * k - 1 };
        return (
          checkQualification(exact).qualified &&
          checkQualification(under).failures.join() === 'market-share,network-share'
        );
      }),
    );
  });

  it('fails a dealer one unit under 70 % (69.99 %)', () => {
    const result = checkQualification({ ...good, dealerSales: 6999, marketSales: 10_000 });
    expect(result.failures).toEqual([QualificationFailure.marketShare]);
    expect(result.marketShare).toBeCloseTo(0.6999, 10);
  });

  it('fails the network one unit under 80 %', () => {
    const result = checkQualification({ ...good, selectedDealersSales: 7999 });
    expect(result.qualified).toBe(false);
    expect(result.failures).toEqual([QualificationFailure.networkShare]);
  });

  it('fails a dealer that has not signed the anti-counterfeit agreement', () => {
    expect(checkQualification({ ...good, agreementSigned: false }).failures).toEqual([QualificationFailure.agreement]);
  });

  it('lists every failure at once, in a fixed order', () => {
    const result = checkQualification({
      dealerSales: 0,
      marketSales: 1,
      selectedDealersSales: 0,
      primaryDealerSales: 1,
      agreementSigned: false,
    });
    expect(result).toEqual({
      qualified: false,
      failures: ['market-share', 'network-share', 'agreement'],
      marketShare: 0,
      networkShare: 0,
    });
  });

  it('decides the market share exactly as 10 × dealer ≥ 7 × market', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (dealerSales, marketSales) => {
        const failed = checkQualification({ ...good, dealerSales, marketSales }).failures.includes('market-share');
        return failed === BigInt(dealerSales) * 10n < BigInt(marketSales) * 7n;
      }),
    );
  });

  it('refuses zero market or primary sales and negative sales with paths', () => {
    const e = errorOf(() => checkQualification({ ...good, marketSales: 0, primaryDealerSales: 0, dealerSales: -1 }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual(['dealerSales', 'marketSales', 'primaryDealerSales']);
  });

  it('refuses a missing agreement flag', () => {
    const rest: Partial<QualificationInput> = { ...good };
    delete rest.agreementSigned;
    const e = errorOf(() => checkQualification(rest as QualificationInput));
    expect(e.issues).toEqual([{ path: ['agreementSigned'], code: 'invalid_type', message: 'Required' }]);
  });
});
