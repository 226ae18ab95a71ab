import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { wasMemberOn, type Dealer } from './network.js';

/** Why a dealer may not take part in a promotion or receive its reward. */
export const PromotionRefusal = {
  /** Not an alliance member that day: never admitted, not yet admitted, or revoked. */
  notAMember: 'not-a-member',
} as const;
/** Why a dealer may not take part in a promotion. */
export type PromotionRefusal = (typeof PromotionRefusal)[keyof typeof PromotionRefusal];

/** Whether a dealer may take part in a promotion on a day, and why not. */
export const PromotionEligibility = z.object({
  eligible: z.boolean(),
  /** Null when eligible. */
  refusal: z.nullable(z.enum([PromotionRefusal.notAMember])),
});
/** Whether a dealer may take part in a promotion on a day. */
export type PromotionEligibility = z.infer<typeof PromotionEligibility>;

/**
 * Member-only promotions (A1 優惠政策 2: "只有聯銷體成員才有資格參加,非聯銷體成員不得參與"):
 * a dealer takes part in a promotion, and receives its reward, only while it is an alliance
 * member — admitted on or before the day and not revoked by then. The same test applies on the
 * day a reward is paid, so a dealer revoked in between receives none (效果預測 2: the rewards go
 * to the main secondary dealers only).
 *
 * @example
 * promotionEligibility(revokedDealer, '2026-12-01') // { eligible: false, refusal: 'not-a-member' }
 */
export function promotionEligibility(
  dealer: Pick<Dealer, 'admittedOn' | 'revocation'>,
  on: string,
): PromotionEligibility {
  const day = parseInput(IsoDate, on, 'on');
  return wasMemberOn(dealer, day)
    ? { eligible: true, refusal: null }
    : { eligible: false, refusal: PromotionRefusal.notAMember };
}
