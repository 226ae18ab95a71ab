import { ClubClientError } from './errors.js';
import type { SessionSource } from './options.js';

/** Options of {@link sessionFromEndpoint}. */
export interface SessionEndpointOptions {
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: typeof fetch;
  /**
   * Whether the partner's cookies go with the request (the partner's own sign-in).
   * @default 'same-origin'
   */
  credentials?: RequestCredentials;
}

/**
 * A {@link SessionSource} that asks the partner's back end for member session tokens: it POSTs to
 * `url` (with the partner's cookies) and expects `{ "token": "ms_…" }` back — what the back end
 * got from `POST /v1/member-sessions` with its secret key. With no member signed in, the endpoint
 * answers `{ "token": null }` (or 204, 401, 403): the error is then `client/signed-out`. The club's
 * own back end answers an operator's console the same way with a staff session token (`ss_…`),
 * from `POST /v1/staff-sessions`.
 *
 * @example
 * const member = createClubClient({ baseUrl, session: sessionFromEndpoint('/api/club-session') });
 */
export function sessionFromEndpoint(url: string, options: SessionEndpointOptions = {}): SessionSource {
  return {
    async getToken() {
      const send = options.fetch ?? globalThis.fetch;
      let response: Response;
      try {
        response = await send(url, {
          method: 'POST',
          credentials: options.credentials ?? 'same-origin',
          headers: { Accept: 'application/json' },
        });
      } catch (cause) {
        throw new ClubClientError('client/session-unavailable', `The session endpoint ${url} could not be reached.`, {
          cause,
        });
      }
      // No member signed in: 401/403, or (so that the browser logs no failed request) 204 or `{ "token": null }`.
      const signedOut = () =>
        new ClubClientError('client/signed-out', 'The partner site has no signed-in member.', {
          status: response.status,
        });
      if (response.status === 401 || response.status === 403 || response.status === 204) throw signedOut();
      if (!response.ok)
        throw new ClubClientError('client/session-unavailable', `The session endpoint answered ${response.status}.`, {
          status: response.status,
        });
      const body = (await response.json().catch(() => undefined)) as { token?: unknown } | undefined;
      if (body?.token === null) throw signedOut();
      if (typeof body?.token !== 'string' || !/^[ms]s_/.test(body.token)) {
        throw new ClubClientError('client/session-unavailable', 'The session endpoint did not answer with a token.');
      }
      return body.token;
    },
  };
}
