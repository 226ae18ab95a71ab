// @vitest-environment node
// Node, not happy-dom: the Club API runs in this process. The controller needs no DOM.
import { createClubTransport, isClubApiError, type SessionSource } from '@clubkit/client';
import type { MemberCardCode } from '@clubkit/core/api';
import { cardCodeFromDigits } from '@clubkit/core/vip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { CardCheckController, CardCheckStep } from './card-check-controller.js';
import { cardCheckClient } from './client.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ merchants: 50 });
});
afterAll(() => api.close());

/** Requests a client sent, as `METHOD path`, with their idempotency keys. */
interface Sent {
  line: string;
  key: string | null;
}

/**
 * Counts requests; while `lose.answers` is above 0, a redemption reaches the Club API but its
 * answer is lost on the way back (the network fails after the server has recorded it).
 */
function countingFetch(sent: Sent[], lose: { answers: number }): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const line = `${request.method} ${new URL(request.url).pathname}`;
    sent.push({ line, key: request.headers.get('Idempotency-Key') });
    const response = await fetch(request);
    if (line === 'POST /v1/redemptions' && lose.answers > 0) {
      lose.answers--;
      throw new TypeError('fetch failed');
    }
    return response;
  };
}

const sessionOf = (token: string): SessionSource => ({ getToken: () => Promise.resolve(token) });

async function counterFor(role: string, options: { sent?: Sent[]; lose?: { answers: number } } = {}) {
  const token = await api.staffToken({ role });
  const t = createClubTransport({
    baseUrl: api.baseUrl,
    session: sessionOf(token),
    retry: false,
    fetch: countingFetch(options.sent ?? [], options.lose ?? { answers: 0 }),
  });
  const client = cardCheckClient(t);
  const host = new PlainHost();
  return { counter: new CardCheckController(host, () => client), host };
}

/** A live member code of a member, as the member card fetches it (member session minted with the secret key). */
async function liveCode(memberId: string): Promise<string> {
  const { token } = (await api.adminCall('POST', '/v1/member-sessions', { memberId })) as { token: string };
  const res = await fetch(`${api.baseUrl}/v1/me/card-code`, { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as MemberCardCode).code;
}

function vipMemberId(): string {
  const vip = api.demo.vipMember;
  if (!vip) throw new Error('The demo seed made no VIP member');
  return vip.id;
}

/** Redemptions recorded so far. */
async function redemptions(): Promise<number> {
  const row = await api.server.db
    .selectFrom('redemptions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const errorCode = (error: unknown) => (isClubApiError(error) ? error.code : undefined);

describe('CardCheckController', () => {
  it('checks a VIP member’s live code, records the redemption, and empties the form for the next customer', async () => {
    const { counter } = await counterFor('merchant');
    const code = await liveCode(vipMemberId());
    counter.update({ card: code, bill: '300' });
    expect(counter.step).toBe(CardCheckStep.entering);
    const checking = counter.check();
    expect(counter.step).toBe(CardCheckStep.checking);
    expect(await checking).toBe(true);
    expect(counter.step).toBe(CardCheckStep.checked);
    const result = counter.result;
    expect(result).toMatchObject({ identifiedBy: 'code', status: 'active', billFen: 30000 });
    expect(result?.offer).not.toBeNull();
    expect((result?.savingFen ?? 0) + (result?.payFen ?? 0)).toBe(30000);
    expect(result?.savingFen).toBeGreaterThan(0);
    expect(counter.canRecord).toBe(true);

    const before = await redemptions();
    expect(await counter.record()).toBe(true);
    expect(await redemptions()).toBe(before + 1);
    expect(counter.recorded).toMatchObject({
      billFen: 30000,
      savingFen: result?.savingFen,
      offerId: result?.offer?.id,
    });
    expect(counter.values).toEqual({ card: '', bill: '' });
    expect(counter.result).toBeUndefined();
    expect(counter.attempted).toBe(false);
    expect(counter.step).toBe(CardCheckStep.entering);
  });

  it('sends nothing for a mistyped code or a bill that is not whole fen, and names the issues', async () => {
    const sent: Sent[] = [];
    const { counter } = await counterFor('merchant', { sent });
    const code = await liveCode(vipMemberId());
    const wrong = `${code.slice(0, 11)}${(Number(code.at(-1)) + 1) % 10}`;
    counter.update({ card: wrong, bill: '1.005' });
    expect(await counter.check()).toBe(false);
    expect(sent).toEqual([]);
    expect(counter.attempted).toBe(true);
    expect(counter.issues).toEqual([
      { field: 'card', code: 'check-digit' },
      { field: 'bill', code: 'money' },
    ]);
    expect(counter.result).toBeUndefined();
  });

  it('retries a redemption whose answer was lost with the same idempotency key, recording it once', async () => {
    const sent: Sent[] = [];
    const lose = { answers: 1 };
    const { counter } = await counterFor('merchant', { sent, lose });
    counter.update({ card: await liveCode(vipMemberId()), bill: '500' });
    expect(await counter.check()).toBe(true);
    const before = await redemptions();

    expect(await counter.record()).toBe(false);
    expect(counter.failure?.action).toBe('record');
    // The first try reached the server: it is recorded, though the counter did not hear so.
    expect(await redemptions()).toBe(before + 1);
    expect(await counter.retry()).toBe(true);
    expect(await redemptions()).toBe(before + 1);
    const tries = sent.filter((s) => s.line === 'POST /v1/redemptions');
    expect(tries).toHaveLength(2);
    expect(tries[0]?.key).toBeTruthy();
    expect(tries[1]?.key).toBe(tries[0]?.key);
    expect(counter.recorded?.billFen).toBe(50000);
  });

  it('refuses the same code a second time as used, recording nothing', async () => {
    const { counter } = await counterFor('merchant');
    const code = await liveCode(vipMemberId());
    counter.update({ card: code, bill: '300' });
    await counter.check();
    expect(await counter.record()).toBe(true);
    const before = await redemptions();

    counter.update({ card: code, bill: '300' });
    expect(await counter.check()).toBe(false);
    expect(counter.failure?.action).toBe('check');
    expect(errorCode(counter.failure?.error)).toBe('vip/code-used');
    expect(await redemptions()).toBe(before);
  });

  it('sends a well-formed code the club never issued, and shows the refusal (vip/code-invalid)', async () => {
    const { counter } = await counterFor('merchant');
    // Eleven digits and their Luhn digit: it passes the counter's own check, but no member holds it.
    counter.update({ card: cardCodeFromDigits('31415926535'), bill: '300' });
    const before = await redemptions();
    expect(await counter.check()).toBe(false);
    expect(errorCode(counter.failure?.error)).toBe('vip/code-invalid');
    expect(counter.result).toBeUndefined();
    expect(await redemptions()).toBe(before);
  });

  it('shows a member without a VIP year as not VIP, with no offer to record', async () => {
    const { counter } = await counterFor('merchant');
    counter.update({ card: await liveCode(api.demo.member.id), bill: '300' });
    expect(await counter.check()).toBe(true);
    expect(counter.result).toMatchObject({ status: 'not-vip', offer: null, savingFen: 0, payFen: 30000 });
    expect(counter.canRecord).toBe(false);
    expect(await counter.record()).toBe(false);
  });

  it('checks a typed card number but cannot record with it: the Club API answers vip/code-required', async () => {
    const { counter } = await counterFor('merchant');
    const { token } = (await api.adminCall('POST', '/v1/member-sessions', { memberId: vipMemberId() })) as {
      token: string;
    };
    const me = await fetch(`${api.baseUrl}/v1/me/card`, { headers: { Authorization: `Bearer ${token}` } });
    const number = ((await me.json()) as { vip?: { card: { number: string } } }).vip?.card.number;
    expect(number).toMatch(/^\d{16}$/);
    counter.update({ card: number ?? '', bill: '300' });
    expect(await counter.check()).toBe(true);
    expect(counter.result?.identifiedBy).toBe('card-number');
    expect(counter.canRecord).toBe(false);
    const before = await redemptions();
    expect(await counter.record()).toBe(false);
    expect(errorCode(counter.failure?.error)).toBe('vip/code-required');
    expect(await redemptions()).toBe(before);
  });

  it('forgets a check once a field changes: a new check is needed to record', async () => {
    const { counter } = await counterFor('merchant');
    counter.update({ card: await liveCode(vipMemberId()), bill: '300' });
    await counter.check();
    expect(counter.canRecord).toBe(true);
    counter.update({ bill: '400' });
    expect(counter.result).toBeUndefined();
    expect(counter.canRecord).toBe(false);
    expect(await counter.record()).toBe(false);
    expect(counter.step).toBe(CardCheckStep.entering);
  });

  it('shows the refusal another merchant’s staff hears at this merchant’s counter (403), recording nothing', async () => {
    const list = (await api.adminCall('GET', '/v1/merchants?limit=5')) as { data: { merchant: { id: string } }[] };
    const merchantId = list.data.map((m) => m.merchant.id).find((id) => id !== api.demo.merchantId);
    const staff = (await api.adminCall('POST', '/v1/staff', {
      name: '李四',
      principal: { role: 'merchant', merchantId },
    })) as { id: string };
    const token = await api.staffToken({ staffId: staff.id });
    const client = cardCheckClient(
      createClubTransport({ baseUrl: api.baseUrl, session: sessionOf(token), retry: false }),
    );
    const counter = new CardCheckController(new PlainHost(), () => client, { merchantId: () => api.demo.merchantId });
    counter.update({ card: await liveCode(vipMemberId()), bill: '300' });
    const before = await redemptions();
    expect(await counter.check()).toBe(false);
    const error = counter.failure?.error;
    expect(isClubApiError(error) && error.status).toBe(403);
    expect(await redemptions()).toBe(before);
  });

  it('names the merchant whose counter it is in both requests', async () => {
    const sent: Sent[] = [];
    const token = await api.staffToken({ role: 'merchant' });
    const bodies: unknown[] = [];
    const client = cardCheckClient(
      createClubTransport({
        baseUrl: api.baseUrl,
        session: sessionOf(token),
        fetch: async (input, init) => {
          const request = new Request(input, init);
          bodies.push(await request.clone().json());
          return countingFetch(sent, { answers: 0 })(request);
        },
      }),
    );
    const counter = new CardCheckController(new PlainHost(), () => client, { merchantId: () => api.demo.merchantId });
    counter.update({ card: await liveCode(vipMemberId()), bill: '300' });
    expect(await counter.check()).toBe(true);
    expect(await counter.record()).toBe(true);
    expect(bodies).toEqual([
      expect.objectContaining({ merchantId: api.demo.merchantId, billFen: 30000 }),
      expect.objectContaining({ merchantId: api.demo.merchantId, billFen: 30000 }),
    ]);
  });

  it('is idle without a client', () => {
    const counter = new CardCheckController(new PlainHost(), () => undefined);
    expect(counter.step).toBe(CardCheckStep.idle);
  });
});
