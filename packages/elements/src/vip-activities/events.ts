import type { ActivitySignUp } from '@clubkit/core/vip';

const init = { bubbles: true, composed: true } as const;

/** `club-activity-signed-up`: the member took a seat; `signUp` is the seat (`asu_…`) with its price in fen. */
export class ClubActivitySignedUpEvent extends Event {
  static readonly type = 'club-activity-signed-up';
  constructor(readonly signUp: ActivitySignUp) {
    super(ClubActivitySignedUpEvent.type, init);
  }
}

/** `club-activity-cancelled`: the member cancelled a seat; `signUp` is the cancelled seat. */
export class ClubActivityCancelledEvent extends Event {
  static readonly type = 'club-activity-cancelled';
  constructor(readonly signUp: ActivitySignUp) {
    super(ClubActivityCancelledEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'club-activity-signed-up': ClubActivitySignedUpEvent;
    'club-activity-cancelled': ClubActivityCancelledEvent;
  }
}
