import type { memberVipResource } from '@clubkit/client/vip';
import type { MemberCardCode, MemberSavings } from '@clubkit/core/api';
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of a client the VIP card calls: `memberVipResource(transport)` from `@clubkit/client/vip`. */
export type VipCardClient = ReturnType<typeof memberVipResource>;

/** The states of the member code a {@link VipCodeController} holds. */
export const VipCodeStatus = {
  /** No code: the card is not a valid VIP card, or it is not on screen (disconnected, page hidden). */
  off: 'off',
  /** A code is on its way, and no code in hand is still good. */
  loading: 'loading',
  /** A code good for `secondsLeft` more seconds. */
  ready: 'ready',
  /** Fetching a code failed; `retry()` tries again. No code is shown as good meanwhile. */
  error: 'error',
} as const;
/** A state name of the member code. */
export type VipCodeStatus = (typeof VipCodeStatus)[keyof typeof VipCodeStatus];

/** The member code a {@link VipCodeController} holds; `status` tells which. */
export type VipCodeState =
  | { status: typeof VipCodeStatus.off }
  | { status: typeof VipCodeStatus.loading }
  | { status: typeof VipCodeStatus.ready; code: MemberCardCode; secondsLeft: number; refreshing: boolean }
  | { status: typeof VipCodeStatus.error; error: unknown };

/** What the card has saved: not asked (`off`), on its way, here, or failed. */
export type VipSavingsState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ready'; savings: MemberSavings }
  | { status: 'error'; error: unknown };

/** A code with the local instant it stops being good. */
interface HeldCode {
  code: MemberCardCode;
  /** `Date.now()` value after which the code is not shown: its lifetime counted from when it arrived. */
  goodUntil: number;
}

/** How long before a code's end the next one is asked for: at most 10 s, a quarter of a short lifetime. */
function codeRefreshLead(lifetimeMs: number): number {
  return Math.min(10_000, Math.floor(lifetimeMs / 4));
}

/** Stands for a run cut short by `stop()` or a newer run: its answer is dropped. */
const ABORTED = Symbol('aborted');

/**
 * The VIP card's live member code and savings. While the card is a valid VIP card and on screen
 * (its host connected and the page visible), it fetches a code, counts its seconds down and
 * fetches the next one before it ends, the savings again with each code (a discount recorded at
 * the counter shows with the code that follows the one used); it stops when the card leaves the screen and starts with a
 * fresh code when it comes back. A code is never shown past its end: its lifetime is counted from
 * when it arrived (`expiresAt − issuedAt`), so a page clock set wrong cannot stretch it. A failed
 * fetch is the `error` state, with no code, until `retry()`.
 *
 * Headless: it works with any `ReactiveControllerHost`; the host tells it whether the card is a
 * valid VIP card with {@link setEligible}. Each fetch is a run of a `Task` from `@lit/task`.
 *
 * @example
 * const vip = new VipCodeController(host, () => memberVipResource(transport));
 * vip.setEligible(true); // the member's card is a valid VIP card
 * // vip.code: { status: 'ready', code: { code: '123456789015', … }, secondsLeft: 59, refreshing: false }
 */
export class VipCodeController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => VipCardClient | undefined;
  readonly #codeTask: Task<[VipCardClient], HeldCode | typeof ABORTED>;
  readonly #savingsTask: Task<[VipCardClient], MemberSavings | typeof ABORTED>;
  #eligible = false;
  #connected = false;
  #held: HeldCode | undefined;
  #codeError: { error: unknown } | undefined;
  #codeLoading = false;
  #savings: VipSavingsState = { status: 'off' };
  #timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the member's VIP resource in force, or undefined without configuration
   */
  constructor(host: ReactiveControllerHost, getClient: () => VipCardClient | undefined) {
    this.#host = host;
    this.#getClient = getClient;
    this.#codeTask = new Task(host, {
      autoRun: false,
      task: async ([client], { signal }) => {
        try {
          const code = await client.cardCode({ signal });
          signal.throwIfAborted();
          const lifetime = Math.max(0, Date.parse(code.expiresAt) - Date.parse(code.issuedAt));
          return { code, goodUntil: Date.now() + lifetime };
        } catch (error) {
          if (signal.aborted) return ABORTED;
          throw error;
        }
      },
      onComplete: (held) => {
        if (held === ABORTED || !this.#active) return;
        this.#held = held;
        this.#codeLoading = false;
        this.#schedule();
      },
      onError: (error) => {
        this.#held = undefined;
        this.#codeLoading = false;
        this.#codeError = { error };
        this.#clearTimer();
      },
    });
    this.#savingsTask = new Task(host, {
      autoRun: false,
      task: async ([client], { signal }) => {
        try {
          return await client.savings({ signal });
        } catch (error) {
          if (signal.aborted) return ABORTED;
          throw error;
        }
      },
      onComplete: (savings) => {
        if (savings !== ABORTED) this.#savings = { status: 'ready', savings };
      },
      onError: (error) => {
        this.#savings = { status: 'error', error };
      },
    });
    host.addController(this);
  }

  /** The member code: none (`off`), on its way, good for `secondsLeft` seconds, or failed. */
  get code(): VipCodeState {
    if (!this.#active) return { status: VipCodeStatus.off };
    if (this.#codeError) return { status: VipCodeStatus.error, error: this.#codeError.error };
    const held = this.#held;
    const left = held ? held.goodUntil - Date.now() : 0;
    if (!held || left <= 0) return { status: VipCodeStatus.loading };
    return {
      status: VipCodeStatus.ready,
      code: held.code,
      secondsLeft: Math.ceil(left / 1000),
      refreshing: this.#codeLoading,
    };
  }

  /** What the card has saved this membership year, fetched with each new code. */
  get savings(): VipSavingsState {
    return this.#active ? this.#savings : { status: 'off' };
  }

  /**
   * Says whether the member's card is a valid VIP card (active or in grace): codes are fetched
   * only then. The element calls it whenever its card changes.
   */
  setEligible(eligible: boolean): void {
    if (eligible === this.#eligible) return;
    this.#eligible = eligible;
    this.#update();
  }

  /** Asks for a new code now (the member's "new code" button); the code in hand stays until it arrives. */
  refresh(): void {
    if (this.#active) this.#fetchCode();
  }

  /** Tries again after a failure: a new code, and the savings with it. */
  retry(): void {
    if (this.#active) this.#fetchCode();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#update();
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#update();
  }

  /** Whether codes are fetched now: a valid VIP card, on screen. */
  get #active(): boolean {
    return this.#eligible && this.#connected && document.visibilityState !== 'hidden';
  }

  #running = false;

  /** Starts with a fresh code and the savings when the card comes on screen; stops and forgets the code when it leaves. */
  #update(): void {
    const active = this.#active;
    if (active === this.#running) return;
    this.#running = active;
    if (active) {
      this.#fetchCode();
    } else {
      this.#clearTimer();
      this.#codeTask.abort();
      this.#savingsTask.abort();
      this.#held = undefined;
      this.#codeError = undefined;
      this.#codeLoading = false;
      this.#savings = { status: 'off' };
    }
    this.#host.requestUpdate();
  }

  #onVisibility = (): void => this.#update();

  /**
   * Asks for a code, and for the savings with it: a code is used once, at the counter, so the
   * next code is when a discount just recorded there can show beside the fee.
   */
  #fetchCode(): void {
    const client = this.#getClient();
    if (!client) return;
    this.#codeError = undefined;
    this.#codeLoading = true;
    void this.#codeTask.run([client]);
    this.#fetchSavings(client);
    this.#host.requestUpdate();
  }

  /** Fetches the savings; the ones in hand stay shown until the new ones come. */
  #fetchSavings(client: VipCardClient): void {
    if (this.#savings.status !== 'ready') this.#savings = { status: 'loading' };
    void this.#savingsTask.run([client]);
  }

  /**
   * Wakes at each second of the code's countdown to update it; asks for the next code `lead`
   * before the end, and drops the code at its end if no new one has come.
   */
  #schedule(): void {
    this.#clearTimer();
    const held = this.#held;
    if (!held || !this.#active) return;
    const left = held.goodUntil - Date.now();
    const lifetime = Math.max(0, Date.parse(held.code.expiresAt) - Date.parse(held.code.issuedAt));
    const lead = codeRefreshLead(lifetime);
    if (left <= lead && !this.#codeLoading) this.#fetchCode();
    if (left <= 0) {
      this.#held = undefined;
      this.#host.requestUpdate();
      return;
    }
    // The next whole second of the countdown (or the end).
    const wait = left % 1000 || 1000;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#host.requestUpdate();
      this.#schedule();
    }, wait);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
