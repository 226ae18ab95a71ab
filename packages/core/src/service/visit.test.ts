import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import {
  applyVisitEvent,
  createVisit,
  nextVisitEvents,
  VisitTransitions,
  type Visit,
  type VisitEventInput,
  type VisitEventType,
  type VisitStatus,
} from './visit.js';

const T0 = Date.parse('2026-11-27T08:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const scheduled = (): Visit =>
  createVisit(
    { customer: '星河貿易', unit: 'B-702', purpose: 'Quarterly visit', appointmentAt: at(3 * 24 * 60) },
    { id: 'vst_01', now: at(0), actor: 'stf_cs' },
  );

function sample(type: VisitEventType, m: number): VisitEventInput {
  const base = { actor: 'stf_cs', at: at(m) };
  switch (type) {
    case 'reschedule':
      return { type, ...base, appointmentAt: at(m + 60) };
    case 'record':
      return {
        type,
        ...base,
        opinions: 'Lobby too cold in the morning',
        requests: ['Earlier heating'],
        referred: true,
      };
    case 'followUp':
      return { type, ...base, note: 'Heating now starts at 7:30' };
    case 'cancel':
      return { type, ...base, reason: 'Customer away' };
  }
}

const allTypes: VisitEventType[] = ['reschedule', 'record', 'followUp', 'cancel'];
const cases: Record<VisitStatus, { make: () => Visit; allowed: Partial<Record<VisitEventType, VisitStatus>> }> = {
  scheduled: { make: scheduled, allowed: { reschedule: 'scheduled', record: 'visited', cancel: 'cancelled' } },
  visited: { make: () => applyVisitEvent(scheduled(), sample('record', 10)), allowed: { followUp: 'followed-up' } },
  'followed-up': {
    make: () => applyVisitEvent(applyVisitEvent(scheduled(), sample('record', 10)), sample('followUp', 20)),
    allowed: {},
  },
  cancelled: { make: () => applyVisitEvent(scheduled(), sample('cancel', 10)), allowed: {} },
};

describe('visits', () => {
  for (const [status, c] of Object.entries(cases)) {
    for (const type of allTypes) {
      const to = c.allowed[type];
      it(to ? `takes ${type} when ${status}, leading to ${to}` : `refuses ${type} when ${status}`, () => {
        const before = c.make();
        if (to) {
          expect(applyVisitEvent(before, sample(type, 100)).status).toBe(to);
        } else {
          expect(() => applyVisitEvent(before, sample(type, 100))).toThrow(
            expect.objectContaining({ code: 'visit/invalid-transition' }),
          );
        }
      });
    }
  }

  it('matches the exported table and next-event lists', () => {
    expect(VisitTransitions).toEqual(Object.fromEntries(Object.entries(cases).map(([k, c]) => [k, c.allowed])));
    for (const c of Object.values(cases))
      expect(nextVisitEvents(c.make()).sort()).toEqual(Object.keys(c.allowed).sort());
  });

  it('keeps the visit record and moves the appointment', () => {
    const moved = applyVisitEvent(scheduled(), sample('reschedule', 5));
    expect(moved.appointmentAt).toBe(at(65));
    const visited = applyVisitEvent(moved, { type: 'record', actor: 'stf_cs', at: at(70), opinions: 'All fine' });
    expect(visited.notes).toEqual({ opinions: 'All fine', requests: [], referred: false });
    expect(visited.history.map((h) => h.type)).toEqual(['book', 'reschedule', 'record']);
  });

  it('either refuses a random event or appends exactly it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...allTypes), { maxLength: 10 }), (types) => {
        let v = scheduled();
        types.forEach((type, i) => {
          try {
            const next = applyVisitEvent(v, sample(type, (i + 1) * 10));
            expect(next.history.slice(0, -1)).toEqual(v.history);
            expect(next.status).toBe((VisitTransitions[v.status] as Record<string, string>)[type]);
            v = next;
          } catch (e) {
            expect(isClubError(e) && e.code).toBe('visit/invalid-transition');
          }
        });
      }),
    );
  });
});
