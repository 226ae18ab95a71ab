/** Stable codes of the business-rule errors the service context throws. */
export const ServiceErrorCode = {
  /** The complaint's status does not allow the event (details: `{ status, event, reason }`). */
  complaintInvalidTransition: 'complaint/invalid-transition',
  /** A complaint can only be closed after a follow-up visit or call (details: `{ status, event }`). */
  complaintFollowUpRequired: 'complaint/follow-up-required',
  /** The repair order's status does not allow the event (details: `{ status, event, reason }`). */
  repairInvalidTransition: 'repair/invalid-transition',
  /** A repair of a private (non-public) item must be assessed by the engineering supervisor first. */
  repairAssessmentRequired: 'repair/assessment-required',
  /** A material supplied by the customer is still unchecked or failed its check (details: `{ materials }`). */
  repairMaterialCheckFailed: 'repair/material-check-failed',
  /** The paid service's status does not allow the event (details: `{ status, event, reason }`). */
  paidServiceInvalidTransition: 'paid-service/invalid-transition',
  /** The visit's status does not allow the event (details: `{ status, event, reason }`). */
  visitInvalidTransition: 'visit/invalid-transition',
  /** An event is dated before the last entry of the record's history (details: `{ at, lastAt }`). */
  eventOutOfOrder: 'service/event-out-of-order',
  /** A sign-off names a step the procedure does not have (details: `{ procedure, step }`). */
  unknownStep: 'service/unknown-step',
  /** A sign-off names a party that does not sign that step (details: `{ procedure, step, department }`). */
  wrongDepartment: 'service/wrong-department',
  /**
   * The procedure does not take the event: it is of another kind, already done, or the event does
   * not fit where it stands (details: `{ status, event, reason }`).
   */
  procedureInvalidEvent: 'procedure/invalid-event',
  /**
   * A step cannot be signed yet: what it depends on is missing (details: `{ status, event, reason }`;
   * e.g. drawings sent back and not resubmitted, damages not assessed, fees unsettled, keys not returned).
   */
  procedurePreconditionUnmet: 'procedure/precondition-unmet',
  /** A paid service was quoted from a price-list line that is retired or unknown (details: `{ priceId }`). */
  priceUnavailable: 'paid-service/price-unavailable',
  /**
   * A renovation contractor's qualification is below grade 2 (A4 §3.2.1: grade 2 or above), so no
   * permit may be issued to it (details: `{ status, event, reason }`).
   */
  procedureContractorUnqualified: 'procedure/contractor-unqualified',
  /**
   * A renovation fine was asked from a price-list line that is unknown, retired or the fine for
   * another violation kind (details: `{ priceId, violation }`).
   */
  fineUnpublished: 'procedure/fine-unpublished',
  /** The hand-over's status or who sends the event does not allow it (details: `{ status, event, reason }`). */
  handoverInvalidTransition: 'handover/invalid-transition',
  /**
   * A new hand-over was written while the desk's latest is not taken over yet (details:
   * `{ previousId, status }`): a shift hands over only what it took over.
   */
  handoverPending: 'handover/previous-pending',
  /** A conduct complaint names a staff member with no manager on record to handle it (details: `{ staffId }`). */
  conductNoManager: 'complaint/no-manager',
  /** A conduct complaint's handler is its manager; another staff member may not move it (details: `{ handlerId }`). */
  conductNotHandler: 'complaint/not-handler',
  /** A survey request was answered already; answers are recorded once (details: `{ requestId, answeredAt }`). */
  surveyAlreadyAnswered: 'survey/already-answered',
  /** An answer names a question the survey does not have (details: `{ questionId }`). */
  surveyUnknownQuestion: 'survey/unknown-question',
  /** An answer does not fit its question: a rating for a text question, text for a rating, a question twice (details: `{ questionId, reason }`). */
  surveyAnswerMismatch: 'survey/answer-mismatch',
  /** The survey is for another property than the unit it is sent to (details: `{ surveyPropertyId, unitPropertyId }`). */
  surveyWrongProperty: 'survey/wrong-property',
} as const;
/** A stable service error code. */
export type ServiceErrorCode = (typeof ServiceErrorCode)[keyof typeof ServiceErrorCode];
