import { isClubClientError } from '@clubkit/client';
import type { ProcedureEventRequest, ProcedureNextStepsAnswer, SignOffRequest, TimelineEntry } from '@clubkit/core/api';
import type { NewProcedureRecord, ProcedureRecord, PropertyUnit } from '@clubkit/core/service';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ProcedureDeskClient } from './client.js';

/** The states of a {@link ProcedureDeskController}'s list. */
export const ProcedureDeskStatus = {
  /** No client: the desk has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading the list failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link ProcedureDeskController}. */
export type ProcedureDeskStatus = (typeof ProcedureDeskStatus)[keyof typeof ProcedureDeskStatus];

/** The list shown; `status` tells which. */
export type ProcedureDeskState =
  | { status: typeof ProcedureDeskStatus.idle }
  | { status: typeof ProcedureDeskStatus.signedOut }
  | { status: typeof ProcedureDeskStatus.loading }
  | {
      status: typeof ProcedureDeskStatus.ready;
      /** The open procedures, oldest first, then the done ones, newest first. */
      procedures: ProcedureRecord[];
      /** The units of the archive the desk sees, by id: house numbers and areas. */
      units: ReadonlyMap<string, PropertyUnit>;
      /** True when a status had more procedures (or the archive more units) than one page. */
      truncated: boolean;
    }
  | { status: typeof ProcedureDeskStatus.error; error: unknown };

/** The procedure opened from the list, with what it can take now and its unit's archive timeline. */
export type OpenedProcedure =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | {
      status: 'ready';
      procedure: ProcedureRecord;
      /** What the Club API allows it now (`GET /v1/procedures/{id}/next-steps`, core's rules). */
      next: ProcedureNextStepsAnswer;
      /** The unit's newest archive records; `undefined` when they could not be read. */
      timeline: TimelineEntry[] | undefined;
    }
  | { status: 'error'; id: string; error: unknown };

/** What an action did: a sign-off, another event, or opening a procedure. */
export type ProcedureActionKind = 'signOff' | ProcedureEventRequest['type'] | 'create';

/** The last action taken. */
export type ProcedureAction =
  | { status: 'idle' }
  | { status: 'submitting'; kind: ProcedureActionKind }
  | { status: 'done'; kind: ProcedureActionKind }
  | { status: 'error'; kind: ProcedureActionKind; error: unknown };

/** How many records a page holds (the Club API's largest page). */
const PAGE = 100;
/** How many archive records the opened procedure shows. */
const TIMELINE = 20;
const IDLE: ProcedureDeskState = { status: ProcedureDeskStatus.idle };
const LOADING: ProcedureDeskState = { status: ProcedureDeskStatus.loading };
const NONE: OpenedProcedure = { status: 'none' };
const NOTHING_NEXT: ProcedureNextStepsAnswer = { signOffs: [], events: [], inspectionGaps: [] };
const SIGNED_OUT = 'client/signed-out';

/** When a procedure was opened: the first entry of its history. */
export const openedAt = (p: ProcedureRecord): string => p.history[0]?.at ?? '';

/**
 * The property service desk's procedures (A4 §3.1, §3.2, §3.13): move-in, renovation and move-out,
 * listed open first; the procedure opened from the list with each party's sign-off, the sign-offs
 * and events core's rules allow it now (`GET /v1/procedures/{id}/next-steps`) and its unit's
 * archive timeline; sign-offs and events taken with `signOff()` and `act()`; new procedures opened
 * with `create()`. Whether a step may be signed is the Club API's answer, not a copy of the rule
 * here. Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const desk = new ProcedureDeskController(host, () => procedureDeskClient(transport));
 * await desk.open(desk.procedures[0].id);
 * await desk.signOff({ step: 'drawings', department: 'engineering' });
 */
export class ProcedureDeskController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => ProcedureDeskClient | undefined;
  readonly #listTask: Task<[ProcedureDeskClient | undefined], ProcedureDeskState>;
  #pending = IDLE;
  #loadedWith: { client: ProcedureDeskClient | undefined } | undefined;
  #opened: OpenedProcedure = NONE;
  #openSeq = 0;
  #action: ProcedureAction = { status: 'idle' };

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(host: ReactiveControllerHost, getClient: () => ProcedureDeskClient | undefined) {
    this.#host = host;
    this.#getClient = getClient;
    this.#listTask = new Task(host, {
      autoRun: false,
      task: async ([client], { signal }) => {
        if (!client) return IDLE;
        try {
          const loaded = await this.#load(client, signal);
          signal.throwIfAborted();
          return loaded;
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: ProcedureDeskStatus.signedOut }
            : { status: ProcedureDeskStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The list's state. */
  get state(): ProcedureDeskState {
    return this.#listTask.status === TaskStatus.COMPLETE && this.#listTask.value ? this.#listTask.value : this.#pending;
  }

  /** The procedure opened from the list. */
  get opened(): OpenedProcedure {
    return this.#opened;
  }

  /** The last action taken. */
  get action(): ProcedureAction {
    return this.#action;
  }

  /** Resolves when the list's load in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#listTask.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.state === LOADING) {
      this.#listTask.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the list when the client in force differs from the one of the last load. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    this.#opened = NONE;
    return this.reload();
  }

  /** Loads the list again; a load in flight is cancelled. Resolves when settled; never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#pending = client ? LOADING : IDLE;
    return this.#listTask.run([client]);
  }

  /** Tries the list again after an error. */
  retry(): Promise<void> {
    return this.reload();
  }

  /** Opens a procedure: its record, what it can take now and its unit's timeline. Never rejects. */
  async open(id: string): Promise<void> {
    const client = this.#getClient();
    if (!client) return;
    const seq = ++this.#openSeq;
    this.#opened = { status: 'loading', id };
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
    let opened: OpenedProcedure;
    try {
      const [procedure, next] = await Promise.all([client.procedures.get(id), client.procedures.nextSteps(id)]);
      opened = { status: 'ready', procedure, next, timeline: await this.#timeline(client, procedure.unitId) };
    } catch (error) {
      opened = { status: 'error', id, error };
    }
    if (seq !== this.#openSeq) return;
    this.#opened = opened;
    this.#host.requestUpdate();
  }

  /** Closes the opened procedure. */
  close(): void {
    this.#openSeq += 1;
    this.#opened = NONE;
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
  }

  /**
   * A party signs off a step of the opened procedure (the server records who and when and checks
   * it by core's rules). Resolves true when signed; false (with `action.error`) when refused or
   * failed — nothing changed then.
   */
  signOff(signOff: SignOffRequest): Promise<boolean> {
    return this.#change('signOff', (client, id) => client.procedures.signOff(id, signOff));
  }

  /**
   * Records an event of the opened procedure: drawings sent back with a reason or resubmitted,
   * damages assessed against the deposit, fees settled, keys returned. Resolves true when
   * recorded; false (with `action.error`) when refused or failed.
   */
  act(event: ProcedureEventRequest): Promise<boolean> {
    return this.#change(event.type, (client, id) => client.procedures.events(id, event));
  }

  /**
   * Opens a new procedure for a unit, then shows it. Resolves the new procedure; `undefined`
   * (with `action.error`) when refused or failed.
   */
  async create(input: NewProcedureRecord): Promise<ProcedureRecord | undefined> {
    const client = this.#getClient();
    if (!client || this.#action.status === 'submitting') return undefined;
    this.#action = { status: 'submitting', kind: 'create' };
    this.#host.requestUpdate();
    try {
      const created = await client.procedures.create(input);
      this.#action = { status: 'done', kind: 'create' };
      void this.reload();
      await this.open(created.id);
      this.#action = { status: 'done', kind: 'create' };
      return created;
    } catch (error) {
      this.#action = { status: 'error', kind: 'create', error };
      return undefined;
    } finally {
      this.#host.requestUpdate();
    }
  }

  async #change(
    kind: ProcedureActionKind,
    send: (client: ProcedureDeskClient, id: string) => Promise<ProcedureRecord>,
  ): Promise<boolean> {
    const client = this.#getClient();
    const opened = this.#opened;
    if (!client || opened.status !== 'ready' || this.#action.status === 'submitting') return false;
    const id = opened.procedure.id;
    this.#action = { status: 'submitting', kind };
    this.#host.requestUpdate();
    try {
      const procedure = await send(client, id);
      const next = await client.procedures.nextSteps(id).catch(() => NOTHING_NEXT);
      const timeline = await this.#timeline(client, procedure.unitId);
      if (this.#opened === opened) this.#opened = { status: 'ready', procedure, next, timeline };
      this.#action = { status: 'done', kind };
      void this.reload();
      return true;
    } catch (error) {
      this.#action = { status: 'error', kind, error };
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  async #timeline(client: ProcedureDeskClient, unitId: string): Promise<TimelineEntry[] | undefined> {
    try {
      return (await client.units.timeline(unitId, { limit: TIMELINE }).page()).data;
    } catch {
      return undefined;
    }
  }

  async #load(client: ProcedureDeskClient, signal: AbortSignal): Promise<ProcedureDeskState> {
    // Who is signed in first: a signed-out visitor hears so before any list is asked for.
    await client.staffSessions.current({ signal });
    const options = { signal };
    // Settled together: a refusal fails the load only once every request has ended.
    const settled = await Promise.allSettled([
      client.procedures.list({ status: 'open', limit: PAGE }, options).page(),
      client.procedures.list({ status: 'done', limit: PAGE }, options).page(),
      client.units.list({ limit: PAGE }, options).page(),
    ]);
    const [open, done, units] = settled.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    }) as [
      Awaited<ReturnType<ReturnType<ProcedureDeskClient['procedures']['list']>['page']>>,
      Awaited<ReturnType<ReturnType<ProcedureDeskClient['procedures']['list']>['page']>>,
      Awaited<ReturnType<ReturnType<ProcedureDeskClient['units']['list']>['page']>>,
    ];
    return {
      status: ProcedureDeskStatus.ready,
      procedures: [...open.data, ...[...done.data].reverse()],
      units: new Map(units.data.map((u) => [u.id, u])),
      truncated: [open, done, units].some((p) => p.nextCursor !== null),
    };
  }
}
