import { createClubTransport, isClubApiError, sessionFromEndpoint, type SessionSource } from '@clubkit/client';
import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { statsBoardClient, type StatsBoardClient } from './client.js';
import { PeriodProblem } from './period.js';
import { StatsBoardController, StatsBoardStatus, type StatsBoardReport } from './stats-board-controller.js';
import { PlainHost } from '../testing/plain-host.js';

const TODAY = '2026-11-27';
const PERIOD = { from: '2026-06-01', to: '2026-11-27' };
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), complaints: 30 });
});
afterAll(() => api.close());

/** The paths a client asked for, in order. */
function countingFetch(paths: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    paths.push(new URL(request.url).pathname);
    return fetch(request);
  };
}

function sessionOf(token: () => string): SessionSource {
  return { getToken: () => Promise.resolve(token()) };
}

async function boardFor(role: string, paths: string[] = []) {
  const token = await api.staffToken({ role });
  const t = createClubTransport({ baseUrl: api.baseUrl, session: sessionOf(() => token), fetch: countingFetch(paths) });
  return board(statsBoardClient(t));
}

function board(client: StatsBoardClient | undefined) {
  const controller = new StatsBoardController(new PlainHost(), () => client, { today: () => TODAY });
  return controller;
}

async function readyReport(controller: StatsBoardController): Promise<StatsBoardReport> {
  expect(controller.setPeriod(PERIOD)).toBe(PeriodProblem.ok);
  await controller.settled;
  const state = controller.state;
  if (state.status !== StatsBoardStatus.ready) throw new Error(`expected ready, got ${JSON.stringify(state)}`);
  return state.report;
}

async function operator(role: string): Promise<OperatorClient> {
  const token = await api.staffToken({ role });
  return createOperatorClient({ baseUrl: api.baseUrl, session: sessionOf(() => token) });
}

describe('StatsBoardController', () => {
  it('is idle without a client and takes the last twelve months as its default period', async () => {
    const controller = board(undefined);
    expect(controller.period).toEqual({ from: '2025-12-01', to: TODAY });
    await controller.reload();
    expect(controller.state).toEqual({ status: StatsBoardStatus.idle });
  });

  it('gives an administrator every section, each equal to the Club API’s report for the period', async () => {
    const report = await readyReport(await boardFor('admin'));
    const admin = await operator('admin');
    const asOf = PERIOD.to;
    expect(report.session.staff.principal).toEqual({ role: 'admin' });
    expect(Object.keys(report.sections)).toEqual(['members', 'desk', 'alliance', 'revenue']);
    expect(report.sections.members?.stats).toEqual(await admin.stats.members({ ...PERIOD, asOf }));
    expect(report.sections.revenue?.stats).toEqual(await admin.stats.revenue(PERIOD));
    // The demo's VIP holder paid for a card in May: its year earns over the whole period.
    expect(report.sections.revenue?.stats.totals.recognizedFen).toBeGreaterThan(0);
    expect(report.sections.desk?.complaints).toEqual((await admin.stats.desk({ ...PERIOD, asOf })).complaints);
    expect(report.sections.alliance?.stats).toEqual(await admin.stats.alliance({ ...PERIOD, asOf }));
    // The administrator may list branches: every branch of the report has its name.
    const members = report.sections.members;
    expect(members?.stats.byBranch.length).toBeGreaterThan(0);
    for (const row of members?.stats.byBranch ?? []) expect(members?.branchNames[row.branchId]).toMatch(/\S/);
  });

  it('slices applications and complaints by month, and the slices add up to the period', async () => {
    const report = await readyReport(await boardFor('admin'));
    expect(report.buckets.map((b) => b.key)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const members = report.sections.members;
    const desk = report.sections.desk;
    if (!members || !desk) throw new Error('sections missing');
    const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((n, row) => n + pick(row), 0);
    expect(sum(members.applications, (a) => a.submitted)).toBe(members.stats.applications.submitted);
    expect(sum(members.applications, (a) => a.approved)).toBe(members.stats.applications.approved);
    expect(sum(members.applications, (a) => a.rejected)).toBe(members.stats.applications.rejected);
    expect(members.stats.applications.submitted).toBeGreaterThan(0);
    expect(sum(desk.byBucket, (b) => b.complaints.total)).toBe(desk.complaints.total);
    expect(sum(desk.byBucket, (b) => b.complaints.resolvedOnTime)).toBe(desk.complaints.resolvedOnTime);
    expect(desk.complaints.total).toBeGreaterThan(0);
    const admin = await operator('admin');
    const november = await admin.stats.desk({ from: '2026-11-01', to: '2026-11-27', asOf: PERIOD.to });
    expect(desk.byBucket.at(-1)?.complaints).toEqual(november.complaints);
  });

  it('gives the service desk its own section and never asks for the reports its role may not read', async () => {
    const paths: string[] = [];
    const report = await readyReport(await boardFor('desk', paths));
    expect(Object.keys(report.sections)).toEqual(['desk']);
    expect(paths.filter((p) => p.startsWith('/v1/stats/')).every((p) => p === '/v1/stats/desk')).toBe(true);
    expect(paths).not.toContain('/v1/branches');
  });

  it('gives a branch operator its own branch’s members only, named by id when it may not list branches', async () => {
    const paths: string[] = [];
    const report = await readyReport(await boardFor('branch', paths));
    expect(Object.keys(report.sections)).toEqual(['members', 'revenue']);
    expect(report.sections.members?.stats.byBranch.map((b) => b.branchId)).toEqual(['br_jinghong']);
    expect(report.sections.members?.branchNames).toEqual({});
    expect(paths).not.toContain('/v1/branches');
  });

  it('offers the income section’s forms to the administrator only, not to a branch operator who reads the revenue', async () => {
    const admin = await readyReport(await boardFor('admin'));
    expect(admin.managesIncome).toBe(true);
    const paths: string[] = [];
    const branch = await readyReport(await boardFor('branch', paths));
    // The branch reads its revenue, but the Club API would refuse its activities and advertising income (403).
    expect(branch.sections.revenue).toBeDefined();
    expect(branch.managesIncome).toBe(false);
    const branchApi = await operator('branch');
    const refused = await (async () => {
      for await (const a of branchApi.activities.list({ limit: 1 })) return a;
      return undefined;
    })().catch((e: unknown) => e);
    expect(isClubApiError(refused) && refused.status).toBe(403);
    expect(paths.some((p) => p.startsWith('/v1/activities') || p.startsWith('/v1/ad-income'))).toBe(false);
  });

  it('shows no revenue for a period shown by year or longer than the revenue report covers', async () => {
    const paths: string[] = [];
    const controller = await boardFor('admin', paths);
    expect(controller.setPeriod({ from: '2023-01-01', to: '2026-11-27' })).toBe(PeriodProblem.ok);
    await controller.settled;
    const state = controller.state;
    if (state.status !== StatsBoardStatus.ready) throw new Error(`expected ready, got ${state.status}`);
    expect(Object.keys(state.report.sections)).toEqual(['members', 'desk', 'alliance']);
    expect(paths).not.toContain('/v1/stats/revenue');
  });

  it('gives a merchant operator no section at all', async () => {
    const report = await readyReport(await boardFor('merchant'));
    expect(report.sections).toEqual({});
  });

  it('leaves out a section whose report answers 403 instead of failing the board', async () => {
    // The session says administrator, the reports are asked with the service desk's session:
    // the member and alliance reports answer 403.
    const adminToken = await api.staffToken({ role: 'admin' });
    const admin = statsBoardClient(createClubTransport({ baseUrl: api.baseUrl, session: sessionOf(() => adminToken) }));
    const deskToken = await api.staffToken({ role: 'desk' });
    const desk = statsBoardClient(createClubTransport({ baseUrl: api.baseUrl, session: sessionOf(() => deskToken) }));
    const report = await readyReport(board({ ...desk, staffSessions: admin.staffSessions }));
    expect(Object.keys(report.sections)).toEqual(['desk']);
  });

  it('shows a revoked session as a typed error, and a retry with a live one loads the board', async () => {
    let token = await api.staffToken({ role: 'desk' });
    await api.server.fetch(
      new Request(`${api.baseUrl}/v1/staff-sessions/current`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${token}` },
      }),
    );
    const controller = board(
      statsBoardClient(createClubTransport({ baseUrl: api.baseUrl, session: sessionOf(() => token) })),
    );
    await controller.reload();
    const state = controller.state;
    expect(state.status).toBe(StatsBoardStatus.error);
    expect(state.status === StatsBoardStatus.error && isClubApiError(state.error) && state.error.status).toBe(401);

    token = await api.staffToken({ role: 'desk' });
    await controller.retry();
    expect(controller.state.status).toBe(StatsBoardStatus.ready);
  });

  it('says signed out when the session endpoint has no staff member signed in', async () => {
    const t = createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => fetchSignedOut() } });
    const controller = board(statsBoardClient(t));
    await controller.reload();
    expect(controller.state).toEqual({ status: StatsBoardStatus.signedOut });
  });

  it('refuses a period it cannot show and keeps the one shown', () => {
    const controller = board(undefined);
    expect(controller.setPeriod({ from: '2026-11-02', to: '2026-11-01' })).toBe(PeriodProblem.reversed);
    expect(controller.setPeriod({ from: '2026-13-01', to: '2026-11-01' })).toBe(PeriodProblem.invalid);
    expect(controller.period).toEqual({ from: '2025-12-01', to: TODAY });
  });
});

/** The partner's signed-out endpoint through the client's own session source. */
function fetchSignedOut(): Promise<string> {
  return sessionFromEndpoint(api.signedOutEndpoint).getToken();
}
