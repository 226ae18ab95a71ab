import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { IsoMonth } from './compliance.js';
import { AllianceErrorCode } from './errors.js';
import { territoryOn, type AllianceCounty, type Dealer, type SalesCentre, type Salesperson } from './network.js';
import { networkCompletion, NetworkCompletion, SalespersonPay, salespersonPay } from './pay.js';
import { firstHalfYear, monthEnd, visitFundFor } from './time-rules.js';

/** A salesperson's pay statement for one month (工資單), from the stored network and penalties. */
export const PayStatement = z.object({
  salespersonId: entityId(IdPrefix.salesperson),
  month: IsoMonth,
  /** The day the network is counted on: the month's last day. */
  countedOn: IsoDate,
  /** The network completion that scales 30 % of the pay. */
  network: NetworkCompletion,
  /** Late reports recorded for the month (50 CNY each). */
  lateReports: z.int().check(z.minimum(0)),
  /** Missing reports recorded for the month (200 CNY each). */
  missingReports: z.int().check(z.minimum(0)),
  /** `salespersonPay`'s lines. */
  pay: SalespersonPay,
  /** The last day of the alliance's first half-year: the visit fund is paid for months counted by then. */
  visitFundUntil: IsoDate,
});
/** A salesperson's pay statement for one month. */
export type PayStatement = z.infer<typeof PayStatement>;

/** Input of {@link payStatement}. */
export interface PayStatementInput {
  salesperson: Pick<Salesperson, 'id' | 'baseFen' | 'startedOn'>;
  /** The salesperson's sales centre: the day its alliance was founded starts the first half-year. */
  centre: Pick<SalesCentre, 'foundedOn'>;
  month: IsoMonth;
  /** The counties of the salesperson's territory. */
  counties: readonly Pick<AllianceCounty, 'id' | 'developmentStartedOn' | 'developmentUntil'>[];
  /** The dealers of those counties. */
  dealers: readonly Pick<Dealer, 'countyId' | 'admittedOn' | 'revocation' | 'promotedOn'>[];
  lateReports: number;
  missingReports: number;
}

/**
 * A salesperson's monthly pay statement: the territory as it stood on the month's last day
 * (members then, blank counties still in development left out), the visit fund of the alliance's
 * first half-year (`visitFundFor`), and the month's report penalties, through `salespersonPay`. Throws
 * `alliance/no-counties` for a salesperson without a county: there is no network to pay on.
 */
export function payStatement(input: PayStatementInput): PayStatement {
  const month = parseInput(IsoMonth, input.month, 'month');
  if (input.counties.length === 0) {
    throw new ClubError(AllianceErrorCode.noCounties, `Salesperson ${input.salesperson.id} has no county to pay on.`, {
      details: { salespersonId: input.salesperson.id },
    });
  }
  const countedOn = monthEnd(month);
  const counties = territoryOn(input.counties, input.dealers, countedOn);
  return {
    salespersonId: input.salesperson.id,
    month,
    countedOn,
    network: networkCompletion(counties),
    lateReports: input.lateReports,
    missingReports: input.missingReports,
    pay: salespersonPay({
      baseFen: input.salesperson.baseFen,
      counties,
      visitFundFen: visitFundFor({ foundedOn: input.centre.foundedOn, startedOn: input.salesperson.startedOn }, month),
      lateReports: input.lateReports,
      missingReports: input.missingReports,
    }),
    visitFundUntil: firstHalfYear(input.centre.foundedOn).lastDay,
  };
}
