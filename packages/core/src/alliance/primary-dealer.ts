import * as z from 'zod/mini';
import { serviceNameKey } from '../membership/catalogue-rules.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AllianceErrorCode } from './errors.js';
import { Dealer, DealerStatus, wasMemberOn } from './network.js';

// The alliance's primary dealer (一級經銷商, A1 聯銷體章程): every member buys from the one the
// alliance designates. "若一級經銷商由于資金問題運營不力，聯銷體有權對其罷免，推舉一個二級經銷商作為
// 一級經銷商或重新選擇一個一級經銷商" — a primary dealer short of funds is removed, and a member
// dealer is developed into the primary one or another is chosen (A1 "可以隨時發展二級客戶使之成為
// 一級客戶"). Each primary dealer is a term from the day it was designated to the day it was
// replaced; the terms of a centre are its history.

const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const Note = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const DealerId = entityId(IdPrefix.dealer);

/** Why a primary dealer was replaced. */
export const ReplacementReason = {
  /** The source's ground: it cannot keep up for lack of funds (由于資金問題運營不力). */
  shortOfFunds: 'short-of-funds',
  /** Any other ground the alliance decides on; a note says which. */
  other: 'other',
} as const;
/** Why a primary dealer was replaced. */
export type ReplacementReason = (typeof ReplacementReason)[keyof typeof ReplacementReason];

/** How a primary dealer's term ended. */
export const PrimaryDealerEnd = z.object({
  /** The replacement day: the successor's first day, the first day this one is no longer primary. */
  on: IsoDate,
  reason: z.enum([ReplacementReason.shortOfFunds, ReplacementReason.other]),
  /** What the alliance recorded; required when the reason is `other`. */
  note: z.nullable(Note),
});
/** How a primary dealer's term ended. */
export type PrimaryDealerEnd = z.infer<typeof PrimaryDealerEnd>;

/** One primary dealer of a sales centre's alliance, from the day it was designated. */
export const PrimaryDealerTerm = z.object({
  id: entityId(IdPrefix.primaryDealer),
  centreId: entityId(IdPrefix.salesCentre),
  name: Name,
  /** The member dealer developed into the primary dealer, or null for a dealer from outside the alliance. */
  dealerId: z.nullable(DealerId),
  /** Its first day as the primary dealer. */
  since: IsoDate,
  /** Its replacement, or null while it is the primary dealer. */
  ended: z.nullable(PrimaryDealerEnd),
  recordedAt: IsoInstant,
});
/** One primary dealer of a sales centre's alliance. */
export type PrimaryDealerTerm = z.infer<typeof PrimaryDealerTerm>;

/** Who follows a replaced primary dealer: a member dealer of the alliance, or another dealer by name. */
export const PrimarySuccessor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), dealerId: DealerId }),
  z.object({ kind: z.literal('dealer'), name: Name }),
]);
/** Who follows a replaced primary dealer. */
export type PrimarySuccessor = z.infer<typeof PrimarySuccessor>;

/** Body of a replacement of a sales centre's primary dealer. */
export const NewPrimaryReplacement = z.object({
  /** The replacement day, the successor's first; the day it is recorded when left out. */
  on: z.optional(IsoDate),
  reason: z.enum([ReplacementReason.shortOfFunds, ReplacementReason.other]),
  /** What the alliance recorded; required when the reason is `other`. */
  note: z.optional(Note),
  successor: PrimarySuccessor,
});
/** Body of a replacement of a sales centre's primary dealer. */
export type NewPrimaryReplacement = z.infer<typeof NewPrimaryReplacement>;

/** A sales centre's primary dealer: the current one, every term oldest first, and the one on a day asked about. */
export const PrimaryDealership = z.object({
  centreId: entityId(IdPrefix.salesCentre),
  /** The primary dealer now, or null for a centre that has none on record. */
  current: z.nullable(PrimaryDealerTerm),
  /** Every term, the oldest first; the current one last. */
  history: z.array(PrimaryDealerTerm),
  /** The day asked about (today when not asked). */
  on: IsoDate,
  /** The primary dealer on that day, or null before the first term. */
  primaryOn: z.nullable(PrimaryDealerTerm),
});
/** A sales centre's primary dealer and its history. */
export type PrimaryDealership = z.infer<typeof PrimaryDealership>;

/** A centre's first primary dealer, from its alliance's founding day. */
export function firstPrimaryDealer(
  centre: { id: string; foundedOn: string },
  name: string,
  options: { id: string; now: string },
): PrimaryDealerTerm {
  return {
    id: options.id,
    centreId: centre.id,
    name: parseInput(Name, name, 'primaryDealer'),
    dealerId: null,
    since: centre.foundedOn,
    ended: null,
    recordedAt: options.now,
  };
}

/**
 * The primary dealer on a day: the term begun by then and not yet ended. On a replacement day it
 * is the successor — a term ends the day before its `ended.on`.
 */
export function primaryDealerOn(terms: readonly PrimaryDealerTerm[], date: string): PrimaryDealerTerm | null {
  const day = parseInput(IsoDate, date, 'date');
  return terms.find((t) => t.since <= day && (t.ended === null || day < t.ended.on)) ?? null;
}

/** The centre's primary dealer as answered: the current term, the history oldest first and the one on a day. */
export function primaryDealership(
  centreId: string,
  terms: readonly PrimaryDealerTerm[],
  on: string,
): PrimaryDealership {
  const history = [...terms].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
  return {
    centreId,
    current: history.find((t) => t.ended === null) ?? null,
    history,
    on,
    primaryOn: primaryDealerOn(history, on),
  };
}

/** A replacement: the term it ends, the successor's term, and the member dealer developed into it. */
export interface PrimaryReplacement {
  ended: PrimaryDealerTerm;
  successor: PrimaryDealerTerm;
  /** The member dealer developed into the primary dealer, its secondary membership ended; null for an outside dealer. */
  promoted: Dealer | null;
}

/**
 * Replaces a centre's primary dealer. The successor is primary from the replacement day and the
 * replaced one until the day before. A member dealer developed into the primary dealer must be a
 * member of this alliance on that day; its secondary membership ends that day (status
 * `promoted`): it is now what the members buy from. Refused: the same dealer again (by dealer
 * or by name, folded as `serviceNameKey` folds), a day on or before the current term's first day
 * (the history stays one line of terms), and `other` without a note.
 *
 * @param options - the successor's term id, the club's today and now, and `successorDealer`: the member
 *   dealer the body names, as stored (omitted for a dealer from outside the alliance)
 */
export function replacePrimaryDealer(
  current: PrimaryDealerTerm,
  input: NewPrimaryReplacement,
  options: { id: string; today: string; now: string; successorDealer?: Dealer },
): PrimaryReplacement {
  const body = parseInput(NewPrimaryReplacement, input, 'replacement');
  const on = body.on ?? options.today;
  if (body.reason === ReplacementReason.other && body.note === undefined) {
    throw new ClubError(INVALID_INPUT, 'Invalid replacement: say why in a note when the reason is other', {
      issues: [{ path: ['note'], code: 'custom', message: 'Required when the reason is other' }],
    });
  }
  if (on <= current.since) {
    throw new ClubError(
      AllianceErrorCode.replacementOutOfOrder,
      `${current.name} is primary dealer since ${current.since}; a replacement must come after that day`,
      { details: { since: current.since, on } },
    );
  }
  const dealer = body.successor.kind === 'member' ? options.successorDealer : undefined;
  if (body.successor.kind === 'member') {
    const { dealerId } = body.successor;
    if (dealer?.id !== dealerId || dealer.centreId !== current.centreId || !wasMemberOn(dealer, on)) {
      throw new ClubError(
        AllianceErrorCode.successorNotAMember,
        `${dealerId} is not a member of this alliance on ${on}; only a member dealer is developed into its primary dealer`,
        { details: { dealerId, on } },
      );
    }
  }
  const name = dealer?.name ?? (body.successor.kind === 'dealer' ? body.successor.name : '');
  const same =
    (dealer !== undefined && current.dealerId === dealer.id) || serviceNameKey(name) === serviceNameKey(current.name);
  if (same) {
    throw new ClubError(AllianceErrorCode.samePrimaryDealer, `${current.name} is the primary dealer already`, {
      details: { termId: current.id },
    });
  }
  return {
    ended: { ...current, ended: { on, reason: body.reason, note: body.note ?? null } },
    successor: {
      id: options.id,
      centreId: current.centreId,
      name,
      dealerId: dealer?.id ?? null,
      since: on,
      ended: null,
      recordedAt: options.now,
    },
    promoted: dealer === undefined ? null : { ...dealer, status: DealerStatus.promoted, promotedOn: on },
  };
}
