import * as z from 'zod/mini';
import { compareDates } from '../shared/calendar.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { crossCheck, notBefore } from '../membership/checks.js';
import { ACTIVITY_INCOME_LINE, ActivityKind, MAX_ACTIVITY_PLACE_LENGTH } from './activity-kind.js';

// The club's activities members sign up for (A5 §4.2 2–3: "俱樂部組織的自駕游、交友等娛樂活動" and
// "惠購" group buying), as the administrator sets them up, and a member's seat on one.

// The kinds and their income lines live without schemas in activity-kind.ts, so a page can use them without zod.
export { ACTIVITY_INCOME_LINE, ActivityKind };

/** Schema of {@link ActivityKind}. */
export const ActivityKindSchema = z.enum(Object.values(ActivityKind));

/** The most seats an activity has. */
export const MAX_ACTIVITY_SEATS = 10_000;
/** The highest price of a seat: 100,000 CNY. */
export const MAX_ACTIVITY_PRICE_FEN = 10_000_000;

const activityFields = {
  kind: ActivityKindSchema,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Where it takes place or sets out from (a gathering's venue, a trip's meeting point); optional. */
  place: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_ACTIVITY_PLACE_LENGTH))),
  /** The first day of the activity. */
  startsOn: IsoDate,
  /** The last day, on or after `startsOn`. */
  endsOn: IsoDate,
  /** How many members can sign up. */
  capacity: z.int().check(z.minimum(1), z.maximum(MAX_ACTIVITY_SEATS)),
  /** What a member pays for a seat, in fen; 0 for a free activity. */
  priceFen: NonNegativeFen.check(z.maximum(MAX_ACTIVITY_PRICE_FEN)),
  /** The first day members can sign up. */
  signUpFrom: IsoDate,
  /** The last day members can sign up, before the activity starts. */
  signUpUntil: IsoDate,
};

/** An activity as the administrator sets it up. */
export const NewActivity = z.object(activityFields).check(
  notBefore('startsOn', 'endsOn', 'An activity must not end before it starts'),
  notBefore('signUpFrom', 'signUpUntil', 'The sign-up window must not close before it opens'),
  crossCheck<{ signUpUntil: string; startsOn: string }>(
    (a) => compareDates(a.signUpUntil, a.startsOn) < 0,
    'The sign-up window closes before the activity starts',
    ['signUpUntil'],
  ),
);
/** An activity as the administrator sets it up. */
export type NewActivity = z.infer<typeof NewActivity>;

/** A club activity, with the seats taken. */
export const Activity = z.object({
  /** `act_…` */
  id: entityId(IdPrefix.activity),
  ...activityFields,
  /** The seats members hold now (cancelled seats are free again). */
  seatsTaken: z.int().check(z.minimum(0)),
  createdAt: IsoInstant,
});
/** A club activity. */
export type Activity = z.infer<typeof Activity>;

/** Where a member's seat stands. */
export const ActivitySignUpStatus = { signedUp: 'signed-up', cancelled: 'cancelled' } as const;
/** Where a member's seat stands. */
export type ActivitySignUpStatus = (typeof ActivitySignUpStatus)[keyof typeof ActivitySignUpStatus];

/** A member's seat on an activity, with what the activity's kind, first day and price were at the sign-up. */
export const ActivitySignUp = z.object({
  /** `asu_…` */
  id: entityId(IdPrefix.activitySignUp),
  activityId: entityId(IdPrefix.activity),
  memberId: entityId(IdPrefix.member),
  /** The member's branch: a branch's revenue counts its members' seats. */
  branchId: entityId(IdPrefix.branch),
  kind: ActivityKindSchema,
  startsOn: IsoDate,
  priceFen: NonNegativeFen,
  status: z.enum(Object.values(ActivitySignUpStatus)),
  signedUpAt: IsoInstant,
  cancelledAt: z.optional(IsoInstant),
});
/** A member's seat on an activity. */
export type ActivitySignUp = z.infer<typeof ActivitySignUp>;
