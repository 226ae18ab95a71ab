import type { ApplicationApprovalResult, Page, VipOrderResult } from '@clubkit/core/api';
import { issueCardNumber, type ClubService, type ServiceUse } from '@clubkit/core/membership';
import type { Merchant } from '@clubkit/core/merchants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  issuePaths,
  problem,
  startTestServer,
  TEST_ORIGIN,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

/** The club's calendar day the test clock is on; every reading moves it a millisecond on, so ids sort by creation. */
let day = '2026-06-01';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

let t: TestServer;
let wash: Merchant;
let hotel: Merchant;
let washCounter: string;
let hotelCounter: string;
let member: ApplicationApprovalResult;
const admin = () => t.keys.admin.secret;
const serviceOf = (res: TestResponse) => res.body as ClubService;
const pageOf = <T>(res: TestResponse) => res.body as Page<T>;

async function addMerchant(name: string, category: string): Promise<Merchant> {
  const res = await t.call('POST', '/v1/merchants', {
    key: admin(),
    body: {
      name,
      category,
      region: 'jinghong',
      address: '景洪市宣慰大道1號',
      location: { lat: 22.0, lng: 100.8 },
      phone: '0691-2120000',
      offers: [],
    },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as Merchant;
}
const addService = (body: object, key = admin()) => t.call('POST', '/v1/services', { key, body });
const recordUse = (body: object, key = washCounter) => t.call('POST', '/v1/service-uses', { key, body });

beforeAll(async () => {
  t = await startTestServer({ clock });
  wash = await addMerchant('孔雀洗車', 'car-wash');
  hotel = await addMerchant('版納大酒店', 'hotel');
  washCounter = (await t.server.createKey({ kind: 'secret', principal: { role: 'merchant', merchantId: wash.id } }))
    .secret;
  hotelCounter = (await t.server.createKey({ kind: 'secret', principal: { role: 'merchant', merchantId: hotel.id } }))
    .secret;
  const applied = await t.call('POST', '/v1/applications', {
    key: admin(),
    body: {
      branchId: 'br_north',
      applicant: { name: '陳美玲', phone: '13800138000' },
      plate: '雲K20001',
      policy: { number: 'PDAA2026000001', start: '2026-01-01', end: '2026-12-31' },
    },
  });
  const approved = await t.call('POST', `/v1/applications/${(applied.body as { id: string }).id}/approve`, {
    key: admin(),
  });
  expect(approved.status, approved.text).toBe(200);
  member = approved.body as ApplicationApprovalResult;
});
afterAll(() => t.close());

describe('the service catalogue', () => {
  let carWash: ClubService;

  it('is kept by the admin: a service in one of the three categories with the merchants that give it', async () => {
    const res = await addService({ category: 'car', name: '優惠洗車', merchantIds: [wash.id] });
    expect(res.status, res.text).toBe(201);
    carWash = serviceOf(res);
    expect(carWash).toMatchObject({ category: 'car', name: '優惠洗車', merchantIds: [wash.id], status: 'active' });
    expect(carWash.id).toMatch(/^svc_/);
    const trip = await addService({ category: 'club', name: '自駕遊' });
    expect([trip.status, serviceOf(trip).merchantIds]).toEqual([201, []]);
  });

  it('refuses a category outside the three and a merchant the directory does not hold', async () => {
    const other = await addService({ category: 'insurance', name: '理賠協助' });
    expect([other.status, issuePaths(other)]).toEqual([400, [['category']]]);
    const unknown = await addService({ category: 'car', name: '拖車', merchantIds: [wash.id, 'mch_nowhere'] });
    expect([unknown.status, issuePaths(unknown)]).toEqual([400, [['merchantIds', 1]]]);
  });

  it('keeps names unique within a category, in any width, but lets another category use the name', async () => {
    const twin = await addService({ category: 'car', name: ' 優惠洗車 ' });
    expect([twin.status, problem(twin).code]).toEqual([409, 'catalogue/duplicate-name']);
    const elsewhere = await addService({ category: 'value-added', name: '優惠洗車' });
    expect(elsewhere.status).toBe(201);
    const renamed = await t.call('PATCH', `/v1/services/${serviceOf(elsewhere).id}`, {
      key: admin(),
      body: { name: '自駕遊' },
    });
    expect(renamed.status).toBe(200);
    const clash = await t.call('PATCH', `/v1/services/${carWash.id}`, { key: admin(), body: { name: '優惠洗車' } });
    expect(clash.status, 'a service keeps its own name').toBe(200);
  });

  it('is read by members with the publishable key, by category and by merchant; only the admin changes it', async () => {
    const publicList = await t.call('GET', `/v1/services?merchantId=${wash.id}`, {
      key: t.keys.publishable.secret,
      headers: { Origin: TEST_ORIGIN },
    });
    expect(publicList.status, publicList.text).toBe(200);
    expect(pageOf<ClubService>(publicList).data.map((s) => s.id)).toEqual([carWash.id]);
    const clubOnly = await t.call('GET', '/v1/services?category=club', { key: t.keys.north.secret });
    expect(pageOf<ClubService>(clubOnly).data.map((s) => s.name)).toEqual(['自駕遊']);
    for (const key of [t.keys.north.secret, washCounter, t.keys.publishable.secret]) {
      const res = await addService({ category: 'car', name: '拖車' }, key);
      expect(res.status).toBe(403);
    }
    expect((await t.call('GET', '/v1/services/svc_nope', { key: admin() })).status).toBe(404);
  });

  it('changes a service’s merchants, which the merchant filter then follows', async () => {
    const res = await t.call('PATCH', `/v1/services/${carWash.id}`, {
      key: admin(),
      body: { merchantIds: [wash.id, hotel.id], description: '每月兩次' },
    });
    expect(res.status, res.text).toBe(200);
    expect(serviceOf(res)).toMatchObject({ merchantIds: [wash.id, hotel.id], description: '每月兩次' });
    const atHotel = await t.call('GET', `/v1/services?merchantId=${hotel.id}`, { key: admin() });
    expect(pageOf<ClubService>(atHotel).data.map((s) => s.id)).toEqual([carWash.id]);
  });
});

describe('a member’s use of a service', () => {
  let towing: ClubService;
  beforeAll(async () => {
    towing = serviceOf(await addService({ category: 'car', name: '拖車', merchantIds: [wash.id] }));
  });

  it('is recorded at the counter of a merchant that gives it, for a valid member, by the card shown', async () => {
    day = '2026-06-05';
    const res = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number, note: '市區拖車' });
    expect(res.status, res.text).toBe(201);
    const use = res.body as ServiceUse;
    expect(use).toMatchObject({
      serviceId: towing.id,
      serviceName: '拖車',
      category: 'car',
      merchantId: wash.id,
      memberId: member.member.id,
      membershipId: member.membership.id,
      branchId: 'br_north',
      usedOn: '2026-06-05',
      note: '市區拖車',
    });
    expect(use.maskedCardNumber.endsWith(member.membership.card.number.slice(-4))).toBe(true);
    expect(use.maskedCardNumber).not.toContain(member.membership.card.number.slice(0, 12));
  });

  it('is refused at a merchant that does not give the service, and for another merchant’s counter', async () => {
    const there = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number }, hotelCounter);
    expect([there.status, problem(there).code]).toEqual([422, 'catalogue/not-offered-here']);
    const posing = await recordUse({
      serviceId: towing.id,
      cardNumber: member.membership.card.number,
      merchantId: hotel.id,
    });
    expect(posing.status).toBe(403);
    const club = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number });
    expect(club.status).toBe(201);
    const unnamed = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number }, admin());
    expect([unnamed.status, issuePaths(unnamed)]).toEqual([400, [['merchantId']]]);
  });

  it('counts the grace days as valid and refuses the day after them (A3 art.5)', async () => {
    day = '2027-01-10';
    const last = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number });
    expect(last.status, last.text).toBe(201);
    day = '2027-01-11';
    const after = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number });
    expect([after.status, problem(after).code]).toEqual([422, 'catalogue/member-not-valid']);
    day = '2026-06-05';
  });

  it('is refused for an unknown card and for a service that does not exist', async () => {
    const card = member.membership.card.number;
    const unknownCard = await recordUse({ serviceId: towing.id, cardNumber: issueCardNumber('622', 999_999) });
    expect(unknownCard.status).toBe(404);
    const typo = await recordUse({
      serviceId: towing.id,
      cardNumber: `${card.slice(0, 15)}${(Number(card.at(-1)) + 1) % 10}`,
    });
    expect([typo.status, issuePaths(typo)]).toEqual([400, [['cardNumber']]]);
    const noService = await recordUse({ serviceId: 'svc_nothing', cardNumber: card });
    expect(noService.status).toBe(404);
  });

  it('keeps the uses of a retired service, which is then neither used nor changed, and frees its name', async () => {
    day = '2026-06-20';
    const retired = await t.call('POST', `/v1/services/${towing.id}/retire`, { key: admin() });
    expect(retired.status, retired.text).toBe(200);
    expect(serviceOf(retired)).toMatchObject({ status: 'retired', retiredOn: '2026-06-20' });
    const again = await t.call('POST', `/v1/services/${towing.id}/retire`, { key: admin() });
    expect([again.status, problem(again).code]).toEqual([409, 'catalogue/service-retired']);
    const used = await recordUse({ serviceId: towing.id, cardNumber: member.membership.card.number });
    expect([used.status, problem(used).code]).toEqual([409, 'catalogue/service-retired']);
    const changed = await t.call('PATCH', `/v1/services/${towing.id}`, { key: admin(), body: { name: '道路拖車' } });
    expect([changed.status, problem(changed).code]).toEqual([409, 'catalogue/service-retired']);
    const offered = await t.call('GET', '/v1/services?category=car', { key: admin() });
    expect(pageOf<ClubService>(offered).data.map((s) => s.name)).not.toContain('拖車');
    const gone = await t.call('GET', '/v1/services?status=retired', { key: admin() });
    expect(pageOf<ClubService>(gone).data.map((s) => s.id)).toEqual([towing.id]);
    const uses = await t.call('GET', `/v1/service-uses?serviceId=${towing.id}`, { key: admin() });
    expect(pageOf<ServiceUse>(uses).data.map((u) => u.usedOn)).toEqual(['2026-06-05', '2026-06-05', '2027-01-10']);
    const reborn = await addService({ category: 'car', name: '拖車', merchantIds: [wash.id] });
    expect(reborn.status, reborn.text).toBe(201);
  });

  it('is read by the merchant for its own counter only, and by the member for their own', async () => {
    const own = await t.call('GET', '/v1/service-uses', { key: washCounter });
    expect(pageOf<ServiceUse>(own).data.length).toBe(3);
    const other = await t.call('GET', '/v1/service-uses', { key: hotelCounter });
    expect(pageOf<ServiceUse>(other).data).toEqual([]);
    const peeking = await t.call('GET', `/v1/service-uses?merchantId=${wash.id}`, { key: hotelCounter });
    expect(pageOf<ServiceUse>(peeking).data).toEqual([]);
    const branch = await t.call('GET', '/v1/service-uses', { key: t.keys.north.secret });
    expect(branch.status).toBe(403);
    const session = await t.call('POST', '/v1/member-sessions', {
      key: admin(),
      body: { memberId: member.member.id },
    });
    expect(session.status, session.text).toBe(201);
    const mine = await t.call('GET', '/v1/me/service-uses', { key: (session.body as { token: string }).token });
    expect(mine.status, mine.text).toBe(200);
    expect(pageOf<ServiceUse>(mine).data.map((u) => u.memberId)).toEqual([
      member.member.id,
      member.member.id,
      member.member.id,
    ]);
  });
});

// A member is a policyholder or a car owner who bought the VIP card (A5), and the VIP card gives
// car, value-added and the club's own services: the catalogue's three categories.
describe('a VIP-only card holder at the counter', () => {
  let vip: VipOrderResult['vip'];
  let wash2: ClubService;

  beforeAll(async () => {
    day = '2026-07-01';
    const applied = await t.call('POST', '/v1/applications', {
      key: admin(),
      body: {
        branchId: 'br_north',
        applicant: { name: '玉罕', phone: '13800138001' },
        plate: '雲K20002',
        policy: { number: 'PDAA2026000002', start: '2026-01-01', end: '2026-12-31' },
      },
    });
    const approved = await t.call('POST', `/v1/applications/${(applied.body as { id: string }).id}/approve`, {
      key: admin(),
    });
    const insured = approved.body as ApplicationApprovalResult;
    const session = await t.call('POST', '/v1/member-sessions', {
      key: admin(),
      body: { memberId: insured.member.id },
    });
    const token = (session.body as { token: string }).token;
    const ordered = await t.call('POST', '/v1/vip-orders', { key: token, body: {} });
    expect(ordered.status, ordered.text).toBe(201);
    const confirmed = await t.call('POST', `/v1/vip-orders/${(ordered.body as { id: string }).id}/confirm`, {
      key: admin(),
      body: { paymentReference: 'BANK-VIP-0001' },
    });
    expect(confirmed.status, confirmed.text).toBe(200);
    vip = (confirmed.body as VipOrderResult).vip;
    // The policy is dropped: the VIP card is the only card the member holds.
    const cancelled = await t.call('POST', `/v1/memberships/${insured.membership.id}/cancel`, { key: admin() });
    expect(cancelled.status, cancelled.text).toBe(200);
    const added = await addService({ category: 'car', name: '精緻洗車', merchantIds: [wash.id] });
    expect(added.status, added.text).toBe(201);
    wash2 = serviceOf(added);
  });

  it('has a use recorded on the VIP card while it is valid, under the VIP membership', async () => {
    const res = await recordUse({ serviceId: wash2.id, cardNumber: vip.card.number });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      serviceId: wash2.id,
      memberId: vip.memberId,
      membershipId: vip.id,
      branchId: vip.branchId,
      usedOn: '2026-07-01',
    });
    expect((res.body as ServiceUse).maskedCardNumber.endsWith(vip.card.number.slice(-4))).toBe(true);
  });

  it('counts the VIP card’s grace days as valid and refuses it the day after them', async () => {
    day = vip.validUntil;
    const last = await recordUse({ serviceId: wash2.id, cardNumber: vip.card.number });
    expect(last.status, last.text).toBe(201);
    const next = new Date(Date.parse(`${vip.validUntil}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    day = next;
    const after = await recordUse({ serviceId: wash2.id, cardNumber: vip.card.number });
    expect([after.status, problem(after).code]).toEqual([422, 'catalogue/member-not-valid']);
    day = '2026-07-01';
  });
});
