import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { fromDayNumber, toDayNumber } from '../shared/calendar.js';
import { parseInput } from '../shared/parse.js';
import { IsoMonth } from './compliance.js';
import { toSafeFen } from './exact.js';
import {
  ContactKind,
  DealerId,
  DealerPurchase,
  VisitNote,
  type MonthlyDealerReport,
  type MonthlyPurchaseStats,
  type WeeklyVisitEntry,
  type WeeklyVisitList,
} from './records.js';

/** Options of {@link weeklyVisitReport}. */
export const WeeklyVisitReportOptions = z.object({
  /** Any day of the week to report; the week runs Monday to Sunday. */
  weekOf: IsoDate,
});
/** Options of {@link weeklyVisitReport}. */
export type WeeklyVisitReportOptions = z.infer<typeof WeeklyVisitReportOptions>;

/** Options of {@link monthlyDealerReport}. */
export const MonthlyDealerReportOptions = z.object({
  /** The month to report, `YYYY-MM`. */
  month: IsoMonth,
  /** The alliance members the salesperson looks after, each once. */
  dealers: z.array(DealerId).check(
    z.superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i)
          ctx.addIssue({
            code: 'custom',
            message: `Dealer ${id} is listed twice`,
            path: [i],
            params: { code: 'duplicate' },
            input: id,
          });
      });
    }),
  ),
});
/** Options of {@link monthlyDealerReport}. */
export type MonthlyDealerReportOptions = z.infer<typeof MonthlyDealerReportOptions>;

const VisitNotes = z.array(VisitNote);

/**
 * The Monday-to-Sunday week a day falls in, as the weekly visit list covers it.
 *
 * @example
 * weekOf('2026-11-27') // { weekStart: '2026-11-23', weekEnd: '2026-11-29' }
 */
export function weekOf(date: string): { weekStart: string; weekEnd: string } {
  const day = toDayNumber(parseInput(IsoDate, date, 'date'));
  const monday = day - ((((day + 3) % 7) + 7) % 7); // day 0, 1970-01-01, was a Thursday
  return { weekStart: fromDayNumber(monday), weekEnd: fromDayNumber(monday + 6) };
}

const DealerPurchases = z.array(DealerPurchase);

function byDateThenKind(a: VisitNote, b: VisitNote): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

/**
 * Builds the weekly member visit list from visit notes: one entry per member visited or called
 * in the Monday-to-Sunday week containing `weekOf`, sorted by dealer id. Notes of other weeks
 * are left out.
 *
 * @example
 * weeklyVisitReport(notes, { weekOf: '2026-11-27' }) // { weekStart: '2026-11-23', weekEnd: '2026-11-29', entries: [...] }
 */
export function weeklyVisitReport(notes: readonly VisitNote[], options: WeeklyVisitReportOptions): WeeklyVisitList {
  const all = parseInput(VisitNotes, notes, 'visit notes');
  const { weekStart, weekEnd } = weekOf(
    parseInput(WeeklyVisitReportOptions, options, 'weekly visit report options').weekOf,
  );
  const byDealer = new Map<string, VisitNote[]>();
  for (const note of all) {
    if (note.date < weekStart || note.date > weekEnd) continue;
    byDealer.set(note.dealerId, [...(byDealer.get(note.dealerId) ?? []), note]);
  }
  const entries: WeeklyVisitEntry[] = [...byDealer.keys()].sort().map((dealerId) => {
    const dealerNotes = [...(byDealer.get(dealerId) ?? [])].sort(byDateThenKind);
    return {
      dealerId,
      visits: dealerNotes.filter((n) => n.kind === ContactKind.visit).length,
      calls: dealerNotes.filter((n) => n.kind === ContactKind.call).length,
      notes: dealerNotes,
    };
  });
  return { weekStart, weekEnd, entries };
}

function emptyRow(dealerId: string, month: string, member: boolean): MonthlyPurchaseStats {
  return {
    dealerId,
    month,
    member,
    purchases: 0,
    purchasesFen: 0,
    quantity: 0,
    visits: 0,
    calls: 0,
    lastVisitOn: null,
    lastCallOn: null,
  };
}

function latest(current: string | null, date: string): string {
  return current === null || date > current ? date : current;
}

/**
 * Builds the month's purchase statistics from purchases and visit notes, one row per member
 * (even one with nothing to show) and one per other dealer that bought or was contacted, and
 * flags members with no visit or no call that month: each member needs at least one of each.
 *
 * @example
 * monthlyDealerReport(notes, purchases, { month: '2026-11', dealers: ['dlr_a', 'dlr_b'] }).notVisited // ['dlr_b']
 */
export function monthlyDealerReport(
  notes: readonly VisitNote[],
  purchases: readonly DealerPurchase[],
  options: MonthlyDealerReportOptions,
): MonthlyDealerReport {
  const allNotes = parseInput(VisitNotes, notes, 'visit notes');
  const allPurchases = parseInput(DealerPurchases, purchases, 'dealer purchases');
  const { month, dealers } = parseInput(MonthlyDealerReportOptions, options, 'monthly dealer report options');
  const rows = new Map<string, MonthlyPurchaseStats>(dealers.map((id) => [id, emptyRow(id, month, true)]));
  const rowOf = (dealerId: string): MonthlyPurchaseStats => {
    const row = rows.get(dealerId) ?? emptyRow(dealerId, month, false);
    rows.set(dealerId, row);
    return row;
  };
  for (const p of allPurchases) {
    if (!p.date.startsWith(`${month}-`)) continue;
    const row = rowOf(p.dealerId);
    row.purchases += 1;
    row.purchasesFen = toSafeFen(BigInt(row.purchasesFen) + BigInt(p.amountFen), 'purchasesFen');
    row.quantity += p.quantity;
  }
  for (const n of allNotes) {
    if (!n.date.startsWith(`${month}-`)) continue;
    const row = rowOf(n.dealerId);
    if (n.kind === ContactKind.visit) {
      row.visits += 1;
      row.lastVisitOn = latest(row.lastVisitOn, n.date);
    } else {
      row.calls += 1;
      row.lastCallOn = latest(row.lastCallOn, n.date);
    }
  }
  const members = dealers.map((id) => rowOf(id));
  const others = [...rows.values()].filter((r) => !r.member).sort((a, b) => (a.dealerId < b.dealerId ? -1 : 1));
  const ordered = [...members, ...others];
  const sum = (pick: (r: MonthlyPurchaseStats) => number) => ordered.reduce((s, r) => s + pick(r), 0);
  return {
    month,
    rows: ordered,
    notVisited: members.filter((r) => r.visits === 0).map((r) => r.dealerId),
    notCalled: members.filter((r) => r.calls === 0).map((r) => r.dealerId),
    totals: {
      purchases: sum((r) => r.purchases),
      purchasesFen: toSafeFen(
        ordered.reduce((s, r) => s + BigInt(r.purchasesFen), 0n),
        'purchasesFen',
      ),
      quantity: sum((r) => r.quantity),
      visits: sum((r) => r.visits),
      calls: sum((r) => r.calls),
    },
  };
}
