import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';

/** Input of {@link marketVolume}: a county's population and what a thousand people consume a month. */
export const MarketVolumeInput = z.object({
  /** People living in the county (or city) served. */
  population: z.int().check(z.minimum(0)),
  /** Monthly consumption per thousand people, in any unit (cases, litres, fen). */
  monthlyPerThousand: z.number().check(z.minimum(0)),
});
/** Input of {@link marketVolume}. */
export type MarketVolumeInput = z.infer<typeof MarketVolumeInput>;

/**
 * A county's monthly market volume by the "thousand-person monthly consumption" analysis:
 * population / 1000 × monthly consumption per thousand people. The result is in the unit of
 * `monthlyPerThousand` (cases in, cases out) and is not rounded.
 *
 * @example
 * marketVolume({ population: 450_000, monthlyPerThousand: 12 }) // 5400 (cases a month)
 */
export function marketVolume(input: MarketVolumeInput): number {
  const { population, monthlyPerThousand } = parseInput(MarketVolumeInput, input, 'market volume input');
  return (population * monthlyPerThousand) / 1000;
}

/** The fewest and most alliance members a county normally has (A1: "每縣設1—2家"). */
export const DealersPerCounty = { min: 1, max: 2 } as const;

/** Input of {@link suggestedDealerCount}. */
export const SuggestedDealerCountInput = z.object({
  /** The county's monthly market volume, e.g. from {@link marketVolume}. */
  marketVolume: z.number().check(z.minimum(0)),
  /** The monthly volume one secondary dealer can carry, in the same unit; the region's judgement. */
  volumePerDealer: z.number().check(z.positive()),
});
/** Input of {@link suggestedDealerCount}. */
export type SuggestedDealerCountInput = z.infer<typeof SuggestedDealerCountInput>;

/**
 * How many secondary dealers a county should have in the alliance: enough to carry its market
 * volume, but never fewer than 1 (every county needs a member) nor more than 2.
 *
 * @example
 * suggestedDealerCount({ marketVolume: 5400, volumePerDealer: 3000 }) // 2
 */
export function suggestedDealerCount(input: SuggestedDealerCountInput): 1 | 2 {
  const parsed = parseInput(SuggestedDealerCountInput, input, 'dealer count input');
  return parsed.marketVolume > parsed.volumePerDealer ? DealersPerCounty.max : DealersPerCounty.min;
}
