import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AllianceErrorCode } from './errors.js';
import type { Dealer } from './network.js';
import { promotionEligibility } from './promotions.js';

// A sales centre's member-only promotions (A1 優惠政策 2, 效果預測 2): the promotion, each member
// dealer's enrolment in it, and the reward paid to the dealer. Every step asks
// `promotionEligibility` on its day, so only dealers that are alliance members take part and are paid.

const CentreId = entityId(IdPrefix.salesCentre);
const PromotionId = entityId(IdPrefix.promotion);
const DealerId = entityId(IdPrefix.dealer);

/** The longest promotion title, in characters. */
const TITLE_MAX = 120;
/** The longest description of what a promotion gives, in characters. */
const DESCRIPTION_MAX = 500;

// Built in a function called as pure, so a bundle that only checks answers (the client's check
// entry) leaves the body and its refinements out: a `.check(…)` call alone would keep them.
const newPromotionBody = () =>
  z
    .object({
      centreId: CentreId,
      title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_MAX)),
      /** The first day dealers may enrol. */
      from: IsoDate,
      /** The last day dealers may enrol, inclusive. */
      to: IsoDate,
      /** The reward paid to each participating member dealer, in fen; 0 for a reward in kind only. */
      rewardFen: NonNegativeFen,
      /** What the promotion gives besides or instead of money (prizes on orders, gifts); required when `rewardFen` is 0. */
      description: z.optional(z.string().check(z.trim(), z.maxLength(DESCRIPTION_MAX))),
    })
    .check(
      z.refine((p) => p.to >= p.from, { error: 'to must not be before from', path: ['to'] }),
      z.refine((p) => p.rewardFen > 0 || (p.description ?? '') !== '', {
        error: 'A promotion without a reward in fen must describe what it gives',
        path: ['description'],
      }),
    );
/** Body of a new promotion: its sales centre, title, period and what each participating member receives. */
export const NewPromotion = /* @__PURE__ */ newPromotionBody();
/** Body of a new promotion. */
export type NewPromotion = z.infer<typeof NewPromotion>;

/** A member-only promotion (促銷活動) of a sales centre. */
export const Promotion = z.object({
  id: PromotionId,
  centreId: CentreId,
  title: z.string(),
  from: IsoDate,
  to: IsoDate,
  rewardFen: NonNegativeFen,
  /** What it gives besides or instead of money, or null. */
  description: z.nullable(z.string()),
  createdAt: IsoInstant,
});
/** A member-only promotion. */
export type Promotion = z.infer<typeof Promotion>;

/** Body of an enrolment: the dealer that takes part. The day is the day it is recorded. */
export const NewPromotionEnrolment = z.object({ dealerId: DealerId });
/** Body of an enrolment. */
export type NewPromotionEnrolment = z.infer<typeof NewPromotionEnrolment>;

/** The reward paid to an enrolled dealer: the club day it was paid (the audit log keeps the instant). */
export const PromotionReward = z.object({
  paidOn: IsoDate,
  amountFen: NonNegativeFen,
});
/** The reward paid to an enrolled dealer. */
export type PromotionReward = z.infer<typeof PromotionReward>;

/** A member dealer's enrolment in a promotion, and its reward once paid. */
export const PromotionEnrolment = z.object({
  id: entityId(IdPrefix.promotionEnrolment),
  promotionId: PromotionId,
  centreId: CentreId,
  dealerId: DealerId,
  /** The dealer's salesperson, whose records it is among, or null. */
  salespersonId: z.nullable(entityId(IdPrefix.salesperson)),
  enrolledOn: IsoDate,
  /** Null until the reward is paid. */
  reward: z.nullable(PromotionReward),
  createdAt: IsoInstant,
});
/** A member dealer's enrolment in a promotion. */
export type PromotionEnrolment = z.infer<typeof PromotionEnrolment>;

/** Builds a promotion from its body. */
export function newPromotion(input: NewPromotion, options: { id: string; now: string }): Promotion {
  const p = parseInput(NewPromotion, input, 'promotion');
  const description = p.description ?? '';
  return {
    id: options.id,
    centreId: p.centreId,
    title: p.title,
    from: p.from,
    to: p.to,
    rewardFen: p.rewardFen,
    description: description === '' ? null : description,
    createdAt: options.now,
  };
}

type EligibleDealer = Pick<Dealer, 'id' | 'centreId' | 'salespersonId' | 'admittedOn' | 'revocation'>;

function refuseNonMember(dealer: EligibleDealer, promotion: Promotion, on: string, step: string): void {
  const memberHere = dealer.centreId === promotion.centreId && promotionEligibility(dealer, on).eligible;
  if (memberHere) return;
  throw new ClubError(
    AllianceErrorCode.notAMember,
    `Dealer ${dealer.id} is not a member of the ${promotion.centreId} alliance on ${on}: ${step} is for members only.`,
    { details: { dealerId: dealer.id, promotionId: promotion.id, on } },
  );
}

/**
 * Enrols a dealer in a promotion on a day (A1 優惠政策 2: 只有聯銷體成員才有資格參加). Refused
 * with `alliance/outside-promotion-period` before its first or after its last day,
 * `alliance/not-a-member` for a dealer that is not a member of the promotion's alliance that day
 * (never admitted, admitted later, revoked that day or before, or of another centre), and
 * `alliance/already-enrolled` for a second enrolment of the same dealer.
 *
 * @example
 * enrolInPromotion(promotion, dealer, [], { id: 'pen_1', today: '2026-12-01', now })
 */
export function enrolInPromotion(
  promotion: Promotion,
  dealer: EligibleDealer,
  enrolments: readonly Pick<PromotionEnrolment, 'dealerId' | 'promotionId'>[],
  options: { id: string; today: string; now: string },
): PromotionEnrolment {
  const on = options.today;
  if (on < promotion.from || on > promotion.to) {
    throw new ClubError(
      AllianceErrorCode.outsidePromotionPeriod,
      `Promotion ${promotion.id} takes enrolments from ${promotion.from} to ${promotion.to}, not on ${on}.`,
      { details: { promotionId: promotion.id, from: promotion.from, to: promotion.to, on } },
    );
  }
  refuseNonMember(dealer, promotion, on, 'taking part');
  if (enrolments.some((e) => e.promotionId === promotion.id && e.dealerId === dealer.id)) {
    throw new ClubError(
      AllianceErrorCode.alreadyEnrolled,
      `Dealer ${dealer.id} is enrolled in promotion ${promotion.id} already.`,
      { details: { dealerId: dealer.id, promotionId: promotion.id } },
    );
  }
  return {
    id: options.id,
    promotionId: promotion.id,
    centreId: promotion.centreId,
    dealerId: dealer.id,
    salespersonId: dealer.salespersonId,
    enrolledOn: on,
    reward: null,
    createdAt: options.now,
  };
}

/**
 * Pays an enrolled dealer the promotion's reward on a day (效果預測 2: the rewards go to the
 * member dealers). Refused with `alliance/not-a-member` when the dealer is no longer a member
 * that day (revoked on or before it), and `alliance/reward-already-paid` for a second payment.
 */
export function payPromotionReward(
  promotion: Promotion,
  enrolment: PromotionEnrolment,
  dealer: EligibleDealer,
  options: { today: string },
): PromotionEnrolment {
  if (enrolment.reward !== null) {
    throw new ClubError(
      AllianceErrorCode.rewardAlreadyPaid,
      `The reward of enrolment ${enrolment.id} was paid on ${enrolment.reward.paidOn}.`,
      { details: { enrolmentId: enrolment.id, paidOn: enrolment.reward.paidOn } },
    );
  }
  refuseNonMember(dealer, promotion, options.today, 'the reward');
  return {
    ...enrolment,
    reward: { paidOn: options.today, amountFen: promotion.rewardFen },
  };
}
