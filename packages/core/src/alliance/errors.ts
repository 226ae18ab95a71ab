/** Stable codes of the business-rule errors the alliance context throws. */
export const AllianceErrorCode = {
  /** A counterfeit fine under the agreed minimum of 50,000 CNY. */
  fineBelowMinimum: 'alliance/fine-below-minimum',
  /** Sales months are recorded for alliance members only: the dealer was not qualified or is revoked. */
  notAMember: 'alliance/not-a-member',
  /** A pay statement needs a territory: the salesperson has no county. */
  noCounties: 'alliance/no-counties',
  /** An assessment sheet's items must add up to exactly 100 points. */
  sheetNot100: 'alliance/sheet-not-100',
  /** An item was scored above the points the sheet gives it. */
  scoreAbovePoints: 'alliance/score-above-points',
  /** An assessment step signed or refused out of turn, or on a filed assessment. */
  stepOutOfOrder: 'alliance/step-out-of-order',
  /** A reward larger than what is left of the half-year's reward fund. */
  rewardExceedsFund: 'alliance/reward-exceeds-fund',
  /** A county of a secondary-dealer list has two candidates chosen already (A1: 每縣1—2家). */
  countyChoiceFull: 'alliance/county-choice-full',
  /** A second candidate chosen in a county that has no market volume (千人月消費分析) yet. */
  noMarketData: 'alliance/no-market-data',
  /** A primary dealer replaced by a member dealer that was not a member of that alliance on the day. */
  successorNotAMember: 'alliance/successor-not-a-member',
  /** A primary dealer "replaced" by itself. */
  samePrimaryDealer: 'alliance/same-primary-dealer',
  /** A replacement dated on or before the first day of the primary dealer it replaces. */
  replacementOutOfOrder: 'alliance/replacement-out-of-order',
  /** An enrolment in a promotion before its first or after its last day. */
  outsidePromotionPeriod: 'alliance/outside-promotion-period',
  /** A dealer enrolled a second time in the same promotion. */
  alreadyEnrolled: 'alliance/already-enrolled',
  /** A promotion's reward paid a second time to the same enrolment. */
  rewardAlreadyPaid: 'alliance/reward-already-paid',
  /** A choice on a secondary-dealer list its filer has replaced with a newer one. */
  listReplaced: 'alliance/list-replaced',
} as const;
/** A stable alliance error code. */
export type AllianceErrorCode = (typeof AllianceErrorCode)[keyof typeof AllianceErrorCode];
