import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { approveApplication, MembershipApplication, rejectApplication } from './application.js';
import { caught } from '../shared/fixtures.js';

const submitted: MembershipApplication = {
  id: 'app_1',
  branchId: 'br_1',
  tier: 'standard',
  applicant: { name: '林小美', phone: '0755-8888 6666' },
  plate: '粵B12345',
  policy: { number: 'P-2026-1', start: '2026-01-01', end: '2026-12-31' },
  status: 'submitted',
  submittedAt: '2026-11-20T02:00:00Z',
  submittedBy: 'usr_branch_clerk',
};
const approval = { at: '2026-11-27T08:00:00Z', by: 'usr_club_admin' };

describe('approveApplication', () => {
  it('marks a submitted application approved with who and when', () => {
    const approved = approveApplication(submitted, approval);
    expect(approved).toEqual({ ...submitted, status: 'approved', decidedAt: approval.at, decidedBy: approval.by });
    expect(MembershipApplication.safeParse(approved).success).toBe(true);
    expect(submitted.status).toBe('submitted');
  });

  it('accepts a decision at the very instant of submission but not before', () => {
    expect(approveApplication(submitted, { ...approval, at: submitted.submittedAt }).status).toBe('approved');
    const error = caught(() => approveApplication(submitted, { ...approval, at: '2026-11-20T01:59:59Z' }));
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(isClubError(error) && error.issues[0]?.path).toEqual(['at']);
  });

  it('refuses to decide an application twice', () => {
    for (const decided of [
      approveApplication(submitted, approval),
      rejectApplication(submitted, { ...approval, reason: 'No such policy' }),
    ]) {
      const error = caught(() => approveApplication(decided, approval));
      expect(isClubError(error) && error.code).toBe('membership/application-decided');
      expect(isClubError(error) && error.details).toMatchObject({ applicationId: 'app_1', status: decided.status });
    }
  });

  it('refuses a malformed decision', () => {
    for (const bad of [
      { at: '2026-11-27', by: 'x' },
      { at: approval.at, by: '' },
      { at: '2026-11-27T08:00:00+08:00', by: 'x' },
    ]) {
      const error = caught(() => approveApplication(submitted, bad));
      expect(isClubError(error) && error.code).toBe('invalid-input');
    }
  });
});

describe('rejectApplication', () => {
  it('marks a submitted application rejected with the reason', () => {
    const rejected = rejectApplication(submitted, { ...approval, reason: 'Policy not issued by this branch' });
    expect(rejected).toMatchObject({
      status: 'rejected',
      decidedAt: approval.at,
      decidedBy: approval.by,
      rejectionReason: 'Policy not issued by this branch',
    });
    expect(MembershipApplication.safeParse(rejected).success).toBe(true);
  });

  it('needs a reason of 1 to 500 characters', () => {
    expect(rejectApplication(submitted, { ...approval, reason: 'x'.repeat(500) }).status).toBe('rejected');
    for (const reason of ['', 'x'.repeat(501)]) {
      const error = caught(() => rejectApplication(submitted, { ...approval, reason }));
      expect(isClubError(error) && error.issues[0]?.path).toEqual(['reason']);
    }
  });

  it('refuses to reject an approved application', () => {
    const error = caught(() =>
      rejectApplication(approveApplication(submitted, approval), { ...approval, reason: 'Changed our mind' }),
    );
    expect(isClubError(error) && error.code).toBe('membership/application-decided');
  });
});

describe('MembershipApplication schema', () => {
  const paths = (value: unknown) =>
    (MembershipApplication.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));

  it('keeps decision fields consistent with the status', () => {
    expect(paths({ ...submitted, decidedAt: approval.at, decidedBy: approval.by })).toEqual(['decidedAt']);
    expect(paths({ ...submitted, status: 'approved' })).toEqual(['decidedAt']);
    expect(
      paths({ ...submitted, status: 'approved', decidedAt: approval.at, decidedBy: approval.by, rejectionReason: 'x' }),
    ).toEqual(['rejectionReason']);
    expect(paths({ ...submitted, status: 'rejected', decidedAt: approval.at, decidedBy: approval.by })).toEqual([
      'rejectionReason',
    ]);
  });

  it('refuses a decision recorded before the submission', () => {
    expect(paths({ ...submitted, status: 'approved', decidedAt: '2026-11-01T00:00:00Z', decidedBy: 'x' })).toEqual([
      'decidedAt',
    ]);
  });

  it('checks the applicant, the plate and the policy period', () => {
    expect(
      paths({
        ...submitted,
        applicant: { name: '', phone: '12' },
        plate: '粵b12345',
        policy: { ...submitted.policy, end: '2025-12-31' },
      }).sort(),
    ).toEqual(['applicant.name', 'applicant.phone', 'plate', 'policy.end']);
  });
});
