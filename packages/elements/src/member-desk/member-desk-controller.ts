import { isClubClientError } from '@clubkit/client';
import type { MemberRecord, MemberSearch, PolicyTerms } from '@clubkit/core/api';
import type { StaffPrincipal } from '@clubkit/core/access';
import type { ApplicationStatus, Campaign, Member, MembershipApplication, NewCampaign } from '@clubkit/core/membership';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MemberDeskAccess } from './access.js';
import type { MemberDeskClient } from './client.js';

/** The states of a {@link MemberDeskController}'s applications queue. */
export const MemberDeskStatus = {
  /** No client: the desk has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading the queue failed; `reload()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link MemberDeskController}. */
export type MemberDeskStatus = (typeof MemberDeskStatus)[keyof typeof MemberDeskStatus];

/** The applications queue shown; `status` tells which. */
export type MemberDeskState =
  | { status: typeof MemberDeskStatus.idle }
  | { status: typeof MemberDeskStatus.signedOut }
  | { status: typeof MemberDeskStatus.loading }
  | {
      status: typeof MemberDeskStatus.ready;
      applicationStatus: ApplicationStatus;
      applications: MembershipApplication[];
      /** True when the queue held more than one page: the first ones are shown. */
      truncated: boolean;
      /** The club's marketing campaigns, oldest first (the first 100), which applications name. */
      campaigns: Campaign[];
    }
  | { status: typeof MemberDeskStatus.error; error: unknown };

/** The members a search found, as the Club API answered for the staff member signed in. */
export type MemberSearchResult =
  | { status: 'none' }
  | { status: 'loading'; query: MemberSearch }
  | { status: 'ready'; query: MemberSearch; members: Member[]; truncated: boolean }
  | { status: 'error'; query: MemberSearch; error: unknown };

/** The member record opened from a search or an approval. */
export type OpenedMember =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; record: MemberRecord }
  | { status: 'error'; id: string; error: unknown };

/** What the desk does to an application, a membership or a card. */
export type MemberDeskActionKind = 'approve' | 'reject' | 'renew' | 'replace' | 'campaign';

/**
 * The last step the desk took. `invalid` is a step not sent because a field it needs is empty
 * (a rejection without a reason); nothing was asked of the Club API then.
 */
export type MemberDeskAction =
  | { status: 'idle' }
  | { status: 'submitting'; kind: MemberDeskActionKind; id: string }
  | { status: 'invalid'; kind: MemberDeskActionKind; id: string; field: string }
  | { status: 'done'; kind: MemberDeskActionKind; id: string; member?: Member; cardNumber?: string }
  | { status: 'error'; kind: MemberDeskActionKind; id: string; error: unknown };

/** How many entries a page holds (the Club API's largest page). */
const PAGE = 100;
const SIGNED_OUT = 'client/signed-out';

/** The filters of a search with its empty and blank ones left out; undefined when none is left. */
export function searchQuery(filters: Readonly<Record<string, string | undefined>>): MemberSearch | undefined {
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(filters)) {
    const v = value?.trim();
    if (v) query[name] = v;
  }
  return Object.keys(query).length ? query : undefined;
}

/**
 * Member management for the club's administrator and branch operators (A2 §1, §3): the
 * applications a branch submitted, approved or rejected with a reason; the multi-condition member
 * search (`GET /v1/members`); a member's record with vehicles, policies, memberships and cards;
 * renewal of a membership with the next policy and replacement of a lost card. What a staff
 * member may see and do is the Club API's answer — a branch operator's search finds only the own
 * branch's members, and a refused step comes back as `action.error` with nothing changed.
 * Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const desk = new MemberDeskController(host, () => memberDeskClient(transport));
 * await desk.reload();
 * await desk.approve(desk.state.applications[0].id);
 * await desk.search({ plate: '雲K8A123' });
 */
export class MemberDeskController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => MemberDeskClient | undefined;
  #state: MemberDeskState = { status: MemberDeskStatus.idle };
  #applicationStatus: ApplicationStatus = 'submitted';
  #loadedWith: { client: MemberDeskClient | undefined } | undefined;
  #loadSeq = 0;
  #loadAbort: AbortController | undefined;
  #loading: Promise<void> = Promise.resolve();
  #results: MemberSearchResult = { status: 'none' };
  #searchSeq = 0;
  #opened: OpenedMember = { status: 'none' };
  #openSeq = 0;
  #action: MemberDeskAction = { status: 'idle' };
  #may: MemberDeskAccess = () => false;
  #principal: StaffPrincipal | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(host: ReactiveControllerHost, getClient: () => MemberDeskClient | undefined) {
    this.#host = host;
    this.#getClient = getClient;
    host.addController(this);
  }

  /** The applications queue's state. */
  get state(): MemberDeskState {
    return this.#state;
  }

  /** The status of the applications shown, or being loaded. */
  get applicationStatus(): ApplicationStatus {
    return this.#applicationStatus;
  }

  /** The last search's members. */
  get results(): MemberSearchResult {
    return this.#results;
  }

  /** The member record opened. */
  get opened(): OpenedMember {
    return this.#opened;
  }

  /** The last step taken. */
  get action(): MemberDeskAction {
    return this.#action;
  }

  /**
   * Whether the signed-in staff member may take an action on a resource, by core's `can()` over
   * the session's principal: the desk shows a form only to whom the Club API accepts it from.
   * Nothing is allowed before the first queue has loaded.
   *
   * @example
   * desk.may('create', { type: 'campaign' }) // true for the club's administrator only
   */
  get may(): MemberDeskAccess {
    return this.#may;
  }

  /** The signed-in staff member's role and scope (a branch operator's branch), once the queue has loaded. */
  get principal(): StaffPrincipal | undefined {
    return this.#principal;
  }

  /** Resolves when the queue's load in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#loading;
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.#state.status === MemberDeskStatus.loading) {
      this.#loadAbort?.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the queue when the client in force differs from the one of the last load; a new client forgets the search and record. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return this.#loading;
    this.#results = { status: 'none' };
    this.#opened = { status: 'none' };
    this.#action = { status: 'idle' };
    this.#may = () => false;
    this.#principal = undefined;
    return this.reload();
  }

  /** Shows the applications of another status. */
  setApplicationStatus(status: ApplicationStatus): Promise<void> {
    this.#applicationStatus = status;
    return this.reload();
  }

  /** Loads the applications queue again; a load in flight is cancelled. Never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#loadAbort?.abort();
    const seq = ++this.#loadSeq;
    if (!client) {
      this.#set({ status: MemberDeskStatus.idle });
      return (this.#loading = Promise.resolve());
    }
    const abort = (this.#loadAbort = new AbortController());
    const status = this.#applicationStatus;
    this.#set({ status: MemberDeskStatus.loading });
    this.#loading = (async () => {
      let next: MemberDeskState;
      try {
        // Who is signed in first: a signed-out visitor hears so before any list is asked for. The
        // access rules load meanwhile: they decide which forms the desk shows.
        const [session, access] = await Promise.all([
          client.staffSessions.current({ signal: abort.signal }),
          import('./access.js'),
        ]);
        const principal = session.staff.principal;
        const [page, campaigns] = await Promise.all([
          client.memberships.applications({ status, limit: PAGE }, { signal: abort.signal }).page(),
          client.campaigns.list({ limit: PAGE }, { signal: abort.signal }).page(),
        ]);
        next = {
          status: MemberDeskStatus.ready,
          applicationStatus: status,
          applications: page.data,
          truncated: page.nextCursor !== null,
          campaigns: campaigns.data,
        };
        if (seq === this.#loadSeq) {
          this.#principal = principal;
          this.#may = access.memberDeskAccess(principal);
        }
      } catch (error) {
        next =
          isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: MemberDeskStatus.signedOut }
            : { status: MemberDeskStatus.error, error };
      }
      if (seq === this.#loadSeq && !abort.signal.aborted) this.#set(next);
    })();
    return this.#loading;
  }

  /**
   * Searches members by every filter given, combined (`GET /v1/members`); the first page of
   * results. A search with no filter asks for nothing. Never rejects.
   */
  async search(query: MemberSearch): Promise<void> {
    const client = this.#getClient();
    if (!client) return;
    const seq = ++this.#searchSeq;
    this.#results = { status: 'loading', query };
    this.#host.requestUpdate();
    let results: MemberSearchResult;
    try {
      const page = await client.members.list({ ...query, limit: PAGE }).page();
      results = { status: 'ready', query, members: page.data, truncated: page.nextCursor !== null };
    } catch (error) {
      results = { status: 'error', query, error };
    }
    if (seq !== this.#searchSeq) return;
    this.#results = results;
    this.#host.requestUpdate();
  }

  /** Opens a member's record: vehicles, policies, memberships and their cards. Never rejects. */
  async open(id: string): Promise<void> {
    const client = this.#getClient();
    if (!client) return;
    const seq = ++this.#openSeq;
    this.#opened = { status: 'loading', id };
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
    let opened: OpenedMember;
    try {
      opened = { status: 'ready', record: await client.members.get(id) };
    } catch (error) {
      opened = { status: 'error', id, error };
    }
    if (seq !== this.#openSeq) return;
    this.#opened = opened;
    this.#host.requestUpdate();
  }

  /** Closes the opened record. */
  close(): void {
    this.#openSeq += 1;
    this.#opened = { status: 'none' };
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
  }

  /**
   * Approves a submitted application: the Club API creates the member (when new), vehicle,
   * policy, membership and card. `action.member` is the member then, to open. Resolves true when
   * approved; false (with `action.error`) when refused — nothing changed then.
   */
  approve(applicationId: string): Promise<boolean> {
    return this.#step('approve', applicationId, async (client) => {
      const { member } = await client.memberships.approve(applicationId);
      void this.reload();
      return { member };
    });
  }

  /**
   * Rejects a submitted application with the reason the applicant's branch is told. An empty
   * reason is not sent: `action` is `invalid` on `reason`. Resolves true when rejected.
   */
  reject(applicationId: string, reason: string): Promise<boolean> {
    const text = reason.trim();
    if (!text) {
      this.#setAction({ status: 'invalid', kind: 'reject', id: applicationId, field: 'reason' });
      return Promise.resolve(false);
    }
    return this.#step('reject', applicationId, async (client) => {
      await client.memberships.reject(applicationId, { reason: text });
      void this.reload();
      return {};
    });
  }

  /**
   * Sets up a marketing campaign (the club's administrator; the Club API refuses anyone else), then
   * lists it. A blank name is `invalid` at `campaign-name`, a day that is not one at
   * `campaign-from` or `campaign-to`, and a last day before the first at `campaign-to`, before any
   * request. Resolves true when set up.
   */
  createCampaign(input: NewCampaign): Promise<boolean> {
    const name = input.name.trim();
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const field = !name
      ? 'campaign-name'
      : !day.test(input.from)
        ? 'campaign-from'
        : !day.test(input.to) || input.to < input.from
          ? 'campaign-to'
          : undefined;
    if (field) {
      this.#setAction({ status: 'invalid', kind: 'campaign', id: 'new', field });
      return Promise.resolve(false);
    }
    return this.#step('campaign', 'new', async (client) => {
      await client.campaigns.create({ name, from: input.from, to: input.to });
      await this.reload();
      return {};
    });
  }

  /**
   * Renews a membership of the opened record with the next policy (continuous while still valid;
   * the card is re-issued), then shows the record as it now is. Resolves true when renewed.
   */
  renew(membershipId: string, policy: PolicyTerms): Promise<boolean> {
    return this.#step('renew', membershipId, async (client) => {
      const { membership } = await client.memberships.renew(membershipId, policy);
      await this.#refresh(client);
      return { cardNumber: membership.card.number };
    });
  }

  /**
   * Replaces a lost card of the opened record: it stops standing for the membership at once and a
   * new card is issued. Resolves true when replaced.
   */
  replaceCard(cardId: string): Promise<boolean> {
    return this.#step('replace', cardId, async (client) => {
      const { card } = await client.cards.replace(cardId);
      await this.#refresh(client);
      return { cardNumber: card.number };
    });
  }

  /** Forgets the last step's outcome (a form cancelled). */
  clearAction(): void {
    this.#setAction({ status: 'idle' });
  }

  async #step(
    kind: MemberDeskActionKind,
    id: string,
    run: (client: MemberDeskClient) => Promise<{ member?: Member; cardNumber?: string }>,
  ): Promise<boolean> {
    const client = this.#getClient();
    if (!client || this.#action.status === 'submitting') return false;
    this.#setAction({ status: 'submitting', kind, id });
    try {
      const done = await run(client);
      this.#setAction({ status: 'done', kind, id, ...done });
      return true;
    } catch (error) {
      this.#setAction({ status: 'error', kind, id, error });
      return false;
    }
  }

  /** Reads the opened record again after a change to it. */
  async #refresh(client: MemberDeskClient): Promise<void> {
    const opened = this.#opened;
    if (opened.status !== 'ready') return;
    const record = await client.members.get(opened.record.member.id).catch(() => undefined);
    if (record && this.#opened === opened) this.#opened = { status: 'ready', record };
  }

  #set(state: MemberDeskState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }

  #setAction(action: MemberDeskAction): void {
    this.#action = action;
    this.#host.requestUpdate();
  }
}
