import type { CommonMessages } from '../common.js';

export const commonEn: CommonMessages = {
  intlLocale: 'en',
  loading: 'Loading…',
  retry: 'Try again',
  notConfigured: 'This widget is not configured: it needs the club’s base URL and a key.',
  errorGeneric: (id) => `Something went wrong.${id ? ` Reference: ${id}` : ''}`,
  errorNetwork: 'You seem to be offline. Check your connection and try again.',
  errorUnavailable: 'The club’s service is unavailable right now. Please try again later.',
  errorTimeout: 'The club’s service is taking too long. Please try again.',
  errorWithReference: (message, id) => (id ? `${message} (reference ${id})` : message),
};
