import type { AccessErrorCode } from '../access/errors.js';
import type { AllianceErrorCode } from '../alliance/errors.js';
import type { CatalogueErrorCode } from '../membership/catalogue-errors.js';
import type { MembershipErrorCode } from '../membership/errors.js';
import type { ProjectionErrorCode } from '../projection/project.js';
import type { ServiceErrorCode } from '../service/errors.js';
import type { VipErrorCode } from '../vip/errors.js';
import type { INVALID_INPUT } from './errors.js';

/**
 * Every error code core throws, as one union: a consumer that maps codes to something (an HTTP
 * status, a message) can write `satisfies Record<ClubErrorCode, …>` and hear from the compiler
 * when a context adds a code, instead of the new code silently taking a default.
 */
export type ClubErrorCode =
  | typeof INVALID_INPUT
  | MembershipErrorCode
  | CatalogueErrorCode
  | ServiceErrorCode
  | AccessErrorCode
  | AllianceErrorCode
  | ProjectionErrorCode
  | VipErrorCode;
