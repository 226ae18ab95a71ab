import { ClubError } from '../shared/errors.js';

/** The stable code of every business-rule error of the service catalogue. */
export const CatalogueErrorCode = {
  /** Another service of the same category already has the name (details: `{ category, name, serviceId }`). */
  duplicateName: 'catalogue/duplicate-name',
  /** The service is retired: it keeps its history but is neither changed nor used again (details: `{ serviceId, retiredOn }`). */
  serviceRetired: 'catalogue/service-retired',
  /** The merchant is not one of the service's merchants (details: `{ serviceId, merchantId }`). */
  notOfferedHere: 'catalogue/not-offered-here',
  /** The member's membership is not valid on the day (details: `{ membershipId, state }`). */
  memberNotValid: 'catalogue/member-not-valid',
} as const;
/** A service-catalogue business-rule error code. */
export type CatalogueErrorCode = (typeof CatalogueErrorCode)[keyof typeof CatalogueErrorCode];

/** A business-rule error of the catalogue. @internal */
export function catalogueError(code: CatalogueErrorCode, message: string, details: Record<string, unknown>): ClubError {
  return new ClubError(code, message, { details });
}
