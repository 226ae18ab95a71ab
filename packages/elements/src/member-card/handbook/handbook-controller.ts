import type { Handbook } from '@clubkit/core/membership';
import type { ReactiveControllerHost } from 'lit';

/** What the panel reads: the handbook in force (the client's `handbook` resource). */
export interface HandbookClient {
  current(options?: { signal?: AbortSignal }): Promise<Handbook>;
}

/** Where the handbook panel is. */
export const HandbookStatus = {
  loading: 'loading',
  /** The handbook in force is here. */
  ready: 'ready',
  /** The club has published no handbook yet (`handbook/none-in-force`). */
  none: 'none',
  /** Reading it failed (network, server): `error` is the client's typed error. */
  error: 'error',
} as const;
/** The handbook panel's status. */
export type HandbookStatus = (typeof HandbookStatus)[keyof typeof HandbookStatus];

/** The handbook panel's state; `status` tells which. */
export type HandbookState =
  | { status: typeof HandbookStatus.loading | typeof HandbookStatus.none }
  | { status: typeof HandbookStatus.ready; handbook: Handbook }
  | { status: typeof HandbookStatus.error; error: unknown };

/**
 * The member handbook in force, read once when the panel first opens and again on `load()`.
 * Only the latest call's answer is kept; an earlier one still on its way is aborted. (Not a
 * `@lit/task` Task: this module is loaded on demand and must share no code with the card.)
 * Headless: it works with any `ReactiveControllerHost`.
 */
export class HandbookPanel {
  readonly #host: ReactiveControllerHost;
  readonly #client: HandbookClient;
  #state: HandbookState = { status: HandbookStatus.loading };
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, client: HandbookClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The panel's state. */
  get state(): HandbookState {
    return this.#state;
  }

  /** Reads the handbook in force. Never rejects: a failure is the `error` state. */
  async load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.#set({ status: HandbookStatus.loading });
    let next: HandbookState;
    try {
      next = { status: HandbookStatus.ready, handbook: await this.#client.current({ signal: abort.signal }) };
    } catch (error) {
      // The Club API's error by its code (read without the client's guard, which this module
      // loaded on demand does not import).
      const code = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown };
      next =
        code.code === 'handbook/none-in-force'
          ? { status: HandbookStatus.none }
          : { status: HandbookStatus.error, error };
    }
    if (this.#abort === abort) this.#set(next);
  }

  #set(state: HandbookState): void {
    this.#state = state;
    this.#host.requestUpdate();
  }
}
