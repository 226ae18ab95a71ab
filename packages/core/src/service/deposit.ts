import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';

/** What happens to a deposit once damages are assessed: refunded in part, or damages charged beyond it. */
export const DepositSettlement = z.object({
  /** The deposit held, in fen. */
  depositFen: NonNegativeFen,
  /** The damages assessed against it, in fen. */
  damagesFen: NonNegativeFen,
  /** What is paid back to the customer. */
  refundFen: NonNegativeFen,
  /** What the customer still owes when the damages exceed the deposit. */
  chargeFen: NonNegativeFen,
});
/** A deposit settlement. */
export type DepositSettlement = z.infer<typeof DepositSettlement>;

/**
 * The deposit refunded less the damages assessed (A4 §3.2.4: damage to public facilities is
 * deducted from the renovation deposit; §3.13.4 4: finance refunds deposits or collects charges
 * on the move-out form). Integer fen throughout, so nothing is rounded.
 *
 * @example
 * depositRefund(500000, 120000) // { depositFen: 500000, damagesFen: 120000, refundFen: 380000, chargeFen: 0 }
 */
export function depositRefund(depositFen: number, damagesFen: number): DepositSettlement {
  const deposit = parseInput(NonNegativeFen, depositFen, 'deposit');
  const damages = parseInput(NonNegativeFen, damagesFen, 'damages');
  return {
    depositFen: deposit,
    damagesFen: damages,
    refundFen: Math.max(0, deposit - damages),
    chargeFen: Math.max(0, damages - deposit),
  };
}
