import { describe, expect, it } from 'vitest';
import { surveyStats } from './survey-stats.js';

const bounds = { start: '2026-10-31T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' };
const asOf = bounds.end;
const rated = (...ratings: number[]) => ratings.map((rating, i) => ({ questionId: `q${String(i)}`, rating }));

describe('survey statistics', () => {
  it('counts requests sent and answered in the period and the share of ratings of 4 or more', () => {
    const stats = surveyStats(
      [
        { sentAt: '2026-11-01T00:00:00.000Z', answeredAt: '2026-11-03T00:00:00.000Z', answers: rated(5, 4, 3) },
        { sentAt: '2026-11-01T00:00:00.000Z', answeredAt: '2026-11-04T00:00:00.000Z', answers: rated(2) },
        { sentAt: '2026-11-02T00:00:00.000Z' },
        // Sent before the period, answered in it: its ratings count, its sending does not.
        { sentAt: '2026-10-20T00:00:00.000Z', answeredAt: '2026-11-10T00:00:00.000Z', answers: rated(4) },
      ],
      bounds,
      asOf,
    );
    expect(stats).toEqual({ asOf, sent: 3, answered: 3, ratings: 5, satisfiedRatings: 3, satisfactionRate: 0.6 });
  });

  it('leaves out an answer recorded at the period’s end and reports no rate without ratings', () => {
    const stats = surveyStats(
      [{ sentAt: '2026-11-01T00:00:00.000Z', answeredAt: bounds.end, answers: rated(5) }],
      bounds,
      asOf,
    );
    expect(stats).toMatchObject({ sent: 1, answered: 0, ratings: 0, satisfactionRate: null });
  });
});
