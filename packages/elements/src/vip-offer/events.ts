import type { VipOrder } from '@clubkit/core/vip';

const init = { bubbles: true, composed: true } as const;

/**
 * `club-vip-order`: the member asked to buy the VIP year and the order is open. The page takes
 * the payment its own way; its back end then confirms the order with its secret key.
 */
export class ClubVipOrderEvent extends Event {
  static readonly type = 'club-vip-order';
  /** The order's id (`vor_…`). */
  readonly orderId: string;
  /** What to charge, in fen. */
  readonly amountFen: number;
  constructor(readonly order: VipOrder) {
    super(ClubVipOrderEvent.type, init);
    this.orderId = order.id;
    this.amountFen = order.amountFen;
  }
}

/** `club-vip-changed`: an order was paid and the member is VIP; other widgets (the member card) may read the card again. */
export class ClubVipChangedEvent extends Event {
  static readonly type = 'club-vip-changed';
  constructor(readonly order: VipOrder) {
    super(ClubVipChangedEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'club-vip-order': ClubVipOrderEvent;
    'club-vip-changed': ClubVipChangedEvent;
  }
}
