import type {
  ApplicationApprovalResult,
  ApplicationRejectionRequest,
  CardReplacementResult,
  MemberRecord,
  MemberSearch,
  NewApplicationInput,
  PolicyTerms,
  RenewalResult,
} from '@clubkit/core/api';
import type {
  ApplicationStatus,
  Campaign,
  Member,
  MemberCard,
  Membership,
  MembershipApplication,
  NewCampaign,
} from '@clubkit/core/membership';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** Members (staff keys): branch operators see only their own branch's. */
export function membersResource(t: Transport) {
  return {
    /**
     * Members in id order, found by any of the filters, all combined: `q` (a name or phone
     * containing the text), a plate or card number as typed, a phone, a name, the state and tier
     * of a membership today, the end date of a policy.
     *
     * @example
     * const expiring = club.members.list({ status: 'active', tier: 'vip', policyEndTo: '2026-12-31' });
     */
    list(query: ListOptions & MemberSearch = {}, options?: RequestOptions): PageIterable<Member> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/members', query: { ...query, cursor }, answer: 'MemberPage', options }),
      );
    },
    /** A member with vehicles, policies and memberships. */
    get(id: string, options?: RequestOptions): Promise<MemberRecord> {
      return t.send({ method: 'get', path: path`/v1/members/${id}`, answer: 'MemberRecord', options });
    },
  };
}

/** Applications, memberships and their renewal and cancellation (staff keys). */
export function membershipsResource(t: Transport) {
  return {
    /** Applies for a membership for a branch's customer; refused with `membership/duplicate-vehicle` when the car is taken. */
    apply(application: NewApplicationInput, options?: RequestOptions): Promise<MembershipApplication> {
      return t.send({
        method: 'post',
        path: '/v1/applications',
        body: application,
        answer: 'MembershipApplication',
        options,
      });
    },
    /** Applications, optionally by status. */
    applications(
      query: ListOptions & { status?: ApplicationStatus } = {},
      options?: RequestOptions,
    ): PageIterable<MembershipApplication> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/applications',
          query: { ...query, cursor },
          answer: 'ApplicationPage',
          options,
        }),
      );
    },
    /** One application. */
    application(id: string, options?: RequestOptions): Promise<MembershipApplication> {
      return t.send({ method: 'get', path: path`/v1/applications/${id}`, answer: 'MembershipApplication', options });
    },
    /** Approves an application: creates the member, vehicle, policy, membership and card. */
    approve(applicationId: string, options?: RequestOptions): Promise<ApplicationApprovalResult> {
      return t.send({
        method: 'post',
        path: path`/v1/applications/${applicationId}/approve`,
        answer: 'ApplicationApprovalResult',
        options,
      });
    },
    /** Rejects an application with a reason. */
    reject(
      applicationId: string,
      body: ApplicationRejectionRequest,
      options?: RequestOptions,
    ): Promise<MembershipApplication> {
      return t.send({
        method: 'post',
        path: path`/v1/applications/${applicationId}/reject`,
        body,
        answer: 'MembershipApplication',
        options,
      });
    },
    /** One membership with its current card. */
    get(id: string, options?: RequestOptions): Promise<Membership> {
      return t.send({ method: 'get', path: path`/v1/memberships/${id}`, answer: 'Membership', options });
    },
    /** Renews with the next policy: continuous (same id) when still valid; the card is re-issued. */
    renew(id: string, policy: PolicyTerms, options?: RequestOptions): Promise<RenewalResult> {
      return t.send({
        method: 'post',
        path: path`/v1/memberships/${id}/renew`,
        body: { policy },
        answer: 'RenewalResult',
        options,
      });
    },
    /** Cancels a membership and its card. */
    cancel(id: string, options?: RequestOptions): Promise<Membership> {
      return t.send({ method: 'post', path: path`/v1/memberships/${id}/cancel`, answer: 'Membership', options });
    },
  };
}

/** Member cards (admin keys). */
export function cardsResource(t: Transport) {
  return {
    /** Every card a member was issued, newest first (superseded and cancelled ones too). */
    forMember(memberId: string, options?: RequestOptions): Promise<MemberCard[]> {
      return t.send({ method: 'get', path: path`/v1/members/${memberId}/cards`, answer: 'MemberCardList', options });
    },
    /**
     * Replaces a lost or damaged card (admin): it is superseded at once and a new card with a new
     * number is issued; refused with `membership/card-not-in-use` for a card already replaced or cancelled.
     */
    replace(cardId: string, options?: RequestOptions): Promise<CardReplacementResult> {
      return t.send({
        method: 'post',
        path: path`/v1/cards/${cardId}/replace`,
        answer: 'CardReplacementResult',
        options,
      });
    },
  };
}

/** The club's marketing campaigns, which applications name (`campaignId`): the admin sets them up, branches read them. */
export function campaignsResource(t: Transport) {
  return {
    /** Sets up a campaign: its name and the days it runs, both included (admin). */
    create(body: NewCampaign, options?: RequestOptions): Promise<Campaign> {
      return t.send({ method: 'post', path: '/v1/campaigns', body, answer: 'Campaign', options });
    },
    /** The campaigns, oldest first; `runningOn` keeps those an application submitted that day may name. */
    list(query: ListOptions & { runningOn?: string } = {}, options?: RequestOptions): PageIterable<Campaign> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/campaigns', query: { ...query, cursor }, answer: 'CampaignPage', options }),
      );
    },
    /** One campaign. */
    get(id: string, options?: RequestOptions): Promise<Campaign> {
      return t.send({ method: 'get', path: path`/v1/campaigns/${id}`, answer: 'Campaign', options });
    },
  };
}
