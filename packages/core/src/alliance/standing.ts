import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { IsoMonth, MonthlySales, reviewCompliance } from './compliance.js';
import { ratioAtLeast } from './exact.js';
import { Dealer, DealerStatus, Revocation } from './network.js';
import { MIN_MARKET_SHARE } from './qualification.js';

/** Months under 70 % in a row after which a member is warned: the next short month revokes it. */
export const SHORTFALL_MONTHS_TO_WARN = 2;

/** How a dealer stands in a month, by the charter's 70 % rule. */
export const DealerStandingLevel = {
  /** At least 70 % of its market. */
  met: 'met',
  /** Under 70 %, the first month in a row. */
  short: 'short',
  /** Under 70 % two months in a row: warned, a third month revokes. */
  warned: 'warned',
  /** Under 70 % three months in a row or more: the charter revokes it at its review. */
  revocable: 'revocable',
  /** No figures recorded for the month. */
  unreported: 'unreported',
  /** No longer a member: revoked by a review. */
  revoked: 'revoked',
} as const;
/** How a dealer stands in a month. */
export type DealerStandingLevel = (typeof DealerStandingLevel)[keyof typeof DealerStandingLevel];

/** One dealer's standing in a month. */
export const DealerStanding = z.object({
  dealerId: Dealer.shape.id,
  countyId: Dealer.shape.countyId,
  name: Dealer.shape.name,
  status: Dealer.shape.status,
  month: IsoMonth,
  /** The month's sales and market, or null when none are recorded. */
  sales: z.nullable(z.int().check(z.minimum(0))),
  marketSales: z.nullable(z.int().check(z.minimum(0))),
  /** sales / marketSales; null without figures or with a market of 0. */
  share: z.nullable(z.number()),
  level: z.enum(Object.values(DealerStandingLevel)),
  /** Months under 70 % in a row, ending with this month (0 when it met the rule or is unreported). */
  shortfallStreak: z.int().check(z.minimum(0)),
  revocation: z.nullable(Revocation),
});
/** One dealer's standing in a month. */
export type DealerStanding = z.infer<typeof DealerStanding>;

const Months = z.array(MonthlySales);

/**
 * A dealer's standing in `month` by the charter (A1): at least 70 % of its market meets it; under
 * 70 % is short, two months in a row warned, three revocable (its review revokes it); a month
 * with no figures is unreported and breaks a run, as `reviewCompliance` counts it. A revoked
 * dealer stands revoked whatever its figures.
 *
 * @param months - the dealer's months, in any order; those after `month` are ignored
 * @example
 * dealerStanding(dealer, [{ month: '2026-10', sales: 60, marketSales: 100 }, { month: '2026-11', sales: 65, marketSales: 100 }], '2026-11')
 * // { level: 'warned', shortfallStreak: 2, share: 0.65, … }
 */
export function dealerStanding(dealer: Dealer, months: readonly MonthlySales[], month: string): DealerStanding {
  const d = parseInput(Dealer, dealer, 'dealer');
  const judged = parseInput(IsoMonth, month, 'month');
  const upTo = parseInput(Months, months, 'months').filter((m) => m.month <= judged);
  const current = upTo.find((m) => m.month === judged);
  const streak = current === undefined ? 0 : reviewCompliance({ months: upTo }).currentShortfallStreak;
  const met = current !== undefined && ratioAtLeast(current.sales, current.marketSales, ...MIN_MARKET_SHARE);
  const level: DealerStandingLevel =
    d.status === DealerStatus.revoked
      ? DealerStandingLevel.revoked
      : current === undefined
        ? DealerStandingLevel.unreported
        : met
          ? DealerStandingLevel.met
          : streak >= SHORTFALL_MONTHS_TO_WARN + 1
            ? DealerStandingLevel.revocable
            : streak === SHORTFALL_MONTHS_TO_WARN
              ? DealerStandingLevel.warned
              : DealerStandingLevel.short;
  return {
    dealerId: d.id,
    countyId: d.countyId,
    name: d.name,
    status: d.status,
    month: judged,
    sales: current?.sales ?? null,
    marketSales: current?.marketSales ?? null,
    share: current === undefined || current.marketSales === 0 ? null : current.sales / current.marketSales,
    level,
    shortfallStreak: streak,
    revocation: d.revocation,
  };
}

/** The alliance's dealers in a month: each one's standing, by county then name. */
export const AllianceStanding = z.object({ month: IsoMonth, dealers: z.array(DealerStanding) });
/** The alliance's dealers in a month. */
export type AllianceStanding = z.infer<typeof AllianceStanding>;
