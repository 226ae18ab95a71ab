import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { Membership } from '../membership/membership.js';
import { Branch } from './branch.js';
import { VipMembership } from '../vip/vip-membership.js';

/**
 * `GET /v1/me/card`: what the member card widget shows. A member has an insurance-club
 * membership, a VIP membership (A5: the VIP card stands on its own, no policy, no car), or both.
 */
export const MemberCardView = z
  .object({
    holder: z.object({ id: entityId(IdPrefix.member), name: z.string() }),
    branch: Branch,
    /**
     * The insurance-club membership with its current card; its state on a day is core's
     * `membershipState`. Absent for a member whose only membership is a VIP year.
     */
    membership: z.optional(Membership),
    /** The member's VIP membership with its VIP card, when they bought one (A5); absent otherwise. */
    vip: z.optional(VipMembership),
    /** The club's calendar date when the server answered. */
    today: IsoDate,
  })
  .check(
    z.refine((v) => v.membership !== undefined || v.vip !== undefined, {
      error: 'A card view has a membership, a VIP membership or both',
      path: ['membership'],
    }),
  );
/** What the member card widget shows. */
export type MemberCardView = z.infer<typeof MemberCardView>;
