import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { applyVisitEvent, createVisit, nextPlannedVisit } from './visit.js';

const options = { id: 'vst_01', now: '2026-11-27T08:00:00.000Z', actor: 'stf_cs' };
const base = { customer: '星河貿易', purpose: 'Visit', appointmentAt: '2027-01-31T02:00:00.000Z' };
const record = { type: 'record', actor: 'stf_cs', at: '2027-01-31T03:00:00.000Z', opinions: 'Lift is slow' } as const;

describe('return and periodic visits', () => {
  it('knows its kind from what it follows up or the plan it belongs to', () => {
    expect(createVisit({ ...base, subject: { kind: 'complaint', id: 'cmp_1' } }, options).kind).toBe('return');
    expect(createVisit({ ...base, plan: { everyMonths: 3 } }, options).kind).toBe('periodic');
    expect(createVisit(base, options).kind).toBe('ad-hoc');
  });

  it('refuses a visit that both follows up a record and belongs to the plan', () => {
    const both = { ...base, subject: { kind: 'repair', id: 'rep_1' }, plan: { everyMonths: 3 } } as const;
    expect(() => createVisit(both, options)).toThrow(/not both/);
  });

  it('records whether the customer of a return visit is satisfied, and insists on it', () => {
    const visit = createVisit({ ...base, subject: { kind: 'paid-service', id: 'psv_1' } }, options);
    try {
      applyVisitEvent(visit, record);
      expect.unreachable();
    } catch (e) {
      expect(isClubError(e) && e.issues.map((i) => i.path)).toEqual([['satisfied']]);
    }
    expect(applyVisitEvent(visit, { ...record, satisfied: false }).satisfied).toBe(false);
  });

  it('books the next visit of the plan once one is made, a calendar month step later', () => {
    const visit = createVisit({ ...base, unitId: 'unt_1', plan: { everyMonths: 1 } }, options);
    expect(nextPlannedVisit(visit)).toBeUndefined();
    const made = applyVisitEvent(visit, record);
    expect(nextPlannedVisit(made)).toEqual({
      ...base,
      unitId: 'unt_1',
      plan: { everyMonths: 1 },
      appointmentAt: '2027-02-28T02:00:00.000Z',
    });
    expect(nextPlannedVisit(applyVisitEvent(createVisit(base, options), record))).toBeUndefined();
  });
});
