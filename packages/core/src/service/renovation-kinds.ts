import * as z from 'zod/mini';
import { Department } from './complaint-types.js';

/** The departments that each inspect a renovation site at least once a day (A4 §3.2.4 4 2]). */
export const InspectingDepartment = {
  customerService: Department.customerService,
  engineering: Department.engineering,
  security: Department.security,
} as const;
/** A department that inspects renovation sites. */
export type InspectingDepartment = (typeof InspectingDepartment)[keyof typeof InspectingDepartment];
/** Schema of {@link InspectingDepartment}. */
export const InspectingDepartmentSchema = z.enum(InspectingDepartment);

/**
 * The kinds of renovation violation, after the management standards of A4 §3.2.3 and what each
 * department's inspection looks for (§3.2.4 4 2] A–C).
 */
export const RenovationViolation = {
  /** Work not as the approved drawings, or damage to the building's structure (engineering). */
  offDrawings: 'off-drawings',
  /** Workers without passes, or hot work without a permit (§3.2.3 2). */
  noPass: 'no-pass',
  /** Fire extinguishers missing or misplaced, or another fire hazard (§3.2.3 4; security). */
  fireSafety: 'fire-safety',
  /** Construction waste left uncleared (§3.2.3 5). */
  waste: 'waste',
  /** Noisy tools used outside the building's hours (§3.2.3 6; customer service). */
  noise: 'noise',
  /** Public areas or facilities left unprotected (customer service). */
  unprotected: 'unprotected',
  /** Fighting or other uncivil conduct (§3.2.3 7). */
  misconduct: 'misconduct',
  /** Theft, arson, robbery or damage to public property (§3.2.3 8). */
  unlawful: 'unlawful',
} as const;
/** A renovation violation kind. */
export type RenovationViolation = (typeof RenovationViolation)[keyof typeof RenovationViolation];
/** Schema of {@link RenovationViolation}. */
export const RenovationViolationSchema = z.enum(RenovationViolation);
