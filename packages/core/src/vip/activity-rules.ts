import { compareDates } from '../shared/calendar.js';
import type { IsoDate, IsoInstant } from '../shared/dates.js';
import { membershipStateOn, type MembershipBoundaryField } from '../membership/state-rules.js';
import { MembershipState } from '../membership/states.js';
import type { Membership } from '../membership/membership.js';
import { ActivitySignUpStatus, type Activity, type ActivitySignUp } from './activity.js';
import { isVipValid, vipCardStatus } from './card-status.js';
import { vipError, VipErrorCode } from './errors.js';
import type { VipMembership } from './vip-membership.js';

// Who may take a seat on a club activity, and when; plain functions over checked records.

/**
 * Whether a member may join the club's activities on `today`: they hold a valid membership
 * (active or in grace, by `membershipStateOn`) or a valid VIP card (by `vipCardStatus`) — the
 * same standing that gets a member the club's services and the counter's offers.
 */
export function mayJoinActivities(
  standing: {
    memberships: readonly Pick<Membership, MembershipBoundaryField>[];
    vip: VipMembership | undefined;
  },
  today: IsoDate,
): boolean {
  if (isVipValid(vipCardStatus(standing.vip, today))) return true;
  return standing.memberships.some((m) => {
    const state = membershipStateOn(m, today);
    return state === MembershipState.active || state === MembershipState.grace;
  });
}

/** Whether the activity's sign-up window is open on `today` (its first and last day included). */
export function signUpOpen(activity: Pick<Activity, 'signUpFrom' | 'signUpUntil'>, today: IsoDate): boolean {
  return compareDates(activity.signUpFrom, today) <= 0 && compareDates(today, activity.signUpUntil) <= 0;
}

/** What {@link signUpForActivity} needs: the activity as it stands, the member and their standing. */
export interface ActivitySignUpInput {
  activity: Activity;
  /** The new seat's id. */
  id: string;
  memberId: string;
  branchId: string;
  /** From {@link mayJoinActivities}. */
  mayJoin: boolean;
  /** The member's seat on this activity that is not cancelled, if any. */
  current: ActivitySignUp | undefined;
  now: IsoInstant;
  today: IsoDate;
}

/**
 * A member takes a seat: only a member in good standing (`vip/not-a-member`), inside the sign-up
 * window (`vip/sign-up-closed`), while a seat is free (`vip/activity-full`) and without a seat
 * already (`vip/already-signed-up`). Answers the seat and the activity with it taken.
 */
export function signUpForActivity(input: ActivitySignUpInput): { signUp: ActivitySignUp; activity: Activity } {
  const { activity, today } = input;
  if (!input.mayJoin)
    throw vipError(VipErrorCode.notAMember, 'Club activities are for members with a valid membership or VIP card.', {
      memberId: input.memberId,
    });
  if (!signUpOpen(activity, today))
    throw vipError(
      VipErrorCode.signUpClosed,
      `Sign-up runs from ${activity.signUpFrom} to ${activity.signUpUntil}, not on ${today}.`,
      { activityId: activity.id, signUpFrom: activity.signUpFrom, signUpUntil: activity.signUpUntil, today },
    );
  if (input.current !== undefined)
    throw vipError(VipErrorCode.alreadySignedUp, 'The member holds a seat on this activity already.', {
      activityId: activity.id,
      signUpId: input.current.id,
    });
  if (activity.seatsTaken >= activity.capacity)
    throw vipError(VipErrorCode.activityFull, `All ${String(activity.capacity)} seats are taken.`, {
      activityId: activity.id,
      capacity: activity.capacity,
    });
  const signUp: ActivitySignUp = {
    id: input.id,
    activityId: activity.id,
    memberId: input.memberId,
    branchId: input.branchId,
    kind: activity.kind,
    startsOn: activity.startsOn,
    priceFen: activity.priceFen,
    status: ActivitySignUpStatus.signedUp,
    signedUpAt: input.now,
  };
  return { signUp, activity: { ...activity, seatsTaken: activity.seatsTaken + 1 } };
}

/**
 * A seat is cancelled before the activity's first day (`vip/activity-started` from that day on;
 * `vip/sign-up-cancelled` a second time): the seat is free again, and its price is never earned.
 */
export function cancelActivitySignUp(
  signUp: ActivitySignUp,
  activity: Activity,
  now: IsoInstant,
  today: IsoDate,
): { signUp: ActivitySignUp; activity: Activity } {
  if (signUp.status === ActivitySignUpStatus.cancelled)
    throw vipError(VipErrorCode.signUpCancelled, 'The seat was cancelled already.', { signUpId: signUp.id });
  if (compareDates(today, activity.startsOn) >= 0)
    throw vipError(VipErrorCode.activityStarted, `The activity started on ${activity.startsOn}.`, {
      activityId: activity.id,
      startsOn: activity.startsOn,
    });
  return {
    signUp: { ...signUp, status: ActivitySignUpStatus.cancelled, cancelledAt: now },
    activity: { ...activity, seatsTaken: Math.max(activity.seatsTaken - 1, 0) },
  };
}
