import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';

const LineId = z.string().check(z.minLength(1), z.maxLength(64));
const Label = z.string().check(z.minLength(1), z.maxLength(200));

/** Longest horizon a projection accepts: 50 years of months. */
export const MAX_PROJECTION_MONTHS = 600;

/** A sign-up channel of a branch and the members it brings in each month. */
export const ProjectionChannel = z.strictObject({
  /** Stable id of the channel, e.g. `bank`. */
  id: LineId,
  /** Optional name shown to people. */
  label: z.optional(Label),
  /** Expected new members per month; may be fractional. */
  perMonth: z.number().check(z.minimum(0), z.maximum(1_000_000)),
});
/** A sign-up channel of a branch and the members it brings in each month. */
export type ProjectionChannel = z.infer<typeof ProjectionChannel>;

/** An income line besides membership fees (events, group purchases, advertising, equity). */
export const OtherIncomeLine = z.strictObject({
  /** Stable id of the line, e.g. `events`. */
  id: LineId,
  /** Optional name shown to people. */
  label: z.optional(Label),
  /**
   * Income added in every month, in fen.
   * @default 0
   */
  monthlyFen: z._default(NonNegativeFen, 0),
  /**
   * Income per year, in fen, spread over the twelve months of each year.
   * @default 0
   */
  yearlyFen: z._default(NonNegativeFen, 0),
});
/** An income line besides membership fees, with its defaults applied. */
export type OtherIncomeLine = z.infer<typeof OtherIncomeLine>;

/** The car parc (vehicles registered in the branch's city) and its growth. */
export const VehicleParc = z.strictObject({
  /**
   * Cars at the start of month 1.
   * @default 100000
   */
  start: z._default(z.number().check(z.positive()), 100_000),
  /**
   * Cars added per month; negative for a shrinking parc.
   * @default 1000
   */
  growthPerMonth: z._default(z.number(), 1_000),
});
/** The car parc and its growth, with defaults applied. */
export type VehicleParc = z.infer<typeof VehicleParc>;

/** The sign-up channels of the source's mid-size city branch (A5 §4.2): 300 members a month. */
const sourceChannels = (): ProjectionChannel[] => [
  { id: 'direct', perMonth: 150 },
  { id: 'bank', perMonth: 100 },
  { id: 'partners', perMonth: 50 },
];

function uniqueIds(lines: readonly { id: string }[]): boolean {
  return new Set(lines.map((line) => line.id)).size === lines.length;
}

/**
 * Scenario of a revenue projection; every field is optional and defaults to the source's
 * mid-size city branch (A5 §4.2). Unknown fields are refused so a mistyped option is not
 * silently replaced by its default.
 *
 * @example
 * parseInput(ProjectionInput, { renewalRate: 0.9 }).channels.length // 3
 */
export const ProjectionInput = z.strictObject({
  /**
   * Length of the projection in months, 1 to 600.
   * @default 60
   */
  months: z._default(z.int().check(z.minimum(1), z.maximum(MAX_PROJECTION_MONTHS)), 60),
  /**
   * Sign-up channels; their `perMonth` add up to the new members of every month.
   * @default [{ id: 'direct', perMonth: 150 }, { id: 'bank', perMonth: 100 }, { id: 'partners', perMonth: 50 }]
   */
  channels: z._default(
    z.array(ProjectionChannel).check(z.maxLength(100), z.refine(uniqueIds, { error: 'Channel ids must be unique' })),
    sourceChannels,
  ),
  /**
   * Yearly membership fee in fen, billed at joining and at every anniversary.
   * @default 36500
   */
  annualFeeFen: z._default(NonNegativeFen, 36_500),
  /**
   * Share of a cohort that renews at each anniversary, 0 to 1.
   * @default 1
   */
  renewalRate: z._default(z.number().check(z.minimum(0), z.maximum(1)), 1),
  /**
   * Cars in the branch's city and their monthly growth.
   * @default { start: 100000, growthPerMonth: 1000 }
   */
  vehicleParc: z.prefault(VehicleParc, {}),
  /**
   * Income lines besides membership fees.
   * @default []
   */
  otherIncome: z._default(
    z.array(OtherIncomeLine).check(z.maxLength(100), z.refine(uniqueIds, { error: 'Other income ids must be unique' })),
    () => [],
  ),
});
/** A projection scenario as a caller passes it: every field optional. */
export type ProjectionInput = z.input<typeof ProjectionInput>;
/** A projection scenario with every default applied, as returned in {@link RevenueProjection}. */
export type ResolvedProjectionInput = z.output<typeof ProjectionInput>;
