import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { ratioAtLeast } from './exact.js';
import { MIN_MARKET_SHARE } from './qualification.js';

/** Charter breaches that let the alliance revoke a membership (A1 "運行章程"). */
export const ViolationKind = {
  /** Bought stock from a primary dealer other than the designated one. */
  offChannelPurchase: 'off-channel-purchase',
  /** Sold below the price the alliance agreed. */
  underpricing: 'underpricing',
  /** Bundled the brand with other (soy-milk) products. */
  bundling: 'bundling',
  /** Sold counterfeit products. */
  counterfeit: 'counterfeit',
} as const;
/** A charter breach. */
export type ViolationKind = (typeof ViolationKind)[keyof typeof ViolationKind];

/** Why {@link reviewCompliance} revokes a membership: a shortfall streak or a charter breach. */
export const RevocationReason = {
  /** Sales under 70 % of the market for three consecutive months. */
  salesShortfall: 'sales-shortfall',
  ...ViolationKind,
} as const;
/** A ground for revoking a membership. */
export type RevocationReason = (typeof RevocationReason)[keyof typeof RevocationReason];

const VIOLATION_KINDS = Object.values(ViolationKind);
const REVOCATION_REASONS = Object.values(RevocationReason);

/** Months under 70 % in a row that revoke a membership. */
const SHORTFALL_MONTHS_TO_REVOKE = 3;

/** A calendar month, `YYYY-MM`. */
export const IsoMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month as YYYY-MM'));
/** A calendar month, `YYYY-MM`. */
export type IsoMonth = z.infer<typeof IsoMonth>;

/** One month of a member's sales against its market. Any unit, the same for both numbers. */
export const MonthlySales = z.object({
  /** The month, `YYYY-MM`. */
  month: IsoMonth,
  /** The member's sales that month. */
  sales: z.int().check(z.minimum(0)),
  /** All sales of the brand in the member's market that month; 0 means no shortfall is possible. */
  marketSales: z.int().check(z.minimum(0)),
});
/** One month of a member's sales against its market. */
export type MonthlySales = z.infer<typeof MonthlySales>;

/** A recorded charter breach. */
export const Violation = z.object({
  /** What the member did. */
  kind: z.enum(VIOLATION_KINDS),
  /** When it was found. */
  on: z.optional(IsoDate),
  /** Free text: evidence, who reported it. */
  note: z.optional(z.string().check(z.maxLength(2000))),
});
/** A recorded charter breach. */
export type Violation = z.infer<typeof Violation>;

/** Input of {@link reviewCompliance}: months in any order, each at most once. */
export const ComplianceInput = z.object({
  /** The months under review. A month missing between two others breaks a shortfall streak. */
  months: z.array(MonthlySales).check(
    z.superRefine((months, ctx) => {
      const seen = new Set<string>();
      months.forEach((m, i) => {
        if (seen.has(m.month)) {
          ctx.addIssue({
            code: 'custom',
            message: `Month ${m.month} is listed twice`,
            path: [i, 'month'],
            params: { code: 'duplicate' },
            input: m.month,
          });
        }
        seen.add(m.month);
      });
    }),
  ),
  /** Charter breaches found in the period under review. */
  violations: z._default(z.array(Violation), []),
});
/** Input of {@link reviewCompliance}; `violations` may be left out. */
export type ComplianceInput = z.input<typeof ComplianceInput>;

/** The outcome of {@link reviewCompliance}. */
export const ComplianceReview = z.object({
  /** True when the alliance may revoke the membership. */
  revoke: z.boolean(),
  /** Every distinct ground, `sales-shortfall` first, then breaches in the order first recorded. */
  reasons: z.array(z.enum(REVOCATION_REASONS)),
  /** The longest run of consecutive calendar months under 70 %; this decides revocation. */
  shortfallStreak: z.int().check(z.minimum(0)),
  /** The run of months under 70 % that ends with the latest month reviewed (0 if that month is fine). */
  currentShortfallStreak: z.int().check(z.minimum(0)),
});
/** The outcome of {@link reviewCompliance}. */
export type ComplianceReview = z.infer<typeof ComplianceReview>;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/**
 * Reviews a member against the charter: three consecutive calendar months under 70 % of its
 * market revoke (`sales-shortfall`), and so does any breach. Months are sorted first; a month
 * with no figures breaks a streak, since nothing shows a shortfall in it. Exactly 70 % is fine.
 *
 * @example
 * reviewCompliance({ months: [
 *   { month: '2026-01', sales: 60, marketSales: 100 },
 *   { month: '2026-02', sales: 69, marketSales: 100 },
 *   { month: '2026-03', sales: 50, marketSales: 100 },
 * ] }) // { revoke: true, reasons: ['sales-shortfall'], shortfallStreak: 3, currentShortfallStreak: 3 }
 */
export function reviewCompliance(input: ComplianceInput): ComplianceReview {
  const { months, violations } = parseInput(ComplianceInput, input, 'compliance input');
  const sorted = [...months].sort((a, b) => monthIndex(a.month) - monthIndex(b.month));
  let longest = 0;
  let run = 0;
  let previous: number | undefined;
  for (const m of sorted) {
    const index = monthIndex(m.month);
    if (previous !== undefined && index !== previous + 1) run = 0;
    run = ratioAtLeast(m.sales, m.marketSales, ...MIN_MARKET_SHARE) ? 0 : run + 1;
    longest = Math.max(longest, run);
    previous = index;
  }
  const reasons: RevocationReason[] = [];
  if (longest >= SHORTFALL_MONTHS_TO_REVOKE) reasons.push(RevocationReason.salesShortfall);
  for (const v of violations) if (!reasons.includes(v.kind)) reasons.push(v.kind);
  return { revoke: reasons.length > 0, reasons, shortfallStreak: longest, currentShortfallStreak: run };
}
