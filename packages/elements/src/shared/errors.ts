import { isClubApiError, isClubClientError, isClubNetworkError, isClubTimeoutError } from '@clubkit/client';
import type { CommonMessages } from '../messages/common.js';

/** A failed request in words a member can act on, in their language. */
export function describeError(error: unknown, t: CommonMessages): string {
  // The browser knows whether it is offline; unreachable while online, the service is down, and
  // the visitor is not told to check a connection that works.
  if (isClubNetworkError(error))
    return typeof navigator !== 'undefined' && !navigator.onLine ? t.errorNetwork : t.errorUnavailable;
  if (isClubTimeoutError(error)) return t.errorTimeout;
  // The server answered, so the visitor's connection works: any 5xx (a gateway's 502/503/504 or
  // the club's own 500) is the service being down, with the request id for support when known.
  if (isClubApiError(error) && (error.status ?? 0) >= 500)
    return t.errorWithReference(t.errorUnavailable, error.requestId);
  if (isClubApiError(error)) {
    const title = error.problem['title'];
    return typeof title === 'string' ? t.errorWithReference(title, error.requestId) : t.errorGeneric(error.requestId);
  }
  if (isClubClientError(error)) return t.errorGeneric(error.requestId);
  return t.errorGeneric(undefined);
}
