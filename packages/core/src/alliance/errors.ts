/** Stable codes of the business-rule errors the alliance context throws. */
export const AllianceErrorCode = {
  /** A counterfeit fine under the agreed minimum of 50,000 CNY. */
  fineBelowMinimum: 'alliance/fine-below-minimum',
  /** Sales months are recorded for alliance members only: the dealer was not qualified or is revoked. */
  notAMember: 'alliance/not-a-member',
  /** A pay statement needs a territory: the salesperson has no county. */
  noCounties: 'alliance/no-counties',
} as const;
/** A stable alliance error code. */
export type AllianceErrorCode = (typeof AllianceErrorCode)[keyof typeof AllianceErrorCode];
