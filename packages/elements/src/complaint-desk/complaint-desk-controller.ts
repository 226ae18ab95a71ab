import { isClubClientError } from '@clubkit/client';
import type { ComplaintEventRequest, Page } from '@clubkit/core/api';
import type { Complaint, ComplaintEventType, ComplaintStatus } from '@clubkit/core/service';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComplaintDeskClient } from './client.js';
import type { DeskForms } from './desk-access.js';

/** The queues of the desk: what waits for the club to act, and each later stage. */
export const ComplaintQueue = {
  /** Received, escalated and assigned complaints: the overdue ones first, then by deadline. */
  open: 'open',
  /** Resolved, waiting for the follow-up with the complainant. */
  resolved: 'resolved',
  /** Followed up, to close or reopen. */
  followedUp: 'followed-up',
  closed: 'closed',
} as const;
/** A queue of the desk. */
export type ComplaintQueue = (typeof ComplaintQueue)[keyof typeof ComplaintQueue];

/** The statuses that wait for the club to act: the open queue. */
const OPEN_STATUSES: readonly ComplaintStatus[] = ['received', 'escalated', 'assigned'];

/** One complaint of a queue, and whether the Club API counts it overdue (core's rule, on the server). */
export interface QueueEntry {
  complaint: Complaint;
  overdue: boolean;
}

/** The states of a {@link ComplaintDeskController}'s queue. */
export const ComplaintDeskStatus = {
  /** No client: the desk has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading the queue failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link ComplaintDeskController}. */
export type ComplaintDeskStatus = (typeof ComplaintDeskStatus)[keyof typeof ComplaintDeskStatus];

/** The queue shown; `status` tells which. */
export type ComplaintDeskState =
  | { status: typeof ComplaintDeskStatus.idle }
  | { status: typeof ComplaintDeskStatus.signedOut }
  | { status: typeof ComplaintDeskStatus.loading }
  | {
      status: typeof ComplaintDeskStatus.ready;
      queue: ComplaintQueue;
      /** The complaints shown: the first pages of the queue. */
      entries: QueueEntry[];
      /** True when the queue holds more than is shown: `showMore()` shows the next page. */
      more: boolean;
      /** True when a status of the open queue had more complaints than it reads: it shows the first ones. */
      truncated: boolean;
    }
  | { status: typeof ComplaintDeskStatus.error; error: unknown };

/** The complaint opened from the queue. */
export type OpenedComplaint =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'ready'; complaint: Complaint; next: ComplaintEventType[] }
  | { status: 'error'; id: string; error: unknown };

/** The load of the queue's next page: `error` when it failed (the queue shown is unchanged). */
export type MoreState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: unknown };

/** What a load of the queue read: every complaint it holds so far, and the cursor after them. */
interface LoadedQueue {
  status: typeof ComplaintDeskStatus.ready;
  queue: ComplaintQueue;
  entries: QueueEntry[];
  truncated: boolean;
  /** The next page of a one-status queue, or null when it has no more. */
  cursor: string | null;
}

/** The last step taken on the opened complaint. */
export type DeskAction =
  | { status: 'idle' }
  | { status: 'submitting'; type: ComplaintEventType }
  | { status: 'done'; type: ComplaintEventType }
  | { status: 'error'; type: ComplaintEventType; error: unknown };

/** How many complaints of each status the open queue reads (the Club API's largest page). */
const PAGE = 100;
/** How many complaints a page of the queue shows. */
const SHOWN = 20;
const IDLE: ComplaintDeskState = { status: ComplaintDeskStatus.idle };
const LOADING: ComplaintDeskState = { status: ComplaintDeskStatus.loading };
const NONE: OpenedComplaint = { status: 'none' };
const SIGNED_OUT = 'client/signed-out';

/** The deadline a queue sorts by: the complaint's current one, or when it was received. */
const dueOf = (c: Complaint) => c.deadline ?? c.receivedAt;

/**
 * The service desk's complaints (A4 §3.3): a queue by status — what waits for action with the
 * overdue ones first, then by deadline — the complaint opened from it with its history, and the
 * steps core's workflow allows it now (`GET /v1/complaints/{id}/next-events`), taken with
 * `act()`. Whether a complaint is overdue is the Club API's answer (`overdue=true`, core's rule),
 * not a second copy of the rule here. Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const desk = new ComplaintDeskController(host, () => complaintDeskClient(transport));
 * await desk.open(desk.entries[0].complaint.id);
 * await desk.act({ type: 'assign', department: 'engineering', dueAt: '2026-12-01T09:00:00Z' });
 */
export class ComplaintDeskController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => ComplaintDeskClient | undefined;
  readonly #queueTask: Task<[ComplaintDeskClient | undefined, ComplaintQueue], ComplaintDeskState | LoadedQueue>;
  readonly #pageSizeOf: () => number | undefined;
  #queue: ComplaintQueue = ComplaintQueue.open;
  #pending = IDLE;
  /** What `showMore()` added to the load: later pages of a one-status queue. */
  #appended: QueueEntry[] = [];
  /** The cursor after the last page `showMore()` read; undefined before it read any. */
  #cursor: string | null | undefined;
  #shown = SHOWN;
  #more: MoreState = { status: 'idle' };
  #moreSeq = 0;
  #loadedWith: { client: ComplaintDeskClient | undefined } | undefined;
  #opened: OpenedComplaint = NONE;
  #openSeq = 0;
  #action: DeskAction = { status: 'idle' };
  #forms: DeskForms | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   * @param options.pageSize - how many complaints a page of the queue shows, 1 to 100, read at each
   *   load (a number, or a function for an element's attribute). @default 20
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => ComplaintDeskClient | undefined,
    options: { pageSize?: number | (() => number | undefined) } = {},
  ) {
    this.#host = host;
    this.#getClient = getClient;
    const { pageSize } = options;
    this.#pageSizeOf = typeof pageSize === 'function' ? pageSize : () => pageSize;
    this.#queueTask = new Task(host, {
      autoRun: false,
      task: async ([client, queue], { signal }) => {
        if (!client) return IDLE;
        try {
          const loaded = await this.#load(client, queue, signal);
          signal.throwIfAborted();
          return loaded;
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: ComplaintDeskStatus.signedOut }
            : { status: ComplaintDeskStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The queue's state: in `ready`, the pages shown so far. */
  get state(): ComplaintDeskState {
    const loaded = this.#loaded();
    if (!loaded) {
      const value = this.#queueTask.status === TaskStatus.COMPLETE ? this.#queueTask.value : undefined;
      return value && value.status !== ComplaintDeskStatus.ready ? value : this.#pending;
    }
    const all = this.#all(loaded);
    return {
      status: ComplaintDeskStatus.ready,
      queue: loaded.queue,
      entries: all.slice(0, this.#shown),
      more: this.#shown < all.length || this.#nextCursor(loaded) !== null,
      truncated: loaded.truncated,
    };
  }

  /**
   * The desk's forms the signed-in staff member can submit (core's access rules, a chunk loaded
   * with the first queue); undefined until then, when no form shows.
   */
  get forms(): DeskForms | undefined {
    return this.#forms;
  }

  /** The load of the queue's next page. */
  get more(): MoreState {
    return this.#more;
  }

  /**
   * Shows the queue's next page: the complaints already read, else the next page from the Club
   * API (`GET /v1/complaints?status=…&cursor=…`). Resolves true when more are shown; false when
   * there were none, or the page could not be read (`more.error`; what is shown stays). Never rejects.
   */
  async showMore(): Promise<boolean> {
    const loaded = this.#loaded();
    if (!loaded || this.#more.status === 'loading') return false;
    if (this.#shown < this.#all(loaded).length) {
      this.#shown += this.#pageSize;
      this.#more = { status: 'idle' };
      this.#host.requestUpdate();
      return true;
    }
    const client = this.#getClient();
    const cursor = this.#nextCursor(loaded);
    if (!client || cursor === null || loaded.queue === ComplaintQueue.open) return false;
    const seq = ++this.#moreSeq;
    this.#more = { status: 'loading' };
    this.#host.requestUpdate();
    try {
      const page = await client.complaints.list({ status: loaded.queue, limit: this.#pageSize }).page(cursor);
      if (seq !== this.#moreSeq) return false;
      const known = new Set(this.#all(loaded).map((e) => e.complaint.id));
      this.#appended = [
        ...this.#appended,
        ...page.data.filter((c) => !known.has(c.id)).map((complaint) => ({ complaint, overdue: false })),
      ];
      this.#cursor = page.nextCursor;
      this.#shown += this.#pageSize;
      this.#more = { status: 'idle' };
      return true;
    } catch (error) {
      if (seq === this.#moreSeq) this.#more = { status: 'error', error };
      return false;
    } finally {
      if (seq === this.#moreSeq) this.#host.requestUpdate();
    }
  }

  /** The queue shown, or being loaded. */
  get queue(): ComplaintQueue {
    return this.#queue;
  }

  /** The complaint opened from the queue. */
  get opened(): OpenedComplaint {
    return this.#opened;
  }

  /** The last step taken on the opened complaint. */
  get action(): DeskAction {
    return this.#action;
  }

  /** Resolves when the queue's load in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#queueTask.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.state === LOADING) {
      this.#queueTask.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the queue when the client in force differs from the one of the last load. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    this.#opened = NONE;
    return this.reload();
  }

  /** Shows another queue. */
  setQueue(queue: ComplaintQueue): Promise<void> {
    this.#queue = queue;
    return this.reload();
  }

  /** Loads the queue shown again; a load in flight is cancelled. Resolves when settled; never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#pending = client ? LOADING : IDLE;
    this.#moreSeq += 1;
    this.#more = { status: 'idle' };
    this.#appended = [];
    this.#cursor = undefined;
    this.#shown = this.#pageSize;
    return this.#queueTask.run([client, this.#queue]);
  }

  /** Tries the queue again after an error. */
  retry(): Promise<void> {
    return this.reload();
  }

  /** Opens a complaint: its whole record and the steps it can take now. Never rejects. */
  async open(id: string): Promise<void> {
    const client = this.#getClient();
    if (!client) return;
    const seq = ++this.#openSeq;
    this.#opened = { status: 'loading', id };
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
    let opened: OpenedComplaint;
    try {
      const [complaint, next] = await Promise.all([client.complaints.get(id), client.complaints.nextEvents(id)]);
      opened = { status: 'ready', complaint, next };
    } catch (error) {
      opened = { status: 'error', id, error };
    }
    if (seq !== this.#openSeq) return;
    this.#opened = opened;
    this.#host.requestUpdate();
  }

  /** Closes the opened complaint. */
  close(): void {
    this.#openSeq += 1;
    this.#opened = NONE;
    this.#action = { status: 'idle' };
    this.#host.requestUpdate();
  }

  /**
   * Takes a step on the opened complaint (the server records who and when, and checks it by core's
   * workflow), then shows the complaint as it now is and reloads the queue. Resolves true when the
   * step was taken; false (with `action.error`) when it was refused or failed — nothing changed then.
   */
  async act(event: ComplaintEventRequest): Promise<boolean> {
    const client = this.#getClient();
    const opened = this.#opened;
    if (!client || opened.status !== 'ready' || this.#action.status === 'submitting') return false;
    const id = opened.complaint.id;
    this.#action = { status: 'submitting', type: event.type };
    this.#host.requestUpdate();
    try {
      const complaint = await client.complaints.events(id, event);
      const next = await client.complaints.nextEvents(id).catch(() => [] as ComplaintEventType[]);
      if (this.#opened === opened) this.#opened = { status: 'ready', complaint, next };
      this.#action = { status: 'done', type: event.type };
      void this.reload();
      return true;
    } catch (error) {
      this.#action = { status: 'error', type: event.type, error };
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }

  /** How many complaints a page shows: the option, whole, between 1 and the Club API's largest page. */
  get #pageSize(): number {
    const wanted = this.#pageSizeOf() ?? SHOWN;
    return Number.isFinite(wanted) ? Math.max(1, Math.min(PAGE, Math.floor(wanted))) : SHOWN;
  }

  /** The load shown, when it is ready. */
  #loaded(): LoadedQueue | undefined {
    if (this.#queueTask.status !== TaskStatus.COMPLETE) return undefined;
    const value = this.#queueTask.value;
    return value && 'cursor' in value ? value : undefined;
  }

  #nextCursor(loaded: LoadedQueue): string | null {
    return this.#cursor === undefined ? loaded.cursor : this.#cursor;
  }

  #all(loaded: LoadedQueue): QueueEntry[] {
    return this.#appended.length ? [...loaded.entries, ...this.#appended] : loaded.entries;
  }

  async #load(
    client: ComplaintDeskClient,
    queue: ComplaintQueue,
    signal: AbortSignal,
  ): Promise<ComplaintDeskState | LoadedQueue> {
    // Who is signed in first: a signed-out visitor hears so before any list is asked for. With
    // them, which forms they can submit: the rules' chunk loads meanwhile.
    const [session, access] = await Promise.all([client.staffSessions.current({ signal }), import('./desk-access.js')]);
    this.#forms = access.deskForms(session.staff);
    const options = { signal };
    const page = (query: { status?: ComplaintStatus; overdue?: boolean }, limit = PAGE) =>
      client.complaints.list({ ...query, limit }, options).page();
    if (queue !== ComplaintQueue.open) {
      // One status reads page by page, as the queue is shown.
      const one = await page({ status: queue }, this.#pageSize);
      return {
        status: ComplaintDeskStatus.ready,
        queue,
        entries: one.data.map((complaint) => ({ complaint, overdue: false })),
        truncated: false,
        cursor: one.nextCursor,
      };
    }
    // Settled together: a refusal fails the load only once every request has ended.
    const settled = await Promise.allSettled([
      page({ overdue: true }),
      ...OPEN_STATUSES.map((status) => page({ status })),
    ]);
    const [overdue, ...open] = settled.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    }) as [Page<Complaint>, ...Page<Complaint>[]];
    const late = new Set(overdue.data.map((c) => c.id));
    const rest = open
      .flatMap((p) => p.data)
      .filter((c) => !late.has(c.id))
      .sort((a, b) => dueOf(a).localeCompare(dueOf(b)));
    const first = [...overdue.data].sort((a, b) => dueOf(a).localeCompare(dueOf(b)));
    return {
      status: ComplaintDeskStatus.ready,
      queue,
      entries: [
        ...first.map((complaint) => ({ complaint, overdue: true })),
        ...rest.map((complaint) => ({ complaint, overdue: false })),
      ],
      truncated: [overdue, ...open].some((p) => p.nextCursor !== null),
      cursor: null,
    };
  }
}
