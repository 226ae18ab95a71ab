import type { WidgetClient } from '../shared/context.js';
import { isClubClientError } from '@clubkit/client';
import type { MemberCardView } from '@clubkit/core/api';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { memberCardDetails, type MemberCardDetails } from './details.js';

/** The states of a {@link MemberCardController}. */
export const MemberCardStatus = {
  /** No client: the widget has no base URL or session endpoint. */
  idle: 'idle',
  /** The partner's session endpoint says no member is signed in. */
  signedOut: 'signed-out',
  /** The card is being fetched. */
  loading: 'loading',
  /** The card is here, with its derived details. */
  ready: 'ready',
  /** Fetching the card failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link MemberCardController}. */
export type MemberCardStatus = (typeof MemberCardStatus)[keyof typeof MemberCardStatus];

/** What a {@link MemberCardController} holds; `status` tells which. */
export type MemberCardState =
  | { status: typeof MemberCardStatus.idle }
  | { status: typeof MemberCardStatus.signedOut }
  | { status: typeof MemberCardStatus.loading }
  | { status: typeof MemberCardStatus.ready; card: MemberCardDetails }
  | { status: typeof MemberCardStatus.error; error: unknown };

/** The client error code of a session endpoint that has no signed-in member. */
const SIGNED_OUT = 'client/signed-out';

/**
 * Loads the signed-in member's card and derives what it shows (membership state, day count,
 * masked number) with core's rules. Headless: it works with any `ReactiveControllerHost` and
 * asks it to update on every change; it renders nothing and dispatches no events.
 *
 * `getClient` returns the member client in force (one with member sessions), or undefined when
 * there is none; it is called on every load, so configuration changes are picked up.
 *
 * A newer load, `show()` or a disconnect aborts the load in flight, and an aborted load drops
 * its answer: the abort signal is the only stale-call guard, so there is no counter to keep.
 *
 * @example
 * class MyCard extends LitElement {
 *   card = new MemberCardController(this, () => client);
 *   render() {
 *     const s = this.card.state;
 *     return s.status === 'ready' ? html`${s.card.view.holder.name}: ${s.card.membershipState}` : html`…`;
 *   }
 * }
 */
export class MemberCardController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => WidgetClient | undefined;
  #state: MemberCardState = { status: MemberCardStatus.idle };
  /** The client of the last load (or `show`), to tell whether `sync()` must load again; undefined before any. */
  #loadedWith: { client: WidgetClient | undefined } | undefined;
  /** The load in flight; aborting it cancels the request and drops its answer. */
  #load: AbortController | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the member client in force, or undefined without configuration
   */
  constructor(host: ReactiveControllerHost, getClient: () => WidgetClient | undefined) {
    this.#host = host;
    this.#getClient = getClient;
    host.addController(this);
  }

  /** The current state. */
  get state(): MemberCardState {
    return this.#state;
  }

  /** Loads the card if the client changed since the last load (or nothing was loaded yet). */
  hostConnected(): void {
    void this.sync();
  }

  /** Cancels a load in flight; reconnecting loads again. */
  hostDisconnected(): void {
    if (this.#load) {
      this.#load.abort();
      this.#load = undefined;
      this.#loadedWith = undefined;
    }
  }

  /**
   * Loads the card when the client in force differs from the one of the last load, e.g. after
   * a configuration change; does nothing otherwise. Resolves when that load has settled.
   */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    return this.reload();
  }

  /**
   * Fetches the card again with the client in force (`idle` without one). A load still in
   * flight is cancelled. Resolves when the state has settled; never rejects.
   */
  async reload(): Promise<void> {
    this.#load?.abort();
    this.#load = undefined;
    const client = this.#getClient();
    this.#loadedWith = { client };
    if (!client) return this.#set({ status: MemberCardStatus.idle });

    const load = new AbortController();
    this.#load = load;
    this.#set({ status: MemberCardStatus.loading });
    let next: MemberCardState;
    try {
      const view = await client.me.card({ signal: load.signal });
      next = { status: MemberCardStatus.ready, card: memberCardDetails(view) };
    } catch (error) {
      next =
        isClubClientError(error) && error.code === SIGNED_OUT
          ? { status: MemberCardStatus.signedOut }
          : { status: MemberCardStatus.error, error };
    }
    if (load.signal.aborted) return;
    this.#load = undefined;
    this.#set(next);
  }

  /** Tries again after an error (or at any time): the same as {@link reload}. */
  retry(): Promise<void> {
    return this.reload();
  }

  /**
   * Shows a card view the page already has (from the partner's own back end, say) without a
   * request. Cancels a load in flight; a later `sync()` keeps it until the client changes.
   * Throws core's `invalid-input` error when the view's membership is invalid.
   */
  show(view: MemberCardView): void {
    const card = memberCardDetails(view);
    this.#load?.abort();
    this.#load = undefined;
    this.#loadedWith = { client: this.#getClient() };
    this.#set({ status: MemberCardStatus.ready, card });
  }

  #set(state: MemberCardState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }
}
