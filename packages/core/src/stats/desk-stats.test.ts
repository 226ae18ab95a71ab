import { describe, expect, it } from 'vitest';
import {
  applyComplaintEvent,
  applyPaidServiceEvent,
  applyRepairEvent,
  applyVisitEvent,
  createComplaint,
  createPaidService,
  createRepairOrder,
  createVisit,
} from '../service/index.js';
import { deskStats } from './desk-stats.js';
import { periodBounds } from './period.js';

const complaint = (id: string, at: string) =>
  createComplaint(
    { name: '王', subject: { unit: 'A-1' }, content: 'Noise', phone: '13800138000', category: 'facility' },
    { id, reference: 'C79ZH-5H4YW', now: at, actor: 'stf' },
  );

describe('deskStats', () => {
  const late = complaint('cmp_late', '2026-11-01T00:00:00.000Z');
  const assigned = applyComplaintEvent(complaint('cmp_ok', '2026-11-10T00:00:00.000Z'), {
    type: 'assign',
    actor: 'stf',
    at: '2026-11-10T01:00:00.000Z',
    department: 'engineering',
    dueAt: '2026-11-12T00:00:00.000Z',
  });
  const resolved = applyComplaintEvent(assigned, {
    type: 'resolve',
    actor: 'stf',
    at: '2026-11-11T00:00:00.000Z',
    resolution: 'Fixed',
    signedBy: 'head',
  });
  const followed = applyComplaintEvent(resolved, {
    type: 'followUp',
    actor: 'stf',
    at: '2026-11-11T02:00:00.000Z',
    satisfied: true,
  });
  const outside = complaint('cmp_out', '2026-12-01T00:00:00.000Z');
  const repair = applyRepairEvent(
    applyRepairEvent(
      createRepairOrder(
        {
          customer: 'A',
          phone: '13800138000',
          unit: 'A-1',
          content: 'Tap',
          appointmentAt: '2026-11-05T02:00:00.000Z',
          publicItem: true,
        },
        { id: 'rep_1', now: '2026-11-04T00:00:00.000Z', actor: 'stf' },
      ),
      {
        type: 'dispatch',
        actor: 'stf',
        at: '2026-11-04T01:00:00.000Z',
        receivedBy: 'eng',
        receivedAt: '2026-11-04T01:00:00.000Z',
      },
    ),
    { type: 'complete', actor: 'stf', at: '2026-11-07T00:00:00.000Z', work: 'Washer' },
  );
  let paid = createPaidService(
    {
      customer: 'B',
      phone: '13800138000',
      unit: 'A-1',
      content: 'Hood',
      quote: { priceFen: 12_000, scheduledAt: '2026-11-06T00:00:00.000Z' },
    },
    { id: 'psv_1', now: '2026-11-05T00:00:00.000Z', actor: 'stf' },
  );
  for (const [type, extra] of [
    ['sign', { signedBy: 'B' }],
    ['perform', {}],
    ['reject', { reason: 'Streaks' }],
    ['perform', {}],
    ['accept', { signedBy: 'B' }],
    ['charge', {}],
  ] as const) {
    paid = applyPaidServiceEvent(paid, { type, actor: 'stf', at: '2026-11-06T00:00:00.000Z', ...extra } as never);
  }
  const visit = applyVisitEvent(
    createVisit(
      {
        customer: 'B',
        purpose: 'After the hood',
        appointmentAt: '2026-11-08T00:00:00.000Z',
        subject: { kind: 'paid-service', id: 'psv_1' },
      },
      { id: 'vst_1', now: '2026-11-06T00:00:00.000Z', actor: 'stf' },
    ),
    { type: 'record', actor: 'stf', at: '2026-11-08T01:00:00.000Z', opinions: 'Fine', satisfied: true },
  );
  const due = createVisit(
    { customer: 'C', purpose: 'Quarterly', appointmentAt: '2026-11-20T00:00:00.000Z', plan: { everyMonths: 3 } },
    { id: 'vst_2', now: '2026-11-06T00:00:00.000Z', actor: 'stf' },
  );
  const records = {
    complaints: [late, followed, outside],
    repairs: [repair],
    paidServices: [paid],
    visits: [visit, due],
  };

  it('counts the period’s records by status, on time, satisfied and per department', () => {
    const period = periodBounds({ from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' });
    const s = deskStats(records, '2026-11-30T00:00:00.000Z', period);
    expect(s.complaints).toMatchObject({ total: 2, overdue: 1, resolved: 1, resolvedOnTime: 1, onTimeRate: 1 });
    expect(s.complaints).toMatchObject({ followedUp: 1, satisfied: 1, satisfactionRate: 1 });
    expect(s.complaints.byDepartment.engineering).toEqual({ total: 1, resolved: 1, resolvedOnTime: 1, onTimeRate: 1 });
    expect(s.complaints.byDepartment.security.onTimeRate).toBeNull();
    expect(s.repairs).toMatchObject({ total: 1, completed: 1, completedOnTime: 0, onTimeRate: 0 });
    expect(s.paidServices).toMatchObject({ total: 1, charged: 1, chargedFen: 12_000, reworked: 1 });
    expect(s.visits).toMatchObject({ total: 2, overdue: 1, recorded: 1, satisfied: 1, satisfactionRate: 1 });
    expect(s.visits.byKind).toEqual({ return: 1, periodic: 1, 'ad-hoc': 0 });
  });

  it('leaves out what happened before the period starts', () => {
    const s = deskStats(records, '2026-12-31T00:00:00.000Z', periodBounds({ from: '2026-11-02', timeZone: 'UTC' }));
    expect(s.complaints.total).toBe(2);
    expect(s.complaints.byStatus.received).toBe(1);
  });

  it('refuses a record counted twice', () => {
    expect(() => deskStats({ ...records, visits: [visit, visit] }, '2026-11-30T00:00:00.000Z')).toThrow(/twice/);
  });
});
