import type { Redemption } from '@clubkit/core/vip';

/** Dispatched by `<club-card-check>` when the Club API has recorded a redemption. */
export class ClubRedeemedEvent extends Event {
  static readonly type = 'club-redeemed';
  /** @param redemption - the redemption recorded: offer, bill, saving and what the member paid */
  constructor(readonly redemption: Redemption) {
    super(ClubRedeemedEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'club-redeemed': ClubRedeemedEvent;
  }
}
