import type {
  AllianceCounty,
  AlliancePenalty,
  Assessment,
  AssessmentSheet,
  BudgetPlan,
  Dealer,
  Promotion,
  PromotionEnrolment,
  PurchaseRecord,
  RewardFund,
  SalesCentre,
  SecondaryList,
  PrimaryDealerTerm,
  SalesMonth,
  Salesperson,
  VisitNoteRecord,
} from '@clubkit/core/alliance';
import type { Branch, Staff } from '@clubkit/core/api';
import type {
  Campaign,
  Handbook,
  ClubService,
  Member,
  MemberCard,
  Membership,
  MembershipApplication,
  Policy,
  ServiceUse,
  Vehicle,
} from '@clubkit/core/membership';
import { serviceNameKey } from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import type { Activity, ActivitySignUp, AdIncome, Redemption, VipMembership, VipOrder } from '@clubkit/core/vip';
import {
  awaitsAction,
  complaintDeadline,
  conductStaffOf,
  repairCompletedOnTime,
  resolvedOnTime,
  type Complaint,
  type PaidService,
  type ProcedureRecord,
  type PropertyUnit,
  type RepairOrder,
  type Handover,
  surveyRatings,
  type Survey,
  type SurveyRequest,
  type ServicePrice,
  type Visit,
} from '@clubkit/core/service';
import { complaintHistoryFigures } from '@clubkit/core/stats';
import type { ClubDb, DbEngine } from '../db/connect.js';
import type { Tables } from '../db/schema.js';

/** The record type of each stored kind. */
interface RecordTypes {
  branch: Branch;
  member: Member;
  vehicle: Vehicle;
  policy: Policy;
  application: MembershipApplication;
  membership: Membership;
  card: MemberCard;
  complaint: Complaint;
  repair: RepairOrder;
  paidService: PaidService;
  staff: Staff;
  salesCentre: SalesCentre;
  county: AllianceCounty;
  salesperson: Salesperson;
  dealer: Dealer;
  salesMonth: SalesMonth;
  visitNote: VisitNoteRecord;
  purchase: PurchaseRecord;
  alliancePenalty: AlliancePenalty;
  allianceBudget: BudgetPlan;
  assessmentSheet: AssessmentSheet;
  assessment: Assessment;
  rewardFund: RewardFund;
  secondaryList: SecondaryList;
  primaryDealer: PrimaryDealerTerm;
  unit: PropertyUnit;
  visit: Visit;
  procedure: ProcedureRecord;
  servicePrice: ServicePrice;
  vipOrder: VipOrder;
  vipMembership: VipMembership;
  redemption: Redemption;
  handover: Handover;
  survey: Survey;
  surveyRequest: SurveyRequest;
  campaign: Campaign;
  activity: Activity;
  activitySignUp: ActivitySignUp;
  adIncome: AdIncome;
  handbook: Handbook;
  clubService: ClubService;
  serviceUse: ServiceUse;
  promotion: Promotion;
  promotionEnrolment: PromotionEnrolment;
}

/** The table each kind is stored in. */
interface TableFor {
  branch: 'branches';
  member: 'members';
  vehicle: 'vehicles';
  policy: 'policies';
  application: 'applications';
  membership: 'memberships';
  card: 'cards';
  complaint: 'complaints';
  repair: 'repairs';
  paidService: 'paid_services';
  staff: 'staff';
  salesCentre: 'sales_centres';
  county: 'alliance_counties';
  salesperson: 'salespeople';
  dealer: 'dealers';
  salesMonth: 'sales_months';
  visitNote: 'visit_notes';
  purchase: 'dealer_purchases';
  alliancePenalty: 'alliance_penalties';
  allianceBudget: 'alliance_budgets';
  assessmentSheet: 'assessment_sheets';
  assessment: 'alliance_assessments';
  rewardFund: 'reward_funds';
  secondaryList: 'secondary_lists';
  primaryDealer: 'primary_dealers';
  unit: 'units';
  visit: 'visits';
  procedure: 'procedures';
  servicePrice: 'service_prices';
  vipOrder: 'vip_orders';
  vipMembership: 'vip_memberships';
  redemption: 'redemptions';
  handover: 'handovers';
  survey: 'surveys';
  surveyRequest: 'survey_requests';
  campaign: 'campaigns';
  activity: 'activities';
  activitySignUp: 'activity_sign_ups';
  adIncome: 'ad_incomes';
  handbook: 'handbooks';
  clubService: 'club_services';
  serviceUse: 'service_uses';
  promotion: 'promotions';
  promotionEnrolment: 'promotion_enrolments';
}

/** The stored kinds of record. */
export type RecordKind = keyof RecordTypes;
/** The record type of a kind, e.g. `Member` for `member`. */
export type RecordOf<K extends RecordKind> = RecordTypes[K];
/** The table a kind is stored in. */
export type TableOf<K extends RecordKind> = TableFor[K];
/** Every table that holds records. */
type RecordTable = TableFor[RecordKind];

/**
 * How each record kind is stored: its table and the columns that queries filter on, beside the
 * whole record as JSON in `doc`; the compiler checks the columns against the table's row type.
 * These kinds are written only through the functions below, so a record is written one way.
 * Reads are the routes' own queries over these columns (they filter and page in SQL), and
 * merchants, which carry the directory's version, are written by their routes with
 * {@link merchantRow}.
 */
const kinds: {
  [K in RecordKind]: { table: TableFor[K]; columns(doc: RecordTypes[K]): Omit<Tables[TableFor[K]], 'id' | 'doc'> };
} = {
  branch: { table: 'branches', columns: (b) => ({ name: b.name }) },
  member: {
    table: 'members',
    columns: (m) => ({
      branch_id: m.branchId,
      name: m.name,
      phone: m.phone,
      name_key: nameKey(m.name),
      phone_key: phoneKey(m.phone),
    }),
  },
  vehicle: { table: 'vehicles', columns: (v) => ({ member_id: v.memberId, plate: v.plate }) },
  policy: {
    table: 'policies',
    columns: (p) => ({ member_id: p.memberId, branch_id: p.branchId, plate: p.plate, end_date: p.end }),
  },
  application: {
    table: 'applications',
    columns: (a) => ({
      branch_id: a.branchId,
      status: a.status,
      submitted_at: instantKey(a.submittedAt),
      decided_at: a.decidedAt === undefined ? null : instantKey(a.decidedAt),
      campaign_id: a.campaignId ?? null,
    }),
  },
  membership: {
    table: 'memberships',
    columns: (m) => ({
      member_id: m.memberId,
      branch_id: m.branchId,
      tier: m.tier,
      plate: m.plate,
      valid_from: m.validFrom,
      active_until: m.activeUntil,
      valid_until: m.validUntil,
      cancelled_on: m.cancelledOn ?? null,
    }),
  },
  card: {
    table: 'cards',
    columns: (c) => ({ number: c.number, membership_id: c.membershipId, member_id: c.memberId, status: c.status }),
  },
  complaint: { table: 'complaints', columns: complaintColumns },
  repair: {
    table: 'repairs',
    columns: (r) => ({
      status: r.status,
      created_at: instantKey(r.history[0]?.at ?? ''),
      unit_id: r.unitId ?? null,
      property_id: r.propertyId ?? null,
      completed_on_time: bit(repairCompletedOnTime(r)),
    }),
  },
  paidService: {
    table: 'paid_services',
    columns: (p) => ({
      status: p.status,
      created_at: instantKey(p.history[0]?.at ?? ''),
      unit_id: p.unitId ?? null,
      property_id: p.propertyId ?? null,
      charged_fen: p.charged?.amountFen ?? null,
      reworked: p.history.some((h) => h.type === 'reject') ? 1 : 0,
    }),
  },
  staff: { table: 'staff', columns: (s) => ({ role: s.principal.role, status: s.status, name_key: nameKey(s.name) }) },
  salesCentre: { table: 'sales_centres', columns: () => ({}) },
  county: {
    table: 'alliance_counties',
    columns: (c) => ({
      centre_id: c.centreId,
      salesperson_id: c.salespersonId,
      development_started_on: c.developmentStartedOn,
      development_until: c.developmentUntil,
    }),
  },
  salesperson: { table: 'salespeople', columns: (s) => ({ centre_id: s.centreId, salesperson_id: s.id }) },
  dealer: {
    table: 'dealers',
    columns: (d) => ({
      centre_id: d.centreId,
      salesperson_id: d.salespersonId,
      county_id: d.countyId,
      status: d.status,
      admitted_on: d.admittedOn,
      // The day its membership ended, which the statistics count by: revoked, or developed into the primary dealer.
      revoked_on: d.revocation?.on ?? d.promotedOn ?? null,
    }),
  },
  salesMonth: {
    table: 'sales_months',
    columns: (m) => ({
      dealer_id: m.dealerId,
      centre_id: m.centreId,
      salesperson_id: m.salespersonId,
      county_id: m.countyId,
      month: m.month,
      sales: m.sales,
      market_sales: m.marketSales,
    }),
  },
  visitNote: {
    table: 'visit_notes',
    columns: (n) => ({ centre_id: n.centreId, salesperson_id: n.salespersonId, dealer_id: n.dealerId, date: n.date }),
  },
  purchase: {
    table: 'dealer_purchases',
    columns: (p) => ({ centre_id: p.centreId, salesperson_id: p.salespersonId, dealer_id: p.dealerId, date: p.date }),
  },
  alliancePenalty: {
    table: 'alliance_penalties',
    columns: (p) => ({ centre_id: p.centreId, salesperson_id: p.salespersonId, kind: p.kind, month: p.month }),
  },
  allianceBudget: { table: 'alliance_budgets', columns: (b) => ({ centre_id: b.centreId, year: b.year }) },
  assessmentSheet: { table: 'assessment_sheets', columns: (s) => ({ centre_id: s.centreId, version: s.version }) },
  assessment: {
    table: 'alliance_assessments',
    columns: (a) => ({
      centre_id: a.centreId,
      salesperson_id: a.salespersonId,
      dealer_id: a.dealerId,
      half_year: a.halfYear,
      status: a.status,
      awaiting: a.awaiting,
    }),
  },
  rewardFund: { table: 'reward_funds', columns: (f) => ({ centre_id: f.centreId, half_year: f.halfYear }) },
  secondaryList: {
    table: 'secondary_lists',
    columns: (l) => ({ centre_id: l.centreId, salesperson_id: l.salespersonId, filed_on: l.filedOn }),
  },
  primaryDealer: {
    table: 'primary_dealers',
    columns: (t) => ({ centre_id: t.centreId, since: t.since, ended_on: t.ended?.on ?? null }),
  },
  unit: {
    table: 'units',
    columns: (u) => ({ property_id: u.propertyId, number: u.number, created_at: instantKey(u.createdAt) }),
  },
  visit: {
    table: 'visits',
    columns: (v) => ({
      kind: v.kind,
      status: v.status,
      unit_id: v.unitId ?? null,
      property_id: v.propertyId ?? null,
      subject_id: v.subject?.id ?? null,
      appointment_at: instantKey(v.appointmentAt),
      created_at: instantKey(v.history[0]?.at ?? ''),
      satisfied: bit(v.satisfied),
    }),
  },
  procedure: {
    table: 'procedures',
    columns: (p) => ({
      name: p.name,
      status: p.status,
      unit_id: p.unitId,
      property_id: p.propertyId,
      created_at: instantKey(p.history[0]?.at ?? ''),
    }),
  },
  servicePrice: { table: 'service_prices', columns: (p) => ({ name: p.name, active: p.active ? 1 : 0 }) },
  vipOrder: {
    table: 'vip_orders',
    columns: (o) => ({
      member_id: o.memberId,
      branch_id: o.branchId,
      kind: o.kind,
      status: o.status,
      amount_fen: o.amountFen,
      created_at: instantKey(o.createdAt),
      paid_at: o.paidAt === undefined ? null : instantKey(o.paidAt),
      valid_from: o.term?.validFrom ?? null,
      active_until: o.term?.activeUntil ?? null,
      cancelled_at: o.cancelledAt === undefined ? null : instantKey(o.cancelledAt),
      refund_fen: o.refundFen ?? null,
    }),
  },
  vipMembership: {
    table: 'vip_memberships',
    columns: (m) => ({
      member_id: m.memberId,
      branch_id: m.branchId,
      valid_from: m.validFrom,
      active_until: m.activeUntil,
      valid_until: m.validUntil,
      cancelled_on: m.cancelledOn ?? null,
    }),
  },
  redemption: {
    table: 'redemptions',
    columns: (r) => ({
      merchant_id: r.merchantId,
      member_id: r.memberId,
      vip_membership_id: r.vipMembershipId,
      redeemed_at: instantKey(r.redeemedAt),
      redeemed_on: r.redeemedOn,
      saving_fen: r.savingFen,
    }),
  },
  handover: {
    table: 'handovers',
    columns: (h) => ({
      property_id: h.propertyId ?? null,
      desk_key: h.propertyId ?? '',
      previous_id: h.previousId ?? '',
      status: h.status,
      handed_over_at: instantKey(h.handedOverAt),
    }),
  },
  survey: {
    table: 'surveys',
    columns: (s) => ({ property_id: s.propertyId ?? null, created_at: instantKey(s.createdAt) }),
  },
  surveyRequest: {
    table: 'survey_requests',
    columns: (r) => {
      const counted = surveyRatings(r);
      return {
        survey_id: r.surveyId,
        unit_id: r.unitId,
        property_id: r.propertyId,
        sent_at: instantKey(r.sentAt),
        answered_at: r.answeredAt === undefined ? null : instantKey(r.answeredAt),
        ratings: counted.ratings,
        satisfied_ratings: counted.satisfied,
      };
    },
  },
  campaign: { table: 'campaigns', columns: (c) => ({ starts_on: c.from, ends_on: c.to }) },
  activity: {
    table: 'activities',
    columns: (a) => ({
      kind: a.kind,
      starts_on: a.startsOn,
      sign_up_from: a.signUpFrom,
      sign_up_until: a.signUpUntil,
    }),
  },
  activitySignUp: {
    table: 'activity_sign_ups',
    columns: (u) => ({
      activity_id: u.activityId,
      member_id: u.memberId,
      branch_id: u.branchId,
      kind: u.kind,
      starts_on: u.startsOn,
      price_fen: u.priceFen,
      status: u.status,
    }),
  },
  adIncome: { table: 'ad_incomes', columns: (a) => ({ merchant_id: a.merchantId, from_on: a.from, to_on: a.to }) },
  handbook: { table: 'handbooks', columns: (h) => ({ version: h.version, effective_from: h.effectiveFrom }) },
  clubService: {
    table: 'club_services',
    columns: (s) => ({
      category: s.category,
      status: s.status,
      // Unique per category while offered; a retired service gives its name back (core's assertServiceNameFree).
      active_name_key: s.status === 'active' ? serviceNameKey(s.name) : null,
    }),
  },
  serviceUse: {
    table: 'service_uses',
    columns: (u) => ({
      service_id: u.serviceId,
      merchant_id: u.merchantId,
      member_id: u.memberId,
      branch_id: u.branchId,
      used_on: u.usedOn,
    }),
  },
  promotion: { table: 'promotions', columns: (p) => ({ centre_id: p.centreId, from_on: p.from, to_on: p.to }) },
  promotionEnrolment: {
    table: 'promotion_enrolments',
    columns: (e) => ({
      promotion_id: e.promotionId,
      centre_id: e.centreId,
      salesperson_id: e.salespersonId,
      dealer_id: e.dealerId,
    }),
  },
};

/**
 * An instant as stored in a column: ISO 8601 UTC with milliseconds, so that comparing the text
 * compares the time on both engines (`…T08:00:00Z` and `…T08:00:00.000Z` would not).
 */
export function instantKey(instant: string): string {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? instant : new Date(ms).toISOString();
}

/**
 * A name as the member search compares it: NFKC-folded (full-width letters as half-width) and in
 * lower case, so that a prefix typed in any case is a range of this indexed column.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/**
 * A phone's digits, last digit first: the search matches a phone on its digits from the end (a
 * number typed without its country code), which makes it a prefix of this indexed column.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  let reversed = '';
  for (let i = digits.length - 1; i >= 0; i--) reversed += digits.charAt(i);
  return reversed;
}

/** A yes/no/unknown as an integer column: 1, 0 or null. */
function bit(value: boolean | undefined): number | null {
  return value === undefined ? null : value ? 1 : 0;
}

/**
 * A complaint's columns: what the log is searched by, and the figures of the complaint reports
 * taken by core's rules at each write, so the reports are aggregates over these columns.
 */
export function complaintColumns(c: Complaint): Omit<Tables['complaints'], 'id' | 'doc'> {
  const figures = complaintHistoryFigures(c);
  return {
    reference: c.reference,
    accused_staff_id: conductStaffOf(c) ?? null,
    status: c.status,
    member_id: c.memberId ?? null,
    received_at: instantKey(c.receivedAt),
    deadline: c.deadline ?? null,
    phone_digits: c.phone.replace(/\D/g, ''),
    unit_id: c.unitId ?? null,
    property_id: c.propertyId ?? null,
    category: c.category,
    department: c.department ?? null,
    // Only an open complaint can be overdue: its deadline is kept while it waits for action.
    due_at: awaitsAction(c) ? instantKey(complaintDeadline(c)) : null,
    resolved_on_time: bit(resolvedOnTime(c)),
    follow_ups: figures.followUps,
    satisfied_follow_ups: figures.satisfied,
    satisfied: bit(c.satisfaction),
    hours_to_resolve: figures.hoursToResolve ?? null,
    malicious: c.malicious === undefined ? 0 : 1,
  };
}

/** The columns of a record beside its `doc`, e.g. for filling columns a migration adds. */
export function columnsOf<K extends RecordKind>(kind: K, doc: RecordOf<K>): Omit<Tables[TableFor[K]], 'id' | 'doc'> {
  return kinds[kind].columns(doc);
}

/** The table name of a record kind. */
export function tableOf<K extends RecordKind>(kind: K): TableOf<K> {
  return kinds[kind].table;
}

/** The row of a record: `id`, its columns and the record as JSON. */
function rowOf<K extends RecordKind>(kind: K, doc: RecordOf<K>) {
  return { id: doc.id, ...kinds[kind].columns(doc), doc: JSON.stringify(doc) };
}

/** Inserts records of one kind, in chunks that stay under both engines' parameter limits. */
export async function insertRecords<K extends RecordKind>(
  db: ClubDb,
  kind: K,
  records: readonly RecordOf<K>[],
): Promise<void> {
  const table: RecordTable = tableOf(kind);
  const rows = records.map((d) => rowOf(kind, d));
  const width = Object.keys(rows[0] ?? {}).length || 1;
  const chunk = Math.max(1, Math.floor(4000 / width));
  for (let i = 0; i < rows.length; i += chunk) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + chunk))
      .execute();
  }
}

/**
 * Inserts one complaint unless another already holds its reference: true when inserted. The
 * insert itself claims the reference (its unique index answers, in the same statement), so two
 * filings that drew one reference at once cannot both take it, and the clash aborts no
 * PostgreSQL transaction.
 */
export async function insertComplaintUnlessReferenceTaken(db: ClubDb, complaint: Complaint): Promise<boolean> {
  const inserted = await db
    .insertInto('complaints')
    .values(rowOf('complaint', complaint))
    .onConflict((oc) => oc.column('reference').doNothing())
    .returning('id')
    .execute();
  return inserted.length === 1;
}

/** Inserts one record. */
export async function insertRecord<K extends RecordKind>(db: ClubDb, kind: K, doc: RecordOf<K>): Promise<void> {
  await insertRecords(db, kind, [doc]);
}

/** Replaces a stored record (same id) and its columns. */
export async function updateRecord<K extends RecordKind>(db: ClubDb, kind: K, doc: RecordOf<K>): Promise<void> {
  const table: RecordTable = tableOf(kind);
  const { id, ...rest } = rowOf(kind, doc);
  await db.updateTable(table).set(rest).where('id', '=', id).execute();
}

/**
 * Reads one record by id, or undefined. With `forUpdate: 'postgres'` the row stays locked until
 * the request's transaction ends, so two changes of one record apply one after the other
 * (SQLite needs no lock: it already runs one write transaction at a time).
 */
export async function getRecord<K extends RecordKind>(
  db: ClubDb,
  kind: K,
  id: string,
  options: { forUpdate?: DbEngine } = {},
): Promise<RecordOf<K> | undefined> {
  const table: RecordTable = tableOf(kind);
  const found = await db
    .selectFrom(table)
    .select('doc')
    .where('id', '=', id)
    .$if(options.forUpdate === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  return found ? (JSON.parse(found.doc) as RecordOf<K>) : undefined;
}

/** Parses the `doc` column of rows. */
export function docs<T>(rows: readonly { doc: string }[]): T[] {
  return rows.map((r) => JSON.parse(r.doc) as T);
}

/** Stores a merchant with the directory version its write produced. */
export function merchantRow(merchant: Merchant, version: number, updatedAt: string): Tables['merchants'] {
  return {
    id: merchant.id,
    name: merchant.name,
    category: merchant.category,
    region: merchant.region,
    version,
    updated_at: updatedAt,
    doc: JSON.stringify(merchant),
  };
}
