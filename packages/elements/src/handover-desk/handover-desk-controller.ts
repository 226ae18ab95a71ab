import { isClubApiError, isClubClientError } from '@clubkit/client';
import type { HandoverEventRequest } from '@clubkit/core/api';
import { isTakenOver, type Handover, type HandoverEventType, type NewHandoverInput } from '@clubkit/core/service';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HandoverDeskClient } from './client.js';

/** The states of a {@link HandoverDeskController}. */
export const HandoverDeskStatus = {
  /** No client: the desk has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link HandoverDeskController}. */
export type HandoverDeskStatus = (typeof HandoverDeskStatus)[keyof typeof HandoverDeskStatus];

/** The desk's latest hand-over as the signed-in staff member sees it; `status` tells which. */
export type HandoverDeskState =
  | { status: typeof HandoverDeskStatus.idle }
  | { status: typeof HandoverDeskStatus.signedOut }
  | { status: typeof HandoverDeskStatus.loading }
  | {
      status: typeof HandoverDeskStatus.ready;
      /** The signed-in staff member as the Club API records actors: `staff:<id>`. */
      me: string;
      /** The desk's latest hand-over; undefined before the desk's first. */
      latest: Handover | undefined;
      /** The events the latest takes now (`GET /v1/handovers/{id}/next-events`, core's rules). */
      next: readonly HandoverEventType[];
    }
  | { status: typeof HandoverDeskStatus.error; error: unknown };

/** What an action did: an event of the latest hand-over, or writing the next one. */
export type HandoverActionKind = HandoverEventType | 'handOver';

/** The last action taken. */
export type HandoverAction =
  | { status: 'idle' }
  | { status: 'submitting'; kind: HandoverActionKind }
  | { status: 'done'; kind: HandoverActionKind }
  | { status: 'error'; kind: HandoverActionKind; error: unknown };

/** Options of a {@link HandoverDeskController}. */
export interface HandoverDeskOptions {
  /**
   * The property whose front desk it is; undefined for the signed-in staff member's own desk (a
   * property's desk staff: their property; otherwise the club's own desk).
   * @default () => undefined
   */
  propertyId?: () => string | undefined;
}

const IDLE: HandoverDeskState = { status: HandoverDeskStatus.idle };
const LOADING: HandoverDeskState = { status: HandoverDeskStatus.loading };
const SIGNED_OUT = 'client/signed-out';

/**
 * The front desk's shift hand-over (A4 §3.9.1 1, 前臺交接班制度) for the desk's staff: the desk's
 * latest hand-over with its log, items and questions; the incoming shift `ask()`s about it,
 * `accept()`s it once every question has its answer or `refuse()`s it with a reason; its writer
 * `answer()`s the questions; a colleague `review()`s it; and once it is taken over the next shift
 * writes its own with `handOver()`, carrying the open items and marking those done. Who may do
 * what is the Club API's answer (core's rules), not a copy of them here: a refusal is
 * `action.error`. Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const desk = new HandoverDeskController(host, () => handoverDeskClient(transport));
 * await desk.reload();
 * await desk.ask('A-1203 的鑰匙放在哪個保險櫃？');
 */
export class HandoverDeskController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => HandoverDeskClient | undefined;
  readonly #propertyId: () => string | undefined;
  readonly #task: Task<[HandoverDeskClient | undefined, string | undefined], HandoverDeskState>;
  #pending = IDLE;
  #loadedWith: { client: HandoverDeskClient | undefined; propertyId: string | undefined } | undefined;
  #action: HandoverAction = { status: 'idle' };

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => HandoverDeskClient | undefined,
    options: HandoverDeskOptions = {},
  ) {
    this.#host = host;
    this.#getClient = getClient;
    this.#propertyId = options.propertyId ?? (() => undefined);
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client, propertyId], { signal }) => {
        if (!client) return IDLE;
        try {
          const loaded = await this.#load(client, propertyId, signal);
          signal.throwIfAborted();
          return loaded;
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: HandoverDeskStatus.signedOut }
            : { status: HandoverDeskStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The desk's state. */
  get state(): HandoverDeskState {
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
  }

  /** Whether a load is in flight (the hand-over shown meanwhile is the one loaded before). */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** The last action taken. */
  get action(): HandoverAction {
    return this.#action;
  }

  /** Resolves when the load in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.loading) {
      this.#task.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the desk when the client or the property in force differs from the one of the last load. */
  sync(): Promise<void> {
    const seen = this.#loadedWith;
    if (seen && this.#getClient() === seen.client && this.#propertyId() === seen.propertyId) return Promise.resolve();
    this.#action = { status: 'idle' };
    return this.reload();
  }

  /**
   * Loads the desk's latest hand-over again; a load in flight is cancelled. The hand-over shown
   * stays while the same desk loads again, so what a person is typing stays too. Never rejects.
   */
  reload(): Promise<void> {
    const client = this.#getClient();
    const propertyId = this.#propertyId();
    const shown = this.state;
    const same = this.#loadedWith?.client === client && this.#loadedWith?.propertyId === propertyId;
    this.#loadedWith = { client, propertyId };
    this.#pending = !client ? IDLE : same && shown.status === HandoverDeskStatus.ready ? shown : LOADING;
    return this.#task.run([client, propertyId]);
  }

  /** Tries again after an error. */
  retry(): Promise<void> {
    return this.reload();
  }

  /** The incoming shift asks about the latest hand-over. Resolves true when asked; false (with `action.error`) when refused. */
  ask(text: string): Promise<boolean> {
    return this.#event({ type: 'ask', text });
  }

  /** The writer answers question `question` (its index). Resolves true when answered. */
  answer(question: number, text: string): Promise<boolean> {
    return this.#event({ type: 'answer', question, text });
  }

  /** The incoming shift takes the latest hand-over over (every question answered). Resolves true when accepted. */
  accept(): Promise<boolean> {
    return this.#event({ type: 'accept' });
  }

  /** The incoming shift refuses to take it over, with its reason; the superior settles it. Resolves true when refused. */
  refuse(reason: string): Promise<boolean> {
    return this.#event({ type: 'refuse', reason });
  }

  /** The manager or duty supervisor reviews the latest hand-over, with an optional note. Resolves true when reviewed. */
  review(note?: string): Promise<boolean> {
    return this.#event(note ? { type: 'review', note } : { type: 'review' });
  }

  /**
   * Writes and signs this shift's hand-over after the latest (which must be taken over): its open
   * items carried, those in `done` marked done, `items` the new ones. Resolves the new hand-over,
   * then shown as the latest; `undefined` (with `action.error`, say 409
   * `handover/previous-pending`) when refused — nothing changed then.
   */
  async handOver(input: NewHandoverInput): Promise<Handover | undefined> {
    const client = this.#getClient();
    if (!client || this.#action.status === 'submitting') return undefined;
    const propertyId = this.#propertyId();
    this.#start('handOver');
    try {
      const written = await client.handovers.create({ ...input, ...(propertyId ? { propertyId } : {}) });
      this.#action = { status: 'done', kind: 'handOver' };
      await this.reload();
      return written;
    } catch (error) {
      this.#action = { status: 'error', kind: 'handOver', error };
      // Another shift handed over meanwhile: the desk shows it with the refusal.
      if (isClubApiError(error) && error.status === 409) await this.reload();
      return undefined;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** Forgets the last action's outcome (say, once its message was read). */
  clearAction(): void {
    if (this.#action.status === 'submitting') return;
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
  }

  #start(kind: HandoverActionKind): void {
    this.#action = { status: 'submitting', kind };
    this.#host.requestUpdate();
  }

  async #event(event: HandoverEventRequest): Promise<boolean> {
    const client = this.#getClient();
    const state = this.state;
    if (!client || state.status !== HandoverDeskStatus.ready || !state.latest) return false;
    if (this.#action.status === 'submitting') return false;
    this.#start(event.type);
    try {
      await client.handovers.events(state.latest.id, event);
      this.#action = { status: 'done', kind: event.type };
      await this.reload();
      return true;
    } catch (error) {
      this.#action = { status: 'error', kind: event.type, error };
      // What changed meanwhile (another shift answered, or took it over) shows with the refusal.
      if (isClubApiError(error) && error.status === 409) await this.reload();
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  async #load(
    client: HandoverDeskClient,
    propertyId: string | undefined,
    signal: AbortSignal,
  ): Promise<HandoverDeskState> {
    const options = { signal };
    // Who is signed in first: a signed-out visitor hears so before any hand-over is asked for.
    const me = `staff:${(await client.staffSessions.current(options)).staff.id}`;
    let latest: Handover | undefined;
    try {
      latest = await client.handovers.latest(propertyId ? { propertyId } : {}, options);
    } catch (error) {
      // A desk's first hand-over is yet to be written.
      if (!(isClubApiError(error) && error.status === 404)) throw error;
    }
    const next = latest ? await client.handovers.nextEvents(latest.id, options) : [];
    return { status: HandoverDeskStatus.ready, me, latest, next };
  }
}

/** Whether a new hand-over may be written after `latest` (the desk's first, or one taken over). */
export function mayHandOver(latest: Handover | undefined): boolean {
  return latest === undefined || isTakenOver(latest);
}
