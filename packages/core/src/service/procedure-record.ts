import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { DepositSettlement } from './deposit.js';
import { Actor, text } from './fields.js';
import { ProcedureName, ProcedurePartySchema, ProcedureStep } from './procedure.js';
import { ProcedureProgress, SignOff } from './procedure-progress.js';
import { RenovationContractor } from './renovation-rules.js';
import { InspectingDepartmentSchema, RenovationViolationSchema } from './renovation-kinds.js';
import {
  FacilitiesList,
  KeysList,
  MeterReadings,
  MissingDocuments,
  missingDocumentsChecks,
} from './move-in-records.js';
import { historyEntry } from './workflow.js';

/** Where a stored procedure stands: open until every step has every sign-off. */
export const ProcedureStatus = { open: 'open', done: 'done' } as const;
/** A procedure status. */
export type ProcedureStatus = (typeof ProcedureStatus)[keyof typeof ProcedureStatus];
/** Schema of {@link ProcedureStatus}. */
export const ProcedureStatusSchema = z.enum(ProcedureStatus);

/** Schema of {@link ProcedureName}. */
export const ProcedureNameSchema = z.enum(ProcedureName);

/** Where a renovation's drawings stand with engineering (A4 §3.2.4 2). */
export const DrawingsStatus = { submitted: 'submitted', rejected: 'rejected', resubmitted: 'resubmitted' } as const;
/** A drawings status. */
export type DrawingsStatus = (typeof DrawingsStatus)[keyof typeof DrawingsStatus];

/**
 * A procedure opened for a unit: move-in, a renovation permit (with the unit's area, which
 * decides the fire review) or move-out, and the deposit held when there is one.
 */
export const NewProcedureRecord = z
  .object({
    name: ProcedureNameSchema,
    /** The unit, `unt_…`; the server adds its property. */
    unitId: entityId(IdPrefix.unit),
    /** The unit's floor area in square metres: required for a renovation. */
    areaSqm: z.optional(z.number().check(z.positive(), z.maximum(1_000_000))),
    /** The deposit held (the renovation deposit, or the deposits refunded at move-out), in fen. */
    depositFen: z.optional(NonNegativeFen),
  })
  .check(
    z.refine((p) => p.name !== ProcedureName.renovation || p.areaSqm !== undefined, {
      error: "A renovation needs the unit's area: above 200 m² it takes a fire review",
      path: ['areaSqm'],
      params: { code: 'required' },
    }),
  );
/** A new procedure. */
export type NewProcedureRecord = z.infer<typeof NewProcedureRecord>;

/** The events of a procedure. */
export const ProcedureEventType = {
  signOff: 'signOff',
  rejectDrawings: 'rejectDrawings',
  resubmitDrawings: 'resubmitDrawings',
  assessDamages: 'assessDamages',
  settleFees: 'settleFees',
  returnKeys: 'returnKeys',
  checkContractor: 'checkContractor',
  inspectSite: 'inspectSite',
  recordViolation: 'recordViolation',
  documentsMissing: 'documentsMissing',
  recordMeterReadings: 'recordMeterReadings',
  recordFacilities: 'recordFacilities',
  handOverKeys: 'handOverKeys',
} as const;
/** A procedure event type. */
export type ProcedureEventType = (typeof ProcedureEventType)[keyof typeof ProcedureEventType];

const base = { actor: Actor, at: IsoInstant };
const signed = { at: IsoInstant, by: Actor };

/**
 * A renovation violation a department found on its inspection: corrected on the spot, or fined
 * with the amount of the club's price-list line published for that kind (`priceId`, `fineFen`).
 */
export const RenovationViolationRecord = z.object({
  department: InspectingDepartmentSchema,
  violation: RenovationViolationSchema,
  finding: text(1000),
  /** The price-list line of the fine (`spr_…`) when the violation is fined. */
  priceId: z.optional(entityId(IdPrefix.servicePrice)),
  /** The fine, in fen: the line's amount, which the server looks up. */
  fineFen: z.optional(NonNegativeFen),
});
/** A renovation violation. */
export type RenovationViolationRecord = z.infer<typeof RenovationViolationRecord>;

/**
 * One thing that happens to a procedure: a party's `signOff` of a step; engineering sending a
 * renovation's drawings back (`rejectDrawings`) and the customer resubmitting them; the damages
 * found at completion or move-out inspection (`assessDamages`); finance settling the move-out's
 * fees (`settleFees`); the keys, passes and cards handed back (`returnKeys`). A renovation's
 * contractor checked before the permit (`checkContractor`), a department's daily site inspection
 * with its findings (`inspectSite`) and a violation found, fined from the club's price list when
 * serious (`recordViolation`). A move-in's missing papers with the remedy offered
 * (`documentsMissing`), and the meter readings, facilities list and keys handed over.
 */
export const ProcedureEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('signOff'), ...base, step: SignOff.shape.step, department: ProcedurePartySchema }),
  z.object({ type: z.literal('rejectDrawings'), ...base, reason: text(1000) }),
  z.object({ type: z.literal('resubmitDrawings'), ...base, note: z.optional(text(1000)) }),
  z.object({ type: z.literal('assessDamages'), ...base, damagesFen: NonNegativeFen, note: z.optional(text(1000)) }),
  z.object({ type: z.literal('settleFees'), ...base, receiptNumber: z.optional(text(50)) }),
  z.object({ type: z.literal('returnKeys'), ...base, note: z.optional(text(500)) }),
  z.object({ type: z.literal('checkContractor'), ...base, contractor: RenovationContractor }),
  z.object({ type: z.literal('inspectSite'), ...base, department: InspectingDepartmentSchema, findings: text(1000) }),
  z.object({ type: z.literal('recordViolation'), ...base, ...RenovationViolationRecord.shape }),
  z
    .object({ type: z.literal('documentsMissing'), ...base, ...MissingDocuments.shape })
    .check(...missingDocumentsChecks),
  z.object({ type: z.literal('recordMeterReadings'), ...base, readings: MeterReadings }),
  z.object({ type: z.literal('recordFacilities'), ...base, items: FacilitiesList }),
  z.object({ type: z.literal('handOverKeys'), ...base, keys: KeysList }),
]);
/** One procedure event. */
export type ProcedureEvent = z.infer<typeof ProcedureEvent>;

/** A procedure of a unit as stored: its steps as opened, the sign-offs so far and what they depend on. */
export const ProcedureRecord = z.object({
  ...NewProcedureRecord.shape,
  /** `prc_…` */
  id: entityId(IdPrefix.procedure),
  /** The property of the unit (`prp_…`): what a property's service desk is scoped by. */
  propertyId: entityId(IdPrefix.property),
  status: ProcedureStatusSchema,
  /** The steps as the procedure was opened with them (a later template change leaves it alone). */
  steps: z.array(ProcedureStep).check(z.minLength(1)),
  signOffs: z.array(SignOff),
  /** Which sign-offs are still missing. */
  progress: ProcedureProgress,
  /** A renovation's drawings once engineering sent them back. */
  drawings: z.optional(
    z.object({
      status: z.enum(DrawingsStatus),
      rejections: z.array(z.object({ reason: text(1000), at: IsoInstant, by: Actor })),
    }),
  ),
  /** The deposit less the damages assessed. */
  deposit: z.optional(DepositSettlement),
  /** Finance settled the move-out's balance. */
  feesSettled: z.optional(z.object({ at: IsoInstant, by: Actor, receiptNumber: z.optional(text(50)) })),
  /** Keys, passes and cards were handed back. */
  keysReturned: z.optional(z.object({ at: IsoInstant, by: Actor })),
  /** A renovation's contractor, qualified (grade 2 or above) when customer service checked it. */
  contractor: z.optional(z.object({ ...RenovationContractor.shape, ...signed })),
  /** A renovation's site inspections, in the order recorded. */
  inspections: z.optional(
    z.array(z.object({ department: InspectingDepartmentSchema, findings: text(1000), ...signed })),
  ),
  /** A renovation's violations, in the order recorded. */
  violations: z.optional(z.array(z.object({ ...RenovationViolationRecord.shape, ...signed }))),
  /** A move-in's missing papers, each time with the remedy offered. */
  missingDocuments: z.optional(z.array(z.object({ ...MissingDocuments.shape, ...signed }))),
  /** A move-in's meter readings, confirmed by three parties on the `meter-readings` step. */
  meterReadings: z.optional(z.object({ ...MeterReadings.shape, ...signed })),
  /** A move-in's unit facilities list, signed on the `unit-check` step. */
  facilities: z.optional(z.object({ items: FacilitiesList, ...signed })),
  /** A move-in's keys handed over, signed for on the `keys` step. */
  keysHandedOver: z.optional(z.object({ keys: KeysList, ...signed })),
  history: z
    .array(
      historyEntry([
        'open',
        'signOff',
        'rejectDrawings',
        'resubmitDrawings',
        'assessDamages',
        'settleFees',
        'returnKeys',
        'checkContractor',
        'inspectSite',
        'recordViolation',
        'documentsMissing',
        'recordMeterReadings',
        'recordFacilities',
        'handOverKeys',
      ]),
    )
    .check(z.minLength(1)),
});
/** A procedure of a unit. */
export type ProcedureRecord = z.infer<typeof ProcedureRecord>;
