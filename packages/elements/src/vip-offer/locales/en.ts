import { CATEGORY_LABELS_EN } from '@clubkit/core/merchants/category-labels/en';
import { offerTermsEn } from '../../shared/locales/offer-terms-en.js';
import type { VipOfferMessages } from '../messages.js';

/** English. */
export const vipOfferEn: VipOfferMessages = {
  ...offerTermsEn,
  categoryNames: CATEGORY_LABELS_EN,
  vipTitle: 'VIP diamond card',
  vipPrice: (price) => `${price} a year`,
  vipPerDay: (perDay) => `just ${perDay} a day`,
  vipEstimateHeading: 'What would you save in a year?',
  vipEstimateHint:
    'Enter what you spend a month in each category (yuan); we estimate with the partner merchants’ VIP offers.',
  vipSpendLabel: (category) => `${category}, a month (yuan)`,
  vipEstimate: 'Estimate',
  vipIssueAmount: 'Enter an amount, such as 120 or 88.50.',
  vipIssueRange: 'Use at most two decimals and no more than 100,000,000 yuan.',
  vipIssuesTitle: (n) => `${n} ${n === 1 ? 'field needs' : 'fields need'} correcting`,
  vipSavings: (savings) => `Estimated savings: ${savings} a year`,
  vipWorthIt: (net) => `That is ${net} more than the fee.`,
  vipNotWorthIt: (short) => `That is ${short} less than the fee: it pays off with more spending.`,
  vipBestHeading: 'The best offers for you',
  vipOfferSaving: (saving) => `saves about ${saving} a year`,
  vipNoOffers: 'No VIP offer applies to the spending you entered.',
  vipBuy: 'Buy the VIP diamond card',
  vipRenew: 'Renew for a year',
  vipCreating: 'Creating your order…',
  vipAwaitingPayment: (amount) => `Your order is open: complete the payment of ${amount}.`,
  vipPaid: (date) => `Payment received! You are a VIP member until ${date}.`,
  vipActive: (date) => `You are a VIP member until ${date}.`,
  vipGrace: (date) =>
    `Your VIP card has run out; its grace period lasts until ${date}, and a renewal continues it without a gap.`,
  vipExpired: (date) => `Your VIP card expired on ${date}.`,
  vipCancelledCard: 'Your VIP card was cancelled.',
  vipOrderExpired: 'The time to pay ran out, so the order lapsed. Nothing was charged.',
  vipOrderCancelled: 'The order was cancelled.',
  vipTryAgain: 'Buy again',
  vipSignIn: 'Sign in to buy the VIP diamond card.',
  vipNotConfigured: 'Member sign-in is not set up on this page, so the card cannot be bought here.',
};
