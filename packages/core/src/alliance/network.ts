import * as z from 'zod/mini';
import { addMonths } from '../shared/calendar.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ComplianceReview, MonthlySales, RevocationReason, reviewCompliance, Violation } from './compliance.js';
import { AllianceErrorCode } from './errors.js';
import { marketVolume } from './market.js';
import { Plaque } from './plaque.js';
import type { County } from './pay.js';
import { checkQualification, QualificationInput, QualificationResult } from './qualification.js';

// The alliance's stored network (A1): sales centres, their counties and salespeople, and the
// secondary dealers of each county with their membership. Records are plain data; the
// functions below apply the rules of market.ts, qualification.ts and compliance.ts to them.

const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const CentreId = entityId(IdPrefix.salesCentre);
const SalespersonId = entityId(IdPrefix.salesperson);

/** Months a blank county has to find its first member before it counts against pay (A1 "三個月的開發期"). */
export const DEVELOPMENT_MONTHS = 3;

/** A sales centre (銷售中心) running the alliance of one market, e.g. Baoding. */
export const SalesCentre = z.object({
  /** `ctr_…`: the club may choose it (`ctr_baoding`), since staff principals name it. */
  id: CentreId,
  name: Name,
  createdAt: IsoInstant,
  /** The day its alliance was founded (聯銷體成立): its first half-year carries the visit fund and weekly visit lists. */
  foundedOn: IsoDate,
});
/** A sales centre. */
export type SalesCentre = z.infer<typeof SalesCentre>;

/** Body of a new sales centre: its name and, optionally, the id the club chose for it and its alliance's founding day. */
export const NewSalesCentre = z.object({
  id: z.optional(CentreId),
  name: Name,
  /** The day its alliance was founded; the day it is recorded when left out. */
  foundedOn: z.optional(IsoDate),
  /** The primary dealer (一級經銷商) its members buy from, from the founding day; the centre's own name when left out. */
  primaryDealer: z.optional(Name),
});
/** Body of a new sales centre. */
export type NewSalesCentre = z.infer<typeof NewSalesCentre>;

/** Body of a change to a sales centre: the day its alliance was founded, as the club corrects it. */
export const SalesCentrePatch = z.object({ foundedOn: IsoDate });
/** Body of a change to a sales centre. */
export type SalesCentrePatch = z.infer<typeof SalesCentrePatch>;

/** A salesperson (業務員) of a sales centre, who looks after the dealers of their counties. */
export const Salesperson = z.object({
  id: SalespersonId,
  centreId: CentreId,
  name: Name,
  /** The monthly base pay, in fen; 30 % of it depends on the network's completion. */
  baseFen: NonNegativeFen,
  /** The day they started: the visit fund is paid from then, while the alliance is in its first half-year. */
  startedOn: IsoDate,
  createdAt: IsoInstant,
});
/** A salesperson. */
export type Salesperson = z.infer<typeof Salesperson>;

/** Body of a new salesperson. */
export const NewSalesperson = z.object({
  centreId: CentreId,
  name: Name,
  baseFen: NonNegativeFen,
  startedOn: IsoDate,
});
/** Body of a new salesperson. */
export type NewSalesperson = z.infer<typeof NewSalesperson>;

/** Body of a new county: its market by the thousand-person analysis, its development period and its salesperson. */
export const NewCounty = z.object({
  centreId: CentreId,
  name: Name,
  /** People living in the county. */
  population: z.int().check(z.minimum(0)),
  /** What a thousand people consume a month, in the unit sales are counted in (cases). */
  monthlyPerThousand: z.number().check(z.minimum(0), z.maximum(1_000_000)),
  /** The day the county's three-month development period started; leave it out for a county that has none. */
  developmentStartedOn: z.optional(IsoDate),
  /** The salesperson whose territory the county is in; its dealers' records are theirs. */
  salespersonId: z.optional(SalespersonId),
});
/** Body of a new county. */
export type NewCounty = z.infer<typeof NewCounty>;

/** A county (縣) of a sales centre: one market, normally with one or two alliance members. */
export const AllianceCounty = z.object({
  id: entityId(IdPrefix.county),
  centreId: CentreId,
  /** The salesperson whose territory it is, or null while nobody looks after it. */
  salespersonId: z.nullable(SalespersonId),
  name: Name,
  population: z.int().check(z.minimum(0)),
  monthlyPerThousand: z.number().check(z.minimum(0)),
  /** population / 1000 × monthly consumption per thousand (`marketVolume`), unrounded. */
  marketVolume: z.number().check(z.minimum(0)),
  /** The market volume to the nearest whole unit: a sales month's market when none is given. */
  monthlyMarketSales: z.int().check(z.minimum(0)),
  developmentStartedOn: z.nullable(IsoDate),
  /** The first day after the development period (start + three months), or null. */
  developmentUntil: z.nullable(IsoDate),
  createdAt: IsoInstant,
});
/** A county of a sales centre. */
export type AllianceCounty = z.infer<typeof AllianceCounty>;

/**
 * Builds a county from its body: the market volume by `marketVolume`, and the end of its
 * three-month development period.
 *
 * @example
 * newCounty({ centreId: 'ctr_baoding', name: '清苑', population: 450_000, monthlyPerThousand: 12 }, { id: 'cty_1', now })
 * // marketVolume 5400, monthlyMarketSales 5400, developmentUntil null
 */
export function newCounty(input: NewCounty, options: { id: string; now: string }): AllianceCounty {
  const c = parseInput(NewCounty, input, 'county');
  const volume = marketVolume({ population: c.population, monthlyPerThousand: c.monthlyPerThousand });
  const started = c.developmentStartedOn ?? null;
  return {
    id: options.id,
    centreId: c.centreId,
    salespersonId: c.salespersonId ?? null,
    name: c.name,
    population: c.population,
    monthlyPerThousand: c.monthlyPerThousand,
    marketVolume: volume,
    monthlyMarketSales: Math.round(volume),
    developmentStartedOn: started,
    developmentUntil: started === null ? null : addMonths(started, DEVELOPMENT_MONTHS),
    createdAt: options.now,
  };
}

/** Whether a county is inside its development period on a day: started by then and not yet over. */
export function inDevelopmentOn(
  county: Pick<AllianceCounty, 'developmentStartedOn' | 'developmentUntil'>,
  date: string,
): boolean {
  return (
    county.developmentStartedOn !== null &&
    county.developmentUntil !== null &&
    county.developmentStartedOn <= date &&
    date < county.developmentUntil
  );
}

/** Where a dealer stands with the alliance. */
export const DealerStatus = {
  /** Qualified at application and not revoked. */
  member: 'member',
  /** Failed a condition of `checkQualification` at application: stored, never a member. */
  notQualified: 'not-qualified',
  /** Was a member; the charter revoked it (`reviewCompliance`). */
  revoked: 'revoked',
  /** Was a member; developed into the alliance's primary dealer, which ends its secondary membership. */
  promoted: 'promoted',
} as const;
/** Where a dealer stands with the alliance. */
export type DealerStatus = (typeof DealerStatus)[keyof typeof DealerStatus];

/** Body of a dealer's application: its county and the figures `checkQualification` decides on. */
export const NewDealer = z.object({
  countyId: entityId(IdPrefix.county),
  name: Name,
  /** The day of the application; the day it is recorded when left out. */
  appliedOn: z.optional(IsoDate),
  qualification: QualificationInput,
});
/** Body of a dealer's application. */
export type NewDealer = z.infer<typeof NewDealer>;

/** A revoked membership: when, and every ground `reviewCompliance` found. */
export const Revocation = z.object({ on: IsoDate, reasons: z.array(z.enum(Object.values(RevocationReason))) });
/** A revoked membership. */
export type Revocation = z.infer<typeof Revocation>;

/** A secondary dealer (二級客戶) of a county, with its qualification and membership. */
export const Dealer = z.object({
  id: entityId(IdPrefix.dealer),
  centreId: CentreId,
  countyId: entityId(IdPrefix.county),
  /** The county's salesperson when the dealer applied, or null. */
  salespersonId: z.nullable(SalespersonId),
  name: Name,
  appliedOn: IsoDate,
  /** `checkQualification`'s outcome at application. */
  qualification: QualificationResult,
  status: z.enum([DealerStatus.member, DealerStatus.notQualified, DealerStatus.revoked, DealerStatus.promoted]),
  /** The day it became a member (its application day), or null when it did not qualify. */
  admittedOn: z.nullable(IsoDate),
  /** Charter breaches recorded against it, oldest first. */
  violations: z.array(Violation),
  revocation: z.nullable(Revocation),
  /** The day it was developed into the alliance's primary dealer: its secondary membership ends that day. */
  promotedOn: z.optional(IsoDate),
  createdAt: IsoInstant,
  /** The bronze plaque (銅牌) "designated sales point" a member holds, and when it was taken back. */
  plaque: Plaque,
});
/** A secondary dealer. */
export type Dealer = z.infer<typeof Dealer>;

/** Where a new dealer sits: its id, sales centre and salesperson (those of its county), and the day. */
export interface DealerPlacement {
  id: string;
  county: Pick<AllianceCounty, 'id' | 'centreId' | 'salespersonId'>;
  today: string;
  now: string;
}

/**
 * Records a dealer's application: `checkQualification` decides, and a dealer that fails is kept
 * as `not-qualified` with its failures (the source selects members; it does not refuse to hear
 * a dealer), while one that passes is a member from its application day.
 */
export function admitDealer(input: NewDealer, placement: DealerPlacement): Dealer {
  const d = parseInput(NewDealer, input, 'dealer');
  const qualification = checkQualification(d.qualification);
  const appliedOn = d.appliedOn ?? placement.today;
  return {
    id: placement.id,
    centreId: placement.county.centreId,
    countyId: placement.county.id,
    salespersonId: placement.county.salespersonId,
    name: d.name,
    appliedOn,
    qualification,
    status: qualification.qualified ? DealerStatus.member : DealerStatus.notQualified,
    admittedOn: qualification.qualified ? appliedOn : null,
    violations: [],
    revocation: null,
    createdAt: placement.now,
    plaque: { issuedOn: qualification.qualified ? appliedOn : null, withdrawnOn: null },
  };
}

/**
 * Whether a dealer was an alliance member on a day: admitted by then, not yet revoked and not yet
 * developed into the primary dealer (it is the primary dealer from that day, no longer a member).
 */
export function wasMemberOn(dealer: Pick<Dealer, 'admittedOn' | 'revocation' | 'promotedOn'>, date: string): boolean {
  return (
    dealer.admittedOn !== null &&
    dealer.admittedOn <= date &&
    (dealer.revocation === null || dealer.revocation.on > date) &&
    (dealer.promotedOn === undefined || dealer.promotedOn > date)
  );
}

/**
 * Refuses, with `alliance/not-a-member`, a dealer that is not an alliance member now (not
 * qualified, or revoked): what only members do — sales months, assessments — starts with it.
 */
export function assertAllianceMember(dealer: Pick<Dealer, 'id' | 'status'>): void {
  if (dealer.status !== DealerStatus.member) {
    throw new ClubError(
      AllianceErrorCode.notAMember,
      `Dealer ${dealer.id} is not an alliance member (${dealer.status}).`,
      { details: { dealerId: dealer.id, status: dealer.status } },
    );
  }
}

/** Adds a charter breach to a dealer's record; the next review weighs it. */
export function recordViolation(dealer: Dealer, violation: Violation): Dealer {
  const v = parseInput(Violation, violation, 'violation');
  return { ...dealer, violations: [...dealer.violations, v] };
}

/** A dealer after a compliance review, and the review. */
export const DealerReview = z.object({ dealer: Dealer, review: ComplianceReview });
/** A dealer after a compliance review. */
export type DealerReview = z.infer<typeof DealerReview>;

/**
 * Reviews a dealer against the charter with `reviewCompliance` over its sales months and
 * recorded breaches. A member the review revokes is revoked today, with every ground; a dealer
 * that is not a member keeps its status (the review is still reported).
 */
export function reviewDealer(dealer: Dealer, months: readonly MonthlySales[], today: string): DealerReview {
  const review = reviewCompliance({
    months: months.map(({ month, sales, marketSales }) => ({ month, sales, marketSales })),
    violations: dealer.violations,
  });
  if (!review.revoke || dealer.status !== DealerStatus.member) return { dealer, review };
  return {
    dealer: { ...dealer, status: DealerStatus.revoked, revocation: { on: today, reasons: review.reasons } },
    review,
  };
}

/**
 * A territory as `salespersonPay` and `networkCompletion` count it on a day: each county, with
 * whether one of its dealers was a member then and whether it was still in development.
 */
export function territoryOn(
  counties: readonly Pick<AllianceCounty, 'id' | 'developmentStartedOn' | 'developmentUntil'>[],
  dealers: readonly Pick<Dealer, 'countyId' | 'admittedOn' | 'revocation' | 'promotedOn'>[],
  date: string,
): County[] {
  return counties.map((county) => ({
    id: county.id,
    hasMember: dealers.some((d) => d.countyId === county.id && wasMemberOn(d, date)),
    inDevelopment: inDevelopmentOn(county, date),
  }));
}
