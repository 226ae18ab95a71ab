import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { ProcedureName, type Procedure, type ProcedureParty, type ProcedureStep } from './procedure.js';

function step(id: string, title: string, ...departments: ProcedureParty[]): ProcedureStep {
  return Object.freeze({ id, title, departments: Object.freeze(departments) as ProcedureParty[] });
}

function procedure(name: ProcedureName, steps: ProcedureStep[]): Procedure {
  return Object.freeze({ name, steps: Object.freeze(steps) as ProcedureStep[] });
}

/** Move-in (A4 §3.1.4): papers, handbooks, agreements, meter readings signed by three parties, keys. */
export const moveIn: Procedure = procedure(ProcedureName.moveIn, [
  step('notice', 'Move-in notice and handover list sent by leasing', 'leasing'),
  step(
    'identity',
    'Identity papers (or power of attorney) and business licence checked; copies filed',
    'customer-service',
  ),
  step(
    'handbooks',
    'Quality guarantee, building manual and user handbook issued; archive and contact forms filed',
    'customer-service',
  ),
  step(
    'agreements',
    'Fire-safety responsibility letter and management covenant signed',
    'customer-service',
    'customer',
  ),
  step(
    'meter-readings',
    'Electricity meter readings confirmed by three parties',
    'engineering',
    'customer-service',
    'customer',
  ),
  step(
    'unit-check',
    'Unit equipment checklist and power-use confirmation signed; defects passed to engineering',
    'customer-service',
    'customer',
  ),
  step('keys', 'Unit keys signed for', 'customer-service', 'customer'),
  step('moved-in', 'Facilities introduced and every department told the customer has moved in', 'customer-service'),
]);

/** Units larger than this many square metres need a fire review before renovating (A4 §3.2.4 3). */
export const RenovationFireReviewAreaSqm = 200;

/** The unit a renovation is for. */
export const RenovationUnit = z.object({
  /** The unit's floor area in square metres. */
  areaSqm: z.number().check(z.positive()),
});
/** The unit a renovation is for. */
export type RenovationUnit = z.infer<typeof RenovationUnit>;

/**
 * The renovation permit procedure (A4 §3.2.4) for a unit. Security's fire review (the fire
 * bureau's approval) is a step only when the unit is over 200 m²: 200 → no, 200.5 → yes.
 *
 * @example
 * renovation({ areaSqm: 201 }).steps.some((s) => s.id === 'fire-review') // true
 */
export function renovation(unit: RenovationUnit): Procedure {
  const { areaSqm } = parseInput(RenovationUnit, unit, 'renovation unit');
  const fireReview = areaSqm > RenovationFireReviewAreaSqm;
  return procedure(ProcedureName.renovation, [
    step(
      'application',
      "Application, contract, contractor's qualification and licence and materials list received",
      'customer-service',
    ),
    step('drawings', 'Drawings reviewed against the fire code and signed by the engineering head', 'engineering'),
    step('fees', 'Renovation fees and deposit paid and insurance taken out', 'customer-service'),
    step('undertakings', 'Renovation and fire-safety undertakings signed', 'customer', 'contractor'),
    ...(fireReview ? [step('fire-review', "Fire bureau's approval receipt collected", 'security')] : []),
    step('permit', 'Renovation permit issued', 'customer-service', 'engineering', 'security'),
    step('worker-passes', 'Worker passes issued and workers registered', 'security'),
    step('site-protection', 'Protection of public areas and the unit checked before work starts', 'customer-service'),
    step('hidden-works', 'Hidden works accepted', 'customer-service', 'engineering', 'security'),
    step(
      'completion',
      'Completion accepted; damage to public facilities noted against the deposit',
      'customer-service',
      'engineering',
      'security',
      'customer',
      'contractor',
    ),
    step(
      'deposit-refund',
      'Property manager approves and the deposit is refunded less damages',
      'management',
      'finance',
    ),
  ]);
}

/** Move-out (A4 §3.13.4): application, passes and keys returned, inspection, settlement by finance. */
export const moveOut: Procedure = procedure(ProcedureName.moveOut, [
  step(
    'application',
    "Leasing's written move-out notice and the customer's move-out form received",
    'leasing',
    'customer-service',
  ),
  step('passes', 'Access passes returned', 'customer-service'),
  step(
    'inspection',
    'Unit inspected: equipment, meters and fire equipment checked; damages priced',
    'engineering',
    'security',
  ),
  step('settlement', 'Balance settled: deposits refunded or charges collected', 'finance'),
  step(
    'handback',
    'Keys, parking and customer cards returned; forwarding contact left',
    'customer-service',
    'customer',
  ),
  step('release', 'Unit recorded as vacant; furniture allowed out', 'security'),
]);
