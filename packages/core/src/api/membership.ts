import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { TierSchema } from '../shared/tier-schema.js';
import { Member, Membership, MembershipApplication, Policy, Vehicle } from '../membership/index.js';

const { applicant } = MembershipApplication.shape;

/** A licence plate as a person types it; the server normalises it. @internal */
export const TypedPlate = z.string().check(z.minLength(1), z.maxLength(20));

/** A policy as sent in a request: the server gives it an id and binds it to the member. */
export const PolicyTerms = z
  .object({
    number: z.string().check(z.minLength(1), z.maxLength(40)),
    start: IsoDate,
    end: IsoDate,
  })
  .check(
    z.refine((p) => p.end >= p.start, {
      error: 'Policy end must not be before its start',
      path: ['end'],
      when: (p) => p.issues.length === 0,
    }),
  );
/** A policy as sent in a request. */
export type PolicyTerms = z.infer<typeof PolicyTerms>;

/** Body of `POST /v1/applications`: branch staff apply for membership for their customer. */
export const NewApplication = z.object({
  branchId: entityId(IdPrefix.branch),
  /** @default 'standard' */
  tier: z._default(TierSchema, 'standard'),
  applicant,
  /** The member, when the applicant already is one. */
  memberId: z.optional(entityId(IdPrefix.member)),
  /** The marketing campaign the application came from (`cpg_…`); it must run on the day of submission. */
  campaignId: z.optional(entityId(IdPrefix.campaign)),
  plate: TypedPlate,
  policy: PolicyTerms,
});
/** Body of `POST /v1/applications`, after defaults. */
export type NewApplication = z.infer<typeof NewApplication>;
/** Body of `POST /v1/applications` as a caller passes it. */
export type NewApplicationInput = z.input<typeof NewApplication>;

/** Body of `POST /v1/applications/{id}/reject`. */
export const ApplicationRejectionRequest = z.object({ reason: z.string().check(z.minLength(1), z.maxLength(500)) });
/** Body of `POST /v1/applications/{id}/reject`. */
export type ApplicationRejectionRequest = z.infer<typeof ApplicationRejectionRequest>;

/** What approving an application created. */
export const ApplicationApprovalResult = z.object({
  application: MembershipApplication,
  member: Member,
  membership: Membership,
});
/** What approving an application created. */
export type ApplicationApprovalResult = z.infer<typeof ApplicationApprovalResult>;

/** Body of `POST /v1/memberships/{id}/renew`: the renewed policy. */
export const RenewalRequest = z.object({ policy: PolicyTerms });
/** Body of `POST /v1/memberships/{id}/renew`. */
export type RenewalRequest = z.infer<typeof RenewalRequest>;

/** What a renewal did: the membership (same id when continuous), the new card and the superseded one. */
export const RenewalResult = z.object({
  membership: Membership,
  previousCard: Membership.shape.card,
  continuous: z.boolean(),
});
/** What a renewal did. */
export type RenewalResult = z.infer<typeof RenewalResult>;

/** A member with their vehicles, policies and memberships, as staff read it. */
export const MemberRecord = z.object({
  member: Member,
  vehicles: z.array(Vehicle),
  policies: z.array(Policy),
  memberships: z.array(Membership),
});
/** A member with their vehicles, policies and memberships. */
export type MemberRecord = z.infer<typeof MemberRecord>;

/** What replacing a lost card did: the new card in use and the card it superseded. */
export const CardReplacementResult = z.object({
  /** The new card, now the membership's card in use. */
  card: Membership.shape.card,
  /** The replaced card, `superseded` from today on. */
  previousCard: Membership.shape.card,
});
/** What replacing a lost card did. */
export type CardReplacementResult = z.infer<typeof CardReplacementResult>;
