import { describe, expectTypeOf, it } from 'vitest';
import {
  allianceBudget,
  AllianceErrorCode,
  checkQualification,
  counterfeitPenalty,
  marketVolume,
  monthlyDealerReport,
  networkCompletion,
  QualificationFailure,
  reportPenalties,
  RevocationReason,
  reviewCompliance,
  salespersonPay,
  suggestedDealerCount,
  ViolationKind,
  weeklyVisitReport,
  type AllianceBudget,
  type AllianceBudgetInput,
  type ComplianceReview,
  type ContactKind,
  type CounterfeitPenalty,
  type DealerPurchase,
  type MonthlyDealerReport,
  type MonthlyPurchaseStats,
  type QualificationResult,
  type SalespersonPay,
  type SalespersonPayInput,
  type VisitNote,
  type WeeklyVisitList,
} from './index.js';

describe('alliance public types', () => {
  it('spells the enums as unions of their string values', () => {
    expectTypeOf<QualificationFailure>().toEqualTypeOf<'market-share' | 'network-share' | 'agreement'>();
    expectTypeOf<ViolationKind>().toEqualTypeOf<'off-channel-purchase' | 'underpricing' | 'bundling' | 'counterfeit'>();
    expectTypeOf<RevocationReason>().toEqualTypeOf<'sales-shortfall' | ViolationKind>();
    expectTypeOf<ContactKind>().toEqualTypeOf<'visit' | 'call'>();
    expectTypeOf(AllianceErrorCode.fineBelowMinimum).toEqualTypeOf<'alliance/fine-below-minimum'>();
    expectTypeOf(QualificationFailure.marketShare).toEqualTypeOf<'market-share'>();
    expectTypeOf(RevocationReason.counterfeit).toEqualTypeOf<'counterfeit'>();
  });

  it('types the rules over plain data', () => {
    expectTypeOf(marketVolume).parameter(0).toEqualTypeOf<{ population: number; monthlyPerThousand: number }>();
    expectTypeOf(marketVolume).returns.toEqualTypeOf<number>();
    expectTypeOf(suggestedDealerCount).returns.toEqualTypeOf<1 | 2>();
    expectTypeOf(checkQualification).returns.toEqualTypeOf<QualificationResult>();
    expectTypeOf<QualificationResult['failures']>().toEqualTypeOf<QualificationFailure[]>();
    expectTypeOf(reviewCompliance).returns.toEqualTypeOf<ComplianceReview>();
    expectTypeOf<ComplianceReview['reasons']>().toEqualTypeOf<RevocationReason[]>();
    expectTypeOf(counterfeitPenalty).returns.toEqualTypeOf<CounterfeitPenalty>();
    expectTypeOf(reportPenalties).returns.toEqualTypeOf<{ lateFen: number; missingFen: number; totalFen: number }>();
    expectTypeOf(networkCompletion).returns.toEqualTypeOf<{ covered: number; counted: number; completion: number }>();
  });

  it('makes defaulted options optional on input and present on output', () => {
    expectTypeOf(allianceBudget).parameter(0).toEqualTypeOf<AllianceBudgetInput>();
    expectTypeOf<AllianceBudgetInput['rewardPerMille']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AllianceBudgetInput['annualSalesFen']>().toEqualTypeOf<number>();
    expectTypeOf(allianceBudget).returns.toEqualTypeOf<AllianceBudget>();
    expectTypeOf<AllianceBudget>().toEqualTypeOf<{
      rewardFen: number;
      meetingsFen: number;
      plaquesFen: number;
      otherFen: number;
      totalFen: number;
    }>();
    expectTypeOf(salespersonPay).parameter(0).toEqualTypeOf<SalespersonPayInput>();
    expectTypeOf<SalespersonPayInput['visitFundFen']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SalespersonPay['unrecoveredFen']>().toEqualTypeOf<number>();
    expectTypeOf(reviewCompliance).toBeCallableWith({ months: [{ month: '2026-01', sales: 1, marketSales: 1 }] });
  });

  it('types the salesperson records and reports', () => {
    expectTypeOf<VisitNote['kind']>().toEqualTypeOf<ContactKind>();
    expectTypeOf<VisitNote['lessons']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(weeklyVisitReport).parameters.toEqualTypeOf<[readonly VisitNote[], { weekOf: string }]>();
    expectTypeOf(weeklyVisitReport).returns.toEqualTypeOf<WeeklyVisitList>();
    expectTypeOf(monthlyDealerReport).parameter(1).toEqualTypeOf<readonly DealerPurchase[]>();
    expectTypeOf(monthlyDealerReport).returns.toEqualTypeOf<MonthlyDealerReport>();
    expectTypeOf<MonthlyDealerReport['rows']>().toEqualTypeOf<MonthlyPurchaseStats[]>();
    expectTypeOf<MonthlyPurchaseStats['lastVisitOn']>().toEqualTypeOf<string | null>();
  });
});
