import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { createClubClient, createClubTransport, type ClubClient } from './client.js';
import { isClubApiError, isClubClientError, type ClubApiError, type ClubClientError } from './errors.js';
import type { AnswerName } from './answers.js';
import { answerSchemas, checkResponses } from './check.js';
import type { ResponseCheck } from './options.js';
import { createOperatorClient, staffSessionsResource } from './operator.js';
import { meResource, revokeCurrentSession } from './resources/sessions.js';
import { memberActivitiesResource, memberVipResource, vipOrdersResource } from './vip.js';
import { myServiceUsesResource, serviceCatalogueResource } from './catalogue.js';
import { startTestApi, type TestApi } from './testing/server.js';

/** The answer shapes checked so far: the last test asks for every one. */
const checkedAnswers = new Set<AnswerName>();
/** Every client talking to the server checks its answers against core's schemas, and notes their shapes. */
const checked: ResponseCheck = (answer, body) => {
  checkedAnswers.add(answer);
  return checkResponses(answer, body);
};

let api: TestApi;
let now = new Date('2026-11-27T04:00:00Z');
let admin: ClubClient;
let memberId: string;
let membershipId: string;

async function caught<T>(promise: Promise<T>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

beforeAll(async () => {
  api = await startTestApi({ clock: () => now });
  admin = createClubClient({ baseUrl: api.directUrl, secretKey: api.keys.admin.secret, checkResponses: checked });
  const application = await admin.memberships.apply({
    branchId: 'br_north',
    tier: 'vip',
    applicant: { name: '陳美玲', phone: '13800138000' },
    plate: '雲k·8a123',
    policy: { number: 'PDAA0001', start: '2026-01-01', end: '2026-12-31' },
  });
  const approved = await admin.memberships.approve(application.id);
  memberId = approved.member.id;
  membershipId = approved.membership.id;
});
afterAll(() => api.close());

describe('createClubClient', () => {
  it('refuses a secret key in a browser unless dangerouslyAllowBrowser is set', () => {
    const g = globalThis as { window?: unknown };
    g.window = {};
    try {
      const error = (() => {
        try {
          createClubClient({ baseUrl: 'https://club.example.com', secretKey: 'sk_x' });
        } catch (e) {
          return e as ClubClientError;
        }
        return undefined;
      })();
      expect(error?.code).toBe('client/misconfigured');
      expect(error?.message).toMatch(/publishable key or a member session/);
      expect(() =>
        createClubClient({ baseUrl: 'https://club.example.com', secretKey: 'sk_x', dangerouslyAllowBrowser: true }),
      ).not.toThrow();
      expect(() => createClubClient({ baseUrl: 'https://club.example.com', publishableKey: 'pk_x' })).not.toThrow();
    } finally {
      delete g.window;
    }
  });

  it.each([
    [{ baseUrl: 'club.example.com', publishableKey: 'pk_x' }, /baseUrl must be an http\(s\) URL/],
    [{ baseUrl: 'https://club.example.com', publishableKey: 'pk_x', secretKey: 'sk_x' }, /only one of/],
    [{ baseUrl: 'https://club.example.com', publishableKey: 'sk_live' }, /secret key, not a publishable one/],
    [{ baseUrl: 'https://club.example.com', secretKey: 'pk_x' }, /starts with sk_/],
    [{ baseUrl: 'https://club.example.com', publishableKey: 'pk_x', timeoutMs: 0 }, /timeoutMs must be a positive/],
    [{ baseUrl: 'https://club.example.com', session: {} as never }, /getToken\(\) function/],
  ])('refuses misconfiguration %#', (options, message) => {
    expect(() => createClubClient(options as never)).toThrow(message);
  });
});

describe('resources against the real server', () => {
  it('applies, approves, renews and cancels a membership', async () => {
    const record = await admin.members.get(memberId);
    expect(record.memberships.map((m) => m.plate)).toEqual(['雲K8A123']);
    now = new Date('2027-01-05T04:00:00Z');
    const renewal = await admin.memberships.renew(membershipId, {
      number: 'PDAA0002',
      start: '2027-01-01',
      end: '2027-12-31',
    });
    expect(renewal.continuous).toBe(true);
    expect(renewal.membership.id).toBe(membershipId);
    expect(renewal.previousCard.status).toBe('superseded');
    const cards = await admin.cards.forMember(memberId);
    expect(cards).toHaveLength(2);
    now = new Date('2026-11-27T04:00:00Z');
  });

  it('refuses a second membership for the same car with membership/duplicate-vehicle', async () => {
    const error = (await caught(
      admin.memberships.apply({
        branchId: 'br_north',
        applicant: { name: '李強', phone: '13900139000' },
        plate: '雲K 8A123',
        policy: { number: 'PDAA0003', start: '2026-06-01', end: '2027-05-31' },
      }),
    )) as ClubApiError;
    expect([error.status, error.code]).toEqual([409, 'membership/duplicate-vehicle']);
  });

  it('pages through merchants with for await and page()', async () => {
    for (let i = 0; i < 5; i++) {
      await admin.merchants.create({
        name: `版納洗車 ${i}`,
        category: 'car-wash',
        region: 'jinghong',
        address: `景洪市宣慰大道${i}號`,
        phone: '0691-2123456',
        offers: [{ kind: 'percent', title: '會員9折', percentOff: 10 }],
      });
    }
    const pk = createClubClient({
      baseUrl: api.directUrl,
      publishableKey: api.keys.publishable.secret,
      checkResponses: checked,
    });
    const names: string[] = [];
    for await (const hit of pk.merchants.list({
      text: '洗車',
      limit: 2,
      sort: 'name',
      purchase: { amountFen: 5000, tier: 'vip' },
    })) {
      names.push(hit.merchant.name);
      expect(hit.best?.savingFen).toBe(500);
    }
    expect(names).toEqual(['版納洗車 0', '版納洗車 1', '版納洗車 2', '版納洗車 3', '版納洗車 4']);
    const first = await pk.merchants.list({ text: '洗車', limit: 2, sort: 'name' }).page();
    const second = await pk.merchants.list({ text: '洗車', limit: 2, sort: 'name' }).page(first.nextCursor);
    expect(second.data.map((h) => h.merchant.name)).toEqual(['版納洗車 2', '版納洗車 3']);
    const [firstHit] = first.data;
    assert(firstHit, 'the first page has hits');
    const merchant = await pk.merchants.get(firstHit.merchant.id);
    const offer = await admin.offers.create(merchant.id, {
      kind: 'amount',
      title: '滿50減8',
      amountOffFen: 800,
      minSpendFen: 5000,
    });
    expect(await admin.offers.update(merchant.id, offer.id, { amountOffFen: 900 })).toMatchObject({
      kind: 'amount',
      amountOffFen: 900,
    });
    await expect(admin.offers.delete(merchant.id, offer.id)).resolves.toBeUndefined();
  });

  it('files a complaint with a publishable key and finds it by reference', async () => {
    const pk = createClubClient({
      baseUrl: api.directUrl,
      publishableKey: api.keys.publishable.secret,
      checkResponses: checked,
    });
    const receipt = await pk.complaints.create({
      name: '王小明',
      subject: { unit: 'A-1203' },
      content: '電梯常停',
      phone: '13800138000',
      category: 'facility',
    });
    expect(await pk.complaints.byReference(receipt.reference, '8000')).toEqual(receipt);
    expect(await pk.complaints.byReference(receipt.reference.toLowerCase().replace('-', ' '), '8000')).toEqual(receipt);
    const wrong = await pk.complaints.byReference(receipt.reference, '0000').catch((e: unknown) => e);
    expect(isClubApiError(wrong) && [wrong.status, wrong.code]).toEqual([404, 'not-found']);
    const worked = await admin.complaints.events(receipt.id, {
      type: 'assign',
      department: 'engineering',
      dueAt: '2026-11-28T04:00:00Z',
    });
    expect(worked.status).toBe('assigned');
    const assigned = [];
    for await (const c of admin.complaints.list({ status: 'assigned' })) assigned.push(c.id);
    expect(assigned).toContain(receipt.id);
  });

  it('works repair orders and reports statistics', async () => {
    const order = await admin.repairs.create({
      customer: '林女士',
      phone: '13800138001',
      unit: 'B-702',
      content: '水龍頭漏水',
      appointmentAt: '2026-11-28T02:00:00Z',
      publicItem: true,
    });
    const dispatched = await admin.repairs.events(order.id, {
      type: 'dispatch',
      receivedBy: 'eng-duty',
      receivedAt: '2026-11-27T04:00:00Z',
    });
    expect(dispatched.status).toBe('dispatched');
    const stats = await admin.stats.members();
    expect(stats.total).toBeGreaterThanOrEqual(1);
    const branch = createClubClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.north.secret,
      checkResponses: checked,
    });
    expect((await branch.stats.members()).byBranch.map((b) => b.branchId)).toEqual(['br_north']);
  });

  it('asks for statistics over a period, and hears a 400 at query.to when it ends before it starts', async () => {
    const november = await admin.stats.members({ from: '2026-11-01', to: '2026-11-30', asOf: '2026-11-27' });
    expect([november.from, november.to, november.asOf]).toEqual(['2026-11-01', '2026-11-30', '2026-11-27']);
    expect((await admin.stats.merchants({ asOf: '2026-11-30', tier: 'vip' })).date).toBe('2026-11-30');
    const error = (await caught(admin.stats.members({ from: '2026-11-30', to: '2026-11-01' }))) as ClubApiError;
    expect([error.status, error.issues.map((i) => i.path)]).toEqual([400, [['query', 'to']]]);
  });

  it('reads the VIP card’s revenue day by day with the plan beside each month, checked against its schema', async () => {
    const revenue = await admin.stats.revenue({ from: '2026-11-01', to: '2026-11-30', planFrom: '2026-11' });
    expect([revenue.from, revenue.to, revenue.days.length]).toEqual(['2026-11-01', '2026-11-30', 30]);
    expect(revenue.months[0]?.plan?.month).toBe(1);
    const tooLong = (await caught(admin.stats.revenue({ from: '2024-01-01', to: '2026-12-31' }))) as ClubApiError;
    expect([tooLong.status, tooLong.issues.map((i) => i.path)]).toEqual([400, [['query', 'to']]]);
  });
});

describe('member sessions', () => {
  const backEnd = () =>
    createClubClient({ baseUrl: api.directUrl, secretKey: api.keys.admin.secret, checkResponses: checked });

  it('asks for a token once, then reads the member card with it', async () => {
    let asked = 0;
    const member = createClubClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: { getToken: async () => (asked++, (await backEnd().sessions.create({ memberId })).token) },
    });
    const card = await member.me.card();
    expect(card.holder.name).toBe('陳美玲');
    await member.me.get();
    expect(asked).toBe(1);
  });

  it('asks once more after a 401 when the session expired, and carries on', async () => {
    let asked = 0;
    const member = createClubClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: { getToken: async () => (asked++, (await backEnd().sessions.create({ memberId })).token) },
    });
    await member.me.get();
    now = new Date(now.getTime() + 16 * 60_000);
    try {
      expect((await member.me.get()).id).toBe(memberId);
      expect(asked).toBe(2);
    } finally {
      now = new Date('2026-11-27T04:00:00Z');
    }
  });

  it('gives up after the second 401', async () => {
    let asked = 0;
    const member = createClubClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: {
        getToken: () => {
          asked++;
          return Promise.resolve(`ms_${'x'.repeat(43)}`);
        },
      },
    });
    const error = (await caught(member.me.get())) as ClubApiError;
    expect(isClubApiError(error)).toBe(true);
    expect([error.status, error.code]).toEqual([401, 'auth/session-expired']);
    expect(asked).toBe(2);
  });

  it('reports a failing token source as client/session-unavailable without a request', async () => {
    const member = createClubClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: { getToken: () => Promise.reject(new Error('partner back end is down')) },
    });
    const error = (await caught(member.me.card())) as ClubClientError;
    expect(isClubClientError(error)).toBe(true);
    expect(error.code).toBe('client/session-unavailable');
    expect(error.message).toMatch(/partner back end is down/);
  });

  it('lists the member’s own complaints', async () => {
    const member = createClubClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: { getToken: async () => (await backEnd().sessions.create({ memberId })).token },
    });
    const filed = await member.complaints.create({
      name: '陳美玲',
      subject: { plate: '雲K8A123' },
      content: '會員卡未寄到',
      phone: '13800138000',
      category: 'membership',
    });
    const mine = [];
    for await (const c of member.me.complaints()) mine.push(c);
    expect(mine).toEqual([filed]);
    expect(await member.complaints.byReference(filed.reference)).toEqual(filed);
  });
});

describe('sessions.revoke()', () => {
  const backEnd = (key = api.keys.admin.secret) =>
    createClubClient({ baseUrl: api.directUrl, secretKey: key, checkResponses: checked });
  /** The status `GET /v1/me` answers the token with, straight from the server. */
  const meStatus = async (token: string) =>
    (await fetch(`${api.directUrl}/v1/me`, { headers: { Authorization: `Bearer ${token}` } })).status;
  /** A member client whose tokens the test sees. */
  const memberClient = () => {
    const tokens: string[] = [];
    const client = createClubClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: {
        getToken: async () => {
          const { token } = await backEnd().sessions.create({ memberId });
          tokens.push(token);
          return token;
        },
      },
    });
    return { client, tokens };
  };

  it('ends the member client’s own session: its old token gets 401, and the next call asks for a new one', async () => {
    const { client, tokens } = memberClient();
    await client.me.get();
    const [old = ''] = tokens;
    expect(await meStatus(old)).toBe(200);
    await client.sessions.revoke();
    expect(await meStatus(old)).toBe(401);
    expect((await client.me.get()).id).toBe(memberId);
    expect(tokens).toHaveLength(2);
    expect(await meStatus(tokens[1] ?? '')).toBe(200);
  });

  it('asks for no token just to end it, and resolves when the session had already ended', async () => {
    const { client, tokens } = memberClient();
    await client.sessions.revoke();
    expect(tokens).toEqual([]);
    await client.me.get();
    await backEnd().sessions.revoke({ memberId });
    await client.sessions.revoke();
    expect(tokens).toHaveLength(1);
  });

  it('ends every session of a member from the back end with { memberId }', async () => {
    const first = memberClient();
    const second = memberClient();
    await first.client.me.get();
    await second.client.me.get();
    await backEnd(api.keys.north.secret).sessions.revoke({ memberId });
    for (const token of [...first.tokens, ...second.tokens]) expect(await meStatus(token)).toBe(401);
  });

  it('lets only keys that may read the member end its sessions', async () => {
    const other = await api.server.createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_south' } });
    const error = (await caught(backEnd(other.secret).sessions.revoke({ memberId }))) as ClubApiError;
    expect([error.status, error.code]).toEqual([404, 'not-found']);
  });

  it('says what it needs when a secret-key client is given no memberId', async () => {
    const error = (await caught(backEnd().sessions.revoke())) as ClubClientError;
    expect(isClubClientError(error)).toBe(true);
    expect(error.code).toBe('client/misconfigured');
  });
});

describe('the operator client', () => {
  it('signs a staff member in with a session the club back end mints, acts as them, and signs out', async () => {
    const backEnd = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const staff = await backEnd.staff.create({ name: '林秀英', principal: { role: 'admin' } });
    expect(staff.status).toBe('active');
    expect((await backEnd.staff.get(staff.id)).name).toBe('林秀英');
    const minted: string[] = [];
    const operator = createOperatorClient({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: {
        getToken: async () => {
          const { token } = await backEnd.staffSessions.create({ staffId: staff.id });
          minted.push(token);
          return token;
        },
      },
    });
    const current = await operator.staffSessions.current();
    expect([current.staff.id, current.modules]).toEqual([staff.id, expect.arrayContaining(['members', 'system'])]);
    const renamed = await operator.staff.update(staff.id, { name: '林秀英 (system)' });
    expect(renamed.name).toBe('林秀英 (system)');
    const audit = await backEnd.audit.list({ staffId: staff.id }).page();
    expect(audit.data.map((e) => e.operationId)).toEqual(['updateStaff']);
    expect((await backEnd.staff.list({ role: 'admin' }).page()).data.map((s) => s.id)).toContain(staff.id);
    await operator.staffSessions.revoke();
    const res = await fetch(`${api.directUrl}/v1/staff-sessions/current`, {
      headers: { Authorization: `Bearer ${minted[0] ?? ''}` },
    });
    expect(res.status).toBe(401);
  });
});

describe('revokeCurrentSession', () => {
  it('ends the session a transport holds on its own route, a staff member’s as well as a member’s', async () => {
    const backEnd = createOperatorClient({ baseUrl: api.directUrl, secretKey: api.keys.admin.secret });
    const staff = await backEnd.staff.create({ name: '陳美玲', principal: { role: 'admin' } });
    const { token } = await backEnd.staffSessions.create({ staffId: staff.id });
    const t = createClubTransport({ baseUrl: api.directUrl, session: { getToken: () => Promise.resolve(token) } });
    const current = (bearer: string) =>
      fetch(`${api.directUrl}/v1/staff-sessions/current`, { headers: { Authorization: `Bearer ${bearer}` } });
    // The transport holds the token once it has been used.
    await staffSessionsResource(t).current();
    expect((await current(token)).status).toBe(200);
    await revokeCurrentSession(t);
    expect((await current(token)).status).toBe(401);
    // Nothing held any more: a second call sends nothing and resolves.
    await expect(revokeCurrentSession(t)).resolves.toBeUndefined();
  });
});

describe('the dealer alliance through the operator client', () => {
  it('runs a sales centre: network, dealers, notes and reports, pay, penalties, budget, assessments and statistics', async () => {
    const club = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const centre = await club.alliance.centres.create({
      id: 'ctr_client',
      name: '保定銷售中心',
      foundedOn: '2026-06-01',
    });
    expect((await club.alliance.centres.list().page()).data.map((c) => c.id)).toContain(centre.id);
    // Founded on 1 June: the first half-year ends on 30 November, and the visit lists go monthly after it.
    const lastDay = await club.alliance.centres.calendar(centre.id, { on: '2026-11-30' });
    expect([lastDay.inFirstHalfYear, lastDay.visitFundFen, lastDay.visitList?.cadence]).toEqual([
      true,
      50_000,
      'weekly',
    ]);
    const after = await club.alliance.centres.calendar(centre.id, { on: '2026-12-01' });
    expect([after.inFirstHalfYear, after.visitFundFen, after.visitList?.cadence]).toEqual([false, 0, 'monthly']);
    await expect(club.alliance.centres.calendar('ctr_nowhere')).rejects.toMatchObject({
      status: 404,
      code: 'not-found',
    });
    expect((await club.alliance.centres.update(centre.id, { foundedOn: '2026-06-01' })).foundedOn).toBe('2026-06-01');
    const li = await club.alliance.salespeople.create({
      centreId: centre.id,
      name: '李業務',
      baseFen: 200_000,
      startedOn: '2026-06-01',
    });
    expect((await club.alliance.salespeople.get(li.id)).name).toBe('李業務');
    expect((await club.alliance.salespeople.list({ centreId: centre.id }).page()).data).toHaveLength(1);
    const county = await club.alliance.counties.create({
      centreId: centre.id,
      name: '清苑',
      population: 100_000,
      monthlyPerThousand: 10,
      salespersonId: li.id,
    });
    expect(county.monthlyMarketSales).toBe(1000);
    expect((await club.alliance.counties.list({ salespersonId: li.id }).page()).data.map((c) => c.id)).toEqual([
      county.id,
    ]);
    const qualification = {
      dealerSales: 700,
      marketSales: 1000,
      selectedDealersSales: 8000,
      primaryDealerSales: 10000,
      agreementSigned: true,
    };
    const dealer = await club.alliance.dealers.create({
      countyId: county.id,
      name: '清苑副食',
      appliedOn: '2026-01-05',
      qualification,
    });
    expect(dealer.status).toBe('member');
    expect((await club.alliance.dealers.get(dealer.id)).id).toBe(dealer.id);
    expect((await club.alliance.dealers.list({ countyId: county.id }).page()).data).toHaveLength(1);
    for (const [month, sales] of [
      ['2026-08', 600],
      ['2026-09', 650],
    ] as const)
      await club.alliance.dealers.recordSales(dealer.id, { month, sales });
    expect((await club.alliance.dealers.sales(dealer.id)).map((m) => m.month)).toEqual(['2026-08', '2026-09']);
    expect((await club.alliance.dealers.review(dealer.id)).review.currentShortfallStreak).toBe(2);
    const standing = await club.alliance.dealers.standing({ month: '2026-09', countyId: county.id });
    expect(standing.dealers.map((d) => [d.dealerId, d.level, d.shortfallStreak])).toEqual([[dealer.id, 'warned', 2]]);
    await club.alliance.visitNotes.create({
      dealerId: dealer.id,
      date: '2026-09-24',
      kind: 'visit',
      sales: '備貨充足',
    });
    expect((await club.alliance.visitNotes.list({ dealerId: dealer.id }).page()).data).toHaveLength(1);
    await club.alliance.purchases.create({
      dealerId: dealer.id,
      date: '2026-09-05',
      amountFen: 1_800_000,
      quantity: 400,
    });
    expect((await club.alliance.reports.weekly({ week: '2026-09-24' })).entries.map((e) => e.dealerId)).toContain(
      dealer.id,
    );
    const monthly = await club.alliance.reports.monthly({ month: '2026-09', salespersonId: li.id });
    expect(monthly.notCalled).toEqual([dealer.id]);
    expect((await club.alliance.salespeople.pay(li.id, '2026-09')).pay.totalFen).toBe(250_000);
    await club.alliance.penalties.create({ kind: 'late-report', salespersonId: li.id, month: '2026-09' });
    expect((await club.alliance.penalties.list({ salespersonId: li.id }).page()).data[0]?.amountFen).toBe(5_000);
    const budget = await club.alliance.budgets.create({
      centreId: centre.id,
      year: 2026,
      annualSalesFen: 1_000_000_000,
      plaques: 20,
    });
    expect(budget.budget.totalFen).toBe(5_000_000);
    expect((await club.alliance.budgets.list({ centreId: centre.id }).page()).data).toHaveLength(1);
    const stats = await club.stats.alliance({ centreId: centre.id, from: '2026-08-01', to: '2026-09-30' });
    expect(stats.counties.map((c) => [c.countyId, c.sales, c.marketSales])).toEqual([[county.id, 1250, 2000]]);
    const sheet = await club.alliance.assessmentSheets.create({
      centreId: centre.id,
      items: [
        { key: 'sales-volume', label: '銷量達成', points: 60 },
        { key: 'pricing', label: '價格執行', points: 40 },
      ],
      bands: [{ minScore: 80, rewardFen: 200_000 }],
    });
    expect((await club.alliance.assessmentSheets.list({ centreId: centre.id }).page()).data).toEqual([sheet]);
    let assessment = await club.alliance.assessments.create({
      dealerId: dealer.id,
      halfYear: '2026-H2',
      scores: [
        { key: 'sales-volume', score: 50 },
        { key: 'pricing', score: 35 },
      ],
    });
    expect([assessment.totalScore, assessment.rewardFen, assessment.awaiting]).toEqual([85, 200_000, 'director']);
    const fund = await club.alliance.rewardFunds.create({
      centreId: centre.id,
      halfYear: '2026-H2',
      budgetedFen: 100_000,
    });
    // The September late report's fine is in the H2 fund: 1,000 + 50 CNY, still short of the 2,000 CNY reward.
    expect([fund.finesFen, fund.leftFen, fund.fines.map((f) => f.month)]).toEqual([5_000, 105_000, ['2026-09']]);
    for (const step of ['director', 'deputy', 'branch', 'region'] as const)
      assessment = await club.alliance.assessments.decide(assessment.id, { outcome: 'signed', step, signerName: step });
    await expect(
      club.alliance.assessments.decide(assessment.id, { outcome: 'signed', step: 'sales-centre', signerName: '陳' }),
    ).rejects.toMatchObject({ status: 409, code: 'alliance/reward-exceeds-fund' });
    expect((await club.alliance.rewardFunds.revise(fund.id, 195_000)).leftFen).toBe(200_000);
    assessment = await club.alliance.assessments.decide(assessment.id, {
      outcome: 'signed',
      step: 'sales-centre',
      signerName: '陳',
    });
    expect((await club.alliance.assessments.get(assessment.id)).status).toBe('filed');
    expect((await club.alliance.assessments.list({ status: 'filed' }).page()).data.map((a) => a.id)).toContain(
      assessment.id,
    );
    expect((await club.alliance.rewardFunds.list({ halfYear: '2026-H2' }).page()).data[0]?.leftFen).toBe(0);
    const breached = await club.alliance.dealers.recordViolation(dealer.id, { kind: 'underpricing', on: '2026-09-10' });
    expect(breached.violations).toHaveLength(1);
    expect((await club.alliance.dealers.review(dealer.id)).dealer.status).toBe('revoked');
  });

  it('files a salesperson’s secondary-dealer list, chooses two in a county, hears the third refused and reads the ten largest', async () => {
    const admin = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const centre = await admin.alliance.centres.create({ id: 'ctr_lists', name: '常熟銷售中心' });
    const wang = await admin.alliance.salespeople.create({
      centreId: centre.id,
      name: '王業務',
      baseFen: 200_000,
      startedOn: '2026-06-01',
    });
    const county = await admin.alliance.counties.create({
      centreId: centre.id,
      name: '虞山',
      population: 200_000,
      monthlyPerThousand: 5,
      salespersonId: wang.id,
    });
    const key = await api.server.createKey({
      kind: 'secret',
      principal: { role: 'alliance', centreId: centre.id, salespersonId: wang.id },
    });
    const club = createOperatorClient({ baseUrl: api.directUrl, secretKey: key.secret, checkResponses: checked });
    const entry = (name: string, monthlyVolume: number) => ({
      name,
      countyId: county.id,
      primaryDealer: '常熟糖酒公司',
      businessState: 'good' as const,
      developmentPotential: 'fair' as const,
      leaderQuality: 'poor' as const,
      monthlyVolume,
    });
    const list = await club.alliance.secondaryLists.create({
      centreId: centre.id,
      entries: [entry('甲商行', 600), entry('乙超市', 300), entry('丙副食', 100)],
    });
    expect([list.salespersonId, list.counties[0]?.marketVolume]).toEqual([wang.id, 1000]);
    await club.alliance.secondaryLists.choose(list.id, { line: 1, chosen: true });
    const two = await club.alliance.secondaryLists.choose(list.id, { line: 2, chosen: true });
    expect(two.counties[0]?.chosen).toEqual([1, 2]);
    await expect(club.alliance.secondaryLists.choose(list.id, { line: 3, chosen: true })).rejects.toMatchObject({
      status: 409,
      code: 'alliance/county-choice-full',
    });
    expect((await club.alliance.secondaryLists.get(list.id)).counties[0]?.chosenVolume).toBe(900);
    expect((await club.alliance.secondaryLists.list().page()).data.map((l) => l.id)).toEqual([list.id]);
    const view = await admin.alliance.secondaryLists.largest({ centreId: centre.id });
    expect(view.primaryDealers[0]?.largest.map((c) => [c.rank, c.name, c.chosen])).toEqual([
      [1, '甲商行', true],
      [2, '乙超市', true],
      [3, '丙副食', false],
    ]);
  });

  it('sets up a member-only promotion, enrols a member, hears a revoked dealer and a second enrolment refused, and pays the reward once', async () => {
    const club = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const centre = await club.alliance.centres.create({ id: 'ctr_promos', name: '常州銷售中心' });
    const county = await club.alliance.counties.create({
      centreId: centre.id,
      name: '武進',
      population: 200_000,
      monthlyPerThousand: 5,
    });
    const qualification = {
      dealerSales: 700,
      marketSales: 1000,
      selectedDealersSales: 8000,
      primaryDealerSales: 10_000,
      agreementSigned: true,
    };
    const member = await club.alliance.dealers.create({ countyId: county.id, name: '武進副食', qualification });
    const revoked = await club.alliance.dealers.create({ countyId: county.id, name: '武進超市', qualification });
    await club.alliance.dealers.recordViolation(revoked.id, { kind: 'counterfeit', on: '2026-11-27' });
    expect((await club.alliance.dealers.review(revoked.id)).dealer.status).toBe('revoked');
    const promotion = await club.alliance.promotions.create({
      centreId: centre.id,
      title: '冬季有獎訂貨',
      from: '2026-11-01',
      to: '2026-11-30',
      rewardFen: 30_000,
    });
    expect((await club.alliance.promotions.get(promotion.id)).title).toBe('冬季有獎訂貨');
    expect((await club.alliance.promotions.list({ centreId: centre.id }).page()).data).toEqual([promotion]);
    const enrolment = await club.alliance.promotions.enrol(promotion.id, { dealerId: member.id });
    expect([enrolment.enrolledOn, enrolment.reward]).toEqual(['2026-11-27', null]);
    await expect(club.alliance.promotions.enrol(promotion.id, { dealerId: member.id })).rejects.toMatchObject({
      status: 409,
      code: 'alliance/already-enrolled',
    });
    await expect(club.alliance.promotions.enrol(promotion.id, { dealerId: revoked.id })).rejects.toMatchObject({
      status: 409,
      code: 'alliance/not-a-member',
    });
    const paid = await club.alliance.promotions.payReward(promotion.id, enrolment.id);
    expect(paid.reward?.amountFen).toBe(30_000);
    await expect(club.alliance.promotions.payReward(promotion.id, enrolment.id)).rejects.toMatchObject({
      status: 409,
      code: 'alliance/reward-already-paid',
    });
    expect((await club.alliance.promotions.enrolments(promotion.id).page()).data).toEqual([paid]);
  });
});

describe('the service desk through the operator client', () => {
  it('keeps the archive, visits, procedures, the price list and the desk report', async () => {
    const desk = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const unit = await desk.units.create({ propertyId: 'prp_garden', number: 'A-1203', owner: { name: '星河貿易' } });
    expect((await desk.units.get(unit.id)).number).toBe('A-1203');
    expect((await desk.units.update(unit.id, { areaSqm: 240 })).areaSqm).toBe(240);
    expect((await desk.units.list({ propertyId: 'prp_garden' }).page()).data.map((u) => u.id)).toContain(unit.id);

    const line = await desk.servicePrices.create({
      name: 'Range hood cleaning',
      priceFen: 12_000,
      chargeUnit: 'per visit',
    });
    expect((await desk.servicePrices.get(line.id)).priceFen).toBe(12_000);
    expect((await desk.servicePrices.list({ active: 'true' }).page()).data.map((p) => p.id)).toContain(line.id);
    const service = await desk.paidServices.create({
      customer: 'Ms Li',
      phone: '13700137000',
      unit: 'A-1203',
      content: 'Clean the range hood',
      unitId: unit.id,
      priceId: line.id,
      quote: { scheduledAt: '2026-11-29T01:00:00Z' },
    });
    expect(service.quote.priceFen).toBe(12_000);
    expect((await desk.servicePrices.update(line.id, { active: false })).active).toBe(false);

    const visit = await desk.visits.create({
      customer: 'Ms Li',
      purpose: 'After the hood cleaning',
      appointmentAt: '2026-12-01T02:00:00Z',
      subject: { kind: 'paid-service', id: service.id },
    });
    expect(await desk.visits.nextEvents(visit.id)).toContain('record');
    const recorded = await desk.visits.events(visit.id, { type: 'record', opinions: 'Spotless', satisfied: true });
    expect(recorded.satisfied).toBe(true);
    expect((await desk.visits.get(visit.id)).status).toBe('visited');
    expect((await desk.visits.list({ unitId: unit.id }).page()).data.map((v) => v.id)).toEqual([visit.id]);

    // The complaint desk's return visits due: after complaints only, still to make, appointed before the instant.
    const receipt = await desk.complaints.create({
      name: 'Ms Li',
      subject: { unit: 'A-1203' },
      content: 'The lift is noisy',
      phone: '13700137000',
      channel: 'hotline',
      category: 'facility',
    });
    const afterComplaint = await desk.visits.create({
      customer: 'Ms Li',
      purpose: 'After the lift complaint',
      appointmentAt: '2026-11-20T02:00:00Z',
      subject: { kind: 'complaint', id: receipt.id },
    });
    await desk.visits.create({
      customer: 'Ms Li',
      purpose: 'Next month',
      appointmentAt: '2027-01-20T02:00:00Z',
      subject: { kind: 'complaint', id: receipt.id },
    });
    const due = {
      kind: 'return',
      status: 'scheduled',
      subjectKind: 'complaint',
      dueBefore: '2026-12-31T00:00:00Z',
    } as const;
    expect((await desk.visits.list(due).page()).data.map((v) => v.id)).toEqual([afterComplaint.id]);
    expect((await desk.visits.list({ ...due, subjectKind: 'paid-service' }).page()).data).toEqual([]);
    const refused = await desk.visits
      // @ts-expect-error -- not a kind of record a visit follows up; the Club API refuses it too.
      .list({ subjectKind: 'procedure' })
      .page()
      .catch((e: unknown) => e);
    expect(isClubApiError(refused) && [refused.status, refused.problem['issues']]).toMatchObject([
      400,
      [{ path: ['query', 'subjectKind'] }],
    ]);

    const renovation = await desk.procedures.create({
      name: 'renovation',
      unitId: unit.id,
      areaSqm: 240,
      depositFen: 500_000,
    });
    expect(renovation.steps.map((s) => s.id)).toContain('fire-review');
    const rejected = await desk.procedures.events(renovation.id, {
      type: 'rejectDrawings',
      reason: 'Sprinklers moved',
    });
    expect(rejected.drawings?.status).toBe('rejected');
    const signed = await desk.procedures.signOff(renovation.id, {
      step: 'application',
      department: 'customer-service',
    });
    expect(signed.signOffs).toHaveLength(1);
    expect((await desk.procedures.get(renovation.id)).progress.done).toBe(false);
    // The drawings were sent back: engineering's sign-off waits for them, the resubmission is offered.
    const next = await desk.procedures.nextSteps(renovation.id);
    expect(next.signOffs).not.toContainEqual({ step: 'drawings', department: 'engineering' });
    expect(next.signOffs).toContainEqual({ step: 'fire-review', department: 'security' });
    expect(next.events).toContain('resubmitDrawings');
    expect((await desk.procedures.list({ unitId: unit.id }).page()).data).toHaveLength(1);

    const timeline = await desk.units.timeline(unit.id).page();
    // The test clock stands still: entries of one instant come in id order, so compare as a set.
    expect(timeline.data.map((e) => e.kind).sort()).toEqual(['paid-service', 'procedure', 'visit']);

    const report = await desk.stats.desk({ from: '2026-11-01', to: '2026-12-31', propertyId: 'prp_garden' });
    expect(report.paidServices.total).toBe(1);
    expect(report.visits.satisfied).toBe(1);
    expect((await desk.stats.complaints({ from: '2026-11-01' })).total).toBeGreaterThanOrEqual(0);
  });
});

describe('a renovation and a move-in through the operator client', () => {
  it('checks the contractor before the permit, fines at the published amount and records the move-in hand-over', async () => {
    const desk = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const unit = await desk.units.create({ propertyId: 'prp_garden', number: 'B-0905', owner: { name: '雲海貿易' } });
    const renovation = await desk.procedures.create({ name: 'renovation', unitId: unit.id, areaSqm: 150 });
    const grade3 = await desk.procedures
      .events(renovation.id, {
        type: 'checkContractor',
        contractor: { name: '安達裝飾', licenceNumber: '91530100MA6K0001', qualificationGrade: 3 },
      })
      .catch((e: unknown) => e);
    expect(isClubApiError(grade3) && [grade3.status, grade3.code]).toEqual([422, 'procedure/contractor-unqualified']);
    const checkedContractor = await desk.procedures.events(renovation.id, {
      type: 'checkContractor',
      contractor: { name: '安達裝飾', licenceNumber: '91530100MA6K0001', qualificationGrade: 2 },
    });
    expect(checkedContractor.contractor?.qualificationGrade).toBe(2);
    for (const step of [
      'application',
      'drawings',
      'fees',
      'undertakings',
      'permit',
      'worker-passes',
      'site-protection',
    ])
      for (const department of renovation.steps.find((s) => s.id === step)?.departments ?? [])
        await desk.procedures.signOff(renovation.id, { step, department });
    await desk.procedures.events(renovation.id, {
      type: 'inspectSite',
      department: 'engineering',
      findings: 'As drawn',
    });
    const gaps = (await desk.procedures.nextSteps(renovation.id)).inspectionGaps;
    expect(gaps.map((g) => g.missing)).toEqual([['customer-service', 'security']]);
    const fine = await desk.servicePrices.create({
      name: 'Construction waste left',
      priceFen: 20_000,
      chargeUnit: 'per violation',
      violation: 'waste',
    });
    const fined = await desk.procedures.events(renovation.id, {
      type: 'recordViolation',
      department: 'security',
      violation: 'waste',
      finding: 'Rubble in the corridor',
      priceId: fine.id,
    });
    expect(fined.violations?.[0]).toMatchObject({ priceId: fine.id, fineFen: 20_000 });
    const again = await desk.procedures.events(renovation.id, {
      type: 'recordViolation',
      department: 'security',
      violation: 'waste',
      finding: 'Rubble again',
      priceId: fine.id,
      // @ts-expect-error -- the fine's amount is the club's published one, which the server looks up.
      fineFen: 1,
    });
    expect(again.violations?.[1]?.fineFen).toBe(20_000);

    const moveIn = await desk.procedures.create({ name: 'move-in', unitId: unit.id });
    const missing = await desk.procedures.events(moveIn.id, {
      type: 'documentsMissing',
      documents: ['power-of-attorney'],
      remedy: 'second-appointment',
      appointmentOn: '2026-12-02',
    });
    expect(missing.missingDocuments?.[0]?.appointmentOn).toBe('2026-12-02');
    await desk.procedures.events(moveIn.id, { type: 'recordMeterReadings', readings: { electricity: 10, water: 2 } });
    await desk.procedures.events(moveIn.id, {
      type: 'recordFacilities',
      items: [{ item: 'Water heater', count: 1, condition: 'good' }],
    });
    const keys = await desk.procedures.events(moveIn.id, {
      type: 'handOverKeys',
      keys: [{ label: 'Front door', count: 2 }],
    });
    expect([keys.meterReadings?.electricity, keys.facilities?.items.length, keys.keysHandedOver?.keys]).toEqual([
      10,
      1,
      [{ label: 'Front door', count: 2 }],
    ]);
    expect((await desk.procedures.nextSteps(moveIn.id)).signOffs).toContainEqual({
      step: 'keys',
      department: 'customer',
    });
  });
});

describe('campaigns through the client', () => {
  it('sets up a campaign, names it on an application and reads the campaign report', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const campaign = await admin.campaigns.create({ name: '銀行卡友專享', from: '2026-01-01', to: '2099-12-31' });
    expect((await admin.campaigns.get(campaign.id)).name).toBe('銀行卡友專享');
    expect((await admin.campaigns.list({ runningOn: today }).page()).data.map((c) => c.id)).toContain(campaign.id);
    const applied = await admin.memberships.apply({
      branchId: 'br_north',
      applicant: { name: '林小美', phone: '13900139000' },
      plate: '雲A77777',
      policy: { number: 'PDAA2026777777', start: '2026-01-01', end: '2099-12-31' },
      campaignId: campaign.id,
    });
    expect(applied.campaignId).toBe(campaign.id);
    const report = await admin.stats.campaigns();
    expect(report.campaigns.find((c) => c.campaign.id === campaign.id)).toMatchObject({ submitted: 1, approved: 0 });
  });
});

describe('the member handbook through the client', () => {
  it('has none before the club publishes one, then reads the published one with a publishable key', async () => {
    const pk = createClubClient({
      baseUrl: api.directUrl,
      publishableKey: api.keys.publishable.secret,
      checkResponses: checked,
    });
    const none = await caught(pk.handbook.current());
    assert(isClubApiError(none));
    expect([none.status, none.code]).toEqual([404, 'handbook/none-in-force']);
    const operator = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const published = await operator.handbook.publish({
      title: '會員手冊',
      lang: 'zh-Hant',
      effectiveFrom: now.toISOString().slice(0, 10),
      sections: [],
      rights: ['享受客戶俱樂部提供的相關服務'],
      duties: ['客戶之間相互幫助、協助的義務'],
    });
    expect(published.version).toBe(1);
    expect(await pk.handbook.current()).toEqual(published);
    expect((await operator.handbook.versions().page()).data.map((h) => h.id)).toEqual([published.id]);
  });

  it('hears membership/handbook-backdated for a version dated before today', async () => {
    const operator = createOperatorClient({ baseUrl: api.directUrl, secretKey: api.keys.admin.secret });
    const error = await caught(
      operator.handbook.publish({
        title: '會員手冊',
        lang: 'zh-Hant',
        effectiveFrom: '2020-01-01',
        sections: [],
        rights: ['享受服務'],
        duties: ['互助'],
      }),
    );
    assert(isClubApiError(error));
    expect([error.status, error.code]).toEqual([422, 'membership/handbook-backdated']);
  });
});

describe('shift hand-overs through the operator client', () => {
  it('hands over, asks, answers, takes over and carries the open items into the next hand-over', async () => {
    const deskKey = async () =>
      createOperatorClient({
        baseUrl: api.directUrl,
        secretKey: (
          await api.server.createKey({ kind: 'secret', principal: { role: 'desk', propertyId: 'prp_harbour' } })
        ).secret,
        checkResponses: checked,
      });
    const early = await deskKey();
    const late = await deskKey();
    const first = await early.handovers.create({
      log: '早班：接待 12 位客戶。',
      items: ['1203 室鑰匙待業主領取', '電梯異響'],
    });
    expect(first).toMatchObject({ status: 'handed-over', propertyId: 'prp_harbour' });
    expect((await late.handovers.latest()).id).toBe(first.id);
    await late.handovers.events(first.id, { type: 'ask', text: '鑰匙在哪？' });
    await early.handovers.events(first.id, { type: 'answer', question: 0, text: '左邊抽屜。' });
    expect(await late.handovers.nextEvents(first.id)).toEqual(['ask', 'answer', 'accept', 'refuse']);
    const pending = await late.handovers.create({ log: '中班。' }).catch((e: unknown) => e);
    expect(isClubApiError(pending) && [pending.status, pending.code]).toEqual([409, 'handover/previous-pending']);
    expect((await late.handovers.events(first.id, { type: 'accept' })).status).toBe('accepted');

    const [done, open] = first.items;
    assert(done && open, 'the first hand-over has two items');
    const second = await late.handovers.create({ log: '中班。', done: [done.key] });
    expect(second.items.map((i) => [i.key, i.done === undefined])).toEqual([
      [done.key, false],
      [open.key, true],
    ]);
    expect((await late.handovers.get(second.id)).previousId).toBe(first.id);
    const listed = await late.handovers.list({ status: 'handed-over' }).page();
    expect(listed.data.map((h) => h.id)).toEqual([second.id]);
  });
});

describe('conduct complaints and feedback surveys through the operator client', () => {
  it('logs a conduct complaint that the manager handles, and refuses one about a staff member without a manager', async () => {
    const desk = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const manager = await desk.staff.create({ name: '客服經理 陳', principal: { role: 'desk' } });
    const guard = await desk.staff.create({ name: '保安 張', principal: { role: 'desk' }, managerId: manager.id });
    const form = {
      name: '王小明',
      subject: { unit: 'A-1203' },
      content: '保安大聲斥責訪客',
      phone: '13800138003',
      channel: 'visit' as const,
      category: 'service-attitude' as const,
    };
    const complaint = await desk.complaints.createConduct({
      ...form,
      conduct: { staffId: guard.id, witnesses: [{ name: '李四' }], evidence: [{ description: '監控錄像' }] },
    });
    expect(complaint.conduct).toMatchObject({
      staffId: guard.id,
      handlerId: manager.id,
      witnesses: [{ name: '李四' }],
    });
    const refused = await caught(desk.complaints.createConduct({ ...form, conduct: { staffId: manager.id } }));
    expect(isClubApiError(refused) && [refused.status, refused.code]).toEqual([409, 'complaint/no-manager']);
  });

  it('finds the staff member a conduct complaint names by the start of their name, and refuses a branch', async () => {
    const admin = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const cook = await admin.staff.create({ name: '廚師 歐陽', principal: { role: 'desk' } });
    const desk = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: (
        await api.server.createKey({ kind: 'secret', principal: { role: 'desk', propertyId: 'prp_kitchen' } })
      ).secret,
      checkResponses: checked,
    });
    expect(await desk.complaints.conductStaff({ name: '廚師' })).toEqual({
      data: [{ id: cook.id, name: '廚師 歐陽', role: 'desk' }],
    });
    expect(await desk.complaints.conductStaff({ name: '廚師長' })).toEqual({ data: [] });
    const branch = createOperatorClient({ baseUrl: api.directUrl, secretKey: api.keys.north.secret });
    const refused = await caught(branch.complaints.conductStaff({ name: '廚師' }));
    expect(isClubApiError(refused) && [refused.status, refused.code]).toEqual([403, 'access/forbidden']);
  });

  it('writes a survey, sends it to a unit, records the answers once and reports the period', async () => {
    now = new Date('2026-11-27T05:00:00Z');
    const desk = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: (await api.server.createKey({ kind: 'secret', principal: { role: 'desk', propertyId: 'prp_survey' } }))
        .secret,
      checkResponses: checked,
    });
    const unit = await desk.units.create({ propertyId: 'prp_survey', number: 'S-1', owner: { name: '業主甲' } });
    const survey = await desk.surveys.create({
      title: '意見徵詢',
      questions: [
        { id: 'overall', kind: 'rating', prompt: '整體滿意度' },
        { id: 'notes', kind: 'text', prompt: '建議' },
      ],
    });
    expect((await desk.surveys.get(survey.id)).propertyId).toBe('prp_survey');
    expect((await desk.surveys.list().page()).data.map((s) => s.id)).toEqual([survey.id]);
    const request = await desk.surveys.send(survey.id, unit.id);
    expect((await desk.surveys.requests({ answered: false }).page()).data.map((r) => r.id)).toEqual([request.id]);
    const answered = await desk.surveys.answer(request.id, { answers: [{ questionId: 'overall', rating: 5 }] });
    expect((await desk.surveys.request(request.id)).answeredAt).toBe(answered.answeredAt);
    const again = await caught(desk.surveys.answer(request.id, { answers: [{ questionId: 'overall', rating: 1 }] }));
    expect(isClubApiError(again) && [again.status, again.code]).toEqual([409, 'survey/already-answered']);
    const unknown = await caught(desk.surveys.answer(request.id, { answers: [{ questionId: 'nope', rating: 1 }] }));
    expect(isClubApiError(unknown) && unknown.status).toBe(409);
    const stats = await desk.stats.surveys({ from: '2026-11-01', to: '2026-11-30' });
    expect(stats).toMatchObject({ sent: 1, answered: 1, ratings: 1, satisfiedRatings: 1, satisfactionRate: 1 });
  });
});

describe('a complaint’s next steps through the operator client', () => {
  it('offers the events core’s workflow allows now, which change as the complaint moves, and 404 for an unknown complaint', async () => {
    const desk = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const receipt = await desk.complaints.create({
      name: '林女士',
      subject: { unit: 'A-1203' },
      content: '門禁卡失靈',
      phone: '13800138002',
      category: 'facility',
    });
    expect((await desk.complaints.nextEvents(receipt.id)).sort()).toEqual(
      ['assign', 'escalate', 'flagMalicious', 'resolve'].sort(),
    );
    await desk.complaints.events(receipt.id, { type: 'resolve', resolution: '已換新卡', signedBy: '工程部主管' });
    expect((await desk.complaints.nextEvents(receipt.id)).sort()).toEqual(['flagMalicious', 'followUp']);
    const unknown = await desk.complaints.nextEvents('cmp_0NOTHING0000000000000').catch((e: unknown) => e);
    expect(isClubApiError(unknown) && unknown.status).toBe(404);
  });
});

describe('system management and card management on the operator client', () => {
  const operator = () =>
    createOperatorClient({ baseUrl: api.directUrl, secretKey: api.keys.admin.secret, checkResponses: checked });

  it('opens and renames a branch, and issues it a key that is revoked again', async () => {
    const club = operator();
    const branch = await club.branches.create({ name: '勐臘支公司', region: 'mengla' });
    expect(branch.id).toMatch(/^br_/);
    const renamed = await club.branches.update(branch.id, { name: '勐臘 branch' });
    expect(renamed).toEqual({ ...branch, name: '勐臘 branch' });
    const branches = [];
    for await (const b of club.branches.list({ limit: 1 })) branches.push(b.id);
    expect(branches).toEqual(['br_north', 'br_south', branch.id].sort());

    const key = await club.keys.create({
      kind: 'secret',
      principal: { role: 'branch', branchId: branch.id },
      label: 'Mengla back end',
    });
    expect(key.secret).toMatch(/^sk_/);
    const partner = createClubClient({ baseUrl: api.directUrl, secretKey: key.secret, checkResponses: checked });
    expect((await partner.members.list().page()).data).toEqual([]);
    const listed = await club.keys.list({ kind: 'secret', status: 'live', limit: 100 }).page();
    expect(listed.data.find((k) => k.id === key.id)).toMatchObject({ label: 'Mengla back end', revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key.secret);
    await club.keys.revoke(key.id);
    const refused = (await caught(partner.members.list().page())) as ClubApiError;
    expect([refused.status, refused.code]).toEqual([401, 'auth/invalid-key']);
    const again = (await caught(club.keys.revoke(key.id))) as ClubApiError;
    expect([again.status, again.code]).toEqual([404, 'not-found']);
  });

  it('replaces a lost card, and finds the member by the filters of the member search', async () => {
    const club = operator();
    const before = await club.memberships.get(membershipId);
    const { card, previousCard } = await club.cards.replace(before.card.id);
    expect([previousCard.id, previousCard.status, card.status]).toEqual([before.card.id, 'superseded', 'active']);
    expect((await club.memberships.get(membershipId)).card).toEqual(card);
    const refused = (await caught(club.cards.replace(before.card.id))) as ClubApiError;
    expect([refused.status, refused.code]).toEqual([409, 'membership/card-not-in-use']);
    const found = await club.members
      .list({ plate: '雲k·8a123', cardNumber: card.number, status: 'active', tier: 'vip', policyEndTo: '2026-12-31' })
      .page();
    expect(found.data.map((m) => m.id)).toEqual([memberId]);
    expect((await club.members.list({ status: 'expired' }).page()).data).toEqual([]);
  });
});

describe('the VIP loop through the clients', () => {
  it('orders as the member, confirms from the back end through a dropped answer, checks and redeems at the counter', async () => {
    const backEndClient = createClubClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    // The partner's back end and the member's page build only the resources they use.
    const backEnd = {
      vipOrders: vipOrdersResource(
        createClubTransport({ baseUrl: api.directUrl, secretKey: api.keys.admin.secret, checkResponses: checked }),
      ),
    };
    const memberTransport = createClubTransport({
      baseUrl: api.directUrl,
      checkResponses: checked,
      session: { getToken: async () => (await backEndClient.sessions.create({ memberId })).token },
    });
    const member = {
      vipOrders: vipOrdersResource(memberTransport),
      me: { ...meResource(memberTransport), ...memberVipResource(memberTransport) },
    };
    const shop = await admin.merchants.create({
      name: '孔雀洗車',
      category: 'car-wash',
      region: 'jinghong',
      address: '景洪市宣慰大道1號',
      location: { lat: 22.0, lng: 100.8 },
      phone: '0691-2120000',
      offers: [{ kind: 'percent', title: 'VIP 9折', percentOff: 10, tiers: ['vip'] }],
    });
    const merchantKey = await api.server.createKey({
      kind: 'secret',
      principal: { role: 'merchant', merchantId: shop.id },
    });
    const counter = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: merchantKey.secret,
      checkResponses: checked,
    }).counter;

    const order = await member.vipOrders.create();
    expect(order).toMatchObject({ status: 'pending', amountFen: 36_500 });
    expect((await member.vipOrders.get(order.id)).id).toBe(order.id);

    // The back end's confirmation goes through the fault proxy, whose first answer is lost: the
    // client retries with the same Idempotency-Key and the server answers it from the first.
    const viaProxy = createOperatorClient({
      baseUrl: api.proxy.url,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
      retry: { limit: 2, baseMs: 10, capMs: 50 },
    });
    api.proxy.reset();
    api.proxy.inject({ kind: 'drop-response' });
    const paid = await viaProxy.vipOrders.confirm(order.id, { paymentReference: 'BANK-0001' });
    expect(paid.order.status).toBe('paid');
    expect(api.proxy.requests).toHaveLength(2);
    expect(api.proxy.requests[0]?.headers['idempotency-key']).toBe(api.proxy.requests[1]?.headers['idempotency-key']);
    expect((await member.me.card()).vip?.id).toBe(paid.vip.id);

    const { code } = await member.me.cardCode();
    const check = await counter.check({ code, billFen: 30_000 });
    expect(check).toMatchObject({ status: 'active', savingFen: 3000, payFen: 27_000 });
    const redemption = await counter.redeem({ code, billFen: 30_000, offerId: check.offer?.id ?? '' });
    expect(redemption.savingFen).toBe(3000);
    const again = await caught(counter.redeem({ code, billFen: 30_000, offerId: check.offer?.id ?? '' }));
    expect(isClubApiError(again) && again.code).toBe('vip/code-used');
    expect(await member.me.savings()).toMatchObject({ allTime: { savingFen: 3000, redemptions: 1 } });

    const late = await backEnd.vipOrders.create({ memberId });
    expect(late.kind).toBe('renewal');
    const cancelled = await backEnd.vipOrders.cancel(late.id);
    expect(cancelled.order).toMatchObject({ status: 'cancelled', refundFen: 0 });
  });
});

describe('club activities and advertising income through the clients', () => {
  it('sets up a trip as the administrator, takes the last seat as the member, and counts it and the advertising in the revenue', async () => {
    const operator = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const member = memberActivitiesResource(
      createClubTransport({
        baseUrl: api.directUrl,
        checkResponses: checked,
        session: { getToken: async () => (await admin.sessions.create({ memberId })).token },
      }),
    );
    const trip = await operator.activities.create({
      kind: 'self-drive-trip',
      title: '南糯山茶園自駕游',
      startsOn: '2026-12-12',
      endsOn: '2026-12-13',
      capacity: 1,
      priceFen: 46_000,
      signUpFrom: '2026-11-20',
      signUpUntil: '2026-12-05',
    });
    const open = [];
    for await (const a of member.list({ signUpOpenOn: '2026-11-27' })) open.push(a.id);
    expect(open).toContain(trip.id);
    expect((await member.get(trip.id)).seatsTaken).toBe(0);
    const seat = await member.signUp(trip.id);
    expect(seat).toMatchObject({ activityId: trip.id, status: 'signed-up', priceFen: 46_000 });
    const again = await caught(member.signUp(trip.id));
    expect(isClubApiError(again) && again.code).toBe('vip/already-signed-up');
    const mine = [];
    for await (const s of member.mine()) mine.push(s.id);
    expect(mine).toEqual([seat.id]);
    const seats = [];
    for await (const s of operator.activities.signUps(trip.id)) seats.push(s.id);
    expect(seats).toEqual([seat.id]);

    const shop = await admin.merchants.create({
      name: '勐海輪胎',
      category: 'repair',
      region: 'jinghong',
      address: '景洪市宣慰大道3號',
      location: { lat: 22.0, lng: 100.8 },
      phone: '0691-2120003',
      offers: [],
    });
    const ad = await operator.adIncome.create({
      merchantId: shop.id,
      amountFen: 31_000,
      from: '2026-12-01',
      to: '2026-12-31',
    });
    const ads = [];
    for await (const a of operator.adIncome.list({ on: '2026-12-31' })) ads.push(a.id);
    expect(ads).toContain(ad.id);
    const revenue = await operator.stats.revenue({ from: '2026-12-01', to: '2026-12-31' });
    expect(revenue.totals).toMatchObject({ activitiesFen: 46_000, advertisingFen: 31_000 });

    const cancelled = await member.cancel(seat.id);
    expect(cancelled.status).toBe('cancelled');
    const refused = await caught(operator.activities.cancelSignUp(seat.id));
    expect(isClubApiError(refused) && refused.code).toBe('vip/sign-up-cancelled');
    expect((await operator.activities.get(trip.id)).seatsTaken).toBe(0);
  });
});

describe('the service catalogue through the clients', () => {
  it('is kept by the admin, read with the publishable key, and a use recorded at the counter is read by the member', async () => {
    const club = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
    });
    const garage = await admin.merchants.create({
      name: '景洪汽修',
      category: 'repair',
      region: 'jinghong',
      address: '景洪市勐泐大道8號',
      location: { lat: 22.0, lng: 100.8 },
      phone: '0691-2130000',
      offers: [{ kind: 'percent', title: '工時9折', percentOff: 10 }],
    });
    const repair = await club.services.create({ category: 'car', name: '汽車維修優惠', merchantIds: [garage.id] });
    const retiring = await club.services.create({ category: 'club', name: '會員期刊' });
    expect((await club.services.update(repair.id, { description: '工時九折' })).description).toBe('工時九折');
    expect((await club.services.retire(retiring.id)).status).toBe('retired');
    const duplicate = await caught(club.services.create({ category: 'car', name: '汽車維修優惠' }));
    expect(isClubApiError(duplicate) && [duplicate.status, duplicate.code]).toEqual([409, 'catalogue/duplicate-name']);

    // A partner page reads the catalogue with its publishable key, and only that resource.
    const page = serviceCatalogueResource(
      createClubTransport({
        baseUrl: api.directUrl,
        publishableKey: api.keys.publishable.secret,
        checkResponses: checked,
      }),
    );
    expect((await page.list({ merchantId: garage.id }).page()).data.map((s) => s.name)).toEqual(['汽車維修優惠']);
    expect((await page.get(retiring.id)).status).toBe('retired');

    const merchantKey = await api.server.createKey({
      kind: 'secret',
      principal: { role: 'merchant', merchantId: garage.id },
    });
    const counter = createOperatorClient({
      baseUrl: api.directUrl,
      secretKey: merchantKey.secret,
      checkResponses: checked,
    });
    const cardNumber = (await admin.memberships.get(membershipId)).card.number;
    const use = await counter.serviceUses.record({ serviceId: repair.id, cardNumber });
    expect(use).toMatchObject({ serviceId: repair.id, merchantId: garage.id, memberId });
    const refused = await caught(counter.serviceUses.record({ serviceId: retiring.id, cardNumber }));
    expect(isClubApiError(refused) && refused.code).toBe('catalogue/service-retired');
    expect((await counter.serviceUses.list().page()).data.map((u) => u.id)).toEqual([use.id]);

    const mine = myServiceUsesResource(
      createClubTransport({
        baseUrl: api.directUrl,
        checkResponses: checked,
        session: { getToken: async () => (await admin.sessions.create({ memberId })).token },
      }),
    );
    expect((await mine.list().page()).data.map((u) => u.id)).toEqual([use.id]);
  });
});

describe('the primary dealer through the operator client', () => {
  it('develops a member dealer into the primary dealer, sends one idempotency key across a lost answer, and types the refusals', async () => {
    const club = createOperatorClient({
      baseUrl: api.proxy.url,
      secretKey: api.keys.admin.secret,
      checkResponses: checked,
      retry: { limit: 2, baseMs: 10, capMs: 50 },
    });
    const centre = await club.alliance.centres.create({
      id: 'ctr_primary',
      name: '滄州銷售中心',
      foundedOn: '2026-03-01',
      primaryDealer: '滄州糖酒公司',
    });
    const before = await club.alliance.primaryDealer.get(centre.id);
    expect([before.current?.name, before.current?.since, before.history.length]).toEqual([
      '滄州糖酒公司',
      '2026-03-01',
      1,
    ]);
    const county = await club.alliance.counties.create({
      centreId: centre.id,
      name: '青縣',
      population: 100_000,
      monthlyPerThousand: 10,
    });
    const qualification = {
      dealerSales: 700,
      marketSales: 1000,
      selectedDealersSales: 8000,
      primaryDealerSales: 10000,
      agreementSigned: true,
    };
    const dealer = await club.alliance.dealers.create({
      countyId: county.id,
      name: '青縣副食',
      appliedOn: '2026-04-01',
      qualification,
    });
    const early = await caught(
      club.alliance.primaryDealer.replace(centre.id, {
        on: '2026-03-31',
        reason: 'short-of-funds',
        successor: { kind: 'member', dealerId: dealer.id },
      }),
    );
    expect(isClubApiError(early) && [early.status, early.code]).toEqual([409, 'alliance/successor-not-a-member']);
    api.proxy.reset();
    api.proxy.inject({ kind: 'drop-response' });
    const after = await club.alliance.primaryDealer.replace(centre.id, {
      on: '2026-11-20',
      reason: 'short-of-funds',
      successor: { kind: 'member', dealerId: dealer.id },
    });
    expect(api.proxy.requests).toHaveLength(2);
    expect(api.proxy.requests[0]?.headers['idempotency-key']).toBe(api.proxy.requests[1]?.headers['idempotency-key']);
    expect(after.history.map((h) => [h.name, h.since, h.ended?.on ?? null])).toEqual([
      ['滄州糖酒公司', '2026-03-01', '2026-11-20'],
      ['青縣副食', '2026-11-20', null],
    ]);
    expect((await club.alliance.dealers.get(dealer.id)).status).toBe('promoted');
    expect((await club.alliance.primaryDealer.get(centre.id, { on: '2026-11-19' })).primaryOn?.name).toBe(
      '滄州糖酒公司',
    );
    const same = await caught(
      club.alliance.primaryDealer.replace(centre.id, {
        reason: 'other',
        note: '再議',
        successor: { kind: 'dealer', name: '青縣副食' },
      }),
    );
    expect(isClubApiError(same) && [same.status, same.code]).toEqual([409, 'alliance/same-primary-dealer']);
  });
});

describe('answers against the contract', () => {
  it('reads the answer shapes the other tests did not', async () => {
    const members = await admin.members.list({ limit: 1 }).page();
    expect(members.data).toHaveLength(1);
    expect((await admin.memberships.applications({ limit: 1 }).page()).data).toHaveLength(1);
    expect((await admin.memberships.get(membershipId)).id).toBe(membershipId);
    const repairs = await admin.repairs.list({ limit: 1 }).page();
    const [repair] = repairs.data;
    assert(repair, 'a repair order was registered');
    expect((await admin.repairs.get(repair.id)).id).toBe(repair.id);
    const service = await admin.paidServices.create({
      customer: 'Ms Li',
      phone: '13700137000',
      unit: 'C-301',
      content: 'Clean the range hood',
      quote: { priceFen: 12000, scheduledAt: '2026-11-29T01:00:00Z' },
    });
    expect(service.status).toBe('quoted');
    expect((await admin.paidServices.list({ status: 'quoted' }).page()).data.map((s) => s.id)).toContain(service.id);
    await admin.stats.complaints();
    await admin.stats.merchants();
  });

  it('checked an answer of every shape against core’s schema', () => {
    expect([...checkedAnswers].sort()).toEqual(Object.keys(answerSchemas).sort());
  });
});
