import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { Membership } from '../membership/membership.js';
import { Branch } from './branch.js';
import { VipMembership } from '../vip/vip-membership.js';

/** `GET /v1/me/card`: what the member card widget shows. */
export const MemberCardView = z.object({
  holder: z.object({ id: entityId(IdPrefix.member), name: z.string() }),
  branch: Branch,
  /** The membership with its current card; its state on a day is core's `membershipState`. */
  membership: Membership,
  /** The member's VIP membership with its VIP card, when they bought one (A5); absent otherwise. */
  vip: z.optional(VipMembership),
  /** The club's calendar date when the server answered. */
  today: IsoDate,
});
/** What the member card widget shows. */
export type MemberCardView = z.infer<typeof MemberCardView>;
