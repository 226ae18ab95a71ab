import * as z from 'zod/mini';
import {
  ComplaintStatus,
  ComplaintStatusSchema,
  Department,
  DepartmentSchema,
  isOverdue,
  PaidService,
  PaidServiceStatus,
  PaidServiceStatusSchema,
  repairCompletedOnTime,
  RepairStatus,
  RepairStatusSchema,
  resolvedOnTime,
  Visit,
  VisitKind,
  VisitKindSchema,
  VisitStatus,
  VisitStatusSchema,
  type Complaint,
  type RepairOrder,
} from '../service/index.js';
import { IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { withinBounds, type PeriodBounds } from './period.js';
import { Count, Rate, rate, zeroCounts } from './tally.js';
import { assertUniqueIds, mapValidated } from './validate-each.js';

/** On-time figures of a group of complaints. */
export const DepartmentComplaintStats = z.object({
  /** Complaints assigned to the department. */
  total: Count,
  resolved: Count,
  resolvedOnTime: Count,
  /** resolvedOnTime / resolved; `null` when none is resolved. */
  onTimeRate: Rate,
});
/** A department's complaint figures. */
export type DepartmentComplaintStats = z.infer<typeof DepartmentComplaintStats>;

/** The service desk's report (A4 §3.3–3.5, §3.12): complaints, repairs, paid services and visits. */
export const DeskStats = z.object({
  /** The instant open records are judged overdue at. */
  asOf: IsoInstant,
  complaints: z.object({
    /** Complaints received in the period. */
    total: Count,
    byStatus: z.record(ComplaintStatusSchema, Count),
    /** Unresolved complaints past their deadline at `asOf`. */
    overdue: Count,
    resolved: Count,
    resolvedOnTime: Count,
    onTimeRate: Rate,
    /** Complaints whose complainant answered a follow-up. */
    followedUp: Count,
    /** Of those, the ones satisfied at the last follow-up. */
    satisfied: Count,
    satisfactionRate: Rate,
    /** Per responsible department, every department present. */
    byDepartment: z.record(DepartmentSchema, DepartmentComplaintStats),
  }),
  repairs: z.object({
    /** Repair orders registered in the period. */
    total: Count,
    byStatus: z.record(RepairStatusSchema, Count),
    /** Orders whose work is completed. */
    completed: Count,
    /** Of those, completed within a day of the appointment (`repairCompletedOnTime`). */
    completedOnTime: Count,
    onTimeRate: Rate,
  }),
  paidServices: z.object({
    /** Paid services quoted in the period. */
    total: Count,
    byStatus: z.record(PaidServiceStatusSchema, Count),
    /** Services charged, and what was charged in fen. */
    charged: Count,
    chargedFen: NonNegativeFen,
    /** Services the customer sent back for rework at least once. */
    reworked: Count,
  }),
  visits: z.object({
    /** Visits appointed in the period. */
    total: Count,
    byStatus: z.record(VisitStatusSchema, Count),
    byKind: z.record(VisitKindSchema, Count),
    /** Visits still scheduled with their appointment before `asOf`. */
    overdue: Count,
    /** Visits where the customer said whether they are satisfied. */
    recorded: Count,
    satisfied: Count,
    satisfactionRate: Rate,
  }),
});
/** The service desk's report. */
export type DeskStats = z.infer<typeof DeskStats>;

/** The records a desk report counts. */
export interface DeskRecords {
  complaints: readonly Complaint[];
  repairs: readonly RepairOrder[];
  paidServices: readonly PaidService[];
  visits: readonly Visit[];
}

const createdAt = (r: { history: readonly { at: string }[] }) => r.history[0]?.at ?? '';

/**
 * The service desk's report at `asOf` over the records of a period (see `periodBounds`):
 * complaints by when they were received, repairs and paid services by when they were
 * registered, visits by their appointment. Counts by status, complaints overdue and resolved on
 * time (overall and per department) and the complainants' satisfaction at the last follow-up,
 * repairs completed on time, paid services charged (in fen) and reworked, visits overdue and the
 * customers' satisfaction. Every record is validated by its schema; ids must be unique per kind.
 *
 * @example
 * deskStats({ complaints, repairs, paidServices, visits }, '2026-11-30T16:00:00.000Z', periodBounds({ from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' }))
 */
export function deskStats(records: DeskRecords, asOf: IsoInstant, period: PeriodBounds = {}): DeskStats {
  const at = parseInput(IsoInstant, asOf, 'asOf');
  const complaints = mapValidated<Complaint, { overdue: boolean; onTime: boolean | undefined }>(
    records.complaints,
    'complaints',
    (c) => {
      const onTime = resolvedOnTime(c);
      return { onTime, overdue: onTime === undefined && isOverdue(c, at) };
    },
  );
  const repairs = mapValidated<RepairOrder, boolean | undefined>(records.repairs, 'repairs', repairCompletedOnTime);
  const paid = mapValidated<PaidService, PaidService>(records.paidServices, 'paidServices', (p) =>
    parseInput(PaidService, p, 'paid service'),
  );
  const visits = mapValidated<Visit, Visit>(records.visits, 'visits', (v) => parseInput(Visit, v, 'visit'));
  assertUniqueIds(complaints.items, 'complaints', ['complaints']);
  assertUniqueIds(repairs.items, 'repairs', ['repairs']);
  assertUniqueIds(paid.items, 'paidServices', ['paidServices']);
  assertUniqueIds(visits.items, 'visits', ['visits']);

  const c = { total: 0, overdue: 0, resolved: 0, resolvedOnTime: 0, followedUp: 0, satisfied: 0 };
  const cByStatus = zeroCounts(Object.values(ComplaintStatus));
  const departments = Object.fromEntries(
    Object.values(Department).map((d) => [d, { total: 0, resolved: 0, resolvedOnTime: 0 }]),
  ) as Record<Department, { total: number; resolved: number; resolvedOnTime: number }>;
  complaints.items.forEach((complaint, i) => {
    if (!withinBounds(complaint.receivedAt, period)) return;
    const reading = complaints.results[i] as { overdue: boolean; onTime: boolean | undefined };
    c.total += 1;
    cByStatus[complaint.status] += 1;
    if (reading.overdue) c.overdue += 1;
    if (reading.onTime !== undefined) c.resolved += 1;
    if (reading.onTime === true) c.resolvedOnTime += 1;
    if (complaint.satisfaction !== undefined) c.followedUp += 1;
    if (complaint.satisfaction === true) c.satisfied += 1;
    if (complaint.department !== undefined) {
      const d = departments[complaint.department];
      d.total += 1;
      if (reading.onTime !== undefined) d.resolved += 1;
      if (reading.onTime === true) d.resolvedOnTime += 1;
    }
  });

  const r = { total: 0, completed: 0, completedOnTime: 0 };
  const rByStatus = zeroCounts(Object.values(RepairStatus));
  repairs.items.forEach((order, i) => {
    if (!withinBounds(createdAt(order), period)) return;
    const onTime = repairs.results[i];
    r.total += 1;
    rByStatus[order.status] += 1;
    if (onTime !== undefined) r.completed += 1;
    if (onTime === true) r.completedOnTime += 1;
  });

  const p = { total: 0, charged: 0, chargedFen: 0, reworked: 0 };
  const pByStatus = zeroCounts(Object.values(PaidServiceStatus));
  for (const service of paid.results) {
    if (!withinBounds(createdAt(service), period)) continue;
    p.total += 1;
    pByStatus[service.status] += 1;
    if (service.charged) {
      p.charged += 1;
      p.chargedFen += service.charged.amountFen;
    }
    if (service.history.some((h) => h.type === 'reject')) p.reworked += 1;
  }

  const v = { total: 0, overdue: 0, recorded: 0, satisfied: 0 };
  const vByStatus = zeroCounts(Object.values(VisitStatus));
  const vByKind = zeroCounts(Object.values(VisitKind));
  for (const visit of visits.results) {
    if (!withinBounds(visit.appointmentAt, period)) continue;
    v.total += 1;
    vByStatus[visit.status] += 1;
    vByKind[visit.kind] += 1;
    if (visit.status === VisitStatus.scheduled && Date.parse(visit.appointmentAt) < Date.parse(at)) v.overdue += 1;
    if (visit.satisfied !== undefined) v.recorded += 1;
    if (visit.satisfied === true) v.satisfied += 1;
  }

  return {
    asOf: at,
    complaints: {
      ...c,
      byStatus: cByStatus,
      onTimeRate: rate(c.resolvedOnTime, c.resolved),
      satisfactionRate: rate(c.satisfied, c.followedUp),
      byDepartment: Object.fromEntries(
        Object.entries(departments).map(([d, n]) => [d, { ...n, onTimeRate: rate(n.resolvedOnTime, n.resolved) }]),
      ) as Record<Department, DepartmentComplaintStats>,
    },
    repairs: { ...r, byStatus: rByStatus, onTimeRate: rate(r.completedOnTime, r.completed) },
    paidServices: { ...p, byStatus: pByStatus },
    visits: { ...v, byStatus: vByStatus, byKind: vByKind, satisfactionRate: rate(v.satisfied, v.recorded) },
  };
}
