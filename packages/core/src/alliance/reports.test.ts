import { describe, expect, it } from 'vitest';
import type { DealerPurchase, VisitNote } from './records.js';
import { monthlyDealerReport, weeklyVisitReport } from './reports.js';
import { errorOf } from '../shared/fixtures.js';

const notes: VisitNote[] = [
  {
    dealerId: 'dlr_b',
    date: '2026-11-24',
    kind: 'visit',
    sales: 'steady',
    funds: 'paid up',
    marketPrices: '48 a case',
    lessons: 'shelf display works',
    shortcomings: 'late deliveries',
    suggestions: 'smaller cases',
  },
  { dealerId: 'dlr_a', date: '2026-11-29', kind: 'call' },
  { dealerId: 'dlr_a', date: '2026-11-23', kind: 'visit', sales: 'up 10 %' },
  { dealerId: 'dlr_a', date: '2026-11-22', kind: 'visit' },
  { dealerId: 'dlr_c', date: '2026-11-30', kind: 'visit' },
  { dealerId: 'dlr_c', date: '2026-10-31', kind: 'call' },
];

describe('weeklyVisitReport', () => {
  it('lists the Monday-to-Sunday week containing weekOf, by dealer, notes oldest first', () => {
    const list = weeklyVisitReport(notes, { weekOf: '2026-11-27' });
    expect(list.weekStart).toBe('2026-11-23');
    expect(list.weekEnd).toBe('2026-11-29');
    expect(list.entries.map((e) => [e.dealerId, e.visits, e.calls, e.notes.map((n) => n.date)])).toEqual([
      ['dlr_a', 1, 1, ['2026-11-23', '2026-11-29']],
      ['dlr_b', 1, 0, ['2026-11-24']],
    ]);
    expect(list.entries[1]?.notes[0]).toEqual(notes[0]);
  });

  it('finds the same week from its Monday and from its Sunday', () => {
    expect(weeklyVisitReport(notes, { weekOf: '2026-11-23' })).toEqual(
      weeklyVisitReport(notes, { weekOf: '2026-11-29' }),
    );
  });

  it('finds a week that spans a month and a year end', () => {
    const list = weeklyVisitReport(
      [
        { dealerId: 'dlr_a', date: '2026-12-31', kind: 'call' },
        { dealerId: 'dlr_a', date: '2027-01-03', kind: 'visit' },
      ],
      { weekOf: '2027-01-01' },
    );
    expect(list).toMatchObject({ weekStart: '2026-12-28', weekEnd: '2027-01-03' });
    expect(list.entries[0]).toMatchObject({ visits: 1, calls: 1 });
  });

  it('gives an empty list for a week without notes', () => {
    expect(weeklyVisitReport(notes, { weekOf: '2026-01-01' }).entries).toEqual([]);
  });

  it('does not reorder the notes it is given', () => {
    const copy = JSON.parse(JSON.stringify(notes)) as typeof notes;
    weeklyVisitReport(notes, { weekOf: '2026-11-27' });
    expect(notes).toEqual(copy);
  });

  it('refuses a note with a blank dealer id or a bad kind, and a bad weekOf', () => {
    const e = errorOf(() =>
      weeklyVisitReport([{ dealerId: '  ', date: '2026-11-23', kind: 'email' as 'call' }], { weekOf: '2026-11-27' }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['0.dealerId', '0.kind']);
    expect(e.issues[0]?.message).toBe('Must not be blank');
    expect(errorOf(() => weeklyVisitReport([], { weekOf: '2026-02-30' })).issues[0]?.path).toEqual(['weekOf']);
  });
});

const purchases: DealerPurchase[] = [
  { dealerId: 'dlr_a', date: '2026-11-02', amountFen: 480_000, quantity: 100 },
  { dealerId: 'dlr_a', date: '2026-11-20', amountFen: 240_000, quantity: 50 },
  { dealerId: 'dlr_z', date: '2026-11-05', amountFen: 96_000, quantity: 20 },
  { dealerId: 'dlr_b', date: '2026-10-30', amountFen: 1, quantity: 1 },
];

describe('monthlyDealerReport', () => {
  const report = monthlyDealerReport(notes, purchases, { month: '2026-11', dealers: ['dlr_b', 'dlr_a', 'dlr_d'] });

  it('adds up each member’s purchases, visits and calls of the month', () => {
    expect(report.rows.find((r) => r.dealerId === 'dlr_a')).toEqual({
      dealerId: 'dlr_a',
      month: '2026-11',
      member: true,
      purchases: 2,
      purchasesFen: 720_000,
      quantity: 150,
      visits: 2,
      calls: 1,
      lastVisitOn: '2026-11-23',
      lastCallOn: '2026-11-29',
    });
  });

  it('lists members in the order given, even one with nothing this month, then other dealers by id', () => {
    expect(report.rows.map((r) => [r.dealerId, r.member])).toEqual([
      ['dlr_b', true],
      ['dlr_a', true],
      ['dlr_d', true],
      ['dlr_c', false],
      ['dlr_z', false],
    ]);
    expect(report.rows[2]).toMatchObject({
      purchases: 0,
      purchasesFen: 0,
      visits: 0,
      calls: 0,
      lastVisitOn: null,
      lastCallOn: null,
    });
  });

  it('flags members not visited and not called this month; a visit is not a call', () => {
    expect(report.notVisited).toEqual(['dlr_d']);
    expect(report.notCalled).toEqual(['dlr_b', 'dlr_d']);
  });

  it('leaves out records of other months', () => {
    expect(report.rows.find((r) => r.dealerId === 'dlr_b')?.purchases).toBe(0);
    expect(report.rows.find((r) => r.dealerId === 'dlr_c')).toMatchObject({ visits: 1, calls: 0 });
  });

  it('totals every column', () => {
    expect(report.totals).toEqual({ purchases: 3, purchasesFen: 816_000, quantity: 170, visits: 4, calls: 1 });
  });

  it('refuses a member listed twice, a bad month and a negative purchase', () => {
    const twice = errorOf(() => monthlyDealerReport([], [], { month: '2026-11', dealers: ['dlr_a', 'dlr_a'] }));
    expect(twice.issues).toEqual([
      { path: ['dealers', 1], code: 'duplicate', message: 'Dealer dlr_a is listed twice' },
    ]);
    expect(errorOf(() => monthlyDealerReport([], [], { month: '2026-1', dealers: [] })).issues[0]?.path).toEqual([
      'month',
    ]);
    const negative = errorOf(() =>
      monthlyDealerReport([], [{ dealerId: 'dlr_a', date: '2026-11-01', amountFen: -1, quantity: 0 }], {
        month: '2026-11',
        dealers: [],
      }),
    );
    expect(negative.issues[0]?.path).toEqual([0, 'amountFen']);
  });
});
