import { describe, expectTypeOf, it } from 'vitest';
import type { Merchant, MerchantCategory } from '../merchants/index.js';
import {
  type CategorySaving,
  estimateYearlySavings,
  nextAnniversary,
  type ProratedFeeInput,
  proratedFee,
  type SavingsEstimate,
  type SavingsEstimateInput,
  VIP_ANNUAL_FEE_FEN,
} from './index.js';

describe('fees public types', () => {
  it('types the fee constant and the prorating input with its default', () => {
    expectTypeOf<typeof VIP_ANNUAL_FEE_FEN>().toEqualTypeOf<36500>();
    expectTypeOf<ProratedFeeInput>().toEqualTypeOf<{ annualFeeFen?: number | undefined; from: string; to: string }>();
    expectTypeOf(proratedFee).toEqualTypeOf<(input: ProratedFeeInput) => number>();
    expectTypeOf(nextAnniversary).toEqualTypeOf<(joinedOn: string, today: string) => string>();
  });

  it('keys spend and visits by merchant category', () => {
    expectTypeOf<SavingsEstimateInput['spendFen']>().toEqualTypeOf<Partial<Record<MerchantCategory, number>>>();
    expectTypeOf<SavingsEstimateInput['visitsPerYear']>().toEqualTypeOf<
      Partial<Record<MerchantCategory, number>> | undefined
    >();
    expectTypeOf<SavingsEstimateInput['merchants']>().toEqualTypeOf<Merchant[]>();
    expectTypeOf<SavingsEstimateInput['tier']>().toEqualTypeOf<'standard' | 'vip' | undefined>();
  });

  it('returns a typed estimate', () => {
    expectTypeOf(estimateYearlySavings).returns.toEqualTypeOf<SavingsEstimate>();
    expectTypeOf<SavingsEstimate['byCategory']>().toEqualTypeOf<CategorySaving[]>();
    expectTypeOf<CategorySaving['merchantId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SavingsEstimate['worthIt']>().toEqualTypeOf<boolean>();
  });

  it('needs a date for the estimate', () => {
    // @ts-expect-error date is required
    estimateYearlySavings({ spendFen: {}, merchants: [] });
  });
});
