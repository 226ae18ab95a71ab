import type { WidgetClient } from '../shared/context.js';

/** The part of a client the card calls: a `ClubClient` or the widgets' client is one. */
export type CardClient = Pick<WidgetClient, 'me'>;
import { isClubClientError } from '@clubkit/client';
import type { MemberCardView } from '@clubkit/core/api';
import { Task, TaskStatus } from '@lit/task';
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
const IDLE: MemberCardState = { status: MemberCardStatus.idle };
const LOADING: MemberCardState = { status: MemberCardStatus.loading };
const ready = (card: MemberCardDetails): MemberCardState => ({ status: MemberCardStatus.ready, card });

/**
 * Loads the signed-in member's card and derives what it shows (membership state, day count,
 * masked number) with core's rules. Headless: it works with any `ReactiveControllerHost` and
 * asks it to update on every change; it renders nothing and dispatches no events.
 *
 * `getClient` returns the member client in force (one with member sessions), or undefined when
 * there is none; it is called on every load, so configuration changes are picked up.
 *
 * Every load, and `show()`, is a run of one `Task` from `@lit/task` (not auto-run): a newer run
 * aborts the one in flight and the Task drops the older answer, and a disconnect aborts it. The
 * state is the Task's value once its run has completed; until then it is the state that run
 * stands for (`loading`, or at once `idle` without a client and `ready` for a shown view). An
 * aborted run never completes, so the state stays `loading` until a reconnect loads again.
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
  readonly #getClient: () => CardClient | undefined;
  /** Loads the card with a client, or settles at once on `idle` (no client) or on a shown card. */
  readonly #task: Task<[CardClient | undefined, MemberCardDetails | undefined], MemberCardState>;
  /** The state of the run in force until it completes. */
  #pending = IDLE;
  /** The client of the last run, to tell whether `sync()` must load again; undefined before any. */
  #loadedWith: { client: CardClient | undefined } | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the member client in force, or undefined without configuration
   */
  constructor(host: ReactiveControllerHost, getClient: () => CardClient | undefined) {
    this.#getClient = getClient;
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client, shown], { signal }) => {
        if (shown) return ready(shown);
        if (!client) return IDLE;
        try {
          const view = await client.me.card({ signal });
          signal.throwIfAborted();
          return ready(memberCardDetails(view));
        } catch (error) {
          // Aborted: the run errors and the state stays what it was (`loading`).
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: MemberCardStatus.signedOut }
            : { status: MemberCardStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The current state. */
  get state(): MemberCardState {
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
  }

  /** Loads the card if the client changed since the last load (or nothing was loaded yet). */
  hostConnected(): void {
    void this.sync();
  }

  /** Cancels a load in flight; reconnecting loads again. */
  hostDisconnected(): void {
    if (this.state === LOADING) {
      this.#task.abort();
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
  reload(): Promise<void> {
    return this.#run();
  }

  /** Tries again after an error (or at any time): the same as {@link reload}. */
  retry(): Promise<void> {
    return this.#run();
  }

  /**
   * Shows a card view the page already has (from the partner's own back end, say) without a
   * request. Cancels a load in flight; a later `sync()` keeps it until the client changes.
   * The view is shown as given, like the Club API's answers: it is not checked again in the
   * page (core's `membershipState` checks one that comes from elsewhere).
   */
  show(view: MemberCardView): void {
    void this.#run(memberCardDetails(view));
  }

  /** Runs the Task with the client in force; resolves when this run has settled (the Task never rejects `run`). */
  #run(shown?: MemberCardDetails): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#pending = shown ? ready(shown) : client ? LOADING : IDLE;
    return this.#task.run([client, shown]);
  }
}
