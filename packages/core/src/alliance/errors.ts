/** Stable codes of the business-rule errors the alliance context throws. */
export const AllianceErrorCode = {
  /** A counterfeit fine under the agreed minimum of 50,000 CNY. */
  fineBelowMinimum: 'alliance/fine-below-minimum',
} as const;
/** A stable alliance error code. */
export type AllianceErrorCode = (typeof AllianceErrorCode)[keyof typeof AllianceErrorCode];
