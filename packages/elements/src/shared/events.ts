import type { ComplaintReceipt } from '@clubkit/core/api';
import type { NewComplaintInput } from '@clubkit/core/service';
import type { MemberCardView } from '@clubkit/core/api';
import type { Merchant } from '@clubkit/core/merchants';

/**
 * How every `club-…` event is dispatched: it bubbles and crosses shadow roots, so a page hears it
 * on any ancestor of the widget. Each event class passes it to `Event`.
 * @internal
 */
export const clubEventInit = { bubbles: true, composed: true } as const;

/** `club-renew`: the member asked to renew; the partner page takes them to its renewal flow. */
export class ClubRenewEvent extends Event {
  static readonly type = 'club-renew';
  constructor(readonly card: MemberCardView) {
    super(ClubRenewEvent.type, clubEventInit);
  }
}

/**
 * `club-submit`: a valid complaint is about to be sent. Cancelable: `preventDefault()` keeps it
 * from being sent (the draft stays).
 */
export class ClubSubmitEvent extends Event {
  static readonly type = 'club-submit';
  constructor(readonly complaint: NewComplaintInput) {
    super(ClubSubmitEvent.type, { ...clubEventInit, cancelable: true });
  }
}

/** `club-submitted`: the club acknowledged the complaint; `receipt` has its reference number. */
export class ClubSubmittedEvent extends Event {
  static readonly type = 'club-submitted';
  constructor(readonly receipt: ComplaintReceipt) {
    super(ClubSubmittedEvent.type, clubEventInit);
  }
}

/** `club-error`: a request of the widget failed; `error` is the client's typed error. */
export class ClubErrorEvent extends Event {
  static readonly type = 'club-error';
  constructor(readonly error: unknown) {
    super(ClubErrorEvent.type, clubEventInit);
  }
}

/** `club-select`: a merchant was opened in the directory. */
export class ClubSelectEvent extends Event {
  static readonly type = 'club-select';
  constructor(readonly merchant: Merchant) {
    super(ClubSelectEvent.type, clubEventInit);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'club-renew': ClubRenewEvent;
    'club-submit': ClubSubmitEvent;
    'club-submitted': ClubSubmittedEvent;
    'club-error': ClubErrorEvent;
    'club-select': ClubSelectEvent;
  }
}
