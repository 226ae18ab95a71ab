import { isClubClientError } from '@clubkit/client';
import { dateInZone } from '@clubkit/core/shared';
import type { Activity, ActivitySignUp } from '@clubkit/core/vip';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VipActivitiesClient } from './client.js';

/** Where the lists stand: no configuration, signed out, loading, read, or failed. */
export const ActivitiesStatus = {
  idle: 'idle',
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
} as const;
/** Where the lists stand. */
export type ActivitiesStatus = (typeof ActivitiesStatus)[keyof typeof ActivitiesStatus];

/** One of the member's seats with its activity (undefined when the club no longer answers it). */
export interface HeldSeat {
  signUp: ActivitySignUp;
  activity: Activity | undefined;
}

/** The activities and the member's seats; `status` tells which. */
export type ActivitiesState =
  | { status: typeof ActivitiesStatus.idle | typeof ActivitiesStatus.signedOut | typeof ActivitiesStatus.loading }
  | {
      status: typeof ActivitiesStatus.ready;
      /** The activities and group buys whose sign-up is open today, oldest set up first. */
      open: Activity[];
      /** The member's seats (not cancelled) on activities that have not begun before today, soonest first. */
      mine: HeldSeat[];
    }
  | { status: typeof ActivitiesStatus.error; error: unknown };

/** What a seat action is: taking one or cancelling one. */
export const SeatActionKind = { signUp: 'sign-up', cancel: 'cancel' } as const;
/** What a seat action is. */
export type SeatActionKind = (typeof SeatActionKind)[keyof typeof SeatActionKind];

/** The last seat action: none, under way, done (with the seat as the club answered it), or refused. */
export type SeatActionState =
  | { status: 'none' }
  | { status: 'working'; kind: SeatActionKind; id: string }
  | { status: 'done'; kind: SeatActionKind; signUp: ActivitySignUp; title: string }
  | { status: 'refused'; kind: SeatActionKind; id: string; error: unknown };

/** Options of {@link VipActivitiesController}. */
export interface VipActivitiesOptions {
  /** The member client in force (member sessions), or undefined without one. */
  member: () => VipActivitiesClient | undefined;
  /** Called once a seat is taken. */
  onSignedUp?: (signUp: ActivitySignUp) => void;
  /** Called once a seat is cancelled. */
  onCancelled?: (signUp: ActivitySignUp) => void;
  /**
   * The club's calendar date today, for the activities open and the seats to come.
   * @default today in Asia/Shanghai
   */
  today?: () => string;
}

const clubToday = (): string => dateInZone(new Date(), 'Asia/Shanghai');
const NONE: SeatActionState = { status: 'none' };

/**
 * The club's activities and group buys for a signed-in member, headless: those open for sign-up
 * today with the seats left, the member's own seats, and taking and cancelling a seat. The club
 * decides (full, closed, held already, begun); a refusal is kept with its problem type for the
 * view to word, and the lists are read again after every action, so the seats left are the
 * club's. Each is a `Task` from `@lit/task`; a disconnect aborts what is in flight.
 *
 * @example
 * const activities = new VipActivitiesController(host, { member: () => client });
 * await activities.signUp('act_…');
 */
export class VipActivitiesController implements ReactiveController {
  readonly #options: VipActivitiesOptions;
  readonly #today: () => string;
  readonly #lists: Task<[VipActivitiesClient | undefined], ActivitiesState>;
  readonly #action: Task<[VipActivitiesClient | undefined, SeatActionKind | undefined, string], SeatActionState>;
  #listsPending: ActivitiesState = { status: ActivitiesStatus.idle };
  #loadedWith: { client: VipActivitiesClient | undefined } | undefined;
  #actionPending: SeatActionState = NONE;

  constructor(host: ReactiveControllerHost, options: VipActivitiesOptions) {
    this.#options = options;
    this.#today = options.today ?? clubToday;
    this.#lists = new Task(host, {
      autoRun: false,
      task: async ([client], { signal }) => this.#read(client, signal),
    });
    this.#action = new Task(host, {
      autoRun: false,
      task: async ([client, kind, id], { signal }) => this.#act(client, kind, id, signal),
    });
    host.addController(this);
  }

  /** The activities open today and the member's seats. */
  get state(): ActivitiesState {
    return this.#lists.status === TaskStatus.COMPLETE && this.#lists.value ? this.#lists.value : this.#listsPending;
  }

  /** The last seat action. */
  get action(): SeatActionState {
    return this.#action.status === TaskStatus.COMPLETE && this.#action.value ? this.#action.value : this.#actionPending;
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.#lists.status === TaskStatus.PENDING) {
      this.#lists.abort();
      this.#loadedWith = undefined;
    }
    this.#action.abort();
  }

  /** Reads the lists again when the member client changed since the last read. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#options.member() === this.#loadedWith.client) return Promise.resolve();
    return this.reload();
  }

  /** Reads the activities and the member's seats again; what is on screen stays until they arrive. Never rejects. */
  reload(): Promise<void> {
    const client = this.#options.member();
    this.#loadedWith = { client };
    const now = this.state;
    this.#listsPending = !client
      ? { status: ActivitiesStatus.idle }
      : now.status === ActivitiesStatus.ready
        ? now
        : { status: ActivitiesStatus.loading };
    return this.#lists.run([client]);
  }

  /** Takes a seat on the activity `activityId` (`act_…`); one action at a time. Never rejects. */
  signUp(activityId: string): Promise<void> {
    return this.#start(SeatActionKind.signUp, activityId);
  }

  /** Cancels the member's seat `signUpId` (`asu_…`); one action at a time. Never rejects. */
  cancel(signUpId: string): Promise<void> {
    return this.#start(SeatActionKind.cancel, signUpId);
  }

  #start(kind: SeatActionKind, id: string): Promise<void> {
    if (this.action.status === 'working') return Promise.resolve();
    this.#actionPending = { status: 'working', kind, id };
    return this.#action.run([this.#options.member(), kind, id]);
  }

  async #act(
    client: VipActivitiesClient | undefined,
    kind: SeatActionKind | undefined,
    id: string,
    signal: AbortSignal,
  ): Promise<SeatActionState> {
    if (!client || !kind) return NONE;
    let signUp: ActivitySignUp;
    try {
      signUp =
        kind === SeatActionKind.signUp
          ? await client.activities.signUp(id, { signal })
          : await client.activities.cancel(id, { signal });
    } catch (error) {
      signal.throwIfAborted();
      // A refusal changes what the club holds no more than it tells: the seats left are read again.
      void this.reload();
      return { status: 'refused', kind, id, error };
    }
    const state = this.state;
    const title =
      state.status === ActivitiesStatus.ready
        ? (state.open.find((a) => a.id === signUp.activityId)?.title ??
          state.mine.find((s) => s.signUp.activityId === signUp.activityId)?.activity?.title ??
          '')
        : '';
    if (kind === SeatActionKind.signUp) this.#options.onSignedUp?.(signUp);
    else this.#options.onCancelled?.(signUp);
    await this.reload();
    return { status: 'done', kind, signUp, title };
  }

  async #read(client: VipActivitiesClient | undefined, signal: AbortSignal): Promise<ActivitiesState> {
    if (!client) return { status: ActivitiesStatus.idle };
    const today = this.#today();
    try {
      const [open, seats] = await Promise.all([
        all(client.activities.list({ signUpOpenOn: today, limit: 100 }, { signal })),
        all(client.activities.mine({ limit: 100 }, { signal })),
      ]);
      const held = seats.filter((s) => s.status === 'signed-up' && s.startsOn >= today);
      const known = new Map(open.map((a) => [a.id, a]));
      // A seat whose sign-up has closed is on an activity the open list no longer holds: read it.
      const missing = [...new Set(held.map((s) => s.activityId).filter((id) => !known.has(id)))];
      const read = await Promise.all(
        missing.map((id) => client.activities.get(id, { signal }).catch((): undefined => undefined)),
      );
      for (const a of read) if (a) known.set(a.id, a);
      const mine = held
        .map((signUp) => ({ signUp, activity: known.get(signUp.activityId) }))
        .sort((a, b) => (a.signUp.startsOn < b.signUp.startsOn ? -1 : a.signUp.startsOn > b.signUp.startsOn ? 1 : 0));
      return { status: ActivitiesStatus.ready, open, mine };
    } catch (error) {
      signal.throwIfAborted();
      return isClubClientError(error) && error.code === 'client/signed-out'
        ? { status: ActivitiesStatus.signedOut }
        : { status: ActivitiesStatus.error, error };
    }
  }

  /** The club's calendar date today, as the controller counts it. */
  get today(): string {
    return this.#today();
  }
}

/** Every item of a paged list. */
async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
