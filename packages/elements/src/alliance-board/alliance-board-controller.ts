import { addMonths, dateInZone } from '@clubkit/core/shared';
import type { AllianceCounty, DealerStanding, PayStatement, Salesperson } from '@clubkit/core/alliance';
import { isClubClientError } from '@clubkit/client';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AllianceBoardClient } from './client.js';

/** The states of an {@link AllianceBoardController}'s standing table. */
export const AllianceBoardStatus = {
  /** No client: the board has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** Loading failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of an {@link AllianceBoardController}. */
export type AllianceBoardStatus = (typeof AllianceBoardStatus)[keyof typeof AllianceBoardStatus];

/** The standing table shown; `status` tells which. */
export type AllianceBoardState =
  | { status: typeof AllianceBoardStatus.idle }
  | { status: typeof AllianceBoardStatus.signedOut }
  | { status: typeof AllianceBoardStatus.loading }
  | {
      status: typeof AllianceBoardStatus.ready;
      /** The month judged, `YYYY-MM`. */
      month: string;
      /** The county shown, or undefined for every county the caller sees. */
      countyId: string | undefined;
      /** Each dealer's standing as the Club API judged it (core's `dealerStanding`), by county then name. */
      dealers: DealerStanding[];
      /** The counties the caller sees, oldest first: the county choice and the rows' county names. */
      counties: AllianceCounty[];
      /** The salespeople the caller sees, oldest first: the pay statement's choice. */
      salespeople: Salesperson[];
    }
  | { status: typeof AllianceBoardStatus.error; error: unknown };

/** The pay statement shown beside the table. */
export type PayState =
  | { status: 'none' }
  | { status: 'loading'; salespersonId: string; month: string }
  | { status: 'ready'; statement: PayStatement }
  | { status: 'error'; salespersonId: string; month: string; error: unknown };

/** Options of an {@link AllianceBoardController}. */
export interface AllianceBoardOptions {
  /**
   * Today's club date, `YYYY-MM-DD`: the board opens on the month before it (the last month
   * whose figures are in) and offers the months up to it.
   * @default today in the browser's time zone
   */
  today?: () => string;
  /**
   * How many months the month choice offers, ending with today's.
   * @default 24
   */
  monthsOffered?: number;
}

const IDLE: AllianceBoardState = { status: AllianceBoardStatus.idle };
const LOADING: AllianceBoardState = { status: AllianceBoardStatus.loading };
const NO_PAY: PayState = { status: 'none' };
const SIGNED_OUT = 'client/signed-out';
/** The Club API's largest page. */
const PAGE = 100;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

interface Lists {
  client: AllianceBoardClient;
  counties: AllianceCounty[];
  salespeople: Salesperson[];
}

/**
 * The dealer alliance's sales centre (A1): every member and revoked dealer's standing in a month
 * by the charter's 70 % rule — met, short, warned after two months short in a row, revocable at
 * the third, unreported, revoked — exactly as the Club API judges it with core's
 * `dealerStanding` (`GET /v1/alliance/standing`), for every county the caller sees or one of
 * them; and a salesperson's pay statement for the same month (`GET
 * /v1/alliance/salespeople/{id}/pay`, core's `payStatement`). No rule is computed here. Headless:
 * it works with any `ReactiveControllerHost`.
 *
 * @example
 * const board = new AllianceBoardController(host, () => allianceBoardClient(transport));
 * await board.setMonth('2026-10');
 * board.state.status === 'ready' && board.state.dealers.filter((d) => d.level === 'warned');
 * await board.showPay(board.state.salespeople[0].id);
 */
export class AllianceBoardController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => AllianceBoardClient | undefined;
  readonly #task: Task<[AllianceBoardClient | undefined, string, string | undefined], AllianceBoardState>;
  readonly #months: string[];
  #month: string;
  #countyId: string | undefined;
  #salespersonId: string | undefined;
  #pending = IDLE;
  #loadedWith: { client: AllianceBoardClient | undefined } | undefined;
  #lists: Lists | undefined;
  #pay: PayState = NO_PAY;
  #paySeq = 0;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => AllianceBoardClient | undefined,
    options: AllianceBoardOptions = {},
  ) {
    this.#host = host;
    this.#getClient = getClient;
    const today = (options.today ?? (() => dateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)))();
    const first = `${today.slice(0, 7)}-01`;
    const offered = Math.max(2, options.monthsOffered ?? 24);
    this.#months = Array.from({ length: offered }, (_, i) => addMonths(first, -i).slice(0, 7));
    this.#month = this.#months[1] ?? today.slice(0, 7);
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client, month, countyId], { signal }) => {
        if (!client) return IDLE;
        try {
          const loaded = await this.#load(client, month, countyId, signal);
          signal.throwIfAborted();
          return loaded;
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: AllianceBoardStatus.signedOut }
            : { status: AllianceBoardStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The standing table's state. */
  get state(): AllianceBoardState {
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
  }

  /** The month shown, or being loaded, `YYYY-MM`. */
  get month(): string {
    return this.#month;
  }

  /** The months offered, newest first: today's and the ones before it. */
  get months(): readonly string[] {
    return this.#months;
  }

  /** The county shown, or undefined for all of them. */
  get countyId(): string | undefined {
    return this.#countyId;
  }

  /** The counties the caller sees, once loaded (kept while another month loads). */
  get counties(): readonly AllianceCounty[] {
    return this.#lists?.counties ?? [];
  }

  /** The salespeople the caller sees, once loaded (kept while another month loads). */
  get salespeople(): readonly Salesperson[] {
    return this.#lists?.salespeople ?? [];
  }

  /** The salesperson whose pay statement is shown, if any. */
  get salespersonId(): string | undefined {
    return this.#salespersonId;
  }

  /** The pay statement shown beside the table. */
  get pay(): PayState {
    return this.#pay;
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

  /** Loads the board when the client in force differs from the one of the last load. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    this.#lists = undefined;
    this.#salespersonId = undefined;
    this.#paySeq += 1;
    this.#pay = NO_PAY;
    return this.reload();
  }

  /**
   * Shows another month (`YYYY-MM`), the pay statement shown too. Throws a `RangeError` for
   * anything but a month.
   */
  setMonth(month: string): Promise<void> {
    if (!MONTH.test(month)) throw new RangeError(`Expected a month as YYYY-MM, got ${month}`);
    this.#month = month;
    return this.reload();
  }

  /** Shows one county's dealers, or every county's with undefined. */
  setCounty(countyId: string | undefined): Promise<void> {
    this.#countyId = countyId || undefined;
    return this.reload();
  }

  /** Loads the table again (and the pay statement shown); a load in flight is cancelled. Never rejects. */
  async reload(): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#pending = client ? LOADING : IDLE;
    await this.#task.run([client, this.#month, this.#countyId]);
    const state = this.state;
    if (state.status !== AllianceBoardStatus.ready) return;
    // The first salesperson's statement until another is chosen.
    this.#salespersonId ??= state.salespeople[0]?.id;
    if (this.#salespersonId && !this.#payShows(this.#salespersonId, state.month))
      await this.showPay(this.#salespersonId);
  }

  /** Tries again after an error. */
  retry(): Promise<void> {
    return this.reload();
  }

  /**
   * Shows a salesperson's pay statement for the month shown (undefined shows none). Never
   * rejects: a refusal (say `alliance/no-counties`) is `pay.error`.
   */
  async showPay(salespersonId: string | undefined): Promise<void> {
    const seq = ++this.#paySeq;
    this.#salespersonId = salespersonId || undefined;
    const client = this.#getClient();
    const month = this.#month;
    if (!client || !this.#salespersonId) {
      this.#pay = NO_PAY;
      this.#host.requestUpdate();
      return;
    }
    const id = this.#salespersonId;
    this.#pay = { status: 'loading', salespersonId: id, month };
    this.#host.requestUpdate();
    let pay: PayState;
    try {
      pay = { status: 'ready', statement: await client.alliance.salespeople.pay(id, month) };
    } catch (error) {
      pay = { status: 'error', salespersonId: id, month, error };
    }
    if (seq !== this.#paySeq) return;
    this.#pay = pay;
    this.#host.requestUpdate();
  }

  #payShows(salespersonId: string, month: string): boolean {
    const pay = this.#pay;
    return pay.status === 'ready'
      ? pay.statement.salespersonId === salespersonId && pay.statement.month === month
      : pay.status === 'loading' && pay.salespersonId === salespersonId && pay.month === month;
  }

  async #load(
    client: AllianceBoardClient,
    month: string,
    countyId: string | undefined,
    signal: AbortSignal,
  ): Promise<AllianceBoardState> {
    const options = { signal };
    let lists = this.#lists?.client === client ? this.#lists : undefined;
    if (!lists) {
      // Who is signed in first: a signed-out visitor hears so before any list is asked for.
      await client.staffSessions.current(options);
      const [counties, salespeople] = await Promise.all([
        all(client.alliance.counties.list({ limit: PAGE }, options)),
        all(client.alliance.salespeople.list({ limit: PAGE }, options)),
      ]);
      lists = { client, counties, salespeople };
      this.#lists = lists;
    }
    const standing = await client.alliance.dealers.standing({ month, ...(countyId ? { countyId } : {}) }, options);
    return {
      status: AllianceBoardStatus.ready,
      month: standing.month,
      countyId,
      dealers: standing.dealers,
      counties: lists.counties,
      salespeople: lists.salespeople,
    };
  }
}
