import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { CardStatus, type MemberCard } from './card.js';
import { CardNumber } from './card-number.js';
import { invalidField, membershipError, MembershipErrorCode } from './errors.js';
import { Membership } from './membership.js';

/** The id and number of the card a replacement issues. */
export const CardReplacementIds = z.object({
  /** Id of the new card. */
  cardId: entityId(IdPrefix.card),
  /** Number of the new card (from `issueCardNumber`); must differ from the lost card's. */
  cardNumber: CardNumber,
});
/** The id and number of the card a replacement issues. */
export type CardReplacementIds = z.infer<typeof CardReplacementIds>;

/** The result of {@link replaceCard}. */
export interface CardReplacement {
  /** The membership, unchanged but for its current card: the new one. */
  membership: Membership;
  /** The new card, active from `today`; also embedded in `membership`. */
  card: MemberCard;
  /** The replaced card, now `superseded` on `today`: its number no longer stands for the membership. */
  previousCard: MemberCard;
}

/**
 * Replaces a membership's card, lost or damaged, on `today` (A2 §3 member-card management): the
 * card in use becomes `superseded` at once and a new card with a new number takes its place; the
 * membership itself (its window, tier and member) does not change.
 *
 * Throws `membership/card-not-in-use` when `cardId` is not the membership's card in use: a card
 * already superseded by a renewal or an earlier replacement, or the cancelled card of a cancelled
 * membership. Throws `invalid-input` when the new card reuses the old card's id or number.
 *
 * @example
 * const { card, previousCard } = replaceCard(membership, membership.card.id, '2026-06-01', {
 *   cardId: 'card_2', cardNumber: issueCardNumber('622', 2),
 * });
 * previousCard.status // 'superseded'
 */
export function replaceCard(
  membership: Membership,
  cardId: string,
  today: IsoDate,
  next: CardReplacementIds,
): CardReplacement {
  const current = parseInput(Membership, membership, 'membership');
  const day = parseInput(IsoDate, today, 'today');
  const ids = parseInput(CardReplacementIds, next, 'card replacement ids');
  const inUse = current.card;
  if (inUse.id !== cardId || inUse.status !== CardStatus.active) {
    const status = inUse.id === cardId ? inUse.status : CardStatus.superseded;
    throw membershipError(
      MembershipErrorCode.cardNotInUse,
      `Card ${cardId} is ${status}, not the card in use of membership ${current.id}; only the card in use is replaced`,
      { membershipId: current.id, cardId, status },
    );
  }
  if (ids.cardId === inUse.id) throw invalidField(['cardId'], 'custom', 'The new card needs a new id');
  if (ids.cardNumber === inUse.number) throw invalidField(['cardNumber'], 'custom', 'The new card needs a new number');

  const card: MemberCard = {
    id: ids.cardId,
    number: ids.cardNumber,
    membershipId: current.id,
    memberId: current.memberId,
    tier: current.tier,
    status: CardStatus.active,
    issuedOn: day,
  };
  const previousCard: MemberCard = { ...inUse, status: CardStatus.superseded, supersededOn: day };
  return { membership: { ...current, card }, card, previousCard };
}
