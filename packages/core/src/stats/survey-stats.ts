import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { surveyRatings, type SurveyRequest } from '../service/survey.js';
import { withinBounds, type PeriodBounds } from './period.js';
import { rate } from './tally.js';

/**
 * Feedback surveys over a period (A4 §3.3.5 3): requests sent in it, answered in it, and the
 * ratings of the answers recorded in it; `satisfactionRate` is the share of ratings at or above
 * `SATISFIED_RATING` (4 of 5), or null when no rating was given.
 */
export const SurveyStats = z.object({
  asOf: IsoInstant,
  /** Survey requests sent in the period. */
  sent: z.int(),
  /** Requests answered in the period (whenever sent). */
  answered: z.int(),
  /** Rating answers among those answers. */
  ratings: z.int(),
  /** Ratings of 4 or 5. */
  satisfiedRatings: z.int(),
  satisfactionRate: z.nullable(z.number()),
});
/** Feedback surveys over a period. */
export type SurveyStats = z.infer<typeof SurveyStats>;

/**
 * The survey report in memory: the SDK's version of `GET /v1/stats/surveys`, which counts the
 * same in SQL.
 *
 * @example
 * surveyStats(requests, { start: '2026-10-31T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' }, '2026-11-30T16:00:00.000Z')
 */
export function surveyStats(
  requests: readonly Pick<SurveyRequest, 'sentAt' | 'answeredAt' | 'answers'>[],
  bounds: PeriodBounds,
  asOf: string,
): SurveyStats {
  let sent = 0;
  let answered = 0;
  let ratings = 0;
  let satisfiedRatings = 0;
  for (const request of requests) {
    if (withinBounds(request.sentAt, bounds)) sent++;
    if (request.answeredAt === undefined || !withinBounds(request.answeredAt, bounds)) continue;
    answered++;
    const counted = surveyRatings(request);
    ratings += counted.ratings;
    satisfiedRatings += counted.satisfied;
  }
  return { asOf, sent, answered, ratings, satisfiedRatings, satisfactionRate: rate(satisfiedRatings, ratings) };
}
