import { ClubError } from '../shared/errors.js';
import { roundFen } from '../shared/money.js';
import { parseInput } from '../shared/parse.js';
import { ProjectionInput } from './input.js';
import type { OtherIncomeLine } from './input.js';
import type { OtherIncomeTotal, ProjectionMonth, ProjectionYear, RevenueProjection } from './result.js';

/** Codes of the business-rule errors {@link projectRevenue} throws. */
export const ProjectionErrorCode = {
  /** The car parc reaches zero or below within the horizon, so penetration has no meaning. */
  parcNotPositive: 'projection/parc-not-positive',
  /** A total no longer fits an exact integer number of fen. */
  amountTooLarge: 'projection/amount-too-large',
} as const;
/** A business-rule error code of the projection context. */
export type ProjectionErrorCode = (typeof ProjectionErrorCode)[keyof typeof ProjectionErrorCode];

/** Fen of a yearly amount that falls in the `k`-th month (1–12) of a year, so 12 months add up exactly. */
function spreadYearly(yearlyFen: number, k: number): number {
  return roundFen((yearlyFen * k) / 12) - roundFen((yearlyFen * (k - 1)) / 12);
}

function otherIncomeOfMonth(line: OtherIncomeLine, monthOfYear: number): number {
  return line.monthlyFen + (line.yearlyFen === 0 ? 0 : spreadYearly(line.yearlyFen, monthOfYear));
}

function emptyYear(year: number): ProjectionYear {
  return {
    year,
    newMembers: 0,
    membersAtEnd: 0,
    billedFen: 0,
    recognizedFen: 0,
    otherIncomeFen: 0,
    parcAtEnd: 1,
    penetrationAtEnd: 0,
  };
}

/**
 * Projects a club branch's membership and fee revenue month by month (A5 §4.2).
 *
 * Members who join in month m count from the end of month m; each cohort is billed the
 * yearly fee when it joins and at every 12-month anniversary, where a share `renewalRate`
 * of it stays. `billedFen` is that cash; `recognizedFen` is members at the end of the month
 * × fee / 12. Member counts are expected values and stay fractional; money is rounded
 * half-up to the fen per month, and year rows and totals are sums of month rows.
 *
 * @param input - the scenario; every field defaults to the source's mid-size city branch
 * @returns the resolved scenario, one row per month, one per year, and totals
 * @throws ClubError `invalid-input` for a malformed scenario, `projection/parc-not-positive`
 *   when the car parc falls to zero, `projection/amount-too-large` beyond exact fen
 * @example
 * const { years } = projectRevenue();
 * years[4]?.billedFen // 657000000 (6,570,000 CNY billed in year 5)
 * projectRevenue({ months: 120, renewalRate: 0.9 }).totals.membersAtEnd
 */
export function projectRevenue(input?: ProjectionInput): RevenueProjection {
  const scenario = parseInput(ProjectionInput, input === undefined ? {} : input, 'projection input');
  const { months: horizon, annualFeeFen: fee, renewalRate, vehicleParc, otherIncome } = scenario;
  const joiners = scenario.channels.reduce((sum, channel) => sum + channel.perMonth, 0);

  // cohorts[c] is the expected size of the cohort that joined in month c, as of the current month.
  const cohorts = new Float64Array(horizon + 1);
  const lineTotals = otherIncome.map(() => 0);
  const months: ProjectionMonth[] = [];
  const years: ProjectionYear[] = [];
  let year = emptyYear(1);

  for (let month = 1; month <= horizon; month++) {
    const parc = vehicleParc.start + vehicleParc.growthPerMonth * month;
    if (!(parc > 0)) {
      throw new ClubError(
        ProjectionErrorCode.parcNotPositive,
        `The car parc reaches ${String(parc)} cars in month ${String(month)}; it must stay above zero`,
        {
          details: { month, parc },
        },
      );
    }

    cohorts[month] = joiners;
    let billed = joiners;
    for (let cohort = month - 12; cohort >= 1; cohort -= 12) {
      const renewed = (cohorts[cohort] ?? 0) * renewalRate;
      cohorts[cohort] = renewed;
      billed += renewed;
    }
    let members = 0;
    for (let cohort = 1; cohort <= month; cohort++) members += cohorts[cohort] ?? 0;

    const monthOfYear = ((month - 1) % 12) + 1;
    let otherIncomeFen = 0;
    for (let i = 0; i < otherIncome.length; i++) {
      const fen = otherIncomeOfMonth(otherIncome[i] as OtherIncomeLine, monthOfYear);
      lineTotals[i] = (lineTotals[i] ?? 0) + fen;
      otherIncomeFen += fen;
    }

    const row: ProjectionMonth = {
      month,
      newMembers: joiners,
      members,
      billedFen: roundFen(billed * fee),
      recognizedFen: roundFen((members * fee) / 12),
      otherIncomeFen,
      parc,
      penetration: members / parc,
    };
    months.push(row);

    year.newMembers += row.newMembers;
    year.billedFen += row.billedFen;
    year.recognizedFen += row.recognizedFen;
    year.otherIncomeFen += row.otherIncomeFen;
    year.membersAtEnd = members;
    year.parcAtEnd = parc;
    year.penetrationAtEnd = row.penetration;
    if (monthOfYear === 12 || month === horizon) {
      years.push(year);
      year = emptyYear(year.year + 1);
    }
  }

  const last = months[months.length - 1] as ProjectionMonth;
  let newMembers = 0;
  let billedFen = 0;
  let recognizedFen = 0;
  for (const y of years) {
    newMembers += y.newMembers;
    billedFen += y.billedFen;
    recognizedFen += y.recognizedFen;
  }
  const otherIncomeFen = lineTotals.reduce((sum, fen) => sum + fen, 0);
  if (![billedFen, recognizedFen, otherIncomeFen].every(Number.isSafeInteger)) {
    throw new ClubError(
      ProjectionErrorCode.amountTooLarge,
      'The projection exceeds the amounts that can be counted exactly in fen; shorten it or lower the fee or sign-ups',
      {
        details: { billedFen, recognizedFen, otherIncomeFen },
      },
    );
  }

  const otherIncomeTotals: OtherIncomeTotal[] = otherIncome.map((line, i) => ({
    id: line.id,
    ...(line.label === undefined ? {} : { label: line.label }),
    otherIncomeFen: lineTotals[i] ?? 0,
  }));

  return {
    input: scenario,
    months,
    years,
    totals: {
      newMembers,
      membersAtEnd: last.members,
      billedFen,
      recognizedFen,
      otherIncomeFen,
      otherIncome: otherIncomeTotals,
      parcAtEnd: last.parc,
      penetrationAtEnd: last.penetration,
    },
  };
}
