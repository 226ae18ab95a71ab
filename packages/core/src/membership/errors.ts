import { ClubError, INVALID_INPUT } from '../shared/errors.js';

/** The stable code of every business-rule error the membership context throws. */
export const MembershipErrorCode = {
  /** A vehicle already backs a pending, active or in-grace membership (one car, one member). */
  duplicateVehicle: 'membership/duplicate-vehicle',
  /** The membership is cancelled: it cannot be renewed or cancelled again. */
  cancelled: 'membership/cancelled',
  /** The policy belongs to another member, branch or plate than the membership it should back. */
  policyMismatch: 'membership/policy-mismatch',
  /** A renewal policy must end after the current membership's policy end. */
  renewalNotLater: 'membership/renewal-not-later',
  /** A renewal in the validity period with a policy that starts after the membership's last valid day. */
  renewalGap: 'membership/renewal-gap',
  /** The policy's validity (end plus grace) is already over on the day the membership would start. */
  policyExpired: 'membership/policy-expired',
  /** The application was already approved or rejected. */
  applicationDecided: 'membership/application-decided',
  /** The card is not the one in use: it was already superseded by a re-issued card, or cancelled. */
  cardNotInUse: 'membership/card-not-in-use',
  /** An application names a campaign that does not run on the day it is submitted (details: `{ campaignId, from, to, date }`). */
  campaignNotRunning: 'membership/campaign-not-running',
  /** A handbook version would take effect before today or before the latest version does (details: `{ effectiveFrom, today, latestEffectiveFrom? }`). */
  handbookBackdated: 'membership/handbook-backdated',
} as const;
/** A membership business-rule error code. */
export type MembershipErrorCode = (typeof MembershipErrorCode)[keyof typeof MembershipErrorCode];

/** A business-rule error of this context. @internal */
export function membershipError(
  code: MembershipErrorCode,
  message: string,
  details: Record<string, unknown>,
): ClubError {
  return new ClubError(code, message, { details });
}

/** An `invalid-input` error about one field. @internal */
export function invalidField(path: (string | number)[], code: string, message: string): ClubError {
  return new ClubError(INVALID_INPUT, message, { issues: [{ path, code, message }] });
}
