import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { membershipError, MembershipErrorCode } from './errors.js';
import { Membership } from './membership.js';
import { membershipStateOn } from './state-rules.js';
import { MembershipState } from './states.js';
import { normalizePlate } from './plate.js';

const Memberships = z.array(Membership);

/** States in which a membership holds on to its car. */
const HOLDING: ReadonlySet<MembershipState> = new Set([
  MembershipState.pending,
  MembershipState.active,
  MembershipState.grace,
]);

/**
 * Enforces "one car, one member" (A3 art.4): throws `membership/duplicate-vehicle` when a
 * membership that is pending, active or in grace on `today`, and not cancelled, already
 * uses the plate. The plate may be given as typed; it is normalised first.
 *
 * @example
 * assertVehicleFree(membershipsOfPlate, '粵B 12345', '2026-11-27'); // throws if the car is taken
 */
export function assertVehicleFree(memberships: readonly Membership[], plate: string, today: IsoDate): void {
  const list = parseInput(Memberships, memberships, 'memberships');
  const normalised = normalizePlate(plate);
  const day = parseInput(IsoDate, today, 'today');
  const holder = list.find((m) => m.plate === normalised && HOLDING.has(membershipStateOn(m, day)));
  if (holder) {
    throw membershipError(
      MembershipErrorCode.duplicateVehicle,
      `Vehicle ${normalised} already backs membership ${holder.id} (${membershipStateOn(holder, day)} on ${day})`,
      { plate: normalised, membershipId: holder.id },
    );
  }
}
