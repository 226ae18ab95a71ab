import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyComplaintEvent, createComplaint } from './complaint.js';
import { ComplaintAcceptanceHours, complaintDeadline, isOverdue, resolvedOnTime } from './complaint-deadline.js';
import type { Complaint } from './complaint-record.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const T0 = Date.parse('2026-11-27T08:00:00Z');

function received(now: string, severity: 'normal' | 'serious' = 'normal'): Complaint {
  return createComplaint(
    {
      name: 'Li',
      subject: { plate: '京A12345' },
      content: 'Rescue came late',
      phone: '13800138000',
      category: 'service-quality',
      severity,
    },
    { id: 'cmp_1', reference: 'C20261127-0001', now, actor: 'web' },
  );
}

describe('complaint deadlines', () => {
  it('gives 24 hours to accept a normal complaint and 4 hours a serious one', () => {
    expect(complaintDeadline(received(iso(T0)))).toBe('2026-11-28T08:00:00.000Z');
    expect(complaintDeadline(received(iso(T0), 'serious'))).toBe('2026-11-27T12:00:00.000Z');
  });

  it('is on time at the deadline instant and overdue one millisecond later', () => {
    const c = received(iso(T0));
    expect(isOverdue(c, '2026-11-28T08:00:00Z')).toBe(false);
    expect(isOverdue(c, '2026-11-28T08:00:00.001Z')).toBe(true);
    expect(isOverdue(c, '2026-11-28T07:59:59.999Z')).toBe(false);
  });

  it('uses the department due time once assigned', () => {
    const assigned = applyComplaintEvent(received(iso(T0)), {
      type: 'assign',
      actor: 'stf',
      at: iso(T0 + HOUR),
      department: 'cleaning',
      dueAt: '2026-11-27T18:00:00Z',
    });
    expect(complaintDeadline(assigned)).toBe('2026-11-27T18:00:00Z');
    expect(isOverdue(assigned, '2026-11-27T18:00:00Z')).toBe(false);
    expect(isOverdue(assigned, '2026-11-27T18:00:00.001Z')).toBe(true);
  });

  it('is never overdue once resolved, and says whether it was resolved on time', () => {
    const assigned = applyComplaintEvent(received(iso(T0)), {
      type: 'assign',
      actor: 's',
      at: iso(T0 + HOUR),
      department: 'security',
      dueAt: iso(T0 + 5 * HOUR),
    });
    expect(resolvedOnTime(assigned)).toBeUndefined();
    const onTime = applyComplaintEvent(assigned, {
      type: 'resolve',
      actor: 's',
      at: iso(T0 + 5 * HOUR),
      resolution: 'Done',
      signedBy: 'head',
    });
    const late = applyComplaintEvent(assigned, {
      type: 'resolve',
      actor: 's',
      at: iso(T0 + 5 * HOUR + 1),
      resolution: 'Done',
      signedBy: 'head',
    });
    expect([resolvedOnTime(onTime), resolvedOnTime(late)]).toEqual([true, false]);
    expect(isOverdue(late, iso(T0 + 100 * HOUR))).toBe(false);
  });

  it('falls back to the acceptance deadline for a stored complaint without one', () => {
    const stored = received(iso(T0), 'serious');
    delete stored.deadline;
    expect(complaintDeadline(stored)).toBe(iso(T0 + ComplaintAcceptanceHours.serious * HOUR));
  });

  it('refuses a malformed now', () => {
    expect(() => isOverdue(received(iso(T0)), 'tomorrow')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('puts the acceptance deadline exactly the configured hours after receipt', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z') }),
        fc.constantFrom<'normal' | 'serious'>('normal', 'serious'),
        (ms, severity) => {
          const c = received(iso(ms), severity);
          const deadline = Date.parse(complaintDeadline(c));
          return (
            deadline - ms === ComplaintAcceptanceHours[severity] * HOUR &&
            !isOverdue(c, iso(deadline)) &&
            isOverdue(c, iso(deadline + 1))
          );
        },
      ),
    );
  });
});
