import { addDays, type Page } from '@clubkit/core';
import {
  issueCardNumber,
  MembershipState,
  membershipState,
  type Member,
  type MemberCard,
  type Membership,
  type Policy,
  type Vehicle,
} from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { issuePaths, problem, startTestServer, type TestServer } from '../test-support.js';

/** The club's calendar day the test clock is on (04:00 UTC is noon in Asia/Shanghai). */
let day = '2026-06-15';
const clock = () => new Date(`${day}T04:00:00Z`);

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

let cardSequence = 500;

/** A membership, valid as core's schema has it, with its card. */
function membershipOf(
  id: string,
  member: Member,
  window: { validFrom: string; activeUntil: string; graceDays: number; cancelledOn?: string },
  extra: { tier?: 'standard' | 'vip'; plate?: string } = {},
): Membership {
  const tier = extra.tier ?? 'standard';
  const card: MemberCard = {
    id: `card_${id.slice(4)}`,
    number: issueCardNumber('62188', cardSequence++),
    membershipId: id,
    memberId: member.id,
    tier,
    status: window.cancelledOn ? 'cancelled' : 'active',
    issuedOn: window.validFrom,
    ...(window.cancelledOn ? { cancelledOn: window.cancelledOn } : {}),
  };
  return {
    id,
    memberId: member.id,
    branchId: member.branchId,
    tier,
    plate: extra.plate ?? `雲S${id.slice(-5).toUpperCase()}`,
    policyId: `pol_${id.slice(4)}`,
    memberSince: window.validFrom,
    validFrom: window.validFrom,
    activeUntil: window.activeUntil,
    validUntil: addDays(window.activeUntil, window.graceDays),
    graceDays: window.graceDays,
    card,
    ...(window.cancelledOn ? { cancelledOn: window.cancelledOn } : {}),
  };
}

/** Every member a query finds, across pages of `limit`. */
async function search(query: string, key = t.keys.admin.secret, limit = 100): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.call('GET', `/v1/members?limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`, { key });
    expect(res.status, res.text).toBe(200);
    const page = res.body as Page<Member>;
    ids.push(...page.data.map((m) => m.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('the membership state filter agrees with core’s membershipState on every boundary day', () => {
  const base = '2026-06-15';
  const memberships: Membership[] = [];

  beforeAll(async () => {
    // Windows starting around the base day, short enough that the days tested cross every
    // boundary: validFrom, activeUntil, validUntil, and a cancellation before, on or after it.
    const members: Member[] = [];
    let n = 0;
    for (const start of [-2, -1, 0, 1])
      for (const active of [0, 1, 2])
        for (const grace of [0, 1, 2])
          for (const cancelled of [undefined, -1, 0, 1]) {
            const id = `s${String(n++).padStart(4, '0')}`;
            const member: Member = { id: `mbr_${id}`, name: `State ${id}`, phone: '13900000000', branchId: 'br_north' };
            const validFrom = addDays(base, start);
            members.push(member);
            memberships.push(
              membershipOf(`mem_${id}`, member, {
                validFrom,
                activeUntil: addDays(validFrom, active),
                graceDays: grace,
                ...(cancelled === undefined ? {} : { cancelledOn: addDays(base, cancelled) }),
              }),
            );
          }
    await insertRecords(t.server.db, 'member', members);
    await insertRecords(t.server.db, 'membership', memberships);
  });

  it('finds exactly the members core puts in each state, day after day', async () => {
    const seen = new Set<MembershipState>();
    for (let offset = -4; offset <= 6; offset++) {
      day = addDays(base, offset);
      for (const state of Object.values(MembershipState)) {
        const expected = memberships.filter((m) => membershipState(m, day) === state).map((m) => m.memberId);
        if (expected.length > 0) seen.add(state);
        const found = (await search(`status=${state}&name=State`)).filter((id) => id.startsWith('mbr_s'));
        expect(found, `${state} on ${day}`).toEqual(expected.sort());
      }
    }
    // Every state was met, on some day, by some membership.
    expect([...seen].sort()).toEqual(Object.values(MembershipState).sort());
  });
});

describe('multi-condition member search', () => {
  const people: Record<string, Member> = {
    chen: { id: 'mbr_q01', name: '陳美玲', phone: '+86 138-0013-8000', branchId: 'br_north' },
    li: { id: 'mbr_q02', name: 'Li Wei', phone: '139 0000 1111', branchId: 'br_north' },
    lin: { id: 'mbr_q03', name: 'LIN 100% Wei', phone: '13700002222', branchId: 'br_south' },
    wang: { id: 'mbr_q04', name: '王小明', phone: '13600003333', branchId: 'br_south' },
  };
  const { chen, li, lin, wang } = people as Record<'chen' | 'li' | 'lin' | 'wang', Member>;
  const vehicles: Vehicle[] = [
    { id: 'veh_q01', memberId: chen.id, plate: '雲K8A123' },
    { id: 'veh_q02', memberId: li.id, plate: '雲K66666' },
    { id: 'veh_q03', memberId: lin.id, plate: '雲A12345' },
    { id: 'veh_q04', memberId: wang.id, plate: '雲A88888' },
    { id: 'veh_q05', memberId: wang.id, plate: '粵B12345' },
  ];
  const policy = (id: string, member: Member, plate: string, start: string, end: string): Policy => ({
    id,
    number: `P-${id}`,
    memberId: member.id,
    branchId: member.branchId,
    plate,
    start,
    end,
  });
  const policies: Policy[] = [
    policy('pol_q01', chen, '雲K8A123', '2026-01-01', '2026-12-31'),
    policy('pol_q02', li, '雲K66666', '2025-07-01', '2026-06-30'),
    policy('pol_q03', lin, '雲A12345', '2026-03-01', '2027-02-28'),
    policy('pol_q04', wang, '雲A88888', '2025-01-01', '2025-12-31'),
    policy('pol_q05', wang, '粵B12345', '2026-06-01', '2027-05-31'),
  ];
  const memberships = [
    // Chen: an active VIP membership.
    membershipOf(
      'mem_q01',
      chen,
      { validFrom: '2026-01-01', activeUntil: '2026-12-31', graceDays: 10 },
      { tier: 'vip', plate: '雲K8A123' },
    ),
    // Li: standard, in grace on 2026-07-05.
    membershipOf(
      'mem_q02',
      li,
      { validFrom: '2025-07-01', activeUntil: '2026-06-30', graceDays: 10 },
      { plate: '雲K66666' },
    ),
    // Lin: a VIP membership cancelled, and nothing else.
    membershipOf(
      'mem_q03',
      lin,
      { validFrom: '2026-03-01', activeUntil: '2027-02-28', graceDays: 10, cancelledOn: '2026-05-01' },
      { tier: 'vip', plate: '雲A12345' },
    ),
    // Wang: an expired VIP membership and an active standard one.
    membershipOf(
      'mem_q04',
      wang,
      { validFrom: '2025-01-01', activeUntil: '2025-12-31', graceDays: 10 },
      { tier: 'vip', plate: '雲A88888' },
    ),
    membershipOf(
      'mem_q05',
      wang,
      { validFrom: '2026-06-01', activeUntil: '2027-05-31', graceDays: 10 },
      { plate: '粵B12345' },
    ),
  ];
  const replaced: MemberCard = {
    ...(memberships[0]?.card as MemberCard),
    id: 'card_q01old',
    number: issueCardNumber('62188', 999),
    status: 'superseded',
    supersededOn: '2026-03-01',
  };

  beforeAll(async () => {
    day = '2026-07-05';
    await insertRecords(t.server.db, 'member', Object.values(people));
    await insertRecords(t.server.db, 'vehicle', vehicles);
    await insertRecords(t.server.db, 'policy', policies);
    await insertRecords(t.server.db, 'membership', memberships);
    await insertRecords(t.server.db, 'card', [...memberships.map((m) => m.card), replaced]);
  });

  const find = (query: string, key?: string) =>
    search(query, key).then((ids) => ids.filter((id) => id.startsWith('mbr_q')));

  it('finds a member by a plate as a person types it, normalised by core', async () => {
    expect(await find(`plate=${encodeURIComponent('雲k·8a 123')}`)).toEqual([chen.id]);
    expect(await find(`plate=${encodeURIComponent('粵ｂ-12345')}`)).toEqual([wang.id]);
    expect(await find(`plate=${encodeURIComponent('雲K8A12')}`)).toEqual([]);
    const bad = await t.call('GET', `/v1/members?plate=${encodeURIComponent('雲K 8A123!')}`, {
      key: t.keys.admin.secret,
    });
    expect([bad.status, issuePaths(bad)]).toEqual([400, [['query', 'plate']]]);
  });

  it('finds a member by any card they were issued, typed with spaces or hyphens', async () => {
    const number = memberships[0]?.card.number ?? '';
    const spaced = number.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(await find(`cardNumber=${encodeURIComponent(spaced)}`)).toEqual([chen.id]);
    expect(await find(`cardNumber=${replaced.number.replace(/(\d{4})(?=\d)/g, '$1-')}`)).toEqual([chen.id]);
    expect(await find(`cardNumber=${issueCardNumber('62188', 12345)}`)).toEqual([]);
    const mistyped = number.slice(0, -1) + String((Number(number.slice(-1)) + 1) % 10);
    const bad = await t.call('GET', `/v1/members?cardNumber=${mistyped}`, { key: t.keys.admin.secret });
    expect([bad.status, issuePaths(bad)]).toEqual([400, [['query', 'cardNumber']]]);
  });

  it('finds members whose name starts with a prefix, in any case and full-width, wildcards taken literally', async () => {
    expect(await find('namePrefix=li')).toEqual([li.id, lin.id]);
    expect(await find(`namePrefix=${encodeURIComponent('ＬＩＮ 100%')}`)).toEqual([lin.id]);
    expect(await find(`namePrefix=${encodeURIComponent('LIN 1_0')}`)).toEqual([]);
    expect(await find(`namePrefix=${encodeURIComponent('陳美')}`)).toEqual([chen.id]);
    expect(await find('namePrefix=Wei')).toEqual([]);
    const bad = await t.call('GET', '/v1/members?namePrefix=', { key: t.keys.admin.secret });
    expect([bad.status, issuePaths(bad)]).toEqual([400, [['query', 'namePrefix']]]);
  });

  it('finds a phone on its last digits only, never on digits in the middle', async () => {
    expect(await find('phone=0138000')).toEqual([chen.id]);
    expect(await find('phone=3800138')).toEqual([]);
  });

  it('finds a member by phone digits, with or without the country code and separators', async () => {
    expect(await find('phone=13800138000')).toEqual([chen.id]);
    expect(await find(`phone=${encodeURIComponent('+86 138 0013 8000')}`)).toEqual([chen.id]);
    expect(await find(`phone=${encodeURIComponent('139-0000-1111')}`)).toEqual([li.id]);
    expect(await find('phone=0000001')).toEqual([]);
    const bad = await t.call('GET', '/v1/members?phone=12ab', { key: t.keys.admin.secret });
    expect(bad.status).toBe(400);
    expect(new Set(issuePaths(bad).map((path) => path.join('.')))).toEqual(new Set(['query.phone']));
  });

  it('finds a name that contains the text, letters in any case and % matched literally', async () => {
    expect(await find('name=wei')).toEqual([li.id, lin.id]);
    expect(await find(`name=${encodeURIComponent('100%')}`)).toEqual([lin.id]);
    expect(await find(`name=${encodeURIComponent('%')}`)).toEqual([lin.id]);
    expect(await find(`name=${encodeURIComponent('美玲')}`)).toEqual([chen.id]);
  });

  it('finds members by the state and tier of one membership as of today', async () => {
    expect(await find('status=active')).toEqual([chen.id, wang.id]);
    expect(await find('status=grace')).toEqual([li.id]);
    expect(await find('status=cancelled')).toEqual([lin.id]);
    expect(await find('status=expired')).toEqual([wang.id]);
    expect(await find('tier=vip')).toEqual([chen.id, lin.id, wang.id]);
    // Both of one membership: Wang's VIP membership has expired, his active one is standard.
    expect(await find('status=active&tier=vip')).toEqual([chen.id]);
    expect(await find('status=expired&tier=vip')).toEqual([wang.id]);
    expect(await find('status=active&tier=standard')).toEqual([wang.id]);
    day = '2026-07-15';
    expect(await find('status=grace')).toEqual([]);
    expect(await find('status=expired')).toEqual([li.id, wang.id]);
    day = '2026-07-05';
    const bad = await t.call('GET', '/v1/members?status=lapsed&tier=gold', { key: t.keys.admin.secret });
    expect([bad.status, issuePaths(bad)]).toEqual([
      400,
      [
        ['query', 'status'],
        ['query', 'tier'],
      ],
    ]);
  });

  it('finds members with a policy ending in a period, both ends inclusive', async () => {
    expect(await find('policyEndFrom=2026-12-31&policyEndTo=2027-02-28')).toEqual([chen.id, lin.id]);
    expect(await find('policyEndFrom=2027-03-01')).toEqual([wang.id]);
    expect(await find('policyEndTo=2025-12-31')).toEqual([wang.id]);
    expect(await find('policyEndTo=2026-06-30&policyEndFrom=2026-06-30')).toEqual([li.id]);
    const reversed = await t.call('GET', '/v1/members?policyEndFrom=2027-01-01&policyEndTo=2026-01-01', {
      key: t.keys.admin.secret,
    });
    expect([reversed.status, issuePaths(reversed)]).toEqual([400, [['query', 'policyEndTo']]]);
    const bad = await t.call('GET', '/v1/members?policyEndFrom=2026-02-30', { key: t.keys.admin.secret });
    expect([bad.status, issuePaths(bad)]).toEqual([400, [['query', 'policyEndFrom']]]);
  });

  it('combines every filter with AND', async () => {
    expect(await find('tier=vip&policyEndFrom=2027-01-01')).toEqual([lin.id, wang.id]);
    expect(await find('tier=vip&policyEndFrom=2027-01-01&status=cancelled')).toEqual([lin.id]);
    expect(await find(`name=wang&plate=${encodeURIComponent('雲A88888')}`)).toEqual([]);
    expect(
      await find(
        `name=${encodeURIComponent('王')}&plate=${encodeURIComponent('雲A88888')}&phone=13600003333&status=expired&tier=vip&policyEndTo=2025-12-31`,
      ),
    ).toEqual([wang.id]);
    expect(await find(`q=Wei&status=grace`)).toEqual([li.id]);
  });

  it('shows a branch operator only its own branch’s members, whatever it asks', async () => {
    expect(await find('tier=vip', t.keys.north.secret)).toEqual([chen.id]);
    expect(await find('tier=vip', t.keys.south.secret)).toEqual([lin.id, wang.id]);
    expect(await find(`plate=${encodeURIComponent('雲A12345')}`, t.keys.north.secret)).toEqual([]);
  });

  it('pages a filtered search with cursors, in id order', async () => {
    const all = await search('tier=vip');
    expect(await search('tier=vip', t.keys.admin.secret, 1)).toEqual(all);
    const first = await t.call('GET', '/v1/members?tier=vip&limit=2', { key: t.keys.admin.secret });
    const page = first.body as Page<Member>;
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).not.toBeNull();
    // The page's ids are cut first and the members read after: one at a time, every filter and
    // a branch operator's own branch find the same members in the same order as one big page.
    expect(await search('namePrefix=State')).toHaveLength(144);
    for (const query of ['namePrefix=State%20s00', 'namePrefix=li', 'phone=13900000000', 'status=active&tier=standard'])
      expect(await search(query, t.keys.admin.secret, 1), query).toEqual(await search(query));
    expect(await search('namePrefix=State', t.keys.north.secret, 3)).toEqual(
      await search('namePrefix=State', t.keys.north.secret),
    );
    const badCursor = await t.call('GET', '/v1/members?tier=vip&cursor=nope', { key: t.keys.admin.secret });
    expect([badCursor.status, problem(badCursor).code]).toEqual([400, 'invalid-cursor']);
  });
});
