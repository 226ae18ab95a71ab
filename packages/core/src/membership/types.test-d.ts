import { describe, expectTypeOf, it } from 'vitest';
import type { ClubError } from '../shared/errors.js';
import {
  ApplicationStatus,
  approveApplication,
  assertVehicleFree,
  cancelMembership,
  CardStatus,
  type ApplicationApproval,
  type ApplicationRejection,
  type CardNumber,
  type MemberCard,
  type Member,
  type Membership,
  type MembershipApplication,
  type MembershipRenewal,
  type MembershipWindow,
  type MembershipWindowOptions,
  type Plate,
  type Policy,
  type RenewalIds,
  type StartMembershipInput,
  type Vehicle,
  issueCardNumber,
  isValidCardNumber,
  maskCardNumber,
  MembershipErrorCode,
  MembershipState,
  membershipState,
  MembershipStatus,
  membershipStatus,
  membershipWindow,
  normalizePlate,
  rejectApplication,
  renewMembership,
  startMembership,
} from './index.js';

describe('membership public types', () => {
  it('spells enums as string unions', () => {
    expectTypeOf<MembershipStatus>().toEqualTypeOf<'pending' | 'active' | 'grace' | 'expired'>();
    expectTypeOf<MembershipState>().toEqualTypeOf<'pending' | 'active' | 'grace' | 'expired' | 'cancelled'>();
    expectTypeOf<CardStatus>().toEqualTypeOf<'active' | 'superseded' | 'cancelled'>();
    expectTypeOf<ApplicationStatus>().toEqualTypeOf<'submitted' | 'approved' | 'rejected'>();
    expectTypeOf(MembershipStatus.grace).toEqualTypeOf<'grace'>();
    expectTypeOf(MembershipState.cancelled).toEqualTypeOf<'cancelled'>();
    expectTypeOf(CardStatus.superseded).toEqualTypeOf<'superseded'>();
    expectTypeOf(ApplicationStatus.rejected).toEqualTypeOf<'rejected'>();
    expectTypeOf(MembershipErrorCode.duplicateVehicle).toEqualTypeOf<'membership/duplicate-vehicle'>();
  });

  it('keeps plates, card numbers and dates as plain strings', () => {
    expectTypeOf<Plate>().toEqualTypeOf<string>();
    expectTypeOf<CardNumber>().toEqualTypeOf<string>();
    expectTypeOf<Membership['validUntil']>().toEqualTypeOf<string>();
    expectTypeOf<Membership['graceDays']>().toEqualTypeOf<number>();
  });

  it('types records with their optional fields', () => {
    expectTypeOf<Member>().toEqualTypeOf<{
      id: string;
      name: string;
      phone: string;
      branchId: string;
      email?: string | undefined;
    }>();
    expectTypeOf<Vehicle['model']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Policy>().toHaveProperty('plate').toEqualTypeOf<string>();
    expectTypeOf<MemberCard['status']>().toEqualTypeOf<CardStatus>();
    expectTypeOf<MemberCard['supersededOn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Membership['card']>().toEqualTypeOf<MemberCard>();
    expectTypeOf<Membership['tier']>().toEqualTypeOf<'standard' | 'vip'>();
    expectTypeOf<Membership['cancelledOn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Membership['renewedFrom']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<MembershipApplication['status']>().toEqualTypeOf<ApplicationStatus>();
    expectTypeOf<MembershipApplication['applicant']>().toEqualTypeOf<{
      name: string;
      phone: string;
      email?: string | undefined;
    }>();
    expectTypeOf<MembershipApplication['policy']>().toEqualTypeOf<{ number: string; start: string; end: string }>();
  });

  it('lets options with defaults be left out', () => {
    expectTypeOf<MembershipWindowOptions>().toEqualTypeOf<{ graceDays?: number | undefined }>();
    expectTypeOf<StartMembershipInput['graceDays']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RenewalIds>().toEqualTypeOf<{ cardId: string; cardNumber: string; membershipId: string }>();
  });
});

describe('membership function signatures', () => {
  it('normalises plates and handles card numbers', () => {
    expectTypeOf(normalizePlate).toEqualTypeOf<(plate: string) => string>();
    expectTypeOf(issueCardNumber).toEqualTypeOf<(prefix: string, sequence: number) => string>();
    expectTypeOf(isValidCardNumber).parameter(0).toBeUnknown();
    expectTypeOf(isValidCardNumber).returns.toEqualTypeOf<boolean>();
    expectTypeOf(maskCardNumber).toEqualTypeOf<(cardNumber: string) => string>();
  });

  it('computes windows and statuses', () => {
    expectTypeOf(membershipWindow).parameter(0).toEqualTypeOf<{ start: string; end: string }>();
    expectTypeOf(membershipWindow).parameter(1).toEqualTypeOf<MembershipWindowOptions | undefined>();
    expectTypeOf(membershipWindow).returns.toEqualTypeOf<MembershipWindow>();
    expectTypeOf(membershipStatus).toEqualTypeOf<(window: MembershipWindow, today: string) => MembershipStatus>();
    expectTypeOf(membershipState).toEqualTypeOf<(membership: Membership, today: string) => MembershipState>();
    expectTypeOf(membershipStatus).toBeCallableWith({} as Membership, '2026-01-01');
  });

  it('runs the membership life cycle', () => {
    expectTypeOf(startMembership).toEqualTypeOf<(input: StartMembershipInput, today: string) => Membership>();
    expectTypeOf(renewMembership).toEqualTypeOf<
      (membership: Membership, newPolicy: Policy, today: string, next: RenewalIds) => MembershipRenewal
    >();
    expectTypeOf<MembershipRenewal>().toEqualTypeOf<{
      membership: Membership;
      card: MemberCard;
      previousCard: MemberCard;
      continuous: boolean;
    }>();
    expectTypeOf(cancelMembership).toEqualTypeOf<(membership: Membership, today: string) => Membership>();
    expectTypeOf(assertVehicleFree).toEqualTypeOf<
      (memberships: readonly Membership[], plate: string, today: string) => void
    >();
    expectTypeOf(assertVehicleFree).toBeCallableWith([] as Membership[], '粵B12345', '2026-01-01');
  });

  it('decides applications', () => {
    expectTypeOf(approveApplication).toEqualTypeOf<
      (application: MembershipApplication, approval: ApplicationApproval) => MembershipApplication
    >();
    expectTypeOf(rejectApplication).toEqualTypeOf<
      (application: MembershipApplication, rejection: ApplicationRejection) => MembershipApplication
    >();
    expectTypeOf<ApplicationRejection>().toEqualTypeOf<{ at: string; by: string; reason: string }>();
  });

  it('throws ClubError, whose code may be a membership code', () => {
    expectTypeOf<MembershipErrorCode>().toExtend<ClubError['code']>();
  });
});
