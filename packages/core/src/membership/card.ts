import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { RecordId } from '../shared/ids.js';
import { TierSchema } from '../shared/tier-schema.js';
import { CardNumber } from './card-number.js';
import { crossCheck } from './checks.js';

/** The life of a member card: in use, replaced by a re-issued card, or cancelled. */
export const CardStatus = { active: 'active', superseded: 'superseded', cancelled: 'cancelled' } as const;
/** The status of a member card. */
export type CardStatus = (typeof CardStatus)[keyof typeof CardStatus];
/** Schema of {@link CardStatus}. */
export const CardStatusSchema = z.enum([CardStatus.active, CardStatus.superseded, CardStatus.cancelled]);

/** A member card (A3 art.4): one per membership, re-issued on every renewal. */
export const MemberCard = z
  .object({
    id: RecordId,
    number: CardNumber,
    membershipId: RecordId,
    memberId: RecordId,
    tier: TierSchema,
    status: CardStatusSchema,
    issuedOn: IsoDate,
    /** The day a re-issued card replaced this one; set when `status` is `superseded`. */
    supersededOn: z.optional(IsoDate),
    /** The day the card was cancelled; set when `status` is `cancelled`. */
    cancelledOn: z.optional(IsoDate),
  })
  .check(
    crossCheck(
      (card) => card.status !== CardStatus.superseded || card.supersededOn !== undefined,
      'A superseded card needs supersededOn',
      ['supersededOn'],
    ),
    crossCheck(
      (card) => (card.status === CardStatus.cancelled) === (card.cancelledOn !== undefined),
      'cancelledOn is set exactly when the card is cancelled',
      ['cancelledOn'],
    ),
    crossCheck(
      (card) => card.status !== CardStatus.active || card.supersededOn === undefined,
      'An active card has no supersededOn',
      ['supersededOn'],
    ),
  );
/** A member card. */
export type MemberCard = z.infer<typeof MemberCard>;
