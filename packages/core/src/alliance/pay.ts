import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { divideHalfUpExact } from '../shared/money.js';
import { toSafeFen } from './exact.js';
import { reportPenalties } from './penalties.js';

/** One county in a salesperson's territory. */
export const County = z.object({
  /** Any id unique within the territory. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** True when at least one secondary dealer of the county is an alliance member. */
  hasMember: z.boolean(),
  /** True while a blank county is inside its three-month development period. */
  inDevelopment: z.boolean(),
});
/** One county in a salesperson's territory. */
export type County = z.infer<typeof County>;

/** A territory: at least one county, each id once. */
export const Territory = z.array(County).check(
  z.minLength(1),
  z.superRefine((counties, ctx) => {
    const seen = new Set<string>();
    counties.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({
          code: 'custom',
          message: `County ${c.id} is listed twice`,
          path: [i, 'id'],
          params: { code: 'duplicate' },
          input: c.id,
        });
      seen.add(c.id);
    });
  }),
);
/** A territory. */
export type Territory = z.infer<typeof Territory>;

/** How complete a territory's alliance network is. */
export const NetworkCompletion = z.object({
  /** Counted counties that have a member. */
  covered: z.int().check(z.minimum(0)),
  /** Counties counted: all but blank ones still in development. */
  counted: z.int().check(z.minimum(0)),
  /** covered / counted; 1 when nothing is counted. */
  completion: z.number().check(z.minimum(0), z.maximum(1)),
});
/** How complete a territory's alliance network is. */
export type NetworkCompletion = z.infer<typeof NetworkCompletion>;

/**
 * The network completion rate: counties with at least one member / counties. A county without a
 * member that is still in its three-month development period is left out of both counts; a
 * county that already has a member always counts, in development or not. When every county is
 * a blank one in development, completion is 1: nothing is yet due.
 *
 * @example
 * networkCompletion([{ id: 'a', hasMember: true, inDevelopment: false }, { id: 'b', hasMember: false, inDevelopment: true }])
 * // { covered: 1, counted: 1, completion: 1 }
 */
export function networkCompletion(counties: z.input<typeof Territory>): NetworkCompletion {
  const parsed = parseInput(Territory, counties, 'territory');
  const counted = parsed.filter((c) => c.hasMember || !c.inDevelopment);
  const covered = counted.filter((c) => c.hasMember).length;
  return { covered, counted: counted.length, completion: counted.length === 0 ? 1 : covered / counted.length };
}

/** Input of {@link salespersonPay}: one salesperson's month. */
export const SalespersonPayInput = z.object({
  /** The month's base pay, in fen. */
  baseFen: NonNegativeFen,
  /** The counties in the salesperson's territory. */
  counties: Territory,
  /**
   * The visit fund for the month, in fen: 500 CNY a month during the alliance's first half
   * year; pass 0 afterwards.
   * @default 50000
   */
  visitFundFen: z._default(NonNegativeFen, 50_000),
  /**
   * Reports handed in late this month (50 CNY each).
   * @default 0
   */
  lateReports: z._default(z.int().check(z.minimum(0)), 0),
  /**
   * Reports never handed in this month (200 CNY each).
   * @default 0
   */
  missingReports: z._default(z.int().check(z.minimum(0)), 0),
});
/** Input of {@link salespersonPay}. */
export type SalespersonPayInput = z.input<typeof SalespersonPayInput>;

/** A salesperson's pay for a month, line by line, in fen. */
export const SalespersonPay = z.object({
  /** The network completion rate that scales the network part of the pay (`networkFen`). */
  completion: z.number().check(z.minimum(0), z.maximum(1)),
  /** Base × 70 %. */
  fixedFen: NonNegativeFen,
  /** Base × 30 % × completion. */
  networkFen: NonNegativeFen,
  /** The visit fund before deductions. */
  visitFundFen: NonNegativeFen,
  /** Report penalties taken from the visit fund; never more than the fund. */
  deductionsFen: NonNegativeFen,
  /** Report penalties the visit fund could not cover; still owed to the reward fund. */
  unrecoveredFen: NonNegativeFen,
  /** fixed + network + visit fund − deductions. */
  totalFen: NonNegativeFen,
});
/** A salesperson's pay for a month. */
export type SalespersonPay = z.infer<typeof SalespersonPay>;

/**
 * A salesperson's monthly pay: base × 70 % + base × 30 % × network completion + visit fund,
 * less report penalties, which come out of the visit fund only and never take it below zero.
 * Each line is rounded half-up to the fen, exactly.
 *
 * @example
 * // Base 2,000 CNY, 20 counties, 4 without a member → 80 % → 1,400 + 480 + 500 = 2,380 CNY
 * salespersonPay({ baseFen: 200_000, counties }).totalFen // 238_000
 */
export function salespersonPay(input: SalespersonPayInput): SalespersonPay {
  const p = parseInput(SalespersonPayInput, input, 'salesperson pay input');
  const { covered, counted, completion } = networkCompletion(p.counties);
  const base = BigInt(p.baseFen);
  const fixed = divideHalfUpExact(base * 7n, 10n);
  const network =
    counted === 0
      ? divideHalfUpExact(base * 3n, 10n)
      : divideHalfUpExact(base * 3n * BigInt(covered), 10n * BigInt(counted));
  const penalties = reportPenalties({ lateReports: p.lateReports, missingReports: p.missingReports }).totalFen;
  const deductions = Math.min(penalties, p.visitFundFen);
  return {
    completion,
    fixedFen: toSafeFen(fixed, 'fixedFen'),
    networkFen: toSafeFen(network, 'networkFen'),
    visitFundFen: p.visitFundFen,
    deductionsFen: deductions,
    unrecoveredFen: penalties - deductions,
    totalFen: toSafeFen(fixed + network + BigInt(p.visitFundFen - deductions), 'totalFen'),
  };
}
