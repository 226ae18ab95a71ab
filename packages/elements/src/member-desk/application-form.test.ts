import { createClubTransport } from '@clubkit/client';
import type { Campaign } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { applicationFormClient, type ApplicationFormClient } from './application-client.js';
import { ApplicationForm, applicationBody, checkApplication } from './application-form.js';
import { memberDeskClient } from './client.js';
import { MemberDeskController, MemberDeskStatus } from './member-desk-controller.js';
import { PlainHost } from '../testing/plain-host.js';

const TODAY = '2026-11-27';
let api: TestApi;
let campaigns: Campaign[];

async function transportFor(role: string) {
  const token = await api.staffToken({ role });
  return createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } });
}
async function formClient(role: string): Promise<ApplicationFormClient> {
  return applicationFormClient(await transportFor(role));
}

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z') });
  campaigns = (await (await formClient('admin')).campaigns.list({ limit: 100 }).page()).data;
});
afterAll(() => api.close());

const typed = {
  branch: 'br_jinghong',
  tier: 'standard',
  name: '岩溫',
  phone: '13800000001',
  email: '',
  plate: '雲K7D401',
  'policy-number': 'PDAA7D401',
  'policy-start': TODAY,
  'policy-end': '2027-11-26',
  campaign: '',
};

describe('checkApplication', () => {
  it('accepts a policy that ends on the day it starts, and names one that ends the day before', () => {
    expect(checkApplication({ ...typed, 'policy-end': TODAY })).toEqual({});
    expect(checkApplication({ ...typed, 'policy-end': '2026-11-26' })).toEqual({ 'policy-end': 'endBeforeStart' });
  });

  it('names every empty required field and a day not typed as YYYY-MM-DD, but not an empty email or campaign', () => {
    expect(checkApplication({ ...typed, name: ' ', phone: '', 'policy-start': '2026/11/27' })).toEqual({
      name: 'required',
      phone: 'required',
      'policy-start': 'required',
    });
  });

  it('names a day the calendar does not have, as the Club API would refuse it, before anything is sent', () => {
    expect(checkApplication({ ...typed, 'policy-end': '2027-02-29' })).toEqual({ 'policy-end': 'required' });
    expect(checkApplication({ ...typed, 'policy-start': '2026-11-31' })).toEqual({ 'policy-start': 'required' });
    expect(checkApplication({ ...typed, 'policy-end': '2028-02-29' })).toEqual({});
  });

  it('sends the campaign only when one is chosen, and no empty email', () => {
    expect(applicationBody(typed)).not.toHaveProperty('campaignId');
    expect(applicationBody(typed).applicant).toEqual({ name: '岩溫', phone: '13800000001' });
    expect(applicationBody({ ...typed, campaign: 'cpg_x' }).campaignId).toBe('cpg_x');
  });
});

describe('ApplicationForm against the Club API', () => {
  it('offers only the campaigns running on the day, and the branches only to whom chooses one', async () => {
    const form = new ApplicationForm(new PlainHost(), await formClient('admin'), TODAY, undefined);
    await form.load();
    const running = campaigns.filter((c) => c.from <= TODAY && TODAY <= c.to);
    expect(running.length).toBeGreaterThan(0);
    expect(form.choices).toMatchObject({ status: 'ready', campaigns: running });
    expect(form.choices.status === 'ready' && form.choices.branches?.map((b) => b.id)).toContain('br_jinghong');
    const own = new ApplicationForm(new PlainHost(), await formClient('branch'), TODAY, 'br_jinghong');
    await own.load();
    expect(own.choices).toMatchObject({ status: 'ready', branches: undefined });
  });

  it('submits a branch operator’s application for the own branch with the campaign it came from', async () => {
    const running = campaigns.find((c) => c.from <= TODAY && TODAY <= c.to);
    const form = new ApplicationForm(new PlainHost(), await formClient('branch'), TODAY, 'br_jinghong');
    await form.load();
    expect(await form.submit({ ...typed, branch: 'br_menghai', campaign: running?.id ?? '' })).toBe(true);
    expect(form.outcome).toMatchObject({
      status: 'submitted',
      campaign: running?.name,
      application: { branchId: 'br_jinghong', campaignId: running?.id },
    });
  });

  it('keeps a campaign that has ended as the campaign field’s problem, with nothing stored', async () => {
    const ended = campaigns.find((c) => c.to < TODAY);
    const admin = await formClient('admin');
    const form = new ApplicationForm(new PlainHost(), admin, TODAY, undefined);
    await form.load();
    const plate = '雲K7D402';
    expect(await form.submit({ ...typed, plate, campaign: ended?.id ?? '' })).toBe(false);
    expect(form.problems).toEqual({ campaign: 'campaignNotRunning' });
    expect(form.outcome.status).toBe('refused');
    expect(await form.submit({ ...typed, plate, campaign: 'cpg_0000000000ZZZZZZZZZZZZZZZZ' })).toBe(false);
    expect(form.problems).toEqual({ campaign: 'campaignUnknown' });
    const desk = memberDeskClient(await transportFor('admin'));
    const stored = (await desk.memberships.applications({ limit: 100 }).page()).data;
    expect(stored.filter((a) => a.plate.endsWith('7D402'))).toEqual([]);
  });

  it('sends nothing while a required field is empty', async () => {
    const form = new ApplicationForm(new PlainHost(), await formClient('admin'), TODAY, undefined);
    expect(await form.submit({ ...typed, branch: '' })).toBe(false);
    expect(form.problems).toEqual({ branch: 'required' });
    expect(form.outcome.status).toBe('none');
  });
});

describe('MemberDeskController.may', () => {
  it('lets the administrator set up a campaign and replace a card and a branch operator neither, and allows nothing before the queue loads', async () => {
    const allowed = async (role: string) => {
      const desk = new MemberDeskController(new PlainHost(), () => undefined);
      expect(desk.may('create', { type: 'campaign' })).toBe(false);
      const client = memberDeskClient(await transportFor(role));
      const loaded = new MemberDeskController(new PlainHost(), () => client);
      await loaded.reload();
      expect(loaded.state.status).toBe(MemberDeskStatus.ready);
      return {
        campaign: loaded.may('create', { type: 'campaign' }),
        ownApplication: loaded.may('decide', { type: 'application', branchId: 'br_jinghong' }),
        otherApplication: loaded.may('decide', { type: 'application', branchId: 'br_menghai' }),
        cardReplacement: loaded.may('update', { type: 'card', branchId: 'br_jinghong' }),
      };
    };
    expect(await allowed('admin')).toEqual({
      campaign: true,
      ownApplication: true,
      otherApplication: true,
      cardReplacement: true,
    });
    // Card management is the administrator's module (A2 §3): the desk shows a branch operator no replace button.
    expect(await allowed('branch')).toEqual({
      campaign: false,
      ownApplication: true,
      otherApplication: false,
      cardReplacement: false,
    });
  });
});
