import { describe, expect, it } from 'vitest';
import { isOverdue, resolvedOnTime, type Complaint } from '../service/index.js';
import { ComplaintStats, complaintStats } from './complaint-stats.js';
import { complaintOf, generateComplaints, hoursAfter } from './fixtures.js';
import { errorOf } from '../shared/fixtures.js';

const T0 = '2026-11-02T00:00:00.000Z';
const at = (hours: number) => hoursAfter(T0, hours);

// All received at T0; a normal complaint must be accepted within 24 h, a serious one within 4 h.
const untouched = complaintOf({ n: 1, receivedAt: T0, category: 'facility' }); // received, due T0+24h
const onTime = complaintOf({
  n: 2,
  receivedAt: T0,
  category: 'repair',
  steps: [
    { type: 'assign', h: 1, dueH: 10 },
    { type: 'resolve', h: 8 },
  ],
}); // resolved at 8 h, due 10 h: on time
const late = complaintOf({
  n: 3,
  receivedAt: T0,
  category: 'repair',
  steps: [
    { type: 'assign', h: 1, dueH: 10 },
    { type: 'resolve', h: 12 },
    { type: 'followUp', h: 13, satisfied: true },
    { type: 'close', h: 14 },
  ],
}); // resolved at 12 h, due 10 h: late; one satisfied follow-up
const reopened = complaintOf({
  n: 4,
  receivedAt: T0,
  category: 'billing',
  steps: [
    { type: 'assign', h: 1, dueH: 30 },
    { type: 'resolve', h: 6 },
    { type: 'followUp', h: 7, satisfied: false },
    { type: 'reopen', h: 8 },
    { type: 'resolve', h: 20 },
    { type: 'followUp', h: 21, satisfied: true },
  ],
}); // first resolved at 6 h; reopened at 8 h (new deadline 32 h), resolved again at 20 h: on time; follow-ups: no, yes
const malicious = complaintOf({ n: 5, receivedAt: T0, category: 'billing', steps: [{ type: 'flagMalicious', h: 1 }] }); // received, due T0+24h
const serious = complaintOf({ n: 6, receivedAt: T0, category: 'service-attitude', severity: 'serious' }); // escalated, due T0+4h

const complaints = [untouched, onTime, late, reopened, malicious, serious];

const zeroStatuses = { received: 0, assigned: 0, escalated: 0, resolved: 0, 'followed-up': 0, closed: 0 };
const zeroCategories = {
  'service-attitude': 0,
  'service-quality': 0,
  'broken-promise': 0,
  repair: 0,
  billing: 0,
  merchant: 0,
  membership: 0,
  facility: 0,
  suggestion: 0,
  other: 0,
};

describe('complaintStats', () => {
  it('reports zeros and no rates or median when there is no complaint', () => {
    expect(complaintStats([], at(24))).toEqual({
      asOf: at(24),
      total: 0,
      byStatus: zeroStatuses,
      byCategory: zeroCategories,
      overdue: 0,
      resolved: 0,
      resolvedOnTime: 0,
      onTimeResolutionRate: null,
      followUps: 0,
      satisfiedFollowUps: 0,
      satisfactionRate: null,
      medianHoursToResolve: null,
      malicious: 0,
    });
  });

  it('counts every status and category, zeros included', () => {
    const report = complaintStats(complaints, at(24));
    expect(report.total).toBe(6);
    expect(report.byStatus).toEqual({
      ...zeroStatuses,
      received: 2,
      escalated: 1,
      resolved: 1,
      'followed-up': 1,
      closed: 1,
    });
    expect(report.byCategory).toEqual({ ...zeroCategories, facility: 1, repair: 2, billing: 2, 'service-attitude': 1 });
  });

  it('counts open complaints past their deadline, not those exactly at it', () => {
    // At T0+24h the two normal open complaints are at their deadline; the serious one is 20 h past.
    expect(complaintStats(complaints, at(24)).overdue).toBe(1);
    expect(complaintStats(complaints, hoursAfter(T0, 24 + 1 / 3_600_000)).overdue).toBe(3);
    expect(complaintStats(complaints, at(4)).overdue).toBe(0);
  });

  it('never counts a resolved complaint as overdue, however late it was', () => {
    expect(complaintStats([onTime, late], at(1000)).overdue).toBe(0);
  });

  it('rates on-time resolution over the complaints resolved now', () => {
    const report = complaintStats(complaints, at(24));
    // Resolved: 2 (on time), 3 (late), 4 (on time after reopening).
    expect([report.resolved, report.resolvedOnTime, report.onTimeResolutionRate]).toEqual([3, 2, 2 / 3]);
  });

  it('rates satisfaction over every follow-up, a reopened complaint’s earlier one included', () => {
    const report = complaintStats(complaints, at(24));
    // Follow-ups: 3 satisfied; 4 unsatisfied, then satisfied.
    expect([report.followUps, report.satisfiedFollowUps, report.satisfactionRate]).toEqual([3, 2, 2 / 3]);
  });

  it('takes the median of the hours to the first resolution', () => {
    // First resolutions after 8 h (2), 12 h (3) and 6 h (4): the middle one is 8.
    expect(complaintStats(complaints, at(24)).medianHoursToResolve).toBe(8);
  });

  it('averages the middle two for an even count of resolutions', () => {
    expect(complaintStats([onTime, late, untouched], at(24)).medianHoursToResolve).toBe((8 + 12) / 2);
  });

  it('has no rates or median while nothing is resolved or followed up', () => {
    const report = complaintStats([untouched, serious], at(24));
    expect([report.onTimeResolutionRate, report.satisfactionRate, report.medianHoursToResolve]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('counts malicious complaints and keeps them in every other count', () => {
    const report = complaintStats([malicious], at(25));
    expect([report.malicious, report.total, report.byStatus.received, report.overdue]).toEqual([1, 1, 1, 1]);
  });

  it('agrees with isOverdue and resolvedOnTime complaint by complaint', () => {
    const many = generateComplaints(120);
    for (const now of ['2026-11-01T12:00:00Z', '2026-11-10T00:00:00Z', '2026-12-31T00:00:00Z']) {
      const report = complaintStats(many, now);
      expect(report.overdue).toBe(many.filter((c) => isOverdue(c, now)).length);
      expect(report.resolved).toBe(many.filter((c) => resolvedOnTime(c) !== undefined).length);
      expect(report.resolvedOnTime).toBe(many.filter((c) => resolvedOnTime(c) === true).length);
    }
  });

  it('returns plain JSON data that passes the ComplaintStats schema', () => {
    const report = complaintStats(complaints, at(24));
    expect(ComplaintStats.safeParse(report).success).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses a broken complaint with invalid-input, naming its index and field', () => {
    const e = errorOf(() => complaintStats([untouched, { ...late, status: 'lost' } as unknown as Complaint], at(24)));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path)).toEqual([[1, 'status']]);
  });

  it('refuses a follow-up entry that does not say whether the complainant was satisfied', () => {
    const history = late.history.map((h) => (h.type === 'followUp' ? { ...h, details: {} } : h));
    const e = errorOf(() => complaintStats([untouched, { ...late, history }], at(24)));
    const index = late.history.findIndex((h) => h.type === 'followUp');
    expect([e.code, e.issues[0]?.path]).toEqual(['invalid-input', [1, 'history', index, 'details', 'satisfied']]);
  });

  it('refuses a complaint listed twice, a bad instant and a list that is not one', () => {
    expect(errorOf(() => complaintStats([untouched, untouched], at(24))).issues[0]).toMatchObject({
      path: [1, 'id'],
      code: 'duplicate',
    });
    expect(errorOf(() => complaintStats(complaints, '2026-11-02 08:00')).code).toBe('invalid-input');
    expect(errorOf(() => complaintStats('none' as unknown as Complaint[], at(24))).code).toBe('invalid-input');
  });
});
