/** Stable codes of the business-rule errors the access context throws. */
export const AccessErrorCode = {
  /** The principal may not perform the action on the resource (HTTP 403, or 404 to hide it). */
  forbidden: 'access/forbidden',
} as const;
/** A stable access error code. */
export type AccessErrorCode = (typeof AccessErrorCode)[keyof typeof AccessErrorCode];
