// Where a membership stands on a day, as plain constants: the rules that compute them are
// `membershipStatusOn` and `membershipStateOn` (state-rules.ts), which `membershipStatus`
// (validity.ts) and `membershipState` (membership.ts) apply after checking their input.

/** Where a membership stands on a given day, by its validity window. */
export const MembershipStatus = {
  /** Before `validFrom`: the policy has not started yet. */
  pending: 'pending',
  /** From `validFrom` through `activeUntil` (the policy end). */
  active: 'active',
  /** After the policy end, through `validUntil`. */
  grace: 'grace',
  /** After `validUntil`. */
  expired: 'expired',
} as const;
/** Where a membership stands on a given day. */
export type MembershipStatus = (typeof MembershipStatus)[keyof typeof MembershipStatus];

/** Where a membership stands on a given day: a {@link MembershipStatus}, or `cancelled`. */
export const MembershipState = { ...MembershipStatus, cancelled: 'cancelled' } as const;
/** Where a membership stands on a given day, cancellation included. */
export type MembershipState = (typeof MembershipState)[keyof typeof MembershipState];
