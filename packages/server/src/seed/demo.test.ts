import {
  catalogueCounts,
  type ClubService,
  type ServiceUse,
  campaignRunsOn,
  membershipState,
  type Campaign,
  type Handbook,
  type Membership,
  type MembershipApplication,
} from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import {
  counterQuote,
  vipCardStatus,
  type Activity,
  type ActivitySignUp,
  type AdIncome,
  type VipMembership,
} from '@clubkit/core/vip';
import type { Complaint, ProcedureRecord, PropertyUnit, ServicePrice, Visit } from '@clubkit/core/service';
import { describe, expect, it } from 'vitest';
import { createClubServer } from '../app.js';
import { docs } from '../store/records.js';
import { at } from '../test-support.js';
import { seedDemo } from './demo.js';

const now = new Date('2026-11-27T04:00:00Z');

async function seeded(options: Parameters<typeof seedDemo>[1] = {}) {
  const server = await createClubServer({ db: ':memory:', clock: () => now, logError: () => {} });
  const result = await seedDemo(server, { now, ...options });
  return { server, result };
}

describe('seedDemo', () => {
  it('loads the full demo data set: 3 branches, 2,000 members, 10,000 merchants with 1–3 offers each', async () => {
    const { server, result } = await seeded({ origins: ['http://127.0.0.1:5173'] });
    try {
      const count = async (table: 'members' | 'merchants' | 'branches' | 'complaints') =>
        (
          await server.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n;
      expect(result.seeded).toBe(true);
      expect(await count('branches')).toBe(3);
      expect(await count('members')).toBe(2000);
      expect(await count('merchants')).toBe(10_000);
      // The 300 generated complaints and the desk's complaint about the night shift's conduct.
      expect(await count('complaints')).toBe(301);
      const merchants = docs<{ region: string; offers: unknown[] }>(
        await server.db.selectFrom('merchants').select('doc').execute(),
      );
      expect(new Set(merchants.map((m) => m.region))).toEqual(new Set(['jinghong', 'menghai', 'mengla']));
      expect(merchants.every((m) => m.offers.length >= 1 && m.offers.length <= 3)).toBe(true);
      expect(result.keys.map((k) => k.kind)).toEqual(['secret', 'secret', 'secret', 'publishable']);
      expect(result.member.name).toBe('陳美玲');
    } finally {
      await server.close();
    }
  });

  it('holds memberships in every state and complaints in every status', async () => {
    const { server } = await seeded({ members: 400, merchants: 50, complaints: 200 });
    try {
      const memberships = docs<Membership>(await server.db.selectFrom('memberships').select('doc').execute());
      const states = new Set(memberships.map((m) => membershipState(m, '2026-11-27')));
      expect(states).toEqual(new Set(['pending', 'active', 'grace', 'expired']));
      const cards = await server.db.selectFrom('cards').select('status').execute();
      expect(cards.some((c) => c.status === 'superseded')).toBe(true);
      expect(memberships.some((m) => m.renewedFrom !== undefined)).toBe(true);
      const complaints = docs<Complaint>(await server.db.selectFrom('complaints').select('doc').execute());
      expect(new Set(complaints.map((c) => c.status))).toEqual(
        new Set(['received', 'assigned', 'escalated', 'resolved', 'followed-up', 'closed']),
      );
      expect(complaints.some((c) => c.malicious)).toBe(true);
      const applications = await server.db.selectFrom('applications').select('status').execute();
      expect(new Set(applications.map((a) => a.status))).toEqual(new Set(['submitted', 'approved', 'rejected']));
    } finally {
      await server.close();
    }
  });

  it('sets the VIP loop up: a signed-in member without VIP, a VIP holder, and a merchant whose offer the card gets', async () => {
    const { server, result } = await seeded({ members: 50, merchants: 20, complaints: 10 });
    try {
      const vip = async (memberId: string) =>
        docs<VipMembership>(
          await server.db.selectFrom('vip_memberships').select('doc').where('member_id', '=', memberId).execute(),
        )[0];
      expect(vipCardStatus(await vip(result.member.id), '2026-11-27')).toBe('not-vip');
      expect(result.vipMember).toBeDefined();
      const holder = await vip(result.vipMember?.id ?? '');
      expect(vipCardStatus(holder, '2026-11-27')).toBe('active');
      expect(holder?.validFrom).toBe('2026-05-11');
      const merchant = docs<Merchant>(
        await server.db.selectFrom('merchants').select('doc').where('id', '=', result.merchantId).execute(),
      )[0];
      const bill = 1_000_000;
      const quote = counterQuote({
        status: 'active',
        offers: merchant?.offers ?? [],
        billFen: bill,
        today: '2026-11-27',
      });
      expect(quote.savingFen).toBeGreaterThan(0);
      expect(
        result.staff.some((s) => s.principal.role === 'merchant' && s.principal.merchantId === result.merchantId),
      ).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('sets up activities with seats held by members in good standing, and advertising, the same on every run', async () => {
    const first = await seeded({ members: 400, merchants: 50, complaints: 20 });
    const second = await seeded({ members: 400, merchants: 50, complaints: 20 });
    try {
      const read = async (server: typeof first.server) => ({
        activities: docs<Activity>(await server.db.selectFrom('activities').select('doc').orderBy('id').execute()),
        seats: docs<ActivitySignUp>(
          await server.db.selectFrom('activity_sign_ups').select('doc').orderBy('id').execute(),
        ),
        ads: docs<AdIncome>(await server.db.selectFrom('ad_incomes').select('doc').orderBy('id').execute()),
      });
      const a = await read(first.server);
      expect(a).toEqual(await read(second.server));
      expect(a.activities.map((x) => [x.kind, x.seatsTaken])).toEqual([
        ['self-drive-trip', 12],
        ['gathering', 25],
        ['group-buying', 8],
        ['self-drive-trip', 14],
      ]);
      // The last trip has a free seat a member can take today; every seat is within its capacity.
      expect(a.activities.every((x) => x.seatsTaken <= x.capacity)).toBe(true);
      expect(a.activities.filter((x) => x.signUpFrom <= '2026-11-27' && '2026-11-27' <= x.signUpUntil)).toHaveLength(2);
      const memberships = docs<Membership>(await first.server.db.selectFrom('memberships').select('doc').execute());
      for (const seat of a.seats) {
        const day = seat.signedUpAt.slice(0, 10) < '2026-11-27' ? seat.signedUpAt.slice(0, 10) : '2026-11-27';
        const own = memberships.filter((m) => m.memberId === seat.memberId);
        expect(own.some((m) => ['active', 'grace'].includes(membershipState(m, day)))).toBe(true);
      }
      expect(a.ads.map((x) => x.amountFen)).toEqual([900_000, 3_650_000]);
    } finally {
      await first.server.close();
      await second.server.close();
    }
  });

  it('sets up two campaigns, one ended and one running, with applications naming them', async () => {
    const { server } = await seeded({ members: 400, merchants: 50, complaints: 20 });
    try {
      const campaigns = docs<Campaign>(await server.db.selectFrom('campaigns').select('doc').orderBy('id').execute());
      expect(
        campaigns.map((c) => [c.name, c.to < '2026-11-27', c.from <= '2026-11-27' && '2026-11-27' <= c.to]),
      ).toEqual([
        ['新車主招募', true, false],
        ['銀行卡友專享', false, true],
      ]);
      const applications = docs<MembershipApplication>(
        await server.db.selectFrom('applications').select('doc').execute(),
      );
      for (const campaign of campaigns) {
        const named = applications.filter((a) => a.campaignId === campaign.id);
        expect(named.length).toBeGreaterThan(0);
        // Each named application was submitted while its campaign ran.
        for (const a of named) expect(campaignRunsOn(campaign, a.submittedAt.slice(0, 10))).toBe(true);
      }
    } finally {
      await server.close();
    }
  });

  it('publishes the charter’s member handbook in force today, with its five rights and three duties in its own words', async () => {
    const { server } = await seeded({ members: 40, merchants: 10, complaints: 2 });
    try {
      const handbooks = docs<Handbook>(await server.db.selectFrom('handbooks').select('doc').execute());
      expect(handbooks).toHaveLength(1);
      const [handbook] = handbooks;
      expect(handbook).toMatchObject({ version: 1, lang: 'zh-Hant', effectiveFrom: '2026-11-27' });
      expect(handbook?.rights).toHaveLength(5);
      expect(handbook?.rights[4]).toBe('對客戶俱樂部所提供的服務有不履行承諾批評權和申訴權。');
      expect(handbook?.duties).toEqual([
        '為客戶俱樂部的發展無保留地提出建議與批評的義務；',
        '參與客戶俱樂部所組織的社會性或公益性活動的義務；',
        '客戶之間相互幫助、協助的義務。',
      ]);
      expect(handbook?.sections.map((s) => s.heading)).toContain('會員卡和會員手冊');
      // Set in Chinese punctuation (the source types it in ASCII): no ASCII mark beside a Chinese character.
      const texts = [
        ...(handbook?.rights ?? []),
        ...(handbook?.duties ?? []),
        ...(handbook?.sections ?? []).map((s) => s.body),
      ];
      for (const text of texts) expect(text).not.toMatch(/[\p{Script=Han}][,.;:"]|[,.;:"][\p{Script=Han}]/u);
    } finally {
      await server.close();
    }
  });

  it('dates no record after the moment it was seeded, even just after midnight in Shanghai, so a waiting application can be approved at once', async () => {
    // 01:00 in Shanghai: today's records used to be dated 10:00, nine hours ahead.
    const early = new Date('2026-11-27T17:00:00Z');
    const server = await createClubServer({ db: ':memory:', clock: () => early, logError: () => {} });
    try {
      const result = await seedDemo(server, { now: early, members: 400, merchants: 20, complaints: 0 });
      const applications = docs<MembershipApplication>(
        await server.db.selectFrom('applications').select('doc').execute(),
      );
      expect(applications.length).toBeGreaterThan(0);
      for (const a of applications) expect(Date.parse(a.submittedAt)).toBeLessThanOrEqual(early.getTime());
      const waiting = applications.find((a) => a.status === 'submitted');
      const admin = result.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const approved = await server.fetch(
        new Request(`http://club.test/v1/applications/${waiting?.id ?? ''}/approve`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${admin?.secret ?? ''}`, 'Content-Type': 'application/json' },
          body: '{}',
        }),
      );
      expect(approved.status, await approved.clone().text()).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('is deterministic: the same day gives the same records', async () => {
    const a = await seeded({ members: 50, merchants: 20, complaints: 10 });
    const b = await seeded({ members: 50, merchants: 20, complaints: 10 });
    try {
      const dump = async (s: typeof a) =>
        (await s.server.db.selectFrom('merchants').select('doc').orderBy('id').execute()).map((r) => r.doc);
      expect(await dump(a)).toEqual(await dump(b));
      expect(a.result.member).toEqual(b.result.member);
    } finally {
      await a.server.close();
      await b.server.close();
    }
  });

  it('loads the data once and mints new keys on every run, revoking the old ones', async () => {
    const { server, result } = await seeded({ members: 20, merchants: 10, complaints: 5 });
    try {
      const again = await seedDemo(server, { now });
      expect(again.seeded).toBe(false);
      expect(again.member).toEqual(result.member);
      const res = await server.fetch(
        new Request('http://x/v1/me', { headers: { Authorization: `Bearer ${at(result.keys, 0).secret}` } }),
      );
      expect(res.status).toBe(401);
      const fresh = await server.fetch(
        new Request('http://x/v1/me', { headers: { Authorization: `Bearer ${at(again.keys, 0).secret}` } }),
      );
      expect(fresh.status).toBe(403);
    } finally {
      await server.close();
    }
  });
});

describe('the demo dealer alliance', () => {
  it('gives the alliance staff member a sales centre whose counties stand on, under and below the targets, with one dealer revoked', async () => {
    const { server, result } = await seeded({ members: 20, merchants: 20, complaints: 0 });
    try {
      const staff = result.staff.find((s) => s.principal.role === 'alliance');
      expect(staff?.principal).toEqual({ role: 'alliance', centreId: 'ctr_banna' });
      const admin = result.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const get = async <T>(path: string) => {
        const response = await server.fetch(
          new Request(`http://club.test${path}`, { headers: { Authorization: `Bearer ${admin?.secret ?? ''}` } }),
        );
        expect(response.status, path).toBe(200);
        return (await response.json()) as T;
      };
      const counties = await get<{ data: { name: string }[] }>('/v1/alliance/counties?limit=100');
      expect(counties.data.map((c) => c.name).sort()).toEqual(['勐海縣', '勐臘縣', '景洪市', '江城縣'].sort());
      const dealers = await get<{ data: { name: string; status: string }[] }>('/v1/alliance/dealers?limit=100');
      expect(dealers.data).toHaveLength(4);
      expect(dealers.data.find((d) => d.name === '勐臘興旺糧油')?.status).toBe('revoked');
      expect(dealers.data.filter((d) => d.status === 'revoked')).toHaveLength(1);
      // Six months of sales for each dealer, up to last month.
      const stats = await get<{ counties: unknown[] }>('/v1/stats/alliance?centreId=ctr_banna');
      expect(stats.counties.length).toBeGreaterThanOrEqual(3);
      // The last half-year's assessments on sheet version 1: one filed and paid, one awaiting the
      // sales centre, one refused by the region and back with the branch.
      type Listed = { status: string; awaiting: string | null; totalScore: number; sheet: { version: number } };
      const assessments = await get<{ data: Listed[] }>('/v1/alliance/assessments?limit=100');
      const byScore = assessments.data.sort((a, b) => b.totalScore - a.totalScore);
      expect(byScore.map((a) => [a.status, a.awaiting, a.totalScore, a.sheet.version])).toEqual([
        ['filed', null, 94, 1],
        ['in-progress', 'sales-centre', 86, 1],
        ['in-progress', 'branch', 85, 1],
      ]);
      const funds = await get<{ data: { budgetedFen: number; paidFen: number; leftFen: number }[] }>(
        '/v1/alliance/reward-funds',
      );
      expect(funds.data.map((f) => [f.budgetedFen, f.paidFen, f.leftFen])).toEqual([[2_000_000, 200_000, 1_800_000]]);
      // Each salesperson's secondary-dealer list with its choice, and the market manager's ten largest.
      type Choice = { chosen: number[]; marketVolume: number | null };
      const lists = await get<{ data: { salespersonId: string | null; counties: Choice[] }[] }>(
        '/v1/alliance/secondary-lists?limit=100',
      );
      // Counties in id order, lists filed in one millisecond: compared as sets.
      expect(lists.data.every((l) => l.salespersonId !== null)).toBe(true);
      expect(
        lists.data
          .map((l) =>
            l.counties
              .map((c) => c.chosen.length)
              .sort()
              .join(),
          )
          .sort(),
      ).toEqual(['1,1', '1,2']);
      type Largest = { primaryDealer: string; listed: number; largest: { name: string; rank: number }[] };
      const view = await get<{ primaryDealers: Largest[] }>('/v1/alliance/largest-secondary-dealers');
      expect(view.primaryDealers.map((p) => [p.primaryDealer, p.listed, p.largest.length])).toEqual([
        ['景洪百貨批發站', 3, 3],
        ['版納糖酒副食公司', 15, 10],
      ]);
      expect(view.primaryDealers[1]?.largest[0]).toEqual(
        expect.objectContaining({ rank: 1, name: '景洪眾誠副食批發' }),
      );
      // This month's promotion with the three members enrolled and the first paid; next month's in kind.
      type Promo = { id: string; rewardFen: number; description: string | null };
      const promotions = await get<{ data: Promo[] }>('/v1/alliance/promotions');
      // Set up in one millisecond: compared by reward, not by order.
      expect(promotions.data.map((p) => p.rewardFen).sort()).toEqual([0, 30_000]);
      const orders = promotions.data.find((p) => p.rewardFen > 0);
      type Enrolled = { reward: { amountFen: number } | null };
      const enrolled = await get<{ data: Enrolled[] }>(`/v1/alliance/promotions/${orders?.id ?? ''}/enrolments`);
      expect(enrolled.data.map((e) => e.reward?.amountFen ?? 0).sort()).toEqual([0, 0, 30_000]);
      // The key that wrote it is gone: only the demo keys remain.
      const keys = await get<{ data: { label: string; revokedAt: string | null }[] }>('/v1/keys?limit=100');
      expect(keys.data.find((k) => k.label === 'demo alliance seed')?.revokedAt).not.toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('the demo service desk’s procedures', () => {
  it('holds procedures in every state a desk meets, each step allowed by core’s rules, through the API', async () => {
    const { server, result } = await seeded({ members: 20, merchants: 20, complaints: 0 });
    try {
      const admin = result.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const get = async <T>(path: string) => {
        const response = await server.fetch(
          new Request(`http://club.test${path}`, { headers: { Authorization: `Bearer ${admin?.secret ?? ''}` } }),
        );
        expect(response.status, path).toBe(200);
        return (await response.json()) as T;
      };
      const list = await get<{ data: ProcedureRecord[] }>('/v1/procedures?limit=100');
      const units = await get<{ data: PropertyUnit[] }>('/v1/units?limit=100');
      const of = (number: string) => {
        const unit = units.data.find((u) => u.number === number);
        const found = list.data.find((p) => p.unitId === unit?.id);
        if (!found) throw new Error(`No procedure for unit ${number}`);
        return found;
      };
      // A renovation waiting for sign-offs, its drawings sent back with a reason.
      const waiting = of('A-1203');
      expect([waiting.name, waiting.status, waiting.drawings?.status]).toEqual(['renovation', 'open', 'rejected']);
      expect(waiting.steps.some((s) => s.id === 'fire-review')).toBe(false);
      // Above 200 m²: the fire review is the next sign-off the API offers.
      const large = of('B-2101');
      expect(large.areaSqm).toBeGreaterThan(200);
      expect(large.progress.missing[0]).toEqual({ step: 'fire-review', department: 'security' });
      const next = await get<{ signOffs: unknown[] }>(`/v1/procedures/${large.id}/next-steps`);
      expect(next.signOffs).toContainEqual({ step: 'fire-review', department: 'security' });
      expect(large.contractor?.qualificationGrade).toBeLessThanOrEqual(2);
      // A finished move-in, and a move-out whose deposit waits for the damages.
      const moveIn = of('A-0802');
      expect([moveIn.name, moveIn.status]).toEqual(['move-in', 'done']);
      expect(moveIn.missingDocuments?.[0]?.remedy).toBe('substitute');
      expect(moveIn.meterReadings).toMatchObject({ electricity: 1520.5, water: 86.2, gas: 12.4 });
      expect([moveIn.facilities?.items.length, moveIn.keysHandedOver?.keys.length]).toEqual([3, 2]);
      // The club's published fines are on its price list, one per kind it fines.
      const prices = await get<{ data: ServicePrice[] }>('/v1/service-prices?limit=100');
      const fined = prices.data.flatMap((p) => (p.violation === undefined ? [] : [p.violation]));
      expect(new Set(fined).size).toBe(fined.length);
      expect(fined).toContain('noise');
      const moveOut = of('C-1506');
      expect([moveOut.name, moveOut.status, moveOut.depositFen, moveOut.deposit]).toEqual([
        'move-out',
        'open',
        600_000,
        undefined,
      ]);
      const moveOutNext = await get<{ events: string[] }>(`/v1/procedures/${moveOut.id}/next-steps`);
      expect(moveOutNext.events).toContain('assessDamages');
      // The key that wrote them is gone.
      const keys = await get<{ data: { label: string; revokedAt: string | null }[] }>('/v1/keys?limit=100');
      expect(keys.data.find((k) => k.label === 'demo procedures seed')?.revokedAt).not.toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('the demo service desk’s return visits', () => {
  it('books return visits after resolved complaints through the API: one overdue, one due within the hour, one next week', async () => {
    const { server, result } = await seeded({ members: 20, merchants: 20, complaints: 30 });
    try {
      const admin = result.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const get = async <T>(path: string) => {
        const response = await server.fetch(
          new Request(`http://club.test${path}`, { headers: { Authorization: `Bearer ${admin?.secret ?? ''}` } }),
        );
        expect(response.status, path).toBe(200);
        return (await response.json()) as T;
      };
      const visits = await get<{ data: Visit[] }>('/v1/visits?kind=return&subjectKind=complaint&limit=100');
      expect(
        visits.data
          .map((v) => [v.status, Date.parse(v.appointmentAt) - now.getTime()])
          .sort((a, b) => Number(a[1]) - Number(b[1])),
      ).toEqual([
        ['scheduled', -86_400_000],
        ['scheduled', 1_800_000],
        ['scheduled', 7 * 86_400_000],
      ]);
      for (const visit of visits.data) {
        if (visit.subject?.kind !== 'complaint') throw new Error('a visit after something else than a complaint');
        const complaint = await get<Complaint>(`/v1/complaints/${visit.subject.id}`);
        expect(complaint.status).toBe('resolved');
        expect(visit.customer).toBe(complaint.name);
      }
      const keys = await get<{ data: { label: string; revokedAt: string | null }[] }>('/v1/keys?limit=100');
      expect(keys.data.find((k) => k.label === 'demo visits seed')?.revokedAt).not.toBeNull();
    } finally {
      await server.close();
    }
  });

  it('books none when no complaint is resolved', async () => {
    const { server } = await seeded({ members: 20, merchants: 20, complaints: 0 });
    try {
      const row = await server.db
        .selectFrom('visits')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(row.n)).toBe(0);
    } finally {
      await server.close();
    }
  });
});

describe('the demo front desk’s shift hand-over', () => {
  it('leaves the night shift’s hand-over for the demo desk user to take over, and she may', async () => {
    const { server, result } = await seeded({ members: 20, merchants: 20, complaints: 0 });
    try {
      const desks = result.staff.filter((s) => s.principal.role === 'desk');
      expect(desks.map((s) => s.name)).toEqual(['張麗華', '李文傑']);
      const admin = result.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const call = async (method: string, path: string, token: string, body?: unknown) => {
        const response = await server.fetch(
          new Request(`http://club.test${path}`, {
            method,
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: body === undefined ? null : JSON.stringify(body),
          }),
        );
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      const session = await call('POST', '/v1/staff-sessions', admin?.secret ?? '', { staffId: desks[0]?.id });
      const token = String(session.body.token);
      const latest = await call('GET', '/v1/handovers/latest', token);
      expect(latest.status).toBe(200);
      expect(latest.body).toMatchObject({ status: 'handed-over', handedOverBy: `staff:${desks[1]?.id ?? ''}` });
      expect(latest.body.propertyId).toBeUndefined();
      expect(latest.body.items).toHaveLength(3);
      const accepted = await call('POST', `/v1/handovers/${String(latest.body.id)}/events`, token, { type: 'accept' });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', acceptedBy: `staff:${desks[0]?.id ?? ''}` });
      // The key and the session that wrote it are gone.
      const keys = await call('GET', '/v1/keys?limit=100', admin?.secret ?? '');
      const seedKey = (keys.body.data as { label: string; revokedAt: string | null }[]).find(
        (k) => k.label === 'demo hand-over seed',
      );
      expect(seedKey?.revokedAt).not.toBeNull();
    } finally {
      await server.close();
    }
  });
});

describe('the demo desk’s conduct complaint and feedback survey', () => {
  it('hides the complaint about the night shift from her, shows it to the day shift, and reports the survey', async () => {
    const { server, result } = await seeded({ members: 20, merchants: 20, complaints: 0 });
    try {
      const [day, night] = result.staff.filter((s) => s.principal.role === 'desk');
      const admin = result.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const get = async (path: string, token: string) => {
        const response = await server.fetch(
          new Request(`http://club.test${path}`, { headers: { Authorization: `Bearer ${token}` } }),
        );
        return (await response.json()) as Record<string, unknown>;
      };
      const signIn = async (staffId: string) => {
        const response = await server.fetch(
          new Request('http://club.test/v1/staff-sessions', {
            method: 'POST',
            headers: { Authorization: `Bearer ${admin?.secret ?? ''}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ staffId }),
          }),
        );
        return ((await response.json()) as { token: string }).token;
      };
      const conductOf = async (staffId: string) =>
        ((await get('/v1/complaints?limit=100', await signIn(staffId))).data as Complaint[]).filter((c) => c.conduct);
      expect(night?.managerId).toBe(result.staff[0]?.id);
      expect(await conductOf(night?.id ?? '')).toEqual([]);
      const seen = await conductOf(day?.id ?? '');
      expect(seen.map((c) => c.conduct?.staffId)).toEqual([night?.id]);
      expect(seen[0]?.conduct?.witnesses).toHaveLength(1);
      const stats = await get('/v1/stats/surveys', admin?.secret ?? '');
      // Four units asked, three answered with three ratings each: 5 4 4, 4 2 5, 3 3 2.
      expect(stats).toMatchObject({ sent: 4, answered: 3, ratings: 9, satisfiedRatings: 5 });
    } finally {
      await server.close();
    }
  });

  it('loads the catalogue of 54 services in three categories, the demo merchant giving some, and the demo member’s uses there', async () => {
    const { server, result } = await seeded({ members: 50, merchants: 200, complaints: 10 });
    try {
      const services = docs<ClubService>(await server.db.selectFrom('club_services').select('doc').execute());
      expect(catalogueCounts(services)).toEqual({ car: 24, 'value-added': 18, club: 12, total: 54 });
      expect(services.some((s) => s.merchantIds.includes(result.merchantId))).toBe(true);
      expect(services.filter((s) => s.category === 'club').every((s) => s.merchantIds.length === 0)).toBe(true);
      const uses = docs<ServiceUse>(await server.db.selectFrom('service_uses').select('doc').orderBy('id').execute());
      expect(uses.length).toBeGreaterThan(0);
      expect(uses.every((u) => u.memberId === result.member.id && u.merchantId === result.merchantId)).toBe(true);
      expect(uses.every((u) => u.usedOn < '2026-11-27')).toBe(true);
      const again = await seeded({ members: 50, merchants: 200, complaints: 10 });
      try {
        const ids = async (s: typeof again) =>
          (await s.server.db.selectFrom('club_services').select('id').orderBy('id').execute()).map((r) => r.id);
        expect(await ids(again)).toEqual(await ids({ server, result }));
      } finally {
        await again.server.close();
      }
    } finally {
      await server.close();
    }
  });
});
