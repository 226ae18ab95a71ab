import { createClubTransport, isClubApiError, sessionFromEndpoint } from '@clubkit/client';
import type { Member, MembershipApplication } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { memberDeskClient, type MemberDeskClient } from './client.js';
import { MemberDeskController, MemberDeskStatus, searchQuery } from './member-desk-controller.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;
let admin: MemberDeskClient;
let branch: MemberDeskClient;

async function clientFor(role: string): Promise<MemberDeskClient> {
  const token = await api.staffToken({ role });
  return memberDeskClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
}

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z') });
  [admin, branch] = await Promise.all([clientFor('admin'), clientFor('branch')]);
});
afterAll(() => api.close());

async function loaded(client: MemberDeskClient | undefined) {
  const desk = new MemberDeskController(new PlainHost(), () => client);
  await desk.reload();
  return desk;
}

function applicationsOf(desk: MemberDeskController): MembershipApplication[] {
  const state = desk.state;
  if (state.status !== MemberDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
  return state.applications;
}

/** Every member of a branch, as the administrator finds them. */
async function membersOf(branchId: string): Promise<Member[]> {
  const out: Member[] = [];
  for await (const m of admin.members.list({ limit: 100 })) if (m.branchId === branchId) out.push(m);
  return out;
}

describe('MemberDeskController', () => {
  it('is idle without a client, and asks for nothing', async () => {
    const desk = await loaded(undefined);
    expect(desk.state.status).toBe(MemberDeskStatus.idle);
    await desk.search({ name: '王' });
    expect(desk.results.status).toBe('none');
    expect(await desk.approve('app_x')).toBe(false);
    expect(desk.action.status).toBe('idle');
  });

  it('lists the waiting applications; a branch operator gets only its own branch’s', async () => {
    const all = applicationsOf(await loaded(admin));
    const own = applicationsOf(await loaded(branch));
    expect(all.every((a) => a.status === 'submitted')).toBe(true);
    expect(new Set(all.map((a) => a.branchId)).size).toBeGreaterThan(1);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((a) => a.branchId === 'br_jinghong')).toBe(true);
    expect(own.map((a) => a.id).sort()).toEqual(
      all
        .filter((a) => a.branchId === 'br_jinghong')
        .map((a) => a.id)
        .sort(),
    );
  });

  it('shows the applications of another status when asked', async () => {
    const desk = await loaded(admin);
    await desk.setApplicationStatus('rejected');
    const rejected = applicationsOf(desk);
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((a) => a.status === 'rejected' && a.rejectionReason)).toBe(true);
  });

  it('leaves out empty and blank filters, and makes no search of none', () => {
    expect(searchQuery({ q: '  ', plate: '', phone: undefined })).toBeUndefined();
    expect(searchQuery({ q: ' 王 ', plate: '', status: 'active' })).toEqual({ q: '王', status: 'active' });
  });

  it('finds members by several conditions combined, and a branch operator never another branch’s', async () => {
    const [other] = await membersOf('br_menghai');
    if (!other) throw new Error('The demo data has no member of 勐海');
    const byAdmin = await loaded(admin);
    await byAdmin.search({ name: other.name, phone: other.phone });
    const found = byAdmin.results;
    if (found.status !== 'ready') throw new Error(`not ready: ${found.status}`);
    expect(found.members.map((m) => m.id)).toContain(other.id);
    expect(found.members.every((m) => m.phone === other.phone)).toBe(true);

    const byBranch = await loaded(branch);
    await byBranch.search({ name: other.name, phone: other.phone });
    expect(byBranch.results).toMatchObject({ status: 'ready', members: [] });
    // Opening it by id is refused by the Club API, and the refusal is kept to be told.
    await byBranch.open(other.id);
    const opened = byBranch.opened;
    if (opened.status !== 'error') throw new Error(`opened: ${opened.status}`);
    expect([403, 404]).toContain(isClubApiError(opened.error) ? opened.error.status : undefined);
  });

  it('opens a member’s record with vehicles, policies, memberships and cards', async () => {
    const [own] = await membersOf('br_jinghong');
    if (!own) throw new Error('The demo data has no member of 景洪');
    const desk = await loaded(branch);
    await desk.open(own.id);
    const opened = desk.opened;
    if (opened.status !== 'ready') throw new Error(`opened: ${opened.status}`);
    expect(opened.record.member.id).toBe(own.id);
    expect(opened.record.vehicles.length).toBeGreaterThan(0);
    expect(opened.record.memberships[0]?.card.number).toMatch(/^\d{16}$/);
    desk.close();
    expect(desk.opened.status).toBe('none');
  });

  it('does not send a rejection without a reason; with one, the application is rejected and leaves the queue', async () => {
    const desk = await loaded(admin);
    const [target] = applicationsOf(desk);
    if (!target) throw new Error('no waiting application');
    expect(await desk.reject(target.id, '   ')).toBe(false);
    expect(desk.action).toEqual({ status: 'invalid', kind: 'reject', id: target.id, field: 'reason' });
    expect((await admin.memberships.applications({ status: 'submitted' }).page()).data.map((a) => a.id)).toContain(
      target.id,
    );
    expect(await desk.reject(target.id, '行駛證與保單車牌不符')).toBe(true);
    expect(desk.action).toMatchObject({ status: 'done', kind: 'reject' });
    await desk.settled;
    expect(applicationsOf(desk).map((a) => a.id)).not.toContain(target.id);
    const stored = (await admin.memberships.applications({ status: 'rejected', limit: 100 }).page()).data.find(
      (a) => a.id === target.id,
    );
    expect(stored?.rejectionReason).toBe('行駛證與保單車牌不符');
  });

  it('lets a branch operator approve its own branch’s application and find the new member', async () => {
    const byBranch = await loaded(branch);
    const [target] = applicationsOf(byBranch);
    if (!target) throw new Error('no waiting application of 景洪');
    expect(await byBranch.approve(target.id)).toBe(true);
    const done = byBranch.action;
    if (done.status !== 'done' || !done.member) throw new Error(`action: ${done.status}`);
    expect(done.member).toMatchObject({ name: target.applicant.name, branchId: 'br_jinghong' });
    await byBranch.settled;
    expect(applicationsOf(byBranch).map((a) => a.id)).not.toContain(target.id);
    await byBranch.search({ plate: target.plate });
    expect(byBranch.results).toMatchObject({ status: 'ready', members: [{ id: done.member.id }] });
    await byBranch.open(done.member.id);
    const opened = byBranch.opened;
    if (opened.status !== 'ready') throw new Error(`opened: ${opened.status}`);
    expect(opened.record.memberships.map((m) => m.plate)).toEqual([target.plate]);
  });

  it('refuses a branch operator another branch’s application as not found, and changes nothing', async () => {
    const theirs = applicationsOf(await loaded(admin)).find((a) => a.branchId !== 'br_jinghong');
    if (!theirs) throw new Error('no waiting application of another branch');
    const byBranch = await loaded(branch);
    for (const decide of [() => byBranch.approve(theirs.id), () => byBranch.reject(theirs.id, '不是本分公司的')]) {
      expect(await decide()).toBe(false);
      const refused = byBranch.action;
      if (refused.status !== 'error') throw new Error(`action: ${refused.status}`);
      expect(isClubApiError(refused.error) && [refused.error.status, refused.error.code]).toEqual([404, 'not-found']);
    }
    const waiting = await admin.memberships.applications({ status: 'submitted', limit: 100 }).page();
    expect(waiting.data.map((a) => a.id)).toContain(theirs.id);
  });

  it('renews a membership of the opened record and shows the new card; a refused renewal changes nothing', async () => {
    const [own] = await membersOf('br_jinghong');
    if (!own) throw new Error('The demo data has no member of 景洪');
    const desk = await loaded(branch);
    await desk.open(own.id);
    const before = desk.opened;
    if (before.status !== 'ready') throw new Error(`opened: ${before.status}`);
    const membership = before.record.memberships.find((m) => !m.cancelledOn);
    if (!membership) throw new Error('no membership to renew');
    // A policy ending before the current one: the Club API refuses it.
    const refused = await desk.renew(membership.id, {
      number: 'PDAA0000000001',
      start: membership.validFrom,
      end: membership.validFrom,
    });
    expect(refused).toBe(false);
    expect(desk.action.status).toBe('error');
    expect((await branch.members.get(own.id)).memberships.find((m) => m.id === membership.id)?.card.id).toBe(
      membership.card.id,
    );

    const start = membership.activeUntil;
    const [y, mo, d] = start.split('-');
    const end = `${Number(y) + 1}-${mo}-${d}`;
    expect(await desk.renew(membership.id, { number: 'PDAA7700000001', start, end })).toBe(true);
    const action = desk.action;
    if (action.status !== 'done') throw new Error(`action: ${action.status}`);
    const after = desk.opened;
    if (after.status !== 'ready') throw new Error(`opened: ${after.status}`);
    const renewed = after.record.memberships.find((m) => m.card.number === action.cardNumber);
    expect(renewed?.card.id).not.toBe(membership.card.id);
  });

  it('replaces a lost card for the administrator; a branch operator is refused with the card unchanged', async () => {
    const [own] = await membersOf('br_jinghong');
    if (!own) throw new Error('The demo data has no member of 景洪');
    const current = (await admin.members.get(own.id)).memberships.find((m) => m.card.status === 'active');
    if (!current) throw new Error('no card in use');
    const byBranch = await loaded(branch);
    await byBranch.open(own.id);
    expect(await byBranch.replaceCard(current.card.id)).toBe(false);
    const refused = byBranch.action;
    expect(refused.status === 'error' && isClubApiError(refused.error) && refused.error.status).toBe(403);
    expect((await admin.members.get(own.id)).memberships.find((m) => m.id === current.id)?.card.id).toBe(
      current.card.id,
    );

    const byAdmin = await loaded(admin);
    await byAdmin.open(own.id);
    expect(await byAdmin.replaceCard(current.card.id)).toBe(true);
    const opened = byAdmin.opened;
    if (opened.status !== 'ready') throw new Error(`opened: ${opened.status}`);
    const now = opened.record.memberships.find((m) => m.id === current.id);
    expect(now?.card.id).not.toBe(current.card.id);
    expect(now?.card.number).not.toBe(current.card.number);
  });

  it('lists the club’s campaigns beside the queue, and the campaign an application names', async () => {
    const desk = await loaded(branch);
    const state = desk.state;
    if (state.status !== MemberDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
    expect(state.campaigns.map((c) => c.name)).toEqual(['新車主招募', '銀行卡友專享']);
    const ids = new Set(state.campaigns.map((c) => c.id));
    // Every campaign an application names is one of them.
    for (const a of state.applications) if (a.campaignId) expect(ids.has(a.campaignId)).toBe(true);
    expect(state.applications.some((a) => a.campaignId !== undefined)).toBe(true);
  });

  it('sets up a campaign for the administrator, checks the form before any request, and a branch operator is refused', async () => {
    const byAdmin = await loaded(admin);
    const count = async () => (await admin.campaigns.list({ limit: 100 }).page()).data.length;
    const before = await count();
    for (const [input, field] of [
      [{ name: '  ', from: '2026-12-01', to: '2026-12-31' }, 'campaign-name'],
      [{ name: '冬季', from: '', to: '2026-12-31' }, 'campaign-from'],
      [{ name: '冬季', from: '2026-12-31', to: '2026-12-01' }, 'campaign-to'],
    ] as const) {
      expect(await byAdmin.createCampaign(input)).toBe(false);
      expect(byAdmin.action).toMatchObject({ status: 'invalid', kind: 'campaign', field });
    }
    expect(await count()).toBe(before);

    expect(await byAdmin.createCampaign({ name: ' 冬季車主關懷 ', from: '2026-12-01', to: '2026-12-31' })).toBe(true);
    const state = byAdmin.state;
    if (state.status !== MemberDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
    expect(state.campaigns.at(-1)).toMatchObject({ name: '冬季車主關懷', from: '2026-12-01', to: '2026-12-31' });

    const byBranch = await loaded(branch);
    expect(await byBranch.createCampaign({ name: '分公司自辦', from: '2026-12-01', to: '2026-12-02' })).toBe(false);
    const refused = byBranch.action;
    expect(refused.status === 'error' && isClubApiError(refused.error) && refused.error.status).toBe(403);
    expect(await count()).toBe(before + 1);
  });

  it('says so when the session endpoint has no staff member signed in, before asking for any list', async () => {
    const signedOut = memberDeskClient(
      createClubTransport({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.signedOutEndpoint) }),
    );
    const desk = await loaded(signedOut);
    expect(desk.state.status).toBe(MemberDeskStatus.signedOut);
  });
});
