import * as z from 'zod/mini';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { depositRefund } from './deposit.js';
import { ServiceErrorCode } from './errors.js';
import { recordOptions } from './fields.js';
import { ProcedureName, type Procedure, type ProcedureParty } from './procedure.js';
import { procedureProgress } from './procedure-progress.js';
import {
  NewProcedureRecord,
  ProcedureEvent,
  ProcedureRecord,
  type ProcedureEventType,
  type ProcedureStatus,
} from './procedure-record.js';
import { moveIn, moveOut, renovation } from './procedures.js';
import { contractorQualified, RenovationMinQualificationGrade } from './renovation-rules.js';
import { compareDates, dateOf } from '../shared/calendar.js';
import {
  applyWorkflowEvent,
  nextWorkflowEvents,
  type Refusal,
  type TransitionTable,
  type Workflow,
} from './workflow.js';

/** Options of {@link createProcedureRecord}: the new id (`prc_…`), when, who, and the unit's property. */
export const CreateProcedureOptions = z.object({
  ...recordOptions(IdPrefix.procedure).shape,
  /** The property of the unit, as the archive has it. */
  propertyId: entityId(IdPrefix.property),
});
/** Options of {@link createProcedureRecord}. */
export type CreateProcedureOptions = z.infer<typeof CreateProcedureOptions>;

const OPEN_EVENTS = {
  signOff: 'open',
  rejectDrawings: 'open',
  resubmitDrawings: 'open',
  assessDamages: 'open',
  settleFees: 'open',
  returnKeys: 'open',
  checkContractor: 'open',
  inspectSite: 'open',
  recordViolation: 'open',
  documentsMissing: 'open',
  recordMeterReadings: 'open',
  recordFacilities: 'open',
  handOverKeys: 'open',
} as const;

/** Every event keeps a procedure open (a sign-off may then complete it); a done one takes none. */
export const ProcedureTransitions = {
  open: OPEN_EVENTS,
  done: {},
} as const satisfies TransitionTable<ProcedureStatus, ProcedureEventType>;

/** The procedures each event belongs to. */
const EVENT_PROCEDURES: { readonly [T in ProcedureEventType]: readonly ProcedureName[] } = {
  signOff: [ProcedureName.moveIn, ProcedureName.renovation, ProcedureName.moveOut],
  rejectDrawings: [ProcedureName.renovation],
  resubmitDrawings: [ProcedureName.renovation],
  assessDamages: [ProcedureName.renovation, ProcedureName.moveOut],
  settleFees: [ProcedureName.moveOut],
  returnKeys: [ProcedureName.moveOut],
  checkContractor: [ProcedureName.renovation],
  inspectSite: [ProcedureName.renovation],
  recordViolation: [ProcedureName.renovation],
  documentsMissing: [ProcedureName.moveIn],
  recordMeterReadings: [ProcedureName.moveIn],
  recordFacilities: [ProcedureName.moveIn],
  handOverKeys: [ProcedureName.moveIn],
};

/** A move-in step that waits for its record, and the record's words. */
const MOVE_IN_RECORDS: Record<string, { has: (p: ProcedureRecord) => boolean; what: string }> = {
  'meter-readings': { has: (p) => p.meterReadings !== undefined, what: 'the meter readings are not recorded' },
  'unit-check': { has: (p) => p.facilities !== undefined, what: 'the unit facilities list is not recorded' },
  keys: { has: (p) => p.keysHandedOver !== undefined, what: 'the keys handed over are not recorded' },
};

/** The step that waits for the damages: the deposit is refunded (renovation) or settled (move-out) less them. */
const DEPOSIT_STEP: Partial<Record<ProcedureName, string>> = {
  renovation: 'deposit-refund',
  'move-out': 'settlement',
};

const invalid = (reason: string): Refusal => ({ code: ServiceErrorCode.procedureInvalidEvent, reason });
const unmet = (reason: string): Refusal => ({ code: ServiceErrorCode.procedurePreconditionUnmet, reason });

function belongs(p: ProcedureRecord, type: ProcedureEventType): Refusal | undefined {
  return EVENT_PROCEDURES[type].includes(p.name) ? undefined : invalid(`a ${p.name} procedure takes no ${type}`);
}

const templateOf = (p: ProcedureRecord): Procedure => ({ name: p.name, steps: p.steps });
const signedBy = (p: ProcedureRecord, step: string) => p.signOffs.filter((s) => s.step === step);

/** What a step's sign-off waits for, in A4's order of the procedure; none when it may be signed. */
function stepPrecondition(p: ProcedureRecord, step: string): Refusal | undefined {
  if (p.name === ProcedureName.renovation && step === 'drawings' && p.drawings?.status === 'rejected') {
    return unmet('the drawings were sent back and must be resubmitted before engineering signs them');
  }
  if (DEPOSIT_STEP[p.name] === step && p.deposit === undefined) {
    return unmet('the damages must be assessed before the deposit is settled');
  }
  if (p.name === ProcedureName.renovation && step === 'permit' && p.contractor === undefined) {
    return unmet("the contractor's business licence and qualification must be checked before the permit");
  }
  const record = p.name === ProcedureName.moveIn ? MOVE_IN_RECORDS[step] : undefined;
  if (record && !record.has(p)) return unmet(`${record.what} for its parties to sign`);
  if (p.name === ProcedureName.moveOut && step === 'release') {
    const missing = [
      ...(p.feesSettled ? [] : ['the fees are not settled']),
      ...(p.keysReturned ? [] : ['the keys are not returned']),
    ];
    if (missing.length > 0) return unmet(`the customer cannot move out yet: ${missing.join(' and ')}`);
  }
  return undefined;
}

/** A renovation's work goes on from the site protection's acceptance until completion acceptance begins. */
function workOn(p: ProcedureRecord): Refusal | undefined {
  if (signedBy(p, 'site-protection').length === 0)
    return unmet('work has not started: the site protection is not accepted');
  if (signedBy(p, 'completion').length > 0) return invalid('the work is over: completion acceptance has begun');
  return undefined;
}

/** A move-in record may be written until a party signs the step it is for, then it stands as signed. */
function beforeSigned(p: ProcedureRecord, step: string, what: string): Refusal | undefined {
  return signedBy(p, step).length > 0 ? invalid(`the ${what} are already signed for`) : undefined;
}

const procedureWorkflow: Workflow<ProcedureStatus, ProcedureEvent, ProcedureRecord> = {
  kind: 'procedure',
  invalidTransition: ServiceErrorCode.procedureInvalidEvent,
  transitions: ProcedureTransitions,
  when: {
    rejectDrawings: (p) =>
      belongs(p, 'rejectDrawings') ??
      (signedBy(p, 'drawings').length > 0 ? invalid('engineering already signed the drawings') : undefined),
    resubmitDrawings: (p) =>
      belongs(p, 'resubmitDrawings') ??
      (p.drawings?.status === 'rejected' ? undefined : invalid('the drawings were not sent back')),
    assessDamages: (p) =>
      belongs(p, 'assessDamages') ??
      (p.feesSettled || signedBy(p, DEPOSIT_STEP[p.name] ?? '').length > 0
        ? invalid('the deposit is already settled')
        : undefined),
    settleFees: (p) =>
      belongs(p, 'settleFees') ??
      (p.feesSettled
        ? invalid('the fees are already settled')
        : p.deposit === undefined
          ? unmet('the damages must be assessed before the balance is settled')
          : undefined),
    returnKeys: (p) =>
      belongs(p, 'returnKeys') ?? (p.keysReturned ? invalid('the keys are already returned') : undefined),
    checkContractor: (p) =>
      belongs(p, 'checkContractor') ??
      (signedBy(p, 'permit').length > 0 ? invalid('the permit is already being signed') : undefined),
    inspectSite: (p) => belongs(p, 'inspectSite') ?? workOn(p),
    recordViolation: (p) => belongs(p, 'recordViolation') ?? workOn(p),
    documentsMissing: (p) =>
      belongs(p, 'documentsMissing') ??
      (signedBy(p, 'identity').length > 0 ? invalid('the papers are already checked') : undefined),
    recordMeterReadings: (p) =>
      belongs(p, 'recordMeterReadings') ?? beforeSigned(p, 'meter-readings', 'meter readings'),
    recordFacilities: (p) => belongs(p, 'recordFacilities') ?? beforeSigned(p, 'unit-check', 'unit facilities'),
    handOverKeys: (p) => belongs(p, 'handOverKeys') ?? beforeSigned(p, 'keys', 'keys'),
  },
  check: {
    signOff: (p, e) => {
      // Core's progress rule refuses an unknown step or a party that does not sign it.
      procedureProgress(templateOf(p), [{ step: e.step, department: e.department, at: e.at, by: e.actor }]);
      return stepPrecondition(p, e.step);
    },
    checkContractor: (_p, e) =>
      contractorQualified(e.contractor)
        ? undefined
        : {
            code: ServiceErrorCode.procedureContractorUnqualified,
            reason: `the contractor's qualification is grade ${e.contractor.qualificationGrade}; a permit needs grade ${RenovationMinQualificationGrade} or above`,
          },
    recordViolation: (_p, e) =>
      (e.priceId === undefined) === (e.fineFen === undefined)
        ? undefined
        : invalid("a fine needs both the price-list line and its amount, from the club's published fines"),
    documentsMissing: (_p, e) =>
      e.appointmentOn !== undefined && compareDates(e.appointmentOn, dateOf(e.at)) < 0
        ? invalid('the second appointment cannot be in the past')
        : undefined,
  },
  effects: {
    signOff: (p, e) => ({
      ...p,
      signOffs: [...p.signOffs, { step: e.step, department: e.department, at: e.at, by: e.actor }],
    }),
    rejectDrawings: (p, e) => ({
      ...p,
      drawings: {
        status: 'rejected',
        rejections: [...(p.drawings?.rejections ?? []), { reason: e.reason, at: e.at, by: e.actor }],
      },
    }),
    resubmitDrawings: (p) => ({ ...p, drawings: { status: 'resubmitted', rejections: p.drawings?.rejections ?? [] } }),
    assessDamages: (p, e) => ({ ...p, deposit: depositRefund(p.depositFen ?? 0, e.damagesFen) }),
    settleFees: (p, e) => ({
      ...p,
      feesSettled: {
        at: e.at,
        by: e.actor,
        ...(e.receiptNumber === undefined ? {} : { receiptNumber: e.receiptNumber }),
      },
    }),
    returnKeys: (p, e) => ({ ...p, keysReturned: { at: e.at, by: e.actor } }),
    checkContractor: (p, e) => ({ ...p, contractor: { ...e.contractor, at: e.at, by: e.actor } }),
    inspectSite: (p, e) => ({
      ...p,
      inspections: [
        ...(p.inspections ?? []),
        { department: e.department, findings: e.findings, at: e.at, by: e.actor },
      ],
    }),
    recordViolation: (p, e) => ({
      ...p,
      violations: [
        ...(p.violations ?? []),
        {
          department: e.department,
          violation: e.violation,
          finding: e.finding,
          ...(e.priceId === undefined ? {} : { priceId: e.priceId }),
          ...(e.fineFen === undefined ? {} : { fineFen: e.fineFen }),
          at: e.at,
          by: e.actor,
        },
      ],
    }),
    documentsMissing: (p, e) => ({
      ...p,
      missingDocuments: [
        ...(p.missingDocuments ?? []),
        {
          documents: e.documents,
          remedy: e.remedy,
          ...(e.substitute === undefined ? {} : { substitute: e.substitute }),
          ...(e.appointmentOn === undefined ? {} : { appointmentOn: e.appointmentOn }),
          at: e.at,
          by: e.actor,
        },
      ],
    }),
    recordMeterReadings: (p, e) => ({ ...p, meterReadings: { ...e.readings, at: e.at, by: e.actor } }),
    recordFacilities: (p, e) => ({ ...p, facilities: { items: e.items, at: e.at, by: e.actor } }),
    handOverKeys: (p, e) => ({ ...p, keysHandedOver: { keys: e.keys, at: e.at, by: e.actor } }),
  },
};

/** The steps a new procedure of this kind has: a renovation's depend on the unit's area. */
function templateFor(input: NewProcedureRecord): Procedure {
  switch (input.name) {
    case ProcedureName.moveIn:
      return moveIn;
    case ProcedureName.moveOut:
      return moveOut;
    case ProcedureName.renovation:
      return renovation({ areaSqm: input.areaSqm ?? 0 });
  }
}

/**
 * Opens a procedure for a unit with its template's steps and nothing signed: move-in, move-out,
 * or a renovation whose steps include security's fire review when the unit is over 200 m².
 *
 * @example
 * createProcedureRecord({ name: 'renovation', unitId: 'unt_1', areaSqm: 240, depositFen: 500000 }, { id: 'prc_1', now: '2026-11-27T08:00:00Z', actor: 'stf_1', propertyId: 'prp_garden' })
 */
export function createProcedureRecord(input: NewProcedureRecord, options: CreateProcedureOptions): ProcedureRecord {
  const request = parseInput(NewProcedureRecord, input, 'procedure');
  const { id, now, actor, propertyId } = parseInput(CreateProcedureOptions, options, 'procedure options');
  const template = templateFor(request);
  const steps = template.steps.map((s) => ({ ...s, departments: [...s.departments] }));
  return {
    ...request,
    id,
    propertyId,
    status: 'open',
    steps,
    signOffs: [],
    progress: procedureProgress({ name: template.name, steps }, []),
    history: [{ type: 'open', actor, at: now, details: {} }],
  };
}

/**
 * Applies one event to a procedure and returns the new record, its progress recomputed and its
 * status `done` once nothing is missing. Throws `service/unknown-step` or
 * `service/wrong-department` for a sign-off its steps do not have, `procedure/precondition-unmet`
 * for a step whose prerequisite is missing (resubmitted drawings, assessed damages, settled fees
 * and returned keys before move-out), and `procedure/invalid-event` for an event the procedure
 * does not take now.
 *
 * @example
 * applyProcedureEvent(moveOutCase, { type: 'returnKeys', actor: 'stf_1', at: '2026-11-28T08:00:00Z' })
 */
export function applyProcedureEvent(
  procedure: ProcedureRecord,
  event: z.input<typeof ProcedureEvent>,
): ProcedureRecord {
  const current = parseInput(ProcedureRecord, procedure, 'procedure');
  const changed = applyWorkflowEvent(procedureWorkflow, current, parseInput(ProcedureEvent, event, 'procedure event'));
  const progress = procedureProgress(templateOf(changed), changed.signOffs);
  return { ...changed, progress, status: progress.done ? 'done' : 'open' };
}

/** What a procedure can take now: the sign-offs whose prerequisites are met, and the other events. */
export interface ProcedureNextSteps {
  /** The missing sign-offs that may be given now, in step order. */
  signOffs: { step: string; department: ProcedureParty }[];
  /** The events other than a sign-off the procedure takes now, e.g. `assessDamages`. */
  events: Exclude<ProcedureEventType, 'signOff'>[];
}

/**
 * What a procedure can take now, by the same rules {@link applyProcedureEvent} applies: each
 * missing sign-off whose prerequisite is met (resubmitted drawings, assessed damages, settled fees
 * and returned keys before move-out) and each other event its guards allow. A done procedure takes
 * nothing.
 *
 * @example
 * nextProcedureSteps(createProcedureRecord({ name: 'move-out', unitId: 'unt_1' }, options)).events
 * // ['assessDamages', 'returnKeys']
 */
export function nextProcedureSteps(procedure: ProcedureRecord): ProcedureNextSteps {
  const p = parseInput(ProcedureRecord, procedure, 'procedure');
  if (p.status === 'done') return { signOffs: [], events: [] };
  return {
    signOffs: p.progress.missing.filter((m) => stepPrecondition(p, m.step) === undefined),
    events: nextWorkflowEvents(procedureWorkflow, p).filter(
      (type): type is Exclude<ProcedureEventType, 'signOff'> => type !== 'signOff',
    ),
  };
}
