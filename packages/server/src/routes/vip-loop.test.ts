import type {
  ApplicationApprovalResult,
  CounterCheck,
  MemberCardCode,
  MemberCardView,
  MemberSavings,
  MemberSession,
  VipOrderCancellation,
  VipOrderResult,
} from '@clubkit/core/api';
import type { Merchant } from '@clubkit/core/merchants';
import { cardCodeFromDigits, type Redemption, type VipOrder } from '@clubkit/core/vip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IdPrefix } from '@clubkit/core';
import { newId } from '../http/ids.js';
import { docs, insertRecords } from '../store/records.js';
import { problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

/** The test clock: a day and minutes into it (12:00 in the club's zone at 0), moved by the tests. */
let day = '2026-06-01';
let minutes = 0;
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + minutes * 60_000 + tick++);

let t: TestServer;
let shop: Merchant;
let otherShop: Merchant;
let shopKey: string;
let otherShopKey: string;
const admin = () => t.keys.admin.secret;
let plates = 0;

beforeAll(async () => {
  t = await startTestServer({ clock });
  const merchant = async (name: string, offers: unknown[]) => {
    const res = await t.call('POST', '/v1/merchants', {
      key: admin(),
      body: {
        name,
        category: 'car-wash',
        region: 'jinghong',
        address: '景洪市宣慰大道1號',
        location: { lat: 22.0, lng: 100.8 },
        phone: '0691-2120000',
        offers,
      },
    });
    expect(res.status).toBe(201);
    return res.body as Merchant;
  };
  shop = await merchant('孔雀洗車', [
    { kind: 'amount', title: '滿200減20', amountOffFen: 2000, minSpendFen: 20_000 },
    { kind: 'percent', title: 'VIP 9折', percentOff: 10, tiers: ['vip'] },
  ]);
  otherShop = await merchant('象腳鼓汽修', [{ kind: 'amount', title: '減50', amountOffFen: 5000 }]);
  shopKey = (await t.server.createKey({ kind: 'secret', principal: { role: 'merchant', merchantId: shop.id } })).secret;
  otherShopKey = (
    await t.server.createKey({ kind: 'secret', principal: { role: 'merchant', merchantId: otherShop.id } })
  ).secret;
});
afterAll(() => t.close());

/** A new member (with an insurance membership, as every member has today) and a session for them. */
async function member(): Promise<{ id: string; token: string }> {
  plates += 1;
  const applied = await t.call('POST', '/v1/applications', {
    key: admin(),
    body: {
      branchId: 'br_north',
      applicant: { name: '岩溫', phone: '13800138000' },
      plate: `雲K2${String(plates).padStart(4, '0')}`,
      policy: { number: `P-VIP-${plates}`, start: '2026-01-01', end: '2027-12-31' },
    },
  });
  expect(applied.status).toBe(201);
  const approved = await t.call('POST', `/v1/applications/${(applied.body as { id: string }).id}/approve`, {
    key: admin(),
  });
  const memberId = (approved.body as ApplicationApprovalResult).membership.memberId;
  return { id: memberId, token: await session(memberId) };
}

/** A fresh member session (the test clock outruns a session's lifetime). */
async function session(memberId: string): Promise<string> {
  const res = await t.call('POST', '/v1/member-sessions', { key: admin(), body: { memberId } });
  return (res.body as MemberSession).token;
}

async function order(token: string): Promise<VipOrder> {
  const res = await t.call('POST', '/v1/vip-orders', { key: token, body: {} });
  expect(res.status, res.text).toBe(201);
  return res.body as VipOrder;
}

function confirm(id: string, key = admin(), headers: Record<string, string> = {}, reference = 'BANK-0001') {
  return t.call('POST', `/v1/vip-orders/${id}/confirm`, { key, headers, body: { paymentReference: reference } });
}

/** A member who bought the VIP card and had the payment confirmed. */
async function vipMember(): Promise<{ id: string; token: string }> {
  const m = await member();
  const o = await order(m.token);
  expect((await confirm(o.id)).status).toBe(200);
  return m;
}

async function cardCode(token: string): Promise<string> {
  const res = await t.call('GET', '/v1/me/card-code', { key: token });
  expect(res.status, res.text).toBe(200);
  return (res.body as MemberCardCode).code;
}

const check = (body: Record<string, unknown>, key = shopKey) => t.call('POST', '/v1/counter/checks', { key, body });
const redeem = (body: Record<string, unknown>, key = shopKey, headers: Record<string, string> = {}) =>
  t.call('POST', '/v1/redemptions', { key, body, headers });
const vipOffer = () => shop.offers.find((o) => o.kind === 'percent')?.id ?? '';

async function redemptionCount(memberId?: string): Promise<number> {
  let q = t.server.db.selectFrom('redemptions').select((eb) => eb.fn.countAll().as('n'));
  if (memberId) q = q.where('member_id', '=', memberId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

const code = (res: TestResponse) => problem(res).code;

describe('buying the VIP card', () => {
  beforeAll(() => {
    day = '2026-06-01';
    minutes = 0;
  });

  it('opens a pending order at 365 CNY in fen; the member is VIP only once the back end confirms it', async () => {
    const m = await member();
    const o = await order(m.token);
    expect(o).toMatchObject({ memberId: m.id, kind: 'new', status: 'pending', amountFen: 36_500 });
    let card = await t.call('GET', '/v1/me/card', { key: m.token });
    expect((card.body as MemberCardView).vip).toBeUndefined();

    const res = await confirm(o.id);
    expect(res.status, res.text).toBe(200);
    const result = res.body as VipOrderResult;
    expect(result.order).toMatchObject({ status: 'paid', paymentReference: 'BANK-0001' });
    expect(result.order.term).toEqual({ validFrom: '2026-06-01', activeUntil: '2027-05-31', validUntil: '2027-06-10' });
    expect(result.vip.card).toMatchObject({ tier: 'vip', status: 'active', memberId: m.id });

    card = await t.call('GET', '/v1/me/card', { key: m.token });
    expect((card.body as MemberCardView).vip).toMatchObject({ id: result.vip.id, activeUntil: '2027-05-31' });
    const read = await t.call('GET', `/v1/vip-orders/${o.id}`, { key: m.token });
    expect((read.body as VipOrder).status).toBe('paid');
  });

  it('lets the partner back end order for a member with its secret key, and refuses a key without a member', async () => {
    const m = await member();
    const res = await t.call('POST', '/v1/vip-orders', { key: t.keys.north.secret, body: { memberId: m.id } });
    expect(res.status).toBe(201);
    const bare = await t.call('POST', '/v1/vip-orders', { key: admin(), body: {} });
    expect(bare.status).toBe(400);
    expect(code(bare)).toBe('invalid-input');
    const otherBranch = await t.call('POST', '/v1/vip-orders', { key: t.keys.south.secret, body: { memberId: m.id } });
    expect(otherBranch.status).toBe(403);
  });

  it('refuses a member ordering for another member', async () => {
    const a = await member();
    const b = await member();
    const res = await t.call('POST', '/v1/vip-orders', { key: a.token, body: { memberId: b.id } });
    expect(res.status).toBe(403);
    expect(await t.server.db.selectFrom('vip_orders').where('member_id', '=', b.id).select('id').execute()).toEqual([]);
  });

  it('refuses confirming twice with a typed error, and replays a retried confirmation with the same Idempotency-Key', async () => {
    const m = await member();
    const o = await order(m.token);
    const headers = { 'Idempotency-Key': `confirm-${o.id}` };
    const first = await confirm(o.id, admin(), headers);
    const retry = await confirm(o.id, admin(), headers);
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    const again = await confirm(o.id, admin(), {}, 'BANK-0002');
    expect(again.status).toBe(409);
    expect(code(again)).toBe('vip/order-already-paid');
    const rows = await t.server.db.selectFrom('vip_memberships').where('member_id', '=', m.id).select('id').execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses confirming an order whose payment window is over, or a cancelled one; the member stays not VIP', async () => {
    const m = await member();
    const late = await order(m.token);
    minutes += 30;
    const res = await confirm(late.id);
    expect(res.status).toBe(409);
    expect(code(res)).toBe('vip/order-expired');
    expect(((await t.call('GET', `/v1/vip-orders/${late.id}`, { key: admin() })).body as VipOrder).status).toBe(
      'expired',
    );

    m.token = await session(m.id);
    const dropped = await order(m.token);
    const cancelled = await t.call('POST', `/v1/vip-orders/${dropped.id}/cancel`, { key: admin() });
    expect(cancelled.status).toBe(200);
    expect((cancelled.body as VipOrderCancellation).order).toMatchObject({ status: 'cancelled', refundFen: 0 });
    const after = await confirm(dropped.id);
    expect(code(after)).toBe('vip/order-cancelled');
    const card = await t.call('GET', '/v1/me/card', { key: m.token });
    expect((card.body as MemberCardView).vip).toBeUndefined();
  });

  it('gives a member whose only membership is a paid VIP year their card, with the VIP card and no insurance membership', async () => {
    // A car owner who bought the VIP card alone: no policy, no car, no insurance-club membership.
    const memberId = newId(IdPrefix.member);
    await insertRecords(t.server.db, 'member', [
      { id: memberId, name: '玉香', phone: '13900139000', branchId: 'br_north' },
    ]);
    const opened = await t.call('POST', '/v1/vip-orders', { key: admin(), body: { memberId } });
    expect(opened.status, opened.text).toBe(201);
    const before = await t.call('GET', '/v1/me/card', { key: await session(memberId) });
    expect(before.status).toBe(404);
    expect((await confirm((opened.body as VipOrder).id)).status).toBe(200);

    const res = await t.call('GET', '/v1/me/card', { key: await session(memberId) });
    expect(res.status, res.text).toBe(200);
    const card = res.body as MemberCardView;
    expect(card.membership).toBeUndefined();
    expect(card.holder).toEqual({ id: memberId, name: '玉香' });
    expect(card.branch.id).toBe('br_north');
    expect(card.vip).toMatchObject({ memberId, activeUntil: '2027-05-31', card: { tier: 'vip', status: 'active' } });
  });

  it('takes confirmation only from a back end: a member session cannot confirm its own order', async () => {
    const m = await member();
    const o = await order(m.token);
    const res = await confirm(o.id, m.token);
    expect(res.status).toBe(403);
    expect(((await t.call('GET', `/v1/vip-orders/${o.id}`, { key: m.token })).body as VipOrder).status).toBe('pending');
  });

  it('marks the next year’s order a renewal, continues the year without a gap, and refunds unused days on cancel', async () => {
    day = '2026-06-01';
    minutes = 0;
    const m = await vipMember();
    day = '2027-05-20';
    m.token = await session(m.id);
    const renewal = await order(m.token);
    expect(renewal.kind).toBe('renewal');
    const renewed = (await confirm(renewal.id)).body as VipOrderResult;
    expect(renewed.order.term).toMatchObject({ validFrom: '2027-06-01', activeUntil: '2028-05-31' });
    expect(renewed.vip).toMatchObject({ validFrom: '2026-06-01', activeUntil: '2028-05-31' });

    day = '2027-09-01';
    const cancelled = await t.call('POST', `/v1/vip-orders/${renewal.id}/cancel`, { key: admin() });
    expect(cancelled.status, cancelled.text).toBe(200);
    const body = cancelled.body as VipOrderCancellation;
    // 2027-09-01 through 2028-05-31: 274 days at 100 fen.
    expect(body.order).toMatchObject({ status: 'cancelled', refundFen: 27_400 });
    expect(body.vip).toMatchObject({ cancelledOn: '2027-09-01', card: { status: 'cancelled' } });
    const twice = await t.call('POST', `/v1/vip-orders/${renewal.id}/cancel`, { key: admin() });
    expect(code(twice)).toBe('vip/order-cancelled');
    day = '2026-06-01';
  });
});

describe('the member code at the counter', () => {
  let m: { id: string; token: string };
  beforeAll(async () => {
    day = '2026-06-01';
    minutes = 0;
    m = await vipMember();
  });
  beforeEach(async () => {
    m.token = await session(m.id);
  });

  it('shows a fresh 12-digit code each time, good for 60 seconds, never cached', async () => {
    const res = await t.call('GET', '/v1/me/card-code', { key: m.token });
    const body = res.body as MemberCardCode;
    expect(body.code).toMatch(/^\d{12}$/);
    expect(Date.parse(body.expiresAt) - Date.parse(body.issuedAt)).toBe(60_000);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await cardCode(m.token)).not.toBe(body.code);
    const stored = await t.server.db.selectFrom('card_codes').select('hash').execute();
    expect(stored.map((r) => r.hash)).not.toContain(body.code);
  });

  it("checks a code without using it: valid, this merchant's best offer and the saving", async () => {
    const c = await cardCode(m.token);
    for (let i = 0; i < 2; i++) {
      const res = await check({ code: c, billFen: 30_000 });
      expect(res.status, res.text).toBe(200);
      expect(res.body as CounterCheck).toMatchObject({
        merchantId: shop.id,
        identifiedBy: 'code',
        status: 'active',
        offer: { id: vipOffer() },
        savingFen: 3000,
        payFen: 27_000,
      });
    }
    expect(await redemptionCount(m.id)).toBe(0);
  });

  it('records a redemption with offer, bill, saving and member, and refuses the same code again', async () => {
    const c = await cardCode(m.token);
    const res = await redeem({ code: c, billFen: 30_000, offerId: vipOffer() });
    expect(res.status, res.text).toBe(201);
    expect(res.body as Redemption).toMatchObject({
      merchantId: shop.id,
      memberId: m.id,
      offerId: vipOffer(),
      billFen: 30_000,
      savingFen: 3000,
      payFen: 27_000,
    });
    const replayed = await redeem({ code: c, billFen: 30_000, offerId: vipOffer() });
    expect(replayed.status).toBe(409);
    expect(code(replayed)).toBe('vip/code-used');
    const checked = await check({ code: c, billFen: 30_000 });
    expect(code(checked)).toBe('vip/code-used');
    expect(await redemptionCount(m.id)).toBe(1);
  });

  it('answers a retried redemption with the same Idempotency-Key from the first, recording one', async () => {
    const before = await redemptionCount(m.id);
    const c = await cardCode(m.token);
    const headers = { 'Idempotency-Key': `redeem-${c}-retry` };
    const first = await redeem({ code: c, billFen: 12_000, offerId: vipOffer() }, shopKey, headers);
    const retry = await redeem({ code: c, billFen: 12_000, offerId: vipOffer() }, shopKey, headers);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await redemptionCount(m.id)).toBe(before + 1);
  });

  it('records one redemption when two race with one code', async () => {
    const before = await redemptionCount(m.id);
    const c = await cardCode(m.token);
    const results = await Promise.all([
      redeem({ code: c, billFen: 30_000, offerId: vipOffer() }),
      redeem({ code: c, billFen: 30_000, offerId: vipOffer() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await redemptionCount(m.id)).toBe(before + 1);
  });

  it('refuses an expired code at the check and the redemption, recording nothing', async () => {
    const before = await redemptionCount(m.id);
    const c = await cardCode(m.token);
    minutes += 1;
    m.token = await session(m.id);
    const checked = await check({ code: c, billFen: 30_000 });
    expect(checked.status).toBe(409);
    expect(code(checked)).toBe('vip/code-expired');
    const res = await redeem({ code: c, billFen: 30_000, offerId: vipOffer() });
    expect(code(res)).toBe('vip/code-expired');
    expect(await redemptionCount(m.id)).toBe(before);
  });

  it('refuses a code the club never issued, even one with a right check digit', async () => {
    const forged = cardCodeFromDigits('00000000001');
    const res = await check({ code: forged, billFen: 30_000 });
    expect(res.status).toBe(422);
    expect(code(res)).toBe('vip/code-invalid');
    const mistyped = await check({ code: '123456789012', billFen: 30_000 });
    expect(mistyped.status).toBe(400);
  });

  it("refuses another merchant's offer and another merchant's counter, recording nothing and leaving the code good", async () => {
    const before = await redemptionCount(m.id);
    const c = await cardCode(m.token);
    const foreign = await redeem({ code: c, billFen: 30_000, offerId: otherShop.offers[0]?.id ?? '' });
    expect(foreign.status).toBe(409);
    expect(code(foreign)).toBe('vip/offer-mismatch');
    const elsewhere = await redeem(
      { merchantId: shop.id, code: c, billFen: 30_000, offerId: vipOffer() },
      otherShopKey,
    );
    expect(elsewhere.status).toBe(403);
    const peek = await check({ merchantId: shop.id, code: c, billFen: 30_000 }, otherShopKey);
    expect(peek.status).toBe(403);
    expect(await redemptionCount(m.id)).toBe(before);
    const ok = await redeem({ code: c, billFen: 30_000, offerId: vipOffer() });
    expect(ok.status).toBe(201);
  });

  it('checks a typed card number but records a discount only with the live code', async () => {
    const card = (await t.call('GET', '/v1/me/card', { key: m.token })).body as MemberCardView;
    const cardNumber = card.vip?.card.number ?? '';
    const res = await check({ cardNumber, billFen: 30_000 });
    expect(res.status, res.text).toBe(200);
    expect(res.body as CounterCheck).toMatchObject({ identifiedBy: 'card-number', status: 'active', savingFen: 3000 });
    expect((res.body as CounterCheck).holder.maskedCardNumber).toMatch(/^•/);
    const before = await redemptionCount(m.id);
    const refused = await redeem({ cardNumber, billFen: 30_000, offerId: vipOffer() });
    expect(refused.status).toBe(422);
    expect(code(refused)).toBe('vip/code-required');
    expect(await redemptionCount(m.id)).toBe(before);
  });

  it('refuses a discount for a member whose order was never confirmed, recording nothing', async () => {
    const pending = await member();
    await order(pending.token);
    const c = await cardCode(pending.token);
    const checked = await check({ code: c, billFen: 30_000 });
    expect(checked.body as CounterCheck).toMatchObject({
      status: 'not-vip',
      offer: null,
      savingFen: 0,
      payFen: 30_000,
    });
    const res = await redeem({ code: c, billFen: 30_000, offerId: vipOffer() });
    expect(res.status).toBe(422);
    expect(code(res)).toBe('vip/card-not-valid');
    expect(await redemptionCount(pending.id)).toBe(0);
  });

  it('tells the counter a card in grace is still valid and an expired one is not', async () => {
    day = '2027-06-05';
    minutes = 0;
    m.token = await session(m.id);
    let res = await check({ code: await cardCode(m.token), billFen: 30_000 });
    expect(res.body as CounterCheck).toMatchObject({ status: 'grace', savingFen: 3000 });
    day = '2027-06-11';
    m.token = await session(m.id);
    res = await check({ code: await cardCode(m.token), billFen: 30_000 });
    expect(res.body as CounterCheck).toMatchObject({ status: 'expired', offer: null, savingFen: 0 });
    day = '2026-06-01';
  });

  it("shows the member what the card saved this year and all time, and only a member's own", async () => {
    const res = await t.call('GET', '/v1/me/savings', { key: m.token });
    expect(res.status, res.text).toBe(200);
    const savings = res.body as MemberSavings;
    const rows = docs<Redemption>(
      await t.server.db.selectFrom('redemptions').select('doc').where('member_id', '=', m.id).execute(),
    );
    const total = rows.reduce((sum, r) => sum + r.savingFen, 0);
    expect(savings.allTime).toEqual({ savingFen: total, redemptions: rows.length });
    expect(savings.year).toEqual({ from: '2026-06-01', to: '2027-05-31', savingFen: total, redemptions: rows.length });
    expect(savings).toMatchObject({ feeFen: 36_500, paidForItself: false });
    const stranger = await member();
    const theirs = (await t.call('GET', '/v1/me/savings', { key: stranger.token })).body as MemberSavings;
    expect(theirs).toEqual({
      year: null,
      allTime: { savingFen: 0, redemptions: 0 },
      feeFen: 36_500,
      paidForItself: false,
    });
  });
});
