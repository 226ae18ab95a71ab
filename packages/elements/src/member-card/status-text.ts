import { MembershipState } from '@clubkit/core/membership';
import type { MemberCardDetails } from './details.js';
import { formatCalendarDate } from '../shared/intl.js';
import type { MemberCardMessages } from './messages.js';

/**
 * The status line of a card in the member's language, in words (never colour alone): the
 * membership state with its day count, or the cancellation date in the messages' `intlLocale`.
 *
 * @example
 * memberCardStatusText(memberCardDetails(view), await loadMessages('en')) // 'Active: valid for 120 more days'
 */
export function memberCardStatusText(card: MemberCardDetails, t: MemberCardMessages & { intlLocale: string }): string {
  const days = card.days ?? 0;
  switch (card.membershipState) {
    case MembershipState.pending:
      return t.cardStatusPending(days);
    case MembershipState.active:
      return t.cardStatusActive(days);
    case MembershipState.grace:
      return t.cardStatusGrace(days);
    case MembershipState.expired:
      return t.cardStatusExpired(days);
    case MembershipState.cancelled:
      return t.cardStatusCancelled(formatCalendarDate(card.shown.cancelledOn ?? card.view.today, t.intlLocale));
  }
}
