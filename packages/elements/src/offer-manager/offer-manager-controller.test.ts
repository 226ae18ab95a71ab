// @vitest-environment node
// Node, not happy-dom: the Club API runs in this process, and happy-dom's global Request cannot carry
// the body of a DELETE through Hono's body limit. The controller needs no DOM.
import { createClubTransport, createClubClient, type SessionSource } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { offerManagerClient, type OfferManagerClient } from './client.js';
import { OfferManagerController, OfferManagerStatus } from './offer-manager-controller.js';
import { PlainHost } from '../testing/plain-host.js';

const TODAY = '2026-11-27';
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), merchants: 50 });
});
afterAll(() => api.close());

/** Requests a client sent, as `METHOD path`, with their idempotency keys. */
interface Sent {
  line: string;
  key: string | null;
}

function countingFetch(sent: Sent[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    sent.push({
      line: `${request.method} ${new URL(request.url).pathname}`,
      key: request.headers.get('Idempotency-Key'),
    });
    return fetch(request);
  };
}

const sessionOf = (token: string): SessionSource => ({ getToken: () => Promise.resolve(token) });

async function managerFor(role: string, options: { merchantId?: string; sent?: Sent[] } = {}) {
  const token = await api.staffToken({ role });
  const t = createClubTransport({
    baseUrl: api.baseUrl,
    session: sessionOf(token),
    fetch: countingFetch(options.sent ?? []),
  });
  const client: OfferManagerClient = offerManagerClient(t);
  const manager = new OfferManagerController(new PlainHost(), () => client, {
    today: () => TODAY,
    merchantId: () => options.merchantId,
  });
  await manager.reload();
  return manager;
}

/** The merchant as the public directory reads it. */
function publicMerchant(id: string) {
  return createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey }).merchants.get(id);
}

describe('OfferManagerController', () => {
  it('loads the merchant the signed-in merchant operator runs', async () => {
    const manager = await managerFor('merchant');
    expect(manager.state.status).toBe(OfferManagerStatus.ready);
    if (manager.state.status === OfferManagerStatus.ready) expect(manager.state.merchant.id).toBe(api.demo.merchantId);
  });

  it('lets the merchant’s own operator and the administrator change its offers, and shows them to a branch operator to read', async () => {
    const changes = async (role: string) => {
      const state = (await managerFor(role, { merchantId: api.demo.merchantId })).state;
      if (state.status !== OfferManagerStatus.ready) throw new Error(`${role}: not ready: ${state.status}`);
      expect(state.merchant.id).toBe(api.demo.merchantId);
      return state.changes;
    };
    expect(await changes('merchant')).toBe(true);
    expect(await changes('admin')).toBe(true);
    // The branch reads the directory's merchant, but the Club API refuses it any change to the offers (403).
    const sent: Sent[] = [];
    const branch = await managerFor('branch', { merchantId: api.demo.merchantId, sent });
    expect(branch.state.status === OfferManagerStatus.ready && branch.state.changes).toBe(false);
    expect(sent.filter((s) => !s.line.startsWith('GET '))).toEqual([]);
  });

  it('says so when the staff member runs no merchant and none is named', async () => {
    expect((await managerFor('desk')).state.status).toBe(OfferManagerStatus.noMerchant);
  });

  it('adds an offer the public directory shows at once, and edits it', async () => {
    const manager = await managerFor('merchant');
    manager.startNew();
    manager.update({ kind: 'amount', title: '滿300減30', amountOff: '30', minSpend: '300' });
    expect(manager.draftOffer).toEqual({ kind: 'amount', title: '滿300減30', amountOffFen: 3000, minSpendFen: 30000 });
    expect(await manager.save()).toBe(true);
    const added = manager.done?.offer;
    expect(added).toMatchObject({ kind: 'amount', title: '滿300減30', amountOffFen: 3000 });
    expect((await publicMerchant(api.demo.merchantId)).offers).toContainEqual(added);

    manager.startEdit(added?.id ?? '');
    manager.update({ amountOff: '35', minSpend: '' });
    expect(await manager.save()).toBe(true);
    const stored = (await publicMerchant(api.demo.merchantId)).offers.find((o) => o.id === added?.id);
    expect(stored).toEqual({ kind: 'amount', id: added?.id, title: '滿300減30', amountOffFen: 3500 });
  });

  it('sends nothing while core’s rules find an issue, and shows the issues', async () => {
    const sent: Sent[] = [];
    const manager = await managerFor('merchant', { sent });
    const before = sent.length;
    manager.startNew();
    manager.update({ kind: 'price', title: '', listPrice: '80', memberPrice: '90' });
    expect(await manager.save()).toBe(false);
    expect(sent.length).toBe(before);
    expect(manager.draft?.attempted).toBe(true);
    expect(manager.draft?.issues.map((i) => i.field)).toEqual(['title', 'memberPrice']);
  });

  it('ends a running offer by making yesterday its last day', async () => {
    const manager = await managerFor('merchant');
    manager.startNew();
    manager.update({ kind: 'percent', title: '試營運85折', percentOff: '15' });
    await manager.save();
    const id = manager.done?.offer.id ?? '';
    expect(await manager.end(id)).toBe(true);
    expect(manager.done).toMatchObject({ removed: false, offer: { id, validUntil: '2026-11-26' } });
    const stored = (await publicMerchant(api.demo.merchantId)).offers.find((o) => o.id === id);
    expect(stored?.validUntil).toBe('2026-11-26');
    if (stored) expect(manager.isEnded(stored)).toBe(true);
    expect(
      manager.isEnded({ ...(stored ?? { kind: 'amount', id, title: 'x', amountOffFen: 1 }), validUntil: '2026-11-27' }),
    ).toBe(false);
  });

  it('withdraws an offer that has not begun, which no member ever had', async () => {
    const manager = await managerFor('merchant');
    manager.startNew();
    manager.update({ kind: 'amount', title: '聖誕立減', amountOff: '12', validFrom: '2026-12-20' });
    await manager.save();
    const id = manager.done?.offer.id ?? '';
    expect(await manager.end(id)).toBe(true);
    expect(manager.done?.removed).toBe(true);
    expect((await publicMerchant(api.demo.merchantId)).offers.some((o) => o.id === id)).toBe(false);
  });

  it('shows a refused save with its error and sends it again with the same idempotency key', async () => {
    const sent: Sent[] = [];
    // A branch operator may read the merchant but not change its offers: the Club API answers 403.
    const manager = await managerFor('branch', { merchantId: api.demo.merchantId, sent });
    expect(manager.state.status).toBe(OfferManagerStatus.ready);
    const count = (await publicMerchant(api.demo.merchantId)).offers.length;
    manager.startNew();
    manager.update({ kind: 'amount', title: '越權', amountOff: '5' });
    expect(await manager.save()).toBe(false);
    expect(manager.change).toMatchObject({ status: 'failed', error: { status: 403, code: 'access/forbidden' } });
    expect(manager.draft?.values.title).toBe('越權');
    expect(await manager.retryChange()).toBe(false);
    const posts = sent.filter((s) => s.line.startsWith('POST'));
    expect(posts).toHaveLength(2);
    expect(posts[0]?.key).toMatch(/\S/);
    expect(posts[1]?.key).toBe(posts[0]?.key);
    expect((await publicMerchant(api.demo.merchantId)).offers).toHaveLength(count);
  });

  it('shows the Club API’s field issues next to the fields, keeping the draft', async () => {
    const manager = await managerFor('merchant');
    const merchant = manager.state.status === OfferManagerStatus.ready ? manager.state.merchant : undefined;
    // Fill the merchant up to its 20 offers through the API, so the next one is refused by the server alone.
    const token = await api.staffToken({ role: 'merchant' });
    const t = offerManagerClient(createClubTransport({ baseUrl: api.baseUrl, session: sessionOf(token) }));
    for (let i = merchant?.offers.length ?? 0; i < 20; i++)
      await t.offers.create(api.demo.merchantId, { kind: 'amount', title: `減${i}`, amountOffFen: 100 });
    await manager.reload();
    manager.startNew();
    manager.update({ kind: 'amount', title: '第21個', amountOff: '1' });
    expect(await manager.save()).toBe(false);
    expect(manager.change).toMatchObject({ status: 'failed', error: { status: 400 } });
    expect(manager.draft?.serverIssues.map((i) => i.field)).toContain('offers');
    expect(manager.draft?.values.title).toBe('第21個');
  });
});
