import { isClubClientError } from '@clubkit/client';
import type { Visit } from '@clubkit/core/service';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComplaintDeskClient } from './client.js';

/** The part of the desk's client the return visits use. */
export type ReturnVisitsClient = Pick<ComplaintDeskClient, 'visits'>;

/** One return visit due, and whether its appointment has already passed (the Club API's answer). */
export interface DueVisit {
  visit: Visit;
  overdue: boolean;
}

/** The states of a {@link ReturnVisitsController}. */
export const ReturnVisitsStatus = {
  /** No client: the desk has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading failed; `reload()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link ReturnVisitsController}. */
export type ReturnVisitsStatus = (typeof ReturnVisitsStatus)[keyof typeof ReturnVisitsStatus];

/** The return visits due; `status` tells which state. */
export type ReturnVisitsState =
  | { status: typeof ReturnVisitsStatus.idle }
  | { status: typeof ReturnVisitsStatus.signedOut }
  | { status: typeof ReturnVisitsStatus.loading }
  | {
      status: typeof ReturnVisitsStatus.ready;
      /** Overdue ones first, then by appointment. */
      visits: DueVisit[];
      /** True when more were due than one page holds: the first ones are shown. */
      truncated: boolean;
    }
  | { status: typeof ReturnVisitsStatus.error; error: unknown };

/** The Club API's largest page. */
const PAGE = 100;
const IDLE: ReturnVisitsState = { status: ReturnVisitsStatus.idle };
const LOADING: ReturnVisitsState = { status: ReturnVisitsStatus.loading };
const SIGNED_OUT = 'client/signed-out';

/** The first instant after the local day of `now`: what is due "today" is appointed before it. */
export function endOfDay(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

/**
 * The return visits due after resolved complaints (A4 §3.3.4 4: customer service visits or calls
 * the complainant and asks whether they are satisfied): the visits still to make whose
 * appointment is before the end of today, the overdue ones (appointed before now) first, each
 * naming the complaint it follows up. Both lists are the Club API's answers
 * (`GET /v1/visits?kind=return&status=scheduled&subjectKind=complaint&dueBefore=…`), not a rule
 * of its own. Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const visits = new ReturnVisitsController(host, () => complaintDeskClient(transport));
 * await visits.reload();
 * if (visits.state.status === 'ready') console.log(visits.state.visits.map((d) => d.visit.customer));
 */
export class ReturnVisitsController implements ReactiveController {
  readonly #getClient: () => ReturnVisitsClient | undefined;
  readonly #now: () => Date;
  readonly #task: Task<[ReturnVisitsClient | undefined], ReturnVisitsState>;
  #pending = IDLE;
  #loadedWith: { client: ReturnVisitsClient | undefined } | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   * @param now - the clock "today" and "overdue" are taken from. @default () => new Date()
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => ReturnVisitsClient | undefined,
    now: () => Date = () => new Date(),
  ) {
    this.#getClient = getClient;
    this.#now = now;
    this.#task = new Task(host, {
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
            ? { status: ReturnVisitsStatus.signedOut }
            : { status: ReturnVisitsStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The return visits due. */
  get state(): ReturnVisitsState {
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
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
    if (this.state === LOADING) {
      this.#task.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the visits when the client in force differs from the one of the last load. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    return this.reload();
  }

  /** Loads the visits again; a load in flight is cancelled. Resolves when settled; never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#pending = client ? LOADING : IDLE;
    return this.#task.run([client]);
  }

  async #load(client: ReturnVisitsClient, signal: AbortSignal): Promise<ReturnVisitsState> {
    const now = this.#now();
    const page = (dueBefore: Date) =>
      client.visits
        .list(
          {
            kind: 'return',
            status: 'scheduled',
            subjectKind: 'complaint',
            dueBefore: dueBefore.toISOString(),
            limit: PAGE,
          },
          { signal },
        )
        .page();
    const [late, today] = await Promise.all([page(now), page(endOfDay(now))]);
    const overdue = new Set(late.data.map((v) => v.id));
    const byAppointment = (a: Visit, b: Visit) => Date.parse(a.appointmentAt) - Date.parse(b.appointmentAt);
    const due = [...late.data, ...today.data.filter((v) => !overdue.has(v.id))];
    return {
      status: ReturnVisitsStatus.ready,
      visits: [
        ...due.filter((v) => overdue.has(v.id)).sort(byAppointment),
        ...due.filter((v) => !overdue.has(v.id)).sort(byAppointment),
      ].map((visit) => ({ visit, overdue: overdue.has(visit.id) })),
      truncated: late.nextCursor !== null || today.nextCursor !== null,
    };
  }
}
