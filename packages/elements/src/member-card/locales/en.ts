import type { MemberCardMessages } from '../messages.js';

const days = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English. */
export const memberCardEn: MemberCardMessages = {
  cardTitle: 'Member card',
  cardNotConfigured: 'The member card is not configured: it needs the club’s base URL and a session endpoint.',
  cardSignedOut: 'Sign in to see your member card.',
  cardLoaded: (status) => `Member card loaded. ${status}`,
  cardNumberLabel: 'Card number',
  cardNumberEnding: (lastFour) => `ending in ${lastFour.split('').join(' ')}`,
  cardTierStandard: 'Standard member',
  cardTierVip: 'VIP diamond card',
  cardPlateLabel: 'Plate',
  cardStatusLabel: 'Status',
  cardStatusPending: (n) => `Not yet valid: starts in ${days(n, 'day', 'days')}`,
  cardStatusActive: (n) => `Active: valid for ${days(n, 'more day', 'more days')}`,
  cardStatusGrace: (n) => `Grace period: ${days(n, 'day', 'days')} left to renew`,
  cardStatusExpired: (n) => `Expired ${days(n, 'day', 'days')} ago`,
  cardStatusCancelled: (date) => `Cancelled on ${date}`,
  cardValidUntilLabel: 'Valid until',
  cardBranchLabel: 'Branch',
  cardRenew: 'Renew membership',
  cardRenewNow: 'Renew now',
  cardCodeTitle: 'Member code',
  cardCodeHelp: 'Let the merchant scan or type this code at checkout; each code works once.',
  cardCodeQrLabel: (spoken) => `QR code of member code ${spoken}`,
  cardCodeDigits: (spoken) => `Member code ${spoken}`,
  cardCodeExpiresIn: (n) => `Good for ${n} more ${n === 1 ? 'second' : 'seconds'}`,
  cardCodeLoading: 'Getting your member code…',
  cardCodeNew: 'New code',
  cardCodeQrUnavailable: 'The QR code cannot be shown; show the digits below.',
  cardSavings: (saved, fee) => `Saved ${saved} of the ${fee} fee this membership year`,
  cardPaidForItself: 'Paid for itself',
  cardSavingsUnavailable: 'Your savings cannot be shown right now.',
  cardHandbookOpen: 'Member handbook, rights and duties',
};
