import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix, RecordId } from '../shared/ids.js';
import { NonNegativeFen } from '../shared/fen.js';
import { IsoMonth } from './compliance.js';

/** How a salesperson was in touch with a member: a visit in person or a phone call. */
export const ContactKind = { visit: 'visit', call: 'call' } as const;
/** How a salesperson was in touch with a member. */
export type ContactKind = (typeof ContactKind)[keyof typeof ContactKind];

/** A secondary dealer's id: `dlr_…` from the Club API, or the caller's own. */
export const DealerId = RecordId;
/** A secondary dealer's id. */
export type DealerId = z.infer<typeof DealerId>;

const Note = z.optional(z.string().check(z.maxLength(2000)));
const Count = z.int().check(z.minimum(0));

/** A salesperson's note of one visit to or call with an alliance member (A1 操作程序 4). */
export const VisitNote = z.object({
  /** The note's id, `vst_…`, once stored. */
  id: z.optional(entityId(IdPrefix.visit)),
  /** The member visited or called. */
  dealerId: DealerId,
  /** The day of the visit or call. */
  date: IsoDate,
  /** A visit in person or a phone call. */
  kind: z.enum([ContactKind.visit, ContactKind.call]),
  /** How the member is selling (銷售情況). */
  sales: Note,
  /** The member's funds and payments (資金情況). */
  funds: Note,
  /** Prices seen in the market (市場價位情況). */
  marketPrices: Note,
  /** Experience worth passing on (哪些經驗值得總結). */
  lessons: Note,
  /** What falls short and how to improve it (有哪些不足,如何改進). */
  shortcomings: Note,
  /** The member's opinions and suggestions (成員有何意見和建議). */
  suggestions: Note,
});
/** A salesperson's note of one visit or call. */
export type VisitNote = z.infer<typeof VisitNote>;

/** One line of the weekly member visit list (《聯銷體成員走訪一覽表》). */
export const WeeklyVisitEntry = z.object({
  /** The member. */
  dealerId: DealerId,
  /** Visits in person this week. */
  visits: Count,
  /** Phone calls this week. */
  calls: Count,
  /** The week's notes for this member, oldest first. */
  notes: z.array(VisitNote),
});
/** One line of the weekly member visit list. */
export type WeeklyVisitEntry = z.infer<typeof WeeklyVisitEntry>;

/** The weekly member visit list a salesperson sends to the region, Monday to Sunday. */
export const WeeklyVisitList = z.object({
  /** The Monday the week starts on. */
  weekStart: IsoDate,
  /** The Sunday the week ends on. */
  weekEnd: IsoDate,
  /** One entry per member visited or called, by dealer id. */
  entries: z.array(WeeklyVisitEntry),
});
/** The weekly member visit list. */
export type WeeklyVisitList = z.infer<typeof WeeklyVisitList>;

/** One purchase a secondary dealer made from the primary dealer. */
export const DealerPurchase = z.object({
  /** The buyer. */
  dealerId: DealerId,
  /** The day of the purchase. */
  date: IsoDate,
  /** What it cost, in fen. */
  amountFen: NonNegativeFen,
  /** How much was bought, in the region's stock unit (cases). */
  quantity: Count,
});
/** One purchase a secondary dealer made. */
export type DealerPurchase = z.infer<typeof DealerPurchase>;

/** One row of the monthly purchase statistics (《二級客戶進貨統計表》) for one dealer. */
export const MonthlyPurchaseStats = z.object({
  /** The dealer. */
  dealerId: DealerId,
  /** The month, `YYYY-MM`. */
  month: IsoMonth,
  /** True for an alliance member; other secondary dealers appear when they bought or were seen. */
  member: z.boolean(),
  /** Purchases made this month. */
  purchases: Count,
  /** Their total, in fen. */
  purchasesFen: NonNegativeFen,
  /** Their total quantity. */
  quantity: Count,
  /** Visits in person this month. */
  visits: Count,
  /** Phone calls this month. */
  calls: Count,
  /** The last visit this month, or null. */
  lastVisitOn: z.nullable(IsoDate),
  /** The last call this month, or null. */
  lastCallOn: z.nullable(IsoDate),
});
/** One row of the monthly purchase statistics. */
export type MonthlyPurchaseStats = z.infer<typeof MonthlyPurchaseStats>;

/** The month's purchase statistics and the members still owed a visit or a call. */
export const MonthlyDealerReport = z.object({
  /** The month, `YYYY-MM`. */
  month: IsoMonth,
  /** Members first, in the order given, then other dealers by id. */
  rows: z.array(MonthlyPurchaseStats),
  /** Members with no visit this month (at least one is required). */
  notVisited: z.array(DealerId),
  /** Members with no call this month (at least one is required; a visit does not count). */
  notCalled: z.array(DealerId),
  /** Column totals over every row. */
  totals: z.object({ purchases: Count, purchasesFen: NonNegativeFen, quantity: Count, visits: Count, calls: Count }),
});
/** The month's purchase statistics and the members still owed a visit or a call. */
export type MonthlyDealerReport = z.infer<typeof MonthlyDealerReport>;
