import type { ClubIssue, ClubLocale } from '@clubkit/core';
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

/** HTTP statuses of core's error codes; codes not listed are 422 (a business rule refused the request). */
const statusByCode: Record<string, number> = {
  'invalid-input': 400,
  'invalid-json': 400,
  'invalid-cursor': 400,
  'access/forbidden': 403,
  'membership/duplicate-vehicle': 409,
  'membership/application-decided': 409,
  'membership/cancelled': 409,
  'complaint/follow-up-required': 409,
};

/** The HTTP status for a core error code. */
export function statusForCode(code: string): number {
  if (code in statusByCode) return statusByCode[code]!;
  if (code.endsWith('/invalid-transition')) return 409;
  if (code.endsWith('/not-found')) return 404;
  return 422;
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
