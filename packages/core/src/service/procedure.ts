import * as z from 'zod/mini';
import { Department } from './complaint-types.js';

/** Who signs a procedure step: a department, the customer, or the renovation contractor. */
export const ProcedureParty = { ...Department, customer: 'customer', contractor: 'contractor' } as const;
/** A party that signs procedure steps. */
export type ProcedureParty = (typeof ProcedureParty)[keyof typeof ProcedureParty];
/** Schema of {@link ProcedureParty}. */
export const ProcedurePartySchema = z.enum(ProcedureParty);

const Slug = z.string().check(z.minLength(1), z.maxLength(50), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** One step of a procedure and the parties that must all sign it off. */
export const ProcedureStep = z.object({
  /** A kebab-case id, unique within the procedure, e.g. `meter-readings`. */
  id: Slug,
  /** A short English description. */
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  departments: z.array(ProcedurePartySchema).check(z.minLength(1)),
});
/** A procedure step. */
export type ProcedureStep = z.infer<typeof ProcedureStep>;

/** A procedure with departmental sign-offs, as ordered steps. */
export const Procedure = z.object({
  /** A kebab-case name, e.g. `move-in`. */
  name: Slug,
  steps: z.array(ProcedureStep).check(
    z.minLength(1),
    z.refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, {
      error: 'Step ids must be unique',
      params: { code: 'duplicate' },
    }),
  ),
});
/** A procedure. */
export type Procedure = z.infer<typeof Procedure>;

/** The names of the procedures clubkit defines. */
export const ProcedureName = { moveIn: 'move-in', renovation: 'renovation', moveOut: 'move-out' } as const;
/** A built-in procedure name. */
export type ProcedureName = (typeof ProcedureName)[keyof typeof ProcedureName];
