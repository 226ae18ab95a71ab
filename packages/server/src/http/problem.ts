import {
  AccessErrorCode,
  AllianceErrorCode,
  CatalogueErrorCode,
  INVALID_INPUT,
  MembershipErrorCode,
  ProjectionErrorCode,
  ServiceErrorCode,
  VipErrorCode,
} from '@clubkit/core';
import type { ClubErrorCode, ClubIssue, ClubLocale } from '@clubkit/core';
import type { Context } from 'hono';
import type { ClubEnv } from './env.js';
import { problemTitle } from './messages.js';

/** An RFC 9457 problem document as the Club API sends it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  issues?: ClubIssue[];
  instance?: string;
}

/** A failure a route raises to answer with a problem document. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { issues?: ClubIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/**
 * The HTTP status of every error code core defines. Typed over core's union so that a code added
 * to core fails to compile here until someone decides its status, instead of silently becoming
 * 422. A business rule that refused the request is 422; a conflict with the record's state is 409.
 */
const statusByCoreCode = {
  [INVALID_INPUT]: 400,
  [AccessErrorCode.forbidden]: 403,
  [MembershipErrorCode.duplicateVehicle]: 409,
  [MembershipErrorCode.applicationDecided]: 409,
  [MembershipErrorCode.cancelled]: 409,
  [MembershipErrorCode.cardNotInUse]: 409,
  [MembershipErrorCode.policyMismatch]: 422,
  [MembershipErrorCode.renewalNotLater]: 422,
  [MembershipErrorCode.renewalGap]: 422,
  [MembershipErrorCode.policyExpired]: 422,
  [MembershipErrorCode.campaignNotRunning]: 422,
  [MembershipErrorCode.handbookBackdated]: 422,
  [CatalogueErrorCode.duplicateName]: 409,
  [CatalogueErrorCode.serviceRetired]: 409,
  [CatalogueErrorCode.notOfferedHere]: 422,
  [CatalogueErrorCode.memberNotValid]: 422,
  [ServiceErrorCode.complaintInvalidTransition]: 409,
  [ServiceErrorCode.complaintFollowUpRequired]: 409,
  [ServiceErrorCode.repairInvalidTransition]: 409,
  [ServiceErrorCode.repairAssessmentRequired]: 422,
  [ServiceErrorCode.repairMaterialCheckFailed]: 422,
  [ServiceErrorCode.paidServiceInvalidTransition]: 409,
  [ServiceErrorCode.visitInvalidTransition]: 409,
  [ServiceErrorCode.eventOutOfOrder]: 422,
  [ServiceErrorCode.unknownStep]: 422,
  [ServiceErrorCode.wrongDepartment]: 422,
  [ServiceErrorCode.procedureInvalidEvent]: 409,
  [ServiceErrorCode.procedurePreconditionUnmet]: 409,
  [ServiceErrorCode.priceUnavailable]: 422,
  [ServiceErrorCode.procedureContractorUnqualified]: 422,
  [ServiceErrorCode.fineUnpublished]: 422,
  [ServiceErrorCode.handoverInvalidTransition]: 409,
  [ServiceErrorCode.handoverPending]: 409,
  [ServiceErrorCode.conductNoManager]: 409,
  [ServiceErrorCode.conductNotHandler]: 403,
  [ServiceErrorCode.surveyAlreadyAnswered]: 409,
  [ServiceErrorCode.surveyUnknownQuestion]: 422,
  [ServiceErrorCode.surveyAnswerMismatch]: 422,
  [ServiceErrorCode.surveyWrongProperty]: 422,
  [AllianceErrorCode.fineBelowMinimum]: 422,
  [AllianceErrorCode.notAMember]: 409,
  [AllianceErrorCode.noCounties]: 422,
  [AllianceErrorCode.sheetNot100]: 422,
  [AllianceErrorCode.scoreAbovePoints]: 422,
  [AllianceErrorCode.stepOutOfOrder]: 409,
  [AllianceErrorCode.rewardExceedsFund]: 409,
  [AllianceErrorCode.countyChoiceFull]: 409,
  [AllianceErrorCode.noMarketData]: 409,
  [AllianceErrorCode.successorNotAMember]: 409,
  [AllianceErrorCode.samePrimaryDealer]: 409,
  [AllianceErrorCode.replacementOutOfOrder]: 409,
  [AllianceErrorCode.outsidePromotionPeriod]: 409,
  [AllianceErrorCode.alreadyEnrolled]: 409,
  [AllianceErrorCode.rewardAlreadyPaid]: 409,
  [AllianceErrorCode.listReplaced]: 409,
  [ProjectionErrorCode.parcNotPositive]: 422,
  [ProjectionErrorCode.amountTooLarge]: 422,
  [VipErrorCode.orderAlreadyPaid]: 409,
  [VipErrorCode.orderCancelled]: 409,
  [VipErrorCode.orderExpired]: 409,
  [VipErrorCode.orderSuperseded]: 409,
  [VipErrorCode.renewalTooEarly]: 409,
  [VipErrorCode.codeInvalid]: 422,
  [VipErrorCode.codeExpired]: 409,
  [VipErrorCode.codeUsed]: 409,
  [VipErrorCode.codeRequired]: 422,
  [VipErrorCode.cardNotValid]: 422,
  [VipErrorCode.noOffer]: 422,
  [VipErrorCode.offerMismatch]: 409,
  [VipErrorCode.notAMember]: 403,
  [VipErrorCode.signUpClosed]: 409,
  [VipErrorCode.activityFull]: 409,
  [VipErrorCode.alreadySignedUp]: 409,
  [VipErrorCode.activityStarted]: 409,
  [VipErrorCode.signUpCancelled]: 409,
} as const satisfies Record<ClubErrorCode, number>;

/** Codes only the server raises through core's error type (the route layer's own input checks). */
const statusByServerCode: Record<string, number> = {
  'invalid-json': 400,
  'invalid-cursor': 400,
};

/**
 * The status of every code the server raises itself as an {@link HttpProblem}: the pipeline's
 * (keys, origins, rate limit, body, idempotency), the route layer's, and a few routes' own.
 * The OpenAPI document lists these with core's codes for each operation.
 */
export const statusByServerProblemCode = {
  'invalid-json': 400,
  'invalid-cursor': 400,
  'idempotency/invalid-key': 400,
  'auth/missing-key': 401,
  'auth/invalid-key': 401,
  'auth/session-expired': 401,
  'auth/origin-not-allowed': 403,
  'auth/secret-key-in-browser': 403,
  'not-found': 404,
  'idempotency/key-reused': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  internal: 500,
  'complaint/reference-mistyped': 422,
  'complaint/daily-quota-exceeded': 429,
  'staff/disabled': 409,
  'alliance/already-recorded': 409,
  'alliance/no-sheet': 409,
  'handbook/version-taken': 409,
  'handbook/none-in-force': 404,
} as const;

/** A code the server raises itself, besides core's. */
export type ServerProblemCode = keyof typeof statusByServerProblemCode;

/** Every code a problem document of the Club API can carry. */
export type ProblemCode = ClubErrorCode | ServerProblemCode;

/** The HTTP status a problem with this code is answered with. */
export function statusOfProblemCode(code: ProblemCode): number {
  return isCoreCode(code) ? statusByCoreCode[code] : statusByServerProblemCode[code];
}

function isCoreCode(code: string): code is ClubErrorCode {
  return Object.hasOwn(statusByCoreCode, code);
}

/** The HTTP status for an error code carried by a `ClubError`. */
export function statusForCode(code: string): number {
  if (isCoreCode(code)) return statusByCoreCode[code];
  return statusByServerCode[code] ?? 422;
}

/** Builds the problem document for a failure. */
export function problemBody(
  status: number,
  code: string,
  detail: string,
  locale: ClubLocale,
  requestId: string,
  instance: string,
  issues?: ClubIssue[],
): Problem {
  return {
    type: `urn:clubkit:problem:${code}`,
    title: problemTitle(code, locale),
    status,
    detail,
    code,
    requestId,
    ...(issues && issues.length > 0 ? { issues } : {}),
    instance,
  };
}

/** Answers with a problem document in the request's locale, carrying its id and path. */
export function problemResponse(
  c: Context<ClubEnv>,
  status: number,
  code: string,
  detail: string,
  issues?: ClubIssue[],
  headers: Record<string, string> = {},
): Response {
  // Middleware sets these; an error raised before it ran reaches here without them.
  const { locale, requestId } = c.var as Partial<ClubEnv['Variables']>;
  const body = problemBody(status, code, detail, locale ?? 'en', requestId ?? '', new URL(c.req.url).pathname, issues);
  return c.newResponse(JSON.stringify(body), status as 400, {
    ...headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
