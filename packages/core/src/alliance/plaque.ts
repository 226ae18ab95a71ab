import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';

// The bronze plaque "designated sales point" (銅牌, 《維維系列產品指定銷售點》): handed to a
// secondary dealer when it signs the anti-counterfeit agreement and joins the alliance, and taken
// back when it is found selling counterfeits (agreement art. 2: "乙方有權收回銅牌").

/** A dealer's plaque: when it was handed over and when it was taken back. */
export const Plaque = z.object({
  /** The day it was handed over (the day the dealer became a member), or null for a dealer never admitted. */
  issuedOn: z.nullable(IsoDate),
  /** The day it was taken back after a counterfeit finding, or null while the dealer holds it. */
  withdrawnOn: z.nullable(IsoDate),
});
/** A dealer's plaque. */
export type Plaque = z.infer<typeof Plaque>;

/** Whether a dealer held its plaque on a day: handed over by then and not yet taken back. */
export function holdsPlaqueOn(dealer: { plaque: Plaque }, date: string): boolean {
  const day = parseInput(IsoDate, date, 'date');
  const { issuedOn, withdrawnOn } = dealer.plaque;
  return issuedOn !== null && issuedOn <= day && (withdrawnOn === null || day < withdrawnOn);
}

/**
 * Takes a dealer's plaque back on the day counterfeits were found. A plaque already taken back
 * keeps its first day; a dealer that never had one is returned unchanged.
 *
 * @example
 * withdrawPlaque(dealer, '2026-11-20').plaque // { issuedOn: '2026-03-01', withdrawnOn: '2026-11-20' }
 */
export function withdrawPlaque<D extends { plaque: Plaque }>(dealer: D, on: string): D {
  const day = parseInput(IsoDate, on, 'on');
  const { issuedOn, withdrawnOn } = dealer.plaque;
  if (issuedOn === null || withdrawnOn !== null) return dealer;
  return { ...dealer, plaque: { issuedOn, withdrawnOn: day < issuedOn ? issuedOn : day } };
}
