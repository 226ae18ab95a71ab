import { createClubTransport, isClubApiError, sessionFromEndpoint } from '@clubkit/client';
import { estimateYearlySavings, VIP_ANNUAL_FEE_FEN } from '@clubkit/core';
import type { MerchantListItem, Page } from '@clubkit/core/api';
import type { VipOrder } from '@clubkit/core/vip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { vipOfferClient, type VipOfferClient } from './client.js';
import { offerTerms } from '../shared/offer-terms.js';
import { VipOfferController } from './vip-offer-controller.js';
import { PlainHost } from '../testing/plain-host.js';

const DEAD = 'http://127.0.0.1:9';
/** The club's "today" of the test API's fixed clock. */
const NOW = new Date('2026-11-27T02:00:00.000Z');
const TODAY = '2026-11-27';
let api: TestApi;
beforeAll(async () => {
  // A clock the tests move: the Club API reads it on every request.
  api = await startTestApi({ now: new Date(NOW) });
});
afterAll(() => api.close());

/** A fetch that counts requests and records each one's method, path and Idempotency-Key. */
function recorder(lose?: (req: Request) => boolean) {
  const calls: { method: string; path: string; key: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const req = new Request(input, init);
    calls.push({ method: req.method, path: new URL(req.url).pathname, key: req.headers.get('Idempotency-Key') });
    const res = await globalThis.fetch(req);
    // The answer is lost on the way back: the club did the work, the page never heard.
    if (lose?.(req)) throw new TypeError('Failed to fetch');
    return res;
  };
  return { calls, fetch };
}

function memberClient(options: { fetch?: typeof fetch; endpoint?: string; baseUrl?: string } = {}): VipOfferClient {
  return vipOfferClient(
    createClubTransport({
      baseUrl: options.baseUrl ?? api.baseUrl,
      session: sessionFromEndpoint(options.endpoint ?? api.sessionEndpoint),
      retry: false,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
  );
}

function offerWith(member: VipOfferClient | undefined, extra: { onOrder?: (o: VipOrder) => void } = {}) {
  const host = new PlainHost();
  const orders: VipOrder[] = [];
  const controller = new VipOfferController(host, {
    member: () => member,
    pollMs: 30,
    today: () => TODAY,
    onOrder: (o) => {
      orders.push(o);
      extra.onOrder?.(o);
    },
  });
  return { host, controller, orders };
}

/** The `i`th of `list`, which must be there. */
function nth<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item ${i} in a list of ${list.length}`);
  return item;
}

const confirm = (id: string, reference = `BANK-${id}`) =>
  api.adminCall('POST', `/v1/vip-orders/${id}/confirm`, { paymentReference: reference });

describe('VipOfferController: the estimate', () => {
  it('estimates with core over the directory’s best VIP offers, the same as over every merchant of those categories', async () => {
    const { controller } = offerWith(memberClient());
    await controller.estimate({ 'car-wash': '200', dining: '1,500', hotel: '' });
    const state = controller.estimateState;
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;

    const every = await Promise.all(
      ['car-wash', 'dining'].map(
        async (category) =>
          ((await api.adminCall('GET', `/v1/merchants?category=${category}&limit=100`)) as Page<MerchantListItem>).data,
      ),
    );
    const expected = estimateYearlySavings({
      spendFen: { 'car-wash': 240000, dining: 1800000 },
      merchants: every.flat().map((hit) => hit.merchant),
      date: TODAY,
    });
    expect(state.estimate).toEqual(expected);
    expect(state.estimate.feeFen).toBe(VIP_ANNUAL_FEE_FEN);
    expect(state.best.map((b) => b.category)).toEqual(
      expected.byCategory.filter((line) => line.offerId !== undefined).map((line) => line.category),
    );
    for (const b of state.best) expect(b.merchant.offers.map((o) => o.id)).toContain(b.offer.id);
    // The words of each offer's terms come with the estimate: the directory's own rule, not a copy.
    expect(state.offerTerms).toBe(offerTerms);
  });

  it('refuses fields that are not amounts without asking the club', async () => {
    const { calls, fetch } = recorder();
    const { controller } = offerWith(memberClient({ fetch }));
    await controller.estimate({ 'car-wash': 'lots', dining: '12.345' });
    expect(controller.estimateState).toEqual({
      status: 'invalid',
      issues: { 'car-wash': 'not-amount', dining: 'out-of-range' },
    });
    expect(calls).toHaveLength(0);
  });

  it('says what failed when the directory cannot be reached, and estimates again', async () => {
    const { controller } = offerWith(memberClient({ baseUrl: DEAD }));
    await controller.estimate({ dining: '500' });
    expect(controller.estimateState.status).toBe('error');
  });
});

describe('VipOfferController: the member and the purchase', () => {
  it('knows a signed-out visitor, without a request for orders', async () => {
    const { controller } = offerWith(memberClient({ endpoint: api.signedOutEndpoint }));
    await controller.reloadMember();
    expect(controller.member).toEqual({ status: 'signed-out' });
  });

  it('is idle without a member client', async () => {
    const { controller } = offerWith(undefined);
    await controller.reloadMember();
    expect(controller.member).toEqual({ status: 'idle' });
    await controller.buy();
    expect(controller.purchase).toEqual({ status: 'none' });
  });

  it('opens one order, tells the page, and shows the member VIP once the back end confirms it', async () => {
    const { calls, fetch } = recorder();
    const { controller, orders, host } = offerWith(memberClient({ fetch }), {
      onOrder: (o) => void confirm(o.id),
    });
    host.connect();
    await until(() => expect(controller.member.status).toBe('ready'));
    expect(controller.member).toMatchObject({ status: 'ready', cardStatus: 'not-vip' });

    await controller.buy();
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ status: 'pending', amountFen: VIP_ANNUAL_FEE_FEN, kind: 'new' });
    const p = controller.purchase;
    expect(p.status).toBe('paid');
    if (p.status !== 'paid') return;
    expect(p.order.id).toBe(nth(orders, 0).id);
    expect(p.order.term).toEqual({ validFrom: TODAY, activeUntil: '2027-11-26', validUntil: '2027-12-06' });
    await until(() => expect(controller.member).toMatchObject({ status: 'ready', cardStatus: 'active' }));
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/v1/vip-orders')).toHaveLength(1);
    host.disconnect();
  });

  it('offers a renewal to a member who is VIP', async () => {
    const { controller, orders } = offerWith(memberClient());
    await controller.reloadMember();
    expect(controller.member).toMatchObject({ status: 'ready', cardStatus: 'active' });
    await Promise.race([controller.buy(), until(() => expect(orders).toHaveLength(1))]);
    expect(orders[0]).toMatchObject({ kind: 'renewal' });
    await api.adminCall('POST', `/v1/vip-orders/${nth(orders, 0).id}/cancel`);
    await until(() => expect(controller.purchase.status).toBe('cancelled'));
  });

  it('retries a create whose answer was lost with the same idempotency key: one order, not two', async () => {
    let lost = true;
    const { calls, fetch } = recorder((req) => req.method === 'POST' && lost && ((lost = false), true));
    const { controller, orders } = offerWith(memberClient({ fetch }));
    await controller.buy();
    expect(controller.purchase).toMatchObject({ status: 'error', order: undefined });
    const key = controller.idempotencyKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    const waiting = controller.retry();
    await until(() => expect(orders).toHaveLength(1));
    const posts = calls.filter((c) => c.method === 'POST' && c.path === '/v1/vip-orders');
    expect(posts.map((c) => c.key)).toEqual([key, key]);
    // The lost attempt made the order; the retry got that same order back.
    const lostOrder = (await api.adminCall('GET', `/v1/vip-orders/${nth(orders, 0).id}`)) as VipOrder;
    expect(lostOrder.createdAt).toBe(nth(orders, 0).createdAt);
    await api.adminCall('POST', `/v1/vip-orders/${nth(orders, 0).id}/cancel`);
    await waiting;
    expect(controller.purchase.status).toBe('cancelled');
    expect(controller.idempotencyKey).toBeUndefined();
  });

  it('shows an order whose payment window passed as expired, and a new purchase gets a new key', async () => {
    const clock = new Date(NOW);
    const late = await startTestApi({ now: clock });
    try {
      const { calls, fetch } = recorder();
      const client = vipOfferClient(
        createClubTransport({
          baseUrl: late.baseUrl,
          session: sessionFromEndpoint(late.sessionEndpoint),
          retry: false,
          fetch,
        }),
      );
      const keys: (string | undefined)[] = [];
      const { controller, orders } = offerWith(client, {
        onOrder: () => {
          keys.push(controller.idempotencyKey);
          // Thirty-one minutes after the first order, nobody has paid.
          if (keys.length === 1) clock.setTime(clock.getTime() + 31 * 60_000);
        },
      });
      await controller.buy();
      expect(controller.purchase).toMatchObject({ status: 'expired' });
      const refused = await late
        .adminCall('POST', `/v1/vip-orders/${nth(orders, 0).id}/confirm`, { paymentReference: 'BANK-LATE' })
        .catch((e: unknown) => e);
      expect(String(refused)).toContain('vip/order-expired');

      controller.reset();
      expect(controller.purchase.status).toBe('none');
      void controller.buy();
      await until(() => expect(orders).toHaveLength(2));
      expect(nth(orders, 1).id).not.toBe(nth(orders, 0).id);
      // Each order's key is forgotten once it is created; the next purchase sends its own.
      expect(keys).toEqual([undefined, undefined]);
      const sent = calls.filter((c) => c.method === 'POST' && c.path === '/v1/vip-orders').map((c) => c.key);
      expect(sent).toHaveLength(2);
      expect(new Set(sent).size).toBe(2);
      await late.adminCall('POST', `/v1/vip-orders/${nth(orders, 1).id}/cancel`);
      await until(() => expect(controller.purchase.status).toBe('cancelled'));
    } finally {
      await late.close();
    }
  });

  it('reports a refused order as an error, keeping the typed error', async () => {
    // The demo member renewed above; a further renewal more than a year ahead is refused.
    const { controller, orders } = offerWith(memberClient());
    const first = offerWith(memberClient());
    void first.controller.buy();
    await until(() => expect(first.orders).toHaveLength(1));
    await confirm(nth(first.orders, 0).id);
    await until(() => expect(first.controller.purchase.status).toBe('paid'));
    await controller.buy();
    const p = controller.purchase;
    expect(p.status).toBe('error');
    if (p.status === 'error') expect(isClubApiError(p.error) && p.error.code).toBe('vip/renewal-too-early');
    expect(orders).toHaveLength(0);
  });
});
