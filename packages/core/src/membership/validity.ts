import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { addDays } from '../shared/calendar.js';
import { parseInput } from '../shared/parse.js';
import { notBefore } from './checks.js';
import { membershipStatusOn } from './state-rules.js';
import type { MembershipStatus } from './states.js';

/** Days of grace after the policy end during which a membership stays valid (A3 art.5). */
export const DEFAULT_GRACE_DAYS = 10;

/** A grace length in days: an integer from 0 to 366. @internal */
export const GraceDays = z.int().check(z.minimum(0), z.maximum(366));

/** The period of an insurance policy, `start` through `end` inclusive. */
export const PolicyPeriod = z
  .object({ start: IsoDate, end: IsoDate })
  .check(notBefore('start', 'end', 'Policy end must not be before its start'));
/** The period of an insurance policy. */
export type PolicyPeriod = z.infer<typeof PolicyPeriod>;

/** Options of {@link membershipWindow}. */
export const MembershipWindowOptions = z.object({
  /**
   * Days the membership stays valid after the policy end.
   * @default 10
   */
  graceDays: z._default(GraceDays, DEFAULT_GRACE_DAYS),
});
/** Options of {@link membershipWindow}; every field is optional. */
export type MembershipWindowOptions = z.input<typeof MembershipWindowOptions>;

/** The validity of a membership: active `validFrom`–`activeUntil`, in grace until `validUntil`, all inclusive. */
export const MembershipWindow = z
  .object({ validFrom: IsoDate, activeUntil: IsoDate, validUntil: IsoDate })
  .check(
    notBefore('validFrom', 'activeUntil', 'activeUntil must not be before validFrom'),
    notBefore('activeUntil', 'validUntil', 'validUntil must not be before activeUntil'),
  );
/** The validity of a membership. */
export type MembershipWindow = z.infer<typeof MembershipWindow>;

/**
 * The validity window a policy gives its membership: valid from the policy start, active
 * through the policy end and in grace for `graceDays` more days (A3 art.5).
 *
 * @example
 * membershipWindow({ start: '2026-01-01', end: '2026-12-31' })
 * // { validFrom: '2026-01-01', activeUntil: '2026-12-31', validUntil: '2027-01-10' }
 */
export function membershipWindow(policy: PolicyPeriod, options: MembershipWindowOptions = {}): MembershipWindow {
  const period = parseInput(PolicyPeriod, policy, 'policy period');
  const { graceDays } = parseInput(MembershipWindowOptions, options, 'membership window options');
  return { validFrom: period.start, activeUntil: period.end, validUntil: addDays(period.end, graceDays) };
}

/**
 * The status of a membership window on `today`: pending, active, grace or expired.
 * Cancellation is not part of the window; see `membershipState`. Checks both arguments first;
 * `membershipStatusOn` applies the same rule without zod to a window already checked.
 *
 * @example
 * membershipStatus(membershipWindow({ start: '2026-01-01', end: '2026-12-31' }), '2027-01-05') // 'grace'
 */
export function membershipStatus(window: MembershipWindow, today: IsoDate): MembershipStatus {
  const w = parseInput(MembershipWindow, window, 'membership window');
  return membershipStatusOn(w, parseInput(IsoDate, today, 'today'));
}
