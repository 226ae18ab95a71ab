// The kinds of club activity as plain constants, without schemas: a page that lists or sets up
// activities names them without carrying zod.

/** What kind of activity: a self-drive trip and a gathering are club activities, group buying is 惠購. */
export const ActivityKind = {
  /** A self-drive trip (自駕游). */
  selfDriveTrip: 'self-drive-trip',
  /** A gathering of members (交友, 車友會). */
  gathering: 'gathering',
  /** A group buying the club organises (惠購). */
  groupBuying: 'group-buying',
} as const;
/** What kind of activity. */
export type ActivityKind = (typeof ActivityKind)[keyof typeof ActivityKind];
/**
 * The revenue report's income line each kind of activity counts in (A5 §4.2): 2) activities,
 * 3) group buying.
 */
export const ACTIVITY_INCOME_LINE: { readonly [K in ActivityKind]: 'activitiesFen' | 'groupBuyingFen' } = {
  'self-drive-trip': 'activitiesFen',
  gathering: 'activitiesFen',
  'group-buying': 'groupBuyingFen',
};

/**
 * The longest place an activity names (a trip's meeting point, a gathering's venue), counted after
 * trimming, as the Club API checks it; here without zod, so a form checks it at the field.
 */
export const MAX_ACTIVITY_PLACE_LENGTH = 100;
