import type { ActivitySignUp } from '@clubkit/core/vip';
import { clubEventInit } from '../shared/events.js';

/** `club-activity-signed-up`: the member took a seat; `signUp` is the seat (`asu_…`) with its price in fen. */
export class ClubActivitySignedUpEvent extends Event {
  static readonly type = 'club-activity-signed-up';
  constructor(readonly signUp: ActivitySignUp) {
    super(ClubActivitySignedUpEvent.type, clubEventInit);
  }
}

/** `club-activity-cancelled`: the member cancelled a seat; `signUp` is the cancelled seat. */
export class ClubActivityCancelledEvent extends Event {
  static readonly type = 'club-activity-cancelled';
  constructor(readonly signUp: ActivitySignUp) {
    super(ClubActivityCancelledEvent.type, clubEventInit);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'club-activity-signed-up': ClubActivitySignedUpEvent;
    'club-activity-cancelled': ClubActivityCancelledEvent;
  }
}
