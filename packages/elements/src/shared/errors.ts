import { isClubApiError, isClubClientError, isClubNetworkError, isClubTimeoutError } from '@clubkit/client';
import type { CommonMessages } from '../messages/common.js';

/** A failed request in words a member can act on, in their language. */
export function describeError(error: unknown, t: CommonMessages): string {
  if (isClubNetworkError(error)) return t.errorNetwork;
  if (isClubTimeoutError(error)) return t.errorTimeout;
  if (isClubApiError(error)) {
    const title = error.problem['title'];
    return typeof title === 'string'
      ? `${title}${error.requestId ? ` (${error.requestId})` : ''}`
      : t.errorGeneric(error.requestId);
  }
  if (isClubClientError(error)) return t.errorGeneric(error.requestId);
  return t.errorGeneric(undefined);
}
