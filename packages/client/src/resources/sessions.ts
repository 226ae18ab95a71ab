import type { ComplaintReceipt, MemberCardView, MemberSession } from '@clubkit/core/api';
import type { Member } from '@clubkit/core/membership';
import { ClubClientError, isClubApiError } from '../errors.js';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** Member sessions, minted by a partner back end with its secret key. */
export function sessionsResource(t: Transport) {
  return {
    /**
     * Signs a member in for 15 minutes; hand the token to the browser, never the secret key.
     *
     * @example
     * const { token } = await club.sessions.create({ memberId: 'mbr_…' });
     */
    create(body: { memberId: string }, options?: RequestOptions): Promise<MemberSession> {
      return t.send({ method: 'post', path: '/v1/member-sessions', body, answer: 'MemberSession', options });
    },
    /**
     * Ends member sessions; their tokens answer 401 from then on.
     *
     * - With `{ memberId }` (a secret-key client, in the partner's back end): ends **every** session
     *   of that member, e.g. when the member signs out of the partner's site. A branch key may do
     *   so only for its own branch's members.
     * - Without (a member-session client, in the page): ends the session this client holds and
     *   forgets its token, so that a later call asks the session source again. It resolves without
     *   a request when the client holds no token yet, and also when the session had already ended.
     *
     * @example
     * // The partner's sign-out handler:
     * await club.sessions.revoke({ memberId: 'mbr_…' });
     * // In the page:
     * await member.sessions.revoke();
     */
    async revoke(body?: { memberId: string }, options?: RequestOptions): Promise<void> {
      if (body) {
        return t.send({
          method: 'delete',
          path: path`/v1/members/${body.memberId}/sessions`,
          answer: undefined,
          options,
        });
      }
      if (!t.hasSession)
        throw new ClubClientError(
          'client/misconfigured',
          'sessions.revoke() without a memberId ends the session of a member-session client; give { memberId } with a secret key.',
        );
      return revokeCurrentSession(t, options);
    },
  };
}

/**
 * Ends the session a session transport holds and forgets its token: what `sessions.revoke()`
 * does without a `memberId`, for a client built from resource factories. The session's own
 * route follows from the token (`/v1/member-sessions/current` for a member's `ms_…`,
 * `/v1/staff-sessions/current` for a staff member's `ss_…`) unless `path` names it. Resolves
 * without a request when it holds none, and when the session had already ended.
 */
export async function revokeCurrentSession(t: Transport, options?: RequestOptions, path?: string): Promise<void> {
  const token = await t.takeSessionToken();
  if (token === undefined) return;
  const route = path ?? (token.startsWith('ss_') ? '/v1/staff-sessions/current' : '/v1/member-sessions/current');
  try {
    await t.send({ method: 'delete', path: route, answer: undefined, options, token });
  } catch (error) {
    // Already expired or ended: what was asked for holds.
    if (!isClubApiError(error) || error.status !== 401) throw error;
  }
}

/** What the signed-in member reads of their own (member session). */
export function meResource(t: Transport) {
  return {
    /** The member. */
    get(options?: RequestOptions): Promise<Member> {
      return t.send({ method: 'get', path: '/v1/me', answer: 'Member', options });
    },
    /** The member card view: holder, branch and membership with its card. */
    card(options?: RequestOptions): Promise<MemberCardView> {
      return t.send({ method: 'get', path: '/v1/me/card', answer: 'MemberCardView', options });
    },
    /** The member's own complaints, as receipts: status, category, dates and resolution only. */
    complaints(query: ListOptions = {}, options?: RequestOptions): PageIterable<ComplaintReceipt> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/me/complaints',
          query: { ...query, cursor },
          answer: 'ComplaintReceiptPage',
          options,
        }),
      );
    },
  };
}
