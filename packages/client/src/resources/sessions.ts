import { MemberCardView, MemberSession, Page } from '@clubkit/core/api';
import { Member } from '@clubkit/core/membership';
import { Complaint } from '@clubkit/core/service';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import type { ListOptions } from './path.js';

const ComplaintPage = Page(Complaint);

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
      return t.send({ method: 'post', path: '/v1/member-sessions', body, schema: MemberSession, options });
    },
  };
}

/** What the signed-in member reads of their own (member session). */
export function meResource(t: Transport) {
  return {
    /** The member. */
    get(options?: RequestOptions): Promise<Member> {
      return t.send({ method: 'get', path: '/v1/me', schema: Member, options });
    },
    /** The member card view: holder, branch and membership with its card. */
    card(options?: RequestOptions): Promise<MemberCardView> {
      return t.send({ method: 'get', path: '/v1/me/card', schema: MemberCardView, options });
    },
    /** The member's own complaints. */
    complaints(query: ListOptions = {}, options?: RequestOptions): PageIterable<Complaint> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/me/complaints',
          query: { ...query, cursor },
          schema: ComplaintPage,
          options,
        }),
      );
    },
  };
}
