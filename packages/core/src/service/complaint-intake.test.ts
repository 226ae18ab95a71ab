import { describe, expect, it } from 'vitest';
import { complaintSeverityByRule, REPEAT_COMPLAINT_DAYS } from './complaint-intake.js';

const now = '2026-11-27T02:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();

describe('complaintSeverityByRule', () => {
  it('is normal for a first complaint of an ordinary category', () => {
    expect(complaintSeverityByRule({ category: 'facility', now, earlier: [] })).toBe('normal');
  });

  it('is serious for a broken promise', () => {
    expect(complaintSeverityByRule({ category: 'broken-promise', now, earlier: [] })).toBe('serious');
  });

  it('is serious for a repeat: same category, still open, within the window', () => {
    const earlier = [{ category: 'facility' as const, status: 'assigned' as const, receivedAt: daysBefore(3) }];
    expect(complaintSeverityByRule({ category: 'facility', now, earlier })).toBe('serious');
  });

  it('is normal when the earlier complaint is of another category, closed or too old', () => {
    for (const earlier of [
      { category: 'billing' as const, status: 'received' as const, receivedAt: daysBefore(1) },
      { category: 'facility' as const, status: 'closed' as const, receivedAt: daysBefore(1) },
      { category: 'facility' as const, status: 'received' as const, receivedAt: daysBefore(REPEAT_COMPLAINT_DAYS + 1) },
    ]) {
      expect(complaintSeverityByRule({ category: 'facility', now, earlier: [earlier] })).toBe('normal');
    }
  });

  it('refuses an unknown category', () => {
    expect(() => complaintSeverityByRule({ category: 'weather' as 'facility', now, earlier: [] })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});
