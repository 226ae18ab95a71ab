import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { RecordId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { TierSchema } from '../shared/tier-schema.js';
import { crossCheck, notBefore } from './checks.js';
import { invalidField, membershipError, MembershipErrorCode } from './errors.js';
import { Email, PersonName, Phone } from './member.js';
import { Plate } from './plate.js';
import { PolicyNumber } from './policy.js';

/** Where a membership application is: waiting for the club, approved or rejected (A2 §1). */
export const ApplicationStatus = { submitted: 'submitted', approved: 'approved', rejected: 'rejected' } as const;
/** The status of a membership application. */
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];
/** Schema of {@link ApplicationStatus}. */
export const ApplicationStatusSchema = z.enum([
  ApplicationStatus.submitted,
  ApplicationStatus.approved,
  ApplicationStatus.rejected,
]);

/** Who did something: a user or key id as the back office records it, 1 to 100 characters. */
const Actor = z.string().check(z.minLength(1), z.maxLength(100));

/** A membership application, submitted by branch staff for their customer and decided by the club (A2 §1). */
export const MembershipApplication = z
  .object({
    id: RecordId,
    branchId: RecordId,
    tier: TierSchema,
    applicant: z.object({ name: PersonName, phone: Phone, email: z.optional(Email) }),
    /** The member, when the applicant already is one. */
    memberId: z.optional(RecordId),
    /** The marketing campaign the application came from. */
    campaignId: z.optional(RecordId),
    plate: Plate,
    policy: z
      .object({ number: PolicyNumber, start: IsoDate, end: IsoDate })
      .check(notBefore('start', 'end', 'Policy end must not be before its start')),
    status: ApplicationStatusSchema,
    submittedAt: IsoInstant,
    /** Who submitted the application, usually branch staff. */
    submittedBy: Actor,
    decidedAt: z.optional(IsoInstant),
    decidedBy: z.optional(Actor),
    /** Why the club rejected the application; set exactly when it is rejected. */
    rejectionReason: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  })
  .check(
    crossCheck(
      (a) => (a.status === ApplicationStatus.submitted) === (a.decidedAt === undefined && a.decidedBy === undefined),
      'decidedAt and decidedBy are set exactly when the application is decided',
      ['decidedAt'],
    ),
    crossCheck(
      (a) => (a.status === ApplicationStatus.rejected) === (a.rejectionReason !== undefined),
      'rejectionReason is set exactly when the application is rejected',
      ['rejectionReason'],
    ),
    crossCheck(
      (a) => a.decidedAt === undefined || Date.parse(a.decidedAt) >= Date.parse(a.submittedAt),
      'decidedAt must not be before submittedAt',
      ['decidedAt'],
    ),
  );
/** A membership application. */
export type MembershipApplication = z.infer<typeof MembershipApplication>;

/** Who approves an application, and when. */
export const ApplicationApproval = z.object({ at: IsoInstant, by: Actor });
/** Who approves an application, and when. */
export type ApplicationApproval = z.infer<typeof ApplicationApproval>;

/** Who rejects an application, when and why. */
export const ApplicationRejection = z.object({
  at: IsoInstant,
  by: Actor,
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
});
/** Who rejects an application, when and why. */
export type ApplicationRejection = z.infer<typeof ApplicationRejection>;

function decide(application: MembershipApplication, at: string): MembershipApplication {
  const a = parseInput(MembershipApplication, application, 'application');
  if (a.status !== ApplicationStatus.submitted) {
    throw membershipError(
      MembershipErrorCode.applicationDecided,
      `Application ${a.id} was already ${a.status} at ${String(a.decidedAt)}`,
      {
        applicationId: a.id,
        status: a.status,
        decidedAt: a.decidedAt,
      },
    );
  }
  if (Date.parse(at) < Date.parse(a.submittedAt)) {
    throw invalidField(
      ['at'],
      'too_small',
      `A decision at ${at} cannot come before the submission at ${a.submittedAt}`,
    );
  }
  return a;
}

/**
 * Approves a submitted application. Throws `membership/application-decided` when it was
 * already approved or rejected.
 *
 * @example
 * approveApplication(application, { at: '2026-11-27T08:00:00Z', by: 'usr_club_admin' }).status // 'approved'
 */
export function approveApplication(
  application: MembershipApplication,
  approval: ApplicationApproval,
): MembershipApplication {
  const { at, by } = parseInput(ApplicationApproval, approval, 'approval');
  return { ...decide(application, at), status: ApplicationStatus.approved, decidedAt: at, decidedBy: by };
}

/**
 * Rejects a submitted application with a reason. Throws `membership/application-decided`
 * when it was already approved or rejected.
 *
 * @example
 * rejectApplication(application, { at: '2026-11-27T08:00:00Z', by: 'usr_club_admin', reason: 'Policy not found' })
 */
export function rejectApplication(
  application: MembershipApplication,
  rejection: ApplicationRejection,
): MembershipApplication {
  const { at, by, reason } = parseInput(ApplicationRejection, rejection, 'rejection');
  return {
    ...decide(application, at),
    status: ApplicationStatus.rejected,
    decidedAt: at,
    decidedBy: by,
    rejectionReason: reason,
  };
}
