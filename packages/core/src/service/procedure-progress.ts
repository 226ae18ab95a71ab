import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { Actor } from './fields.js';
import { Procedure, ProcedurePartySchema } from './procedure.js';

/** One party's signature on one step of a procedure. */
export const SignOff = z.object({
  /** The step's id. */
  step: z.string().check(z.minLength(1), z.maxLength(50)),
  /** The signing department (or `customer` / `contractor`). */
  department: ProcedurePartySchema,
  at: IsoInstant,
  /** Who signed, e.g. the department head. */
  by: Actor,
});
/** A sign-off. */
export type SignOff = z.infer<typeof SignOff>;

/** Where a procedure stands. */
export const ProcedureProgress = z.object({
  /** True when every step has every sign-off it needs. */
  done: z.boolean(),
  /** The sign-offs still missing, in step order. */
  missing: z.array(z.object({ step: z.string(), department: ProcedurePartySchema })),
});
/** Where a procedure stands. */
export type ProcedureProgress = z.infer<typeof ProcedureProgress>;

/**
 * Which sign-offs a procedure still lacks. Steps may be signed in any order and a repeated
 * sign-off counts once; a sign-off for a step the procedure lacks throws `service/unknown-step`,
 * and one by a party that does not sign that step throws `service/wrong-department`.
 *
 * @example
 * procedureProgress(moveOut, [{ step: 'passes', department: 'customer-service', at: '2026-11-27T08:00:00Z', by: 'stf_1' }]).missing[0]
 * // { step: 'application', department: 'leasing' }
 */
export function procedureProgress(procedure: Procedure, signOffs: readonly SignOff[]): ProcedureProgress {
  const proc = parseInput(Procedure, procedure, 'procedure');
  const signed = parseInput(z.array(SignOff), signOffs, 'sign-offs');
  const have = new Set<string>();
  for (const s of signed) {
    const step = proc.steps.find((candidate) => candidate.id === s.step);
    if (!step) {
      throw new ClubError(ServiceErrorCode.unknownStep, `The ${proc.name} procedure has no step "${s.step}"`, {
        details: { procedure: proc.name, step: s.step },
      });
    }
    if (!step.departments.includes(s.department)) {
      throw new ClubError(
        ServiceErrorCode.wrongDepartment,
        `Step "${s.step}" of ${proc.name} is not signed by ${s.department}`,
        {
          details: { procedure: proc.name, step: s.step, department: s.department },
        },
      );
    }
    have.add(`${s.step}\u0000${s.department}`);
  }
  const missing = proc.steps.flatMap((step) =>
    step.departments
      .filter((department) => !have.has(`${step.id}\u0000${department}`))
      .map((department) => ({ step: step.id, department })),
  );
  return { done: missing.length === 0, missing };
}
