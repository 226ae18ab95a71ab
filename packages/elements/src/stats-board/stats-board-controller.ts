import { isClubApiError, isClubClientError } from '@clubkit/client';
import { dateInZone, daysBetween } from '@clubkit/core/shared';
import { canOn, type ResourceType, type StaffPrincipal } from '@clubkit/core/access';
import type { StaffSessionInfo } from '@clubkit/core/api';
import type { CampaignReport } from '@clubkit/core/membership';
import {
  MAX_REVENUE_DAYS,
  type AllianceMarketStats,
  type DeskStats,
  type MemberStats,
  type RevenueStats,
} from '@clubkit/core/stats';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StatsBoardClient } from './client.js';
import {
  checkPeriod,
  defaultPeriod,
  periodBuckets,
  PeriodProblem,
  type PeriodBucket,
  type StatsPeriod,
} from './period.js';

/** The board's sections, each one report of the Club API. */
export const StatsSection = {
  /** Members by branch, tier and state; applications against decisions (`GET /v1/stats/members`). */
  members: 'members',
  /** The service desk's complaints: on time and satisfied (`GET /v1/stats/desk`). */
  desk: 'desk',
  /** The dealer alliance's sales against the market per county (`GET /v1/stats/alliance`). */
  alliance: 'alliance',
  /** The VIP card's revenue against core's plan, month by month (`GET /v1/stats/revenue`). */
  revenue: 'revenue',
} as const;
/** A section of the board. */
export type StatsSection = (typeof StatsSection)[keyof typeof StatsSection];

/** The resource type core's access rules guard each section's report with. */
const REPORT_OF: { readonly [S in StatsSection]: ResourceType } = {
  members: 'stats',
  desk: 'desk-stats',
  alliance: 'alliance-stats',
  revenue: 'stats',
};

/** Applications in one slice of the period. */
export interface ApplicationsInBucket {
  bucket: PeriodBucket;
  submitted: number;
  approved: number;
  rejected: number;
  /** approved / (approved + rejected) in the slice; `null` while none is decided. */
  approvalRate: number | null;
}

/** The member section: the report over the whole period, and applications slice by slice. */
export interface MemberSection {
  /** The report over the period (memberships as of its last day). */
  stats: MemberStats;
  /** Applications submitted, approved and rejected per slice, oldest first. */
  applications: ApplicationsInBucket[];
  /** Branch names by id, for the branches the caller may list; other rows show their id. */
  branchNames: Readonly<Record<string, string>>;
  /** Applications per marketing campaign as of the period's last day. */
  campaigns: CampaignReport;
}

/** The desk's complaint figures of one slice. */
export interface ComplaintsInBucket {
  bucket: PeriodBucket;
  complaints: DeskStats['complaints'];
}

/** The desk section: complaints over the whole period, and slice by slice. */
export interface DeskSection {
  /** Complaints received in the period, as of its last day. */
  complaints: DeskStats['complaints'];
  /** The same figures per slice, oldest first. */
  byBucket: ComplaintsInBucket[];
}

/** The alliance section: the market report over the period. */
export interface AllianceSection {
  stats: AllianceMarketStats;
  /** County names by id, for the counties the caller may list; other rows show their id. */
  countyNames: Readonly<Record<string, string>>;
}

/** The revenue section: the VIP card's revenue over the period, month by month against plan. */
export interface RevenueSection {
  stats: RevenueStats;
}

/** What the board shows for one period: who asked, and each section the caller may read. */
export interface StatsBoardReport {
  period: StatsPeriod;
  buckets: PeriodBucket[];
  /** The staff member signed in, their modules and until when. */
  session: StaffSessionInfo;
  /**
   * Whether the caller may use the income section: read the activities, set one up and record
   * advertising income (core's `can()`; the administrator's). Others see the revenue without its forms.
   */
  managesIncome: boolean;
  /** The sections the caller may read, in board order; a report answered 403 is left out. */
  sections: { members?: MemberSection; desk?: DeskSection; alliance?: AllianceSection; revenue?: RevenueSection };
}

/** The states of a {@link StatsBoardController}. */
export const StatsBoardStatus = {
  /** No client: the board has no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  /** A request failed (other than a report the caller may not read); `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of a {@link StatsBoardController}. */
export type StatsBoardStatus = (typeof StatsBoardStatus)[keyof typeof StatsBoardStatus];

/** What a {@link StatsBoardController} holds; `status` tells which. */
export type StatsBoardState =
  | { status: typeof StatsBoardStatus.idle }
  | { status: typeof StatsBoardStatus.signedOut }
  | { status: typeof StatsBoardStatus.loading }
  | { status: typeof StatsBoardStatus.ready; report: StatsBoardReport }
  | { status: typeof StatsBoardStatus.error; error: unknown };

/** Options of a {@link StatsBoardController}. */
export interface StatsBoardOptions {
  /**
   * Today's date (`YYYY-MM-DD`), from which the default period is taken.
   * @default today in the browser's time zone
   */
  today?: () => string;
  /**
   * How many report requests run at once (a period of twelve months asks for 13 of each report).
   * @default 4
   */
  concurrency?: number;
}

const IDLE: StatsBoardState = { status: StatsBoardStatus.idle };
const LOADING: StatsBoardState = { status: StatsBoardStatus.loading };
const SIGNED_OUT = 'client/signed-out';

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A 403: the caller's role may not read this report (statistics answer a plain 403). */
const isForbidden = (error: unknown): boolean => isClubApiError(error) && error.status === 403;

/** `work`'s answer, or undefined when the Club API refuses the caller with a 403. */
async function unlessForbidden<R>(work: () => Promise<R>): Promise<R | undefined> {
  try {
    return await work();
  } catch (error) {
    if (isForbidden(error)) return undefined;
    throw error;
  }
}

/** Names by id from a paginated list, or none when the caller may not list them. */
async function namesOf(list: () => AsyncIterable<{ id: string; name: string }>): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const listed = await unlessForbidden(async () => {
    for await (const item of list()) names[item.id] = item.name;
    return true;
  });
  return listed ? names : {};
}

/**
 * Loads the statistics board for a period: asks who is signed in (`GET
 * /v1/staff-sessions/current`), then, for each section whose report the staff member's role may
 * read by core's `can()`, the report over the whole period and over each of its slices (months,
 * or years for a period over two years; see `periodBuckets`). A report that still answers 403
 * leaves its section out rather than failing the board. Headless: it works with any
 * `ReactiveControllerHost` and renders nothing.
 *
 * Every load is a run of one `Task` from `@lit/task` (not auto-run): a newer run aborts the one in
 * flight and the Task drops its answer; a disconnect aborts it.
 *
 * @example
 * const board = new StatsBoardController(host, () => statsBoardClient(transport));
 * await board.setPeriod({ from: '2026-01-01', to: '2026-06-30' });
 * if (board.state.status === 'ready') console.log(board.state.report.sections.members?.stats.total);
 */
export class StatsBoardController implements ReactiveController {
  readonly #getClient: () => StatsBoardClient | undefined;
  readonly #concurrency: number;
  readonly #task: Task<[StatsBoardClient | undefined, StatsPeriod], StatsBoardState>;
  #period: StatsPeriod;
  #pending = IDLE;
  #loadedWith: { client: StatsBoardClient | undefined } | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => StatsBoardClient | undefined,
    options: StatsBoardOptions = {},
  ) {
    this.#getClient = getClient;
    this.#concurrency = Math.max(1, options.concurrency ?? 4);
    const today = options.today ?? (() => dateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));
    this.#period = defaultPeriod(today());
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client, period], { signal }) => {
        if (!client) return IDLE;
        try {
          const report = await this.#load(client, period, signal);
          signal.throwIfAborted();
          return { status: StatsBoardStatus.ready, report };
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: StatsBoardStatus.signedOut }
            : { status: StatsBoardStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The current state. */
  get state(): StatsBoardState {
    return this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
  }

  /** Resolves when the load in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** The period shown, or being loaded. */
  get period(): StatsPeriod {
    return this.#period;
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

  /** Loads the board when the client in force differs from the one of the last load; does nothing otherwise. */
  sync(): Promise<void> {
    if (this.#loadedWith && this.#getClient() === this.#loadedWith.client) return Promise.resolve();
    return this.reload();
  }

  /**
   * Shows `period`: loads it when the board can show it and answers `ok`; otherwise answers why
   * not ({@link PeriodProblem}) and keeps the period shown.
   */
  setPeriod(period: StatsPeriod): PeriodProblem {
    const problem = checkPeriod(period);
    if (problem !== PeriodProblem.ok) return problem;
    this.#period = { from: period.from, to: period.to };
    void this.reload();
    return problem;
  }

  /** Loads the period shown again; a load in flight is cancelled. Resolves when settled; never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    this.#loadedWith = { client };
    this.#pending = client ? LOADING : IDLE;
    return this.#task.run([client, this.#period]);
  }

  /** Tries again after an error: the same as {@link reload}. */
  retry(): Promise<void> {
    return this.reload();
  }

  async #load(client: StatsBoardClient, period: StatsPeriod, signal: AbortSignal): Promise<StatsBoardReport> {
    const session = await client.staffSessions.current({ signal });
    const principal: StaffPrincipal = session.staff.principal;
    const reads = (section: StatsSection) => canOn(principal, 'list', { type: REPORT_OF[section] });
    const buckets = periodBuckets(period);
    // Counts "as of" the period's last day in every slice, so the slices add up to the whole.
    const asOf = period.to;
    const options = { signal };
    const limit = this.#concurrency;

    const members = async (): Promise<MemberSection | undefined> => {
      const stats = await unlessForbidden(() => client.stats.members({ ...period, asOf }, options));
      if (!stats) return undefined;
      const [slices, branchNames, campaigns] = await Promise.all([
        mapLimit(buckets, limit, (bucket) => client.stats.members({ from: bucket.from, to: bucket.to, asOf }, options)),
        canOn(principal, 'list', { type: 'branch' })
          ? namesOf(() => client.branches.list({}, options))
          : Promise.resolve({}),
        client.stats.campaigns({ asOf }, options),
      ]);
      const applications = slices.map(({ applications: a }, i) => ({
        bucket: buckets[i] as PeriodBucket,
        submitted: a.submitted,
        approved: a.approved,
        rejected: a.rejected,
        approvalRate: a.approvalRate,
      }));
      return { stats, applications, branchNames, campaigns };
    };
    const desk = async (): Promise<DeskSection | undefined> => {
      const whole = await unlessForbidden(() => client.stats.desk({ ...period, asOf }, options));
      if (!whole) return undefined;
      const slices = await mapLimit(buckets, limit, (bucket) =>
        client.stats.desk({ from: bucket.from, to: bucket.to, asOf }, options),
      );
      return {
        complaints: whole.complaints,
        byBucket: slices.map((s, i) => ({ bucket: buckets[i] as PeriodBucket, complaints: s.complaints })),
      };
    };
    const alliance = async (): Promise<AllianceSection | undefined> => {
      const [stats, countyNames] = await Promise.all([
        unlessForbidden(() => client.stats.alliance({ ...period, asOf }, options)),
        canOn(principal, 'list', { type: 'county' })
          ? namesOf(() => client.alliance.counties.list({}, options))
          : Promise.resolve({}),
      ]);
      return stats ? { stats, countyNames } : undefined;
    };

    // Revenue is reported by month: a period shown by year, or longer than the report covers, has none.
    const revenue = async (): Promise<RevenueSection | undefined> => {
      const stats = await unlessForbidden(() => client.stats.revenue({ from: period.from, to: period.to }, options));
      return stats ? { stats } : undefined;
    };
    const byMonth = buckets[0]?.unit === 'month' && daysBetween(period.from, period.to) < MAX_REVENUE_DAYS;

    const [m, d, a, r] = await Promise.all([
      reads(StatsSection.members) ? members() : undefined,
      reads(StatsSection.desk) ? desk() : undefined,
      reads(StatsSection.alliance) ? alliance() : undefined,
      reads(StatsSection.revenue) && byMonth ? revenue() : undefined,
    ]);
    return {
      period,
      buckets,
      session,
      managesIncome:
        canOn(principal, 'list', { type: 'activity' }) &&
        canOn(principal, 'create', { type: 'activity' }) &&
        canOn(principal, 'create', { type: 'ad-income' }),
      sections: {
        ...(m ? { members: m } : {}),
        ...(d ? { desk: d } : {}),
        ...(a ? { alliance: a } : {}),
        ...(r ? { revenue: r } : {}),
      },
    };
  }
}
