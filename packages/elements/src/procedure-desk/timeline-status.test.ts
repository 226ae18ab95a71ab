import { ComplaintStatus, PaidServiceStatus, ProcedureStatus, RepairStatus, VisitStatus } from '@clubkit/core/service';
import { describe, expect, it } from 'vitest';
import { procedureDeskEn } from './locales/en.js';
import { procedureDeskZhHans } from './locales/zh-hans.js';
import { procedureDeskZhHant } from './messages.js';
import { timelineStatusLabel } from './timeline-status.js';

const STATUSES = {
  complaint: Object.values(ComplaintStatus),
  repair: Object.values(RepairStatus),
  'paid-service': Object.values(PaidServiceStatus),
  visit: Object.values(VisitStatus),
  procedure: Object.values(ProcedureStatus),
} as const;
const LOCALES = { 'zh-Hant': procedureDeskZhHant, 'zh-Hans': procedureDeskZhHans, en: procedureDeskEn };

describe('timelineStatusLabel', () => {
  for (const [locale, messages] of Object.entries(LOCALES))
    it(`names every status of every record kind in ${locale}, never as the raw code`, () => {
      for (const [kind, statuses] of Object.entries(STATUSES) as [keyof typeof STATUSES, readonly string[]][]) {
        const labels = statuses.map((status) => timelineStatusLabel({ kind, status }, messages.procTimelineStatuses));
        for (const [i, label] of labels.entries()) {
          expect(label, `${kind} ${statuses[i]}`).not.toBe(statuses[i]);
          expect(label.trim()).not.toBe('');
        }
        // Two statuses of one kind never read the same.
        expect(new Set(labels).size, kind).toBe(labels.length);
      }
    });

  it('words the same status by its record kind', () => {
    const t = procedureDeskEn.procTimelineStatuses;
    expect(timelineStatusLabel({ kind: 'procedure', status: 'done' }, t)).toBe('Finished');
    expect(timelineStatusLabel({ kind: 'repair', status: 'done' }, t)).toBe('Done');
    expect(
      timelineStatusLabel({ kind: 'visit', status: 'followed-up' }, procedureDeskZhHant.procTimelineStatuses),
    ).toBe('已跟進');
    expect(
      timelineStatusLabel({ kind: 'complaint', status: 'followed-up' }, procedureDeskZhHant.procTimelineStatuses),
    ).toBe('已回訪');
  });

  it('shows a status it has no words for as the Club API wrote it, prototype names included', () => {
    const t = procedureDeskZhHant.procTimelineStatuses;
    expect(timelineStatusLabel({ kind: 'repair', status: 'on-hold' }, t)).toBe('on-hold');
    expect(timelineStatusLabel({ kind: 'visit', status: 'constructor' }, t)).toBe('constructor');
    expect(timelineStatusLabel({ kind: 'complaint', status: 'toString' }, t)).toBe('toString');
  });
});
