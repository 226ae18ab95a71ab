import { describe, expectTypeOf, it } from 'vitest';
import type { ClubLocale } from '../shared/money.js';
import {
  formatProjectionTable,
  ProjectionErrorCode,
  projectRevenue,
  type OtherIncomeLine,
  type OtherIncomeTotal,
  type ProjectionChannel,
  type ProjectionInput,
  type ProjectionMonth,
  type ProjectionTableBy,
  type ProjectionTableOptions,
  type ProjectionTotals,
  type ProjectionYear,
  type ResolvedProjectionInput,
  type RevenueProjection,
} from './index.js';

describe('projection types', () => {
  it('takes an optional scenario whose every field is optional', () => {
    expectTypeOf(projectRevenue).parameters.toEqualTypeOf<[input?: ProjectionInput]>();
    expectTypeOf(projectRevenue).returns.toEqualTypeOf<RevenueProjection>();
    expectTypeOf({}).toExtend<ProjectionInput>();
    expectTypeOf<{ months: 120; renewalRate: 0.9; vehicleParc: { start: 50_000 } }>().toExtend<ProjectionInput>();
    expectTypeOf<{ months: '60' }>().not.toExtend<ProjectionInput>();
  });

  it('returns the scenario with every default applied', () => {
    expectTypeOf<RevenueProjection['input']>().toEqualTypeOf<ResolvedProjectionInput>();
    expectTypeOf<ResolvedProjectionInput['months']>().toEqualTypeOf<number>();
    expectTypeOf<ResolvedProjectionInput['channels']>().toEqualTypeOf<ProjectionChannel[]>();
    expectTypeOf<ResolvedProjectionInput['vehicleParc']>().toEqualTypeOf<{ start: number; growthPerMonth: number }>();
    expectTypeOf<ResolvedProjectionInput['otherIncome']>().toEqualTypeOf<OtherIncomeLine[]>();
    expectTypeOf<OtherIncomeLine>().toEqualTypeOf<{
      id: string;
      label?: string | undefined;
      monthlyFen: number;
      yearlyFen: number;
    }>();
  });

  it('describes month rows, year rows and totals as plain numbers', () => {
    expectTypeOf<ProjectionMonth>().toEqualTypeOf<{
      month: number;
      newMembers: number;
      members: number;
      billedFen: number;
      recognizedFen: number;
      otherIncomeFen: number;
      parc: number;
      penetration: number;
    }>();
    expectTypeOf<ProjectionYear>().toEqualTypeOf<{
      year: number;
      newMembers: number;
      membersAtEnd: number;
      billedFen: number;
      recognizedFen: number;
      otherIncomeFen: number;
      parcAtEnd: number;
      penetrationAtEnd: number;
    }>();
    expectTypeOf<RevenueProjection['months']>().toEqualTypeOf<ProjectionMonth[]>();
    expectTypeOf<RevenueProjection['years']>().toEqualTypeOf<ProjectionYear[]>();
    expectTypeOf<RevenueProjection['totals']>().toEqualTypeOf<ProjectionTotals>();
    expectTypeOf<ProjectionTotals['otherIncome']>().toEqualTypeOf<OtherIncomeTotal[]>();
  });

  it('formats a projection with optional locale and row kind', () => {
    expectTypeOf(formatProjectionTable).parameters.toEqualTypeOf<
      [projection: RevenueProjection, options?: ProjectionTableOptions]
    >();
    expectTypeOf(formatProjectionTable).returns.toEqualTypeOf<string>();
    expectTypeOf<ProjectionTableBy>().toEqualTypeOf<'year' | 'month'>();
    expectTypeOf<ProjectionTableOptions>().toEqualTypeOf<{
      locale?: string | undefined;
      by?: ProjectionTableBy | undefined;
    }>();
    expectTypeOf<{ locale: ClubLocale }>().toExtend<ProjectionTableOptions>();
  });

  it('names its error codes as literal types', () => {
    expectTypeOf(ProjectionErrorCode.parcNotPositive).toEqualTypeOf<'projection/parc-not-positive'>();
    expectTypeOf(ProjectionErrorCode.amountTooLarge).toEqualTypeOf<'projection/amount-too-large'>();
  });
});
