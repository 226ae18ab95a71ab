import { describe, expectTypeOf, it } from 'vitest';
import type { Complaint } from '../service/index.js';
import type { Membership, MembershipApplication } from '../membership/index.js';
import type { Merchant } from '../merchants/index.js';
import type { PeriodBounds } from './period.js';
import {
  allianceStats,
  complaintStats,
  memberStats,
  merchantStats,
  type AllianceMonth,
  type AllianceStats,
  type AllianceStatsInput,
  type ApplicationStats,
  type BranchMemberStats,
  type ComplaintStats,
  type DealerMonth,
  type DealerSalesStats,
  type MemberStats,
  type MemberStatsOptions,
  type MerchantCounts,
  type MerchantStats,
  type MerchantStatsOptions,
  type MembershipStateCounts,
  type RegionMerchantCounts,
  type TierCounts,
} from './index.js';

type StateKey = 'pending' | 'active' | 'grace' | 'expired' | 'cancelled';

describe('stats public types', () => {
  it('takes lists of the contexts’ records and the report day', () => {
    expectTypeOf(memberStats).toEqualTypeOf<
      (memberships: readonly Membership[], today: string, options?: MemberStatsOptions) => MemberStats
    >();
    expectTypeOf(complaintStats).toEqualTypeOf<
      (complaints: readonly Complaint[], now: string, period?: PeriodBounds) => ComplaintStats
    >();
    expectTypeOf(allianceStats).toEqualTypeOf<(input: AllianceStatsInput) => AllianceStats>();
    expectTypeOf(merchantStats).toEqualTypeOf<
      (merchants: readonly Merchant[], options: MerchantStatsOptions) => MerchantStats
    >();
  });

  it('keeps every option optional where it has a default', () => {
    expectTypeOf<MemberStatsOptions>().toEqualTypeOf<{
      applications?: MembershipApplication[] | undefined;
      from?: string | undefined;
      to?: string | undefined;
      timeZone?: string | undefined;
    }>();
    expectTypeOf<MerchantStatsOptions>().toEqualTypeOf<{
      date: string;
      tier?: 'standard' | 'vip' | undefined;
      from?: string | undefined;
      to?: string | undefined;
    }>();
    expectTypeOf<AllianceStatsInput['months'][number]>().toEqualTypeOf<{
      dealerId: string;
      month: string;
      sales: number;
      marketSales: number;
    }>();
  });

  it('counts every tier and state as a number, by name', () => {
    expectTypeOf<TierCounts>().toEqualTypeOf<Record<'standard' | 'vip', number>>();
    expectTypeOf<MembershipStateCounts>().toEqualTypeOf<Record<StateKey, number>>();
    expectTypeOf<BranchMemberStats>().toEqualTypeOf<{
      branchId: string;
      total: number;
      byTier: TierCounts;
      byState: MembershipStateCounts;
    }>();
    expectTypeOf<MemberStats['byBranch']>().toEqualTypeOf<BranchMemberStats[]>();
    expectTypeOf<ApplicationStats>().toEqualTypeOf<{
      submitted: number;
      pending: number;
      approved: number;
      rejected: number;
      approvalRate: number | null;
    }>();
  });

  it('gives complaint figures with nullable rates and median', () => {
    expectTypeOf<ComplaintStats['byStatus']>().toEqualTypeOf<
      Record<'received' | 'assigned' | 'escalated' | 'resolved' | 'followed-up' | 'closed', number>
    >();
    expectTypeOf<ComplaintStats['byCategory']>().toEqualTypeOf<Record<Complaint['category'], number>>();
    expectTypeOf<ComplaintStats['onTimeResolutionRate']>().toEqualTypeOf<number | null>();
    expectTypeOf<ComplaintStats['satisfactionRate']>().toEqualTypeOf<number | null>();
    expectTypeOf<ComplaintStats['medianHoursToResolve']>().toEqualTypeOf<number | null>();
    expectTypeOf<ComplaintStats['overdue']>().toEqualTypeOf<number>();
  });

  it('shapes the alliance report per dealer and per month', () => {
    expectTypeOf<DealerMonth>().toEqualTypeOf<{
      month: string;
      sales: number;
      marketSales: number;
      share: number | null;
      below70: boolean;
    }>();
    expectTypeOf<DealerSalesStats['months']>().toEqualTypeOf<DealerMonth[]>();
    expectTypeOf<DealerSalesStats['shortfallRevocable']>().toEqualTypeOf<boolean>();
    expectTypeOf<AllianceMonth['dealersBelow70']>().toEqualTypeOf<number>();
    expectTypeOf<AllianceStats['network']>().toEqualTypeOf<{ covered: number; counted: number; completion: number }>();
  });

  it('shapes the merchant report by category, group and region', () => {
    expectTypeOf<MerchantCounts>().toEqualTypeOf<{
      merchants: number;
      merchantsWithActiveOffers: number;
      offers: number;
      activeOffers: number;
    }>();
    expectTypeOf<MerchantStats['byCategory']>().toEqualTypeOf<Record<Merchant['category'], MerchantCounts>>();
    expectTypeOf<MerchantStats['byGroup']>().toEqualTypeOf<Record<'car' | 'lifestyle', MerchantCounts>>();
    expectTypeOf<MerchantStats['byRegion']>().toEqualTypeOf<RegionMerchantCounts[]>();
    expectTypeOf<MerchantStats['tier']>().toEqualTypeOf<'standard' | 'vip' | null>();
  });

  it('refuses calls without the report day or with the wrong records', () => {
    // @ts-expect-error the report day is required
    memberStats([]);
    // @ts-expect-error complaints are not memberships
    memberStats([] as Complaint[], '2026-11-27');
    // @ts-expect-error the day is required
    merchantStats([], {});
  });
});
