import { compareDates } from '../shared/calendar.js';
import type { IsoDate } from '../shared/dates.js';
import type { Membership } from './membership.js';
import { MembershipState, MembershipStatus } from './states.js';
import type { MembershipWindow } from './validity.js';

// Where a membership stands on a day, as plain functions without schemas: `membershipStatus`
// (validity.ts) and `membershipState` (membership.ts) check their input with zod and then apply
// these, so a page that already has checked records can use the rule without carrying zod.

/** The dates of a membership that its state turns on. */
export type MembershipBoundaryField = 'cancelledOn' | 'validFrom' | 'activeUntil' | 'validUntil';

/** One boundary of the membership states: the state holds when `day` is `dayIs` the field's date. */
export interface MembershipBoundary<S extends MembershipState = MembershipState> {
  readonly state: S;
  readonly field: MembershipBoundaryField;
  /** `before`: day < field; `onOrBefore`: day ≤ field; `onOrAfter`: day ≥ field (the field set). */
  readonly dayIs: 'before' | 'onOrBefore' | 'onOrAfter';
}

/** The status boundaries of a validity window, in the order they are tested; none holding is `expired`. */
const MEMBERSHIP_STATUS_BOUNDARIES: readonly MembershipBoundary<MembershipStatus>[] = [
  { state: MembershipStatus.pending, field: 'validFrom', dayIs: 'before' },
  { state: MembershipStatus.active, field: 'activeUntil', dayIs: 'onOrBefore' },
  { state: MembershipStatus.grace, field: 'validUntil', dayIs: 'onOrBefore' },
];

/**
 * The boundaries of the membership states, in the order they are tested: the first that holds
 * names the state, and none holding is `expired`. `membershipStateOn` applies them; a store that
 * counts states in its own query language (the Club API's SQL) builds its condition from the
 * same list, so the two cannot drift apart.
 */
export const MEMBERSHIP_STATE_BOUNDARIES: readonly MembershipBoundary[] = [
  { state: MembershipState.cancelled, field: 'cancelledOn', dayIs: 'onOrAfter' },
  ...MEMBERSHIP_STATUS_BOUNDARIES,
];

/** Whether `day` is `dayIs` the date; a date that is not set never holds. */
function holds(dayIs: MembershipBoundary['dayIs'], day: IsoDate, date: IsoDate | undefined): boolean {
  if (date === undefined) return false;
  const order = compareDates(day, date);
  return dayIs === 'before' ? order < 0 : dayIs === 'onOrBefore' ? order <= 0 : order >= 0;
}

/** The state of the first boundary that holds on `day`, or undefined. */
function stateOn<S extends MembershipState>(
  boundaries: readonly MembershipBoundary<S>[],
  dates: Partial<Record<MembershipBoundaryField, IsoDate>>,
  day: IsoDate,
): S | undefined {
  return boundaries.find((b) => holds(b.dayIs, day, dates[b.field]))?.state;
}

/**
 * The status of a membership window on `day`: pending, active, grace or expired. The rule of
 * `membershipStatus`, for records already checked, such as an API answer: no input check.
 *
 * @example
 * const window = { validFrom: '2026-01-01', activeUntil: '2026-12-31', validUntil: '2027-01-10' };
 * membershipStatusOn(window, '2027-01-05') // 'grace'
 */
export function membershipStatusOn(window: MembershipWindow, day: IsoDate): MembershipStatus {
  return stateOn(MEMBERSHIP_STATUS_BOUNDARIES, window, day) ?? MembershipStatus.expired;
}

/**
 * The state of a membership on `day`: `cancelled` from its `cancelledOn` day on, otherwise the
 * status of its validity window. The rule of `membershipState`, for records already checked,
 * such as an API answer: no input check.
 *
 * @example
 * membershipStateOn(session.membership, '2027-01-05') // 'grace'
 */
export function membershipStateOn(
  membership: Pick<Membership, MembershipBoundaryField>,
  day: IsoDate,
): MembershipState {
  return stateOn(MEMBERSHIP_STATE_BOUNDARIES, membership, day) ?? MembershipState.expired;
}
