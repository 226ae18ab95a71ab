import { isClubApiError, isClubClientError, isClubNetworkError, isClubTimeoutError } from '@clubkit/client';
import type { CommonMessages } from '../messages/common.js';

/** A failed request in words a member can act on, in their language. */
export function describeError(error: unknown, t: CommonMessages): string {
  // The browser knows whether it is offline; unreachable while online, the service is down, and
  // the visitor is not told to check a connection that works.
  if (isClubNetworkError(error))
    return typeof navigator !== 'undefined' && !navigator.onLine ? t.errorNetwork : t.errorUnavailable;
  if (isClubTimeoutError(error)) return t.errorTimeout;
  if (isClubApiError(error) && (error.status === 502 || error.status === 503 || error.status === 504))
    return t.errorUnavailable;
  if (isClubApiError(error)) {
    const title = error.problem['title'];
    return typeof title === 'string'
      ? `${title}${error.requestId ? ` (${error.requestId})` : ''}`
      : t.errorGeneric(error.requestId);
  }
  if (isClubClientError(error)) return t.errorGeneric(error.requestId);
  return t.errorGeneric(undefined);
}
