import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AllianceBudget, AllianceBudgetInput, allianceBudget } from './budget.js';
import { IsoMonth, ViolationKind } from './compliance.js';
import { CounterfeitPenalty, counterfeitPenalty } from './counterfeit.js';
import { withdrawPlaque } from './plaque.js';
import { assertAllianceMember, recordViolation, type AllianceCounty, type Dealer } from './network.js';
import { reportPenalties } from './penalties.js';
import { DealerPurchase, VisitNote } from './records.js';

// What the alliance records as it runs (A1): dealers' monthly sales against their market, the
// salespeople's visit notes and the dealers' purchases, penalties, and each market's budget.
// Each record carries its sales centre and salesperson, whose scope it is in.

const CentreId = entityId(IdPrefix.salesCentre);
const SalespersonId = entityId(IdPrefix.salesperson);
const DealerRef = entityId(IdPrefix.dealer);
const Text = z.optional(z.string().check(z.maxLength(2000)));
const Units = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

/** Body of a dealer's sales month: its sales and, unless the county's market volume stands, its market's. */
export const SalesMonthBody = z.object({
  month: IsoMonth,
  /** The dealer's sales that month, in the unit the county's market is counted in. */
  sales: Units,
  /** All sales of the brand in its market that month; the county's market volume when left out. */
  marketSales: z.optional(Units),
});
/** Body of a dealer's sales month. */
export type SalesMonthBody = z.infer<typeof SalesMonthBody>;

/** One month of an alliance member's sales against its market. */
export const SalesMonth = z.object({
  id: entityId(IdPrefix.salesMonth),
  dealerId: DealerRef,
  centreId: CentreId,
  countyId: entityId(IdPrefix.county),
  salespersonId: z.nullable(SalespersonId),
  month: IsoMonth,
  sales: Units,
  marketSales: Units,
  recordedAt: IsoInstant,
});
/** One month of an alliance member's sales against its market. */
export type SalesMonth = z.infer<typeof SalesMonth>;

/**
 * Records a member's sales for a month, against the market given or else the county's market
 * volume. Throws `alliance/not-a-member` for a dealer that did not qualify or was revoked: the
 * 70 % rule is about members.
 */
export function recordSalesMonth(
  dealer: Dealer,
  county: Pick<AllianceCounty, 'monthlyMarketSales'>,
  input: SalesMonthBody,
  options: { id: string; now: string },
): SalesMonth {
  const body = parseInput(SalesMonthBody, input, 'sales month');
  assertAllianceMember(dealer);
  return {
    id: options.id,
    dealerId: dealer.id,
    centreId: dealer.centreId,
    countyId: dealer.countyId,
    salespersonId: dealer.salespersonId,
    month: body.month,
    sales: body.sales,
    marketSales: body.marketSales ?? county.monthlyMarketSales,
    recordedAt: options.now,
  };
}

/** The scope a record about a dealer is kept in: the dealer's sales centre and salesperson. */
function scopeOf(dealer: Pick<Dealer, 'centreId' | 'salespersonId'>) {
  return { centreId: dealer.centreId, salespersonId: dealer.salespersonId };
}

/** Body of a visit note: `VisitNote` without the id the Club API gives it. */
export const NewVisitNote = z.omit(VisitNote, { id: true });
/** Body of a visit note. */
export type NewVisitNote = z.infer<typeof NewVisitNote>;

/** A stored visit note: `VisitNote` with its id and the dealer's scope. */
export const VisitNoteRecord = z.object({
  ...VisitNote.shape,
  id: entityId(IdPrefix.visit),
  centreId: CentreId,
  salespersonId: z.nullable(SalespersonId),
  recordedAt: IsoInstant,
});
/** A stored visit note. */
export type VisitNoteRecord = z.infer<typeof VisitNoteRecord>;

/** A visit note of a dealer, kept in the dealer's scope. */
export function recordVisitNote(
  dealer: Dealer,
  input: NewVisitNote,
  options: { id: string; now: string },
): VisitNoteRecord {
  const note = parseInput(NewVisitNote, { ...input, dealerId: dealer.id }, 'visit note');
  return { ...note, id: options.id, ...scopeOf(dealer), recordedAt: options.now };
}

/** A stored purchase: `DealerPurchase` with its id and the dealer's scope. */
export const PurchaseRecord = z.object({
  ...DealerPurchase.shape,
  id: entityId(IdPrefix.purchase),
  centreId: CentreId,
  salespersonId: z.nullable(SalespersonId),
  recordedAt: IsoInstant,
});
/** A stored purchase. */
export type PurchaseRecord = z.infer<typeof PurchaseRecord>;

/** A dealer's purchase, kept in the dealer's scope. */
export function recordPurchase(
  dealer: Dealer,
  input: DealerPurchase,
  options: { id: string; now: string },
): PurchaseRecord {
  const purchase = parseInput(DealerPurchase, { ...input, dealerId: dealer.id }, 'dealer purchase');
  return { ...purchase, id: options.id, ...scopeOf(dealer), recordedAt: options.now };
}

/** The kinds of alliance penalty. */
export const AlliancePenaltyKind = {
  /** A report handed in late: 50 CNY. */
  lateReport: 'late-report',
  /** A report never handed in: 200 CNY. */
  missingReport: 'missing-report',
  /** A dealer caught selling counterfeits: at least 50,000 CNY, 80 % to the whistle-blower. */
  counterfeit: 'counterfeit',
} as const;
/** A kind of alliance penalty. */
export type AlliancePenaltyKind = (typeof AlliancePenaltyKind)[keyof typeof AlliancePenaltyKind];

const ReportKind = z.enum([AlliancePenaltyKind.lateReport, AlliancePenaltyKind.missingReport]);

/** Body of a report penalty: the salesperson and the month whose pay it is taken from. */
export const NewReportPenalty = z.object({
  kind: ReportKind,
  salespersonId: SalespersonId,
  month: IsoMonth,
  note: Text,
});
/** Body of a report penalty. */
export type NewReportPenalty = z.infer<typeof NewReportPenalty>;

/** Body of a counterfeit penalty: the dealer, the fine and who reported it. */
export const NewCounterfeitPenalty = z.object({
  kind: z.literal(AlliancePenaltyKind.counterfeit),
  dealerId: DealerRef,
  fineFen: NonNegativeFen,
  /** The day the counterfeits were found. */
  on: IsoDate,
  /** Who reported the dealer and is owed 80 % of the fine. */
  whistleblower: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(80))),
  note: Text,
});
/** Body of a counterfeit penalty. */
export type NewCounterfeitPenalty = z.infer<typeof NewCounterfeitPenalty>;

/** Body of a new alliance penalty, by kind. */
export const NewAlliancePenalty = z.discriminatedUnion('kind', [NewReportPenalty, NewCounterfeitPenalty]);
/** Body of a new alliance penalty. */
export type NewAlliancePenalty = z.infer<typeof NewAlliancePenalty>;

const PenaltyBase = {
  id: entityId(IdPrefix.alliancePenalty),
  centreId: CentreId,
  salespersonId: z.nullable(SalespersonId),
  /** The month it belongs to: the pay month of a report penalty, the month found of a counterfeit. */
  month: IsoMonth,
  /** What it costs, in fen; a report penalty's goes to its half-year's reward fund (`fundFineOf`). */
  amountFen: NonNegativeFen,
  note: Text,
  recordedAt: IsoInstant,
};

/** A stored alliance penalty: a late or missing report, or a counterfeit fine and its split. */
export const AlliancePenalty = z.discriminatedUnion('kind', [
  z.object({ kind: ReportKind, ...PenaltyBase }),
  z.object({
    kind: z.literal(AlliancePenaltyKind.counterfeit),
    ...PenaltyBase,
    dealerId: DealerRef,
    on: IsoDate,
    whistleblower: z.optional(z.string()),
    /** `counterfeitPenalty`'s split of the fine. */
    split: CounterfeitPenalty,
  }),
]);
/** A stored alliance penalty. */
export type AlliancePenalty = z.infer<typeof AlliancePenalty>;

/** A late or missing report's penalty, at `reportPenalties`' rate. */
export function recordReportPenalty(
  input: NewReportPenalty,
  options: { id: string; centreId: string; now: string },
): AlliancePenalty {
  const p = parseInput(NewReportPenalty, input, 'report penalty');
  const late = p.kind === AlliancePenaltyKind.lateReport ? 1 : 0;
  const { totalFen } = reportPenalties({ lateReports: late, missingReports: 1 - late });
  return {
    kind: p.kind,
    id: options.id,
    centreId: options.centreId,
    salespersonId: p.salespersonId,
    month: p.month,
    amountFen: totalFen,
    ...(p.note === undefined ? {} : { note: p.note }),
    recordedAt: options.now,
  };
}

/**
 * A counterfeit fine split by `counterfeitPenalty` (which refuses one under 50,000 CNY), and the
 * dealer with the `counterfeit` breach recorded, so that its next review revokes it, and its
 * plaque taken back on the day the counterfeits were found (the agreement takes back the plaque
 * as well as the fine; `withdrawPlaque`).
 */
export function recordCounterfeitPenalty(
  dealer: Dealer,
  input: NewCounterfeitPenalty,
  options: { id: string; now: string },
): { penalty: AlliancePenalty; dealer: Dealer } {
  const p = parseInput(NewCounterfeitPenalty, { ...input, dealerId: dealer.id }, 'counterfeit penalty');
  const split = counterfeitPenalty({ fineFen: p.fineFen });
  const penalty: AlliancePenalty = {
    kind: p.kind,
    id: options.id,
    ...scopeOf(dealer),
    month: p.on.slice(0, 7),
    amountFen: split.fineFen,
    ...(p.note === undefined ? {} : { note: p.note }),
    recordedAt: options.now,
    dealerId: dealer.id,
    on: p.on,
    ...(p.whistleblower === undefined ? {} : { whistleblower: p.whistleblower }),
    split,
  };
  const breach = { kind: ViolationKind.counterfeit, on: p.on, ...(p.note === undefined ? {} : { note: p.note }) };
  return { penalty, dealer: withdrawPlaque(recordViolation(dealer, breach), p.on) };
}

/** Body of a market's yearly budget: the sales centre, the year and `allianceBudget`'s input. */
export const NewBudgetPlan = z.object({
  centreId: CentreId,
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  ...AllianceBudgetInput.shape,
});
/** Body of a market's yearly budget. */
export type NewBudgetPlan = z.input<typeof NewBudgetPlan>;

/** A sales centre's alliance budget for one year (費用預算), with the figures it was made from. */
export const BudgetPlan = z.object({
  id: entityId(IdPrefix.allianceBudget),
  centreId: CentreId,
  year: z.int(),
  /** `allianceBudget`'s input, every default filled in. */
  input: z.object({
    annualSalesFen: NonNegativeFen,
    plaques: z.int().check(z.minimum(0)),
    rewardPerMille: z.number(),
    meetings: z.int().check(z.minimum(0)),
    meetingCostFen: NonNegativeFen,
    plaqueCostFen: NonNegativeFen,
    otherFen: NonNegativeFen,
  }),
  budget: AllianceBudget,
  createdAt: IsoInstant,
});
/** A sales centre's alliance budget for one year. */
export type BudgetPlan = z.infer<typeof BudgetPlan>;

/** A market's yearly budget by `allianceBudget`, kept with the input it was made from. */
export function planBudget(input: NewBudgetPlan, options: { id: string; now: string }): BudgetPlan {
  const { centreId, year, ...figures } = parseInput(NewBudgetPlan, input, 'budget');
  return { id: options.id, centreId, year, input: figures, budget: allianceBudget(figures), createdAt: options.now };
}
