import type { Page, Staff, StaffSession } from '@clubkit/core/api';
import type { Complaint, PropertyUnit } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-30T02:00:00.000Z');
const tick = () => (now = new Date(now.getTime() + 60_000));

let unit: PropertyUnit;
const staff = new Map<'manager' | 'accused' | 'colleague' | 'loner', Staff>();
const token = new Map<'manager' | 'accused' | 'colleague', string>();
/** The staff account or session token of a role in the story; every one is made before the tests. */
const who = (name: 'manager' | 'accused' | 'colleague' | 'loner'): Staff => staff.get(name) as Staff;
const tokenOf = (name: 'manager' | 'accused' | 'colleague'): string => token.get(name) as string;
let conduct: Complaint;
let general: Complaint;

async function staffOf(name: string, managerId?: string): Promise<Staff> {
  const body = { name, principal: { role: 'desk', propertyId: 'prp_garden' }, ...(managerId ? { managerId } : {}) };
  const res = await t.call('POST', '/v1/staff', { key: t.keys.admin.secret, body });
  expect(res.status, res.text).toBe(201);
  return res.body as Staff;
}

async function signIn(staffId: string): Promise<string> {
  const res = await t.call('POST', '/v1/staff-sessions', { key: t.keys.admin.secret, body: { staffId } });
  expect(res.status, res.text).toBe(201);
  return (res.body as StaffSession).token;
}

const form = {
  name: '王小明',
  subject: { unit: 'A-1203' },
  content: '保安在大堂大聲斥責我的訪客。',
  phone: '138 0013 8000',
  channel: 'visit',
  category: 'service-attitude',
};

function conductComplaint(key: string, staffId: string): Promise<TestResponse> {
  tick();
  return t.call('POST', '/v1/conduct-complaints', {
    key,
    body: {
      ...form,
      unitId: unit.id,
      conduct: {
        staffId,
        witnesses: [{ name: '李四', phone: '138 0013 8001', statement: '我在大堂等電梯時聽見。' }],
        evidence: [{ description: '大堂監控錄像 14:05–14:20', reference: '保安室 B-3' }],
      },
    },
  });
}

const ids = (res: TestResponse) => (res.body as Page<{ id: string }>).data.map((c) => c.id);

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
  const created = await t.call('POST', '/v1/units', {
    key: t.keys.desk.secret,
    body: { propertyId: 'prp_garden', number: 'A-1203', owner: { name: '王小明' } },
  });
  unit = created.body as PropertyUnit;
  const manager = await staffOf('客服經理 陳');
  staff.set('manager', manager);
  staff.set('accused', await staffOf('保安 張', manager.id));
  staff.set('colleague', await staffOf('客服助理 林', manager.id));
  staff.set('loner', await staffOf('新同事 周'));
  for (const name of ['manager', 'accused', 'colleague'] as const) token.set(name, await signIn(who(name).id));
  const res = await conductComplaint(tokenOf('colleague'), who('accused').id);
  expect(res.status, res.text).toBe(201);
  conduct = res.body as Complaint;
  tick();
  const other = await t.call('POST', '/v1/complaints', {
    key: t.keys.gardenDesk.secret,
    body: { ...form, content: '電梯常停', category: 'facility', unitId: unit.id },
  });
  expect(other.status, other.text).toBe(201);
  const all = (await t.call('GET', '/v1/complaints', { key: t.keys.admin.secret })).body as Page<Complaint>;
  general = all.data.find((c) => c.conduct === undefined) as Complaint;
});
afterAll(() => t.close());

describe('logging a complaint about a staff member’s conduct', () => {
  it('records the staff member, witnesses and evidence, with their manager as handler, both by name too', () => {
    expect(conduct.conduct).toEqual({
      staffId: who('accused').id,
      staffName: '保安 張',
      handlerId: who('manager').id,
      handlerName: '客服經理 陳',
      witnesses: [{ name: '李四', phone: '138 0013 8001', statement: '我在大堂等電梯時聽見。' }],
      evidence: [{ description: '大堂監控錄像 14:05–14:20', reference: '保安室 B-3' }],
    });
    expect(conduct).toMatchObject({ unitId: unit.id, propertyId: 'prp_garden', status: 'received' });
  });

  it('refuses an unknown staff id at conduct.staffId, and stores nothing', async () => {
    const before = await t.server.db.selectFrom('complaints').select('id').execute();
    const res = await conductComplaint(t.keys.gardenDesk.secret, 'stf_nobody');
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['conduct', 'staffId']]);
    expect(await t.server.db.selectFrom('complaints').select('id').execute()).toEqual(before);
  });

  it('refuses a staff member with no manager on record', async () => {
    const res = await conductComplaint(t.keys.gardenDesk.secret, who('loner').id);
    expect([res.status, problem(res).code]).toEqual([409, 'complaint/no-manager']);
  });

  it('refuses a manager who is no staff account, or the account itself', async () => {
    const unknown = await t.call('POST', '/v1/staff', {
      key: t.keys.admin.secret,
      body: { name: 'X', principal: { role: 'desk' }, managerId: 'stf_nobody' },
    });
    expect([unknown.status, issuePaths(unknown)]).toEqual([400, [['managerId']]]);
    const self = await t.call('PATCH', `/v1/staff/${who('loner').id}`, {
      key: t.keys.admin.secret,
      body: { managerId: who('loner').id },
    });
    expect([self.status, issuePaths(self)]).toEqual([400, [['managerId']]]);
  });
});

describe('the staff member complained about', () => {
  it('does not find it among the complaints, but finds the general one', async () => {
    const res = await t.call('GET', '/v1/complaints', { key: tokenOf('accused') });
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([general.id]);
  });

  it('reads a 404 for it exactly as for an unknown complaint', async () => {
    const unknownId = `${conduct.id.slice(0, -1)}${conduct.id.endsWith('0') ? '1' : '0'}`;
    const hidden = await t.call('GET', `/v1/complaints/${conduct.id}`, { key: tokenOf('accused') });
    const unknown = await t.call('GET', `/v1/complaints/${unknownId}`, { key: tokenOf('accused') });
    expect(hidden.status).toBe(404);
    const strip = (res: TestResponse) => ({ ...problem(res), requestId: '', instance: '' });
    expect(strip(hidden)).toEqual(strip(unknown));
    expect(problem(hidden).detail).toBe('No such complaint.');
    expect(hidden.text).not.toContain(who('accused').id);
  });

  it('cannot see its next steps nor move it along', async () => {
    const next = await t.call('GET', `/v1/complaints/${conduct.id}/next-events`, { key: tokenOf('accused') });
    expect(next.status).toBe(404);
    tick();
    const act = await t.call('POST', `/v1/complaints/${conduct.id}/events`, {
      key: tokenOf('accused'),
      body: { type: 'flagMalicious', reason: '這是誣告' },
    });
    expect([act.status, problem(act).code]).toEqual([404, 'not-found']);
    const stored = await t.call('GET', `/v1/complaints/${conduct.id}`, { key: tokenOf('manager') });
    expect((stored.body as Complaint).malicious).toBeUndefined();
  });

  it('does not see it on the unit’s timeline, nor reach it by receipt or as a visit’s subject', async () => {
    const timeline = (key: string) => t.call('GET', `/v1/units/${unit.id}/timeline`, { key }).then(ids);
    expect(await timeline(tokenOf('accused'))).toEqual([general.id]);
    expect((await timeline(tokenOf('manager'))).sort()).toEqual([conduct.id, general.id].sort());
    const receipt = await t.call('GET', `/v1/complaint-receipts/${conduct.reference}?phoneLast4=8000`, {
      key: tokenOf('accused'),
    });
    expect(receipt.status).toBe(404);
    expect(
      (
        await t.call('GET', `/v1/complaint-receipts/${conduct.reference}?phoneLast4=8000`, {
          key: tokenOf('colleague'),
        })
      ).status,
    ).toBe(200);
    tick();
    const visit = await t.call('POST', '/v1/visits', {
      key: tokenOf('accused'),
      body: {
        customer: '王小明',
        purpose: '回訪投訴處理結果',
        appointmentAt: '2026-12-02T02:00:00.000Z',
        subject: { kind: 'complaint', id: conduct.id },
      },
    });
    expect([visit.status, issuePaths(visit)]).toEqual([400, [['subject', 'id']]]);
  });

  it('is not named in the desk statistics', async () => {
    const stats = await t.call('GET', '/v1/stats/desk', { key: tokenOf('manager') });
    expect(stats.status).toBe(200);
    expect(stats.text).not.toContain(who('accused').id);
  });
});

describe('the manager and the desk', () => {
  it('the manager lists, reads and moves it along', async () => {
    expect(ids(await t.call('GET', '/v1/complaints', { key: tokenOf('manager') }))).toContain(conduct.id);
    const read = await t.call('GET', `/v1/complaints/${conduct.id}`, { key: tokenOf('manager') });
    expect((read.body as Complaint).conduct?.handlerId).toBe(who('manager').id);
    tick();
    const assigned = await t.call('POST', `/v1/complaints/${conduct.id}/events`, {
      key: tokenOf('manager'),
      body: { type: 'assign', department: 'security', dueAt: '2026-12-03T02:00:00.000Z' },
    });
    expect(assigned.status, assigned.text).toBe(200);
    expect((assigned.body as Complaint).status).toBe('assigned');
  });

  it('a colleague reads it but may not handle it', async () => {
    expect((await t.call('GET', `/v1/complaints/${conduct.id}`, { key: tokenOf('colleague') })).status).toBe(200);
    tick();
    const act = await t.call('POST', `/v1/complaints/${conduct.id}/events`, {
      key: tokenOf('colleague'),
      body: { type: 'escalate', to: 'general-manager', reason: '嚴重' },
    });
    expect([act.status, problem(act).code]).toEqual([403, 'complaint/not-handler']);
  });

  it('a desk of one property logs one without a unit as its property’s, which its manager handles and another property never sees', async () => {
    tick();
    const res = await t.call('POST', '/v1/conduct-complaints', {
      key: tokenOf('colleague'),
      body: { ...form, content: '保安在停車場對訪客態度惡劣。', conduct: { staffId: who('accused').id } },
    });
    expect(res.status, res.text).toBe(201);
    const logged = res.body as Complaint;
    expect(logged).toMatchObject({
      propertyId: 'prp_garden',
      conduct: { staffName: '保安 張', handlerId: who('manager').id, handlerName: '客服經理 陳' },
    });
    expect(logged.unitId).toBeUndefined();
    expect(ids(await t.call('GET', '/v1/complaints', { key: tokenOf('manager') }))).toContain(logged.id);
    expect(ids(await t.call('GET', '/v1/complaints', { key: tokenOf('accused') }))).not.toContain(logged.id);
    const river = await t.call('POST', '/v1/staff', {
      key: t.keys.admin.secret,
      body: { name: '河畔客服 吳', principal: { role: 'desk', propertyId: 'prp_river' } },
    });
    expect(river.status, river.text).toBe(201);
    const riverToken = await signIn((river.body as Staff).id);
    expect(ids(await t.call('GET', '/v1/complaints', { key: riverToken }))).not.toContain(logged.id);
    expect((await t.call('GET', `/v1/complaints/${logged.id}`, { key: riverToken })).status).toBe(404);
  });

  it('a member or a partner page cannot log one', async () => {
    const res = await t.call('POST', '/v1/conduct-complaints', {
      key: t.keys.publishable.secret,
      body: { ...form, conduct: { staffId: who('accused').id } },
      headers: { origin: 'https://portal.example.com' },
    });
    expect(res.status).toBe(403);
  });
});

describe('finding the staff member by name', () => {
  type Found = { data: { id: string; name: string; role: string }[] };
  const find = (key: string, query: string) => t.call('GET', `/v1/conduct-complaints/staff?${query}`, { key });

  it('finds the desk the staff members whose name starts with what it typed, by name', async () => {
    const res = await find(tokenOf('colleague'), `name=${encodeURIComponent('保安')}`);
    expect(res.status, res.text).toBe(200);
    expect((res.body as Found).data).toEqual([{ id: who('accused').id, name: '保安 張', role: 'desk' }]);
    const some = await find(t.keys.gardenDesk.secret, `name=${encodeURIComponent('客服')}`);
    expect((some.body as Found).data.map((s) => s.name)).toEqual(['客服助理 林', '客服經理 陳']);
  });

  it('matches a name whatever its case and width, and never in its middle', async () => {
    const created = await staffOf('Wang Li', who('manager').id);
    const upper = await find(t.keys.desk.secret, 'name=WANG%20l');
    expect((upper.body as Found).data.map((s) => s.id)).toEqual([created.id]);
    const wide = await find(t.keys.desk.secret, `name=${encodeURIComponent('ｗａｎｇ')}`);
    expect((wide.body as Found).data.map((s) => s.id)).toEqual([created.id]);
    expect((await find(t.keys.desk.secret, 'name=li')).body).toEqual({ data: [] });
  });

  it('answers an empty list for a name that matches nobody, and takes % and _ as typed', async () => {
    for (const name of ['趙', '%', '_']) {
      const res = await find(t.keys.desk.secret, `name=${encodeURIComponent(name)}`);
      expect([res.status, res.body]).toEqual([200, { data: [] }]);
    }
  });

  it('shows nothing of an account but its id, name and role', async () => {
    const res = await find(t.keys.admin.secret, `name=${encodeURIComponent('保安')}`);
    const [first] = (res.body as Found).data;
    expect(Object.keys(first ?? {}).sort()).toEqual(['id', 'name', 'role']);
  });

  it('answers at most the limit asked for, and refuses more than 20 or an empty name', async () => {
    const one = await find(t.keys.desk.secret, `name=${encodeURIComponent('客服')}&limit=1`);
    expect((one.body as Found).data).toHaveLength(1);
    expect(issuePaths(await find(t.keys.desk.secret, `name=${encodeURIComponent('客服')}&limit=21`))).toEqual([
      ['query', 'limit'],
    ]);
    expect(issuePaths(await find(t.keys.desk.secret, 'name=%20'))).toEqual([['query', 'name']]);
  });

  it('is refused to a role that logs no complaints, and to a partner page', async () => {
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.alliance.secret]) {
      const res = await find(key, `name=${encodeURIComponent('保安')}`);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    const page = await t.call('GET', `/v1/conduct-complaints/staff?name=${encodeURIComponent('保安')}`, {
      key: t.keys.publishable.secret,
      headers: { origin: 'https://portal.example.com' },
    });
    expect(page.status).toBe(403);
  });
});
