import * as z from 'zod/mini';
import { MembershipState } from '../membership/states.js';
import { Phone } from '../membership/member.js';
import { IsoDate } from '../shared/dates.js';
import { TierSchema } from '../shared/tier-schema.js';
import { TypedPlate } from './membership.js';

const MembershipStateSchema = z.enum(Object.values(MembershipState));

/**
 * The filters of `GET /v1/members` (A2 "multi-condition search"), combined with AND. `status`
 * and `tier` hold for one membership of the member together (an active VIP membership), its
 * state computed as of the club's today; `plate` is typed as a person types it and normalised.
 */
export const MemberSearch = z.object({
  /** A name or phone that contains this text. */
  q: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  /** A vehicle of the member, as typed (`雲k·8a 123`). */
  plate: z.optional(TypedPlate),
  /** A card the member was issued (in use or not), as typed, spaces and hyphens allowed. */
  cardNumber: z.optional(z.string().check(z.minLength(1), z.maxLength(30))),
  /** The member's phone, matched on its digits from the end: a number without its country code matches. */
  phone: z.optional(Phone),
  /** A name that contains this text, letters in any case. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  /**
   * A name that starts with this text, letters in any case. Unlike `name` and `q`, which look
   * inside every name, a prefix is answered from an index: the search to use in a big club.
   */
  namePrefix: z.optional(z.string().check(z.minLength(1), z.maxLength(50))),
  /** The state of a membership of the member today: pending, active, grace, expired or cancelled. */
  status: z.optional(MembershipStateSchema),
  /** The tier of a membership of the member. */
  tier: z.optional(TierSchema),
  /** A policy of the member that ends on or after this day. */
  policyEndFrom: z.optional(IsoDate),
  /** A policy of the member that ends on or before this day. */
  policyEndTo: z.optional(IsoDate),
});
/** The filters of `GET /v1/members`. */
export type MemberSearch = z.infer<typeof MemberSearch>;
