import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AllianceErrorCode } from './errors.js';

// The half-yearly 100-point assessment sheet (《二級經銷商聯銷體百分考核表》, A1 優惠政策 3). The
// source names the sheet but not its items, so each sales centre configures them: items and
// their points, adding up to exactly 100, and the score bands the reward follows. A sheet is
// published in versions; a new version never changes an assessment made on an older one.

/** The points a sheet's items add up to. */
export const ASSESSMENT_TOTAL_POINTS = 100;

/** A half-year, `2026-H1` (January to June) or `2026-H2` (July to December). */
export const HalfYear = z.string().check(z.regex(/^\d{4}-H[12]$/, { error: 'Expected a half-year like 2026-H1' }));
/** A half-year, `YYYY-H1` or `YYYY-H2`. */
export type HalfYear = z.infer<typeof HalfYear>;

/**
 * The half-year a day falls in: January to June is H1, July to December H2.
 *
 * @example
 * halfYearOf('2026-06-30') // '2026-H1'
 * halfYearOf('2026-07-01') // '2026-H2'
 */
export function halfYearOf(date: IsoDate): HalfYear {
  const day = parseInput(IsoDate, date, 'date');
  return `${day.slice(0, 4)}-H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/**
 * The first and last day of a half-year.
 *
 * @example
 * halfYearDays('2026-H1') // { first: '2026-01-01', last: '2026-06-30' }
 */
export function halfYearDays(halfYear: HalfYear): { first: IsoDate; last: IsoDate } {
  const h = parseInput(HalfYear, halfYear, 'half-year');
  const year = h.slice(0, 4);
  return h.endsWith('H1')
    ? { first: `${year}-01-01`, last: `${year}-06-30` }
    : { first: `${year}-07-01`, last: `${year}-12-31` };
}

/** One item of the sheet: what is assessed and the most points it can score. */
export const SheetItem = z.object({
  /** A short stable key the scores name, `sales-volume`. */
  key: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'Expected a key like sales-volume' })),
  /** What the item assesses, in the club's words. */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  /** The most points the item can score. */
  points: z.int().check(z.minimum(1), z.maximum(ASSESSMENT_TOTAL_POINTS)),
});
/** One item of the sheet. */
export type SheetItem = z.infer<typeof SheetItem>;

/** A score band: an assessment scoring at least `minScore` earns `rewardFen` from the reward fund. */
export const RewardBand = z.object({
  minScore: z.int().check(z.minimum(0), z.maximum(ASSESSMENT_TOTAL_POINTS)),
  rewardFen: NonNegativeFen,
});
/** A score band and its reward. */
export type RewardBand = z.infer<typeof RewardBand>;

/** Body of a new sheet version: its items and its score bands. */
export const NewAssessmentSheet = z.object({
  centreId: entityId(IdPrefix.salesCentre),
  items: z.array(SheetItem).check(z.minLength(1), z.maxLength(50)),
  /** Score bands, lowest first; a score under the lowest band earns nothing. */
  bands: z.array(RewardBand).check(z.maxLength(20)),
});
/** Body of a new sheet version. */
export type NewAssessmentSheet = z.infer<typeof NewAssessmentSheet>;

/** One published version of a sales centre's 100-point assessment sheet. */
export const AssessmentSheet = z.object({
  id: entityId(IdPrefix.assessmentSheet),
  centreId: entityId(IdPrefix.salesCentre),
  /** 1 for the centre's first sheet, one more for each later one. */
  version: z.int().check(z.minimum(1)),
  items: z.array(SheetItem),
  bands: z.array(RewardBand),
  publishedAt: IsoInstant,
});
/** One published version of an assessment sheet. */
export type AssessmentSheet = z.infer<typeof AssessmentSheet>;

function invalid(path: (string | number)[], message: string): ClubError {
  return new ClubError(INVALID_INPUT, `Invalid assessment sheet: ${message}`, {
    issues: [{ path, code: 'custom', message }],
  });
}

/**
 * Publishes a sheet version, the next after `previousVersion` (none for the centre's first).
 * Throws `alliance/sheet-not-100` unless the items add up to exactly 100 points, and
 * `invalid-input` for a key used twice or bands not in strictly rising order of score.
 *
 * @example
 * publishSheet({ centreId: 'ctr_baoding', items: [{ key: 'sales', label: 'Sales', points: 100 }], bands: [] },
 *   { id: 'ash_1', now: '2026-01-05T00:00:00.000Z' }).version // 1
 */
export function publishSheet(
  input: NewAssessmentSheet,
  options: { id: string; now: string; previousVersion?: number },
): AssessmentSheet {
  const body = parseInput(NewAssessmentSheet, input, 'assessment sheet');
  const seen = new Set<string>();
  body.items.forEach((item, i) => {
    if (seen.has(item.key)) throw invalid(['items', i, 'key'], `the key ${item.key} is used twice`);
    seen.add(item.key);
  });
  const total = body.items.reduce((sum, item) => sum + item.points, 0);
  if (total !== ASSESSMENT_TOTAL_POINTS) {
    throw new ClubError(
      AllianceErrorCode.sheetNot100,
      `An assessment sheet's items add up to exactly ${ASSESSMENT_TOTAL_POINTS} points, these to ${total}`,
      { details: { totalPoints: total } },
    );
  }
  body.bands.forEach((band, i) => {
    const before = body.bands[i - 1];
    if (before && band.minScore <= before.minScore)
      throw invalid(['bands', i, 'minScore'], 'bands rise in score, each above the one before');
  });
  return {
    id: options.id,
    centreId: body.centreId,
    version: (options.previousVersion ?? 0) + 1,
    items: body.items,
    bands: body.bands,
    publishedAt: options.now,
  };
}

/**
 * The reward a score earns by the sheet's bands: the highest band it reaches, or 0 below them all.
 *
 * @example
 * rewardForScore([{ minScore: 60, rewardFen: 100_000 }, { minScore: 90, rewardFen: 300_000 }], 90) // 300_000
 */
export function rewardForScore(bands: readonly RewardBand[], score: number): number {
  let reward = 0;
  for (const band of bands) if (score >= band.minScore) reward = band.rewardFen;
  return reward;
}
