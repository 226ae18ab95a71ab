import { ClubError, INVALID_INPUT, isClubError, parseInput } from '@clubkit/core';
import {
  assertVehicleFree,
  issueCardNumber,
  MembershipErrorCode,
  normalizePlate,
  type Member,
  type Membership,
  type MembershipApplication,
} from '@clubkit/core/membership';
import type * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { nextSequence } from '../services/sequences.js';
import { lockName } from '../store/locks.js';
import { docs } from '../store/records.js';
import type { RecordAccess } from './common.js';

// What the application, member and membership routes share: how their records are checked,
// how request bodies become core records, and the one-car-one-member rule over stored rows.

/** A member is owned by its branch and by the member. */
export const memberAccess: RecordAccess<'member'> = {
  type: 'member',
  owners: (m: Member) => ({ branchId: m.branchId, memberId: m.id }),
};
/** A member's cards are checked as cards of that member. */
export const memberCardsAccess: RecordAccess<'member'> = { type: 'card', owners: memberAccess.owners };
/** A membership is owned by its branch and its member. */
export const membershipAccess: RecordAccess<'membership'> = {
  type: 'membership',
  owners: (m: Membership) => ({ branchId: m.branchId, memberId: m.memberId }),
};
/** An application is owned by the branch that submitted it. */
export const applicationAccess: RecordAccess<'application'> = {
  type: 'application',
  owners: (a: MembershipApplication) => ({ branchId: a.branchId }),
};

/** Re-points an `invalid-input` error's issues into the request body, under `prefix`. */
function inBody(error: unknown, prefix: (string | number)[]): unknown {
  if (!isClubError(error) || error.code !== INVALID_INPUT) return error;
  const issues = error.issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  return new ClubError(error.code, error.message, { issues, details: error.details, cause: error });
}

/** Checks a record built from a request body with core's schema; issues point at the body field under `prefix`. */
export function bodyRecord<S extends z.ZodMiniType>(
  schema: S,
  value: z.input<S>,
  prefix: string[],
  what: string,
): z.output<S> {
  try {
    return parseInput(schema, value, what);
  } catch (error) {
    throw inBody(error, prefix);
  }
}

/** The plate of a request body, normalised by core. */
export function typedPlate(plate: string): string {
  try {
    return normalizePlate(plate);
  } catch (error) {
    throw inBody(error, ['plate']);
  }
}

/** Enforces one car, one member over the stored memberships of a plate, leaving out `except`. */
export async function assertPlateFree(
  db: ClubDb,
  engine: DbEngine,
  plate: string,
  today: string,
  except?: string,
): Promise<void> {
  // The check and the write that follows must not interleave with another request's for this car.
  await lockName(db, engine, `plate:${plate}`);
  const rows = await db.selectFrom('memberships').select('doc').where('plate', '=', plate).execute();
  try {
    assertVehicleFree(
      docs<Membership>(rows).filter((m) => m.id !== except),
      plate,
      today,
    );
  } catch (error) {
    // Core names the holding membership and its state; the holder may be another branch's, which
    // a direct read would hide with a 404. The caller learns only that the car is taken.
    if (!isClubError(error) || error.code !== MembershipErrorCode.duplicateVehicle) throw error;
    throw new ClubError(
      MembershipErrorCode.duplicateVehicle,
      'This vehicle already backs another membership (one car, one member).',
    );
  }
}

/** A new card number from the club's prefix and the card counter of this transaction. */
export async function nextCardNumber(db: ClubDb, prefix: string): Promise<string> {
  return issueCardNumber(prefix, await nextSequence(db, 'cards'));
}
