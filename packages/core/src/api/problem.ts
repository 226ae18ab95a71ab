import * as z from 'zod/mini';

/** A field issue inside a problem document. */
export const ProblemIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});

/**
 * An RFC 9457 problem document, as the Club API answers every failure
 * (`Content-Type: application/problem+json`).
 */
export const ProblemDetails = z.looseObject({
  type: z.string(),
  /** A short, localised summary (from `Accept-Language`: zh-Hant, zh-Hans or en). */
  title: z.string(),
  status: z.int(),
  /** The specific reason, in English. */
  detail: z.string(),
  /** The stable error code, the same as core's `ClubError.code`. */
  code: z.string(),
  /** The id of the request; also the `X-Request-Id` header. */
  requestId: z.string(),
  instance: z.optional(z.string()),
  issues: z.optional(z.array(ProblemIssue)),
});
/** An RFC 9457 problem document. */
export type ProblemDetails = z.infer<typeof ProblemDetails>;
