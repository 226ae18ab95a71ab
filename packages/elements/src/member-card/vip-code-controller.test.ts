import { createClubTransport, sessionFromEndpoint } from '@clubkit/client';
import { memberVipResource } from '@clubkit/client/vip';
import type { MemberCardCode, MemberSavings } from '@clubkit/core/api';
import { isCardCode } from '@clubkit/core/vip';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { VipCodeController, type VipCardClient } from './vip-code-controller.js';
import { PlainHost } from '../testing/plain-host.js';

/**
 * A VIP resource whose answers the test gives by hand, to drive the clock: each `cardCode()` call
 * waits until the test answers it. The timing tests need it; the real server is used below.
 */
function scriptedClient() {
  const calls: { resolve: (code: MemberCardCode) => void; reject: (error: unknown) => void }[] = [];
  let issued = 0;
  /** What the savings answer says: the test moves it as if the counter had recorded a discount. */
  const saved = { savingFen: 12_000, redemptions: 3, asked: 0 };
  const client: VipCardClient = {
    cardCode: () => new Promise<MemberCardCode>((resolve, reject) => calls.push({ resolve, reject })),
    savings: () => {
      saved.asked += 1;
      const { savingFen, redemptions } = saved;
      return Promise.resolve<MemberSavings>({
        year: { from: '2026-05-15', to: '2027-05-14', savingFen, redemptions },
        allTime: { savingFen, redemptions },
        feeFen: 36_500,
        paidForItself: savingFen > 36_500,
      });
    },
  };
  /** Answers the oldest unanswered call with a code good for `ttl` seconds from the fake clock's now. */
  async function answer(ttl = 60): Promise<string> {
    const call = calls.shift();
    if (!call) throw new Error('no code request is waiting');
    issued += 1;
    const now = Date.now();
    const code = `${String(issued).padStart(11, '0')}0`;
    call.resolve({
      code,
      issuedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttl * 1000).toISOString(),
      ttlSeconds: ttl,
    });
    await vi.advanceTimersByTimeAsync(0);
    return code;
  }
  async function fail(error: unknown): Promise<void> {
    const call = calls.shift();
    if (!call) throw new Error('no code request is waiting');
    call.reject(error);
    await vi.advanceTimersByTimeAsync(0);
  }
  return { client, answer, fail, saved, waiting: () => calls.length };
}

function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('VipCodeController timing (fake clock)', () => {
  afterEach(() => {
    setVisibility('visible');
    vi.useRealTimers();
  });

  function started() {
    vi.useFakeTimers();
    const scripted = scriptedClient();
    const host = new PlainHost();
    const controller = new VipCodeController(host, () => scripted.client);
    host.connect();
    return { ...scripted, host, controller };
  }

  it('asks for no code while the card is not a valid VIP card', async () => {
    const { controller, waiting } = started();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(waiting()).toBe(0);
    expect(controller.code).toEqual({ status: 'off' });
    expect(controller.savings).toEqual({ status: 'off' });
  });

  it('shows a code with its seconds left and fetches the next 10 seconds before it ends, never showing one past its end', async () => {
    const { controller, answer, waiting } = started();
    controller.setEligible(true);
    expect(controller.code.status).toBe('loading');
    const first = await answer();
    expect(controller.code).toMatchObject({ status: 'ready', code: { code: first }, secondsLeft: 60 });
    expect(controller.savings).toMatchObject({ status: 'ready', savings: { feeFen: 36_500 } });

    await vi.advanceTimersByTimeAsync(25_000);
    expect(controller.code).toMatchObject({ status: 'ready', secondsLeft: 35 });
    expect(waiting()).toBe(0);
    await vi.advanceTimersByTimeAsync(25_000);
    // 10 s before the end: the next code is asked for; the current one is still shown, as good.
    expect(waiting()).toBe(1);
    expect(controller.code).toMatchObject({
      status: 'ready',
      code: { code: first },
      secondsLeft: 10,
      refreshing: true,
    });

    // The answer is slow: at its end the code is dropped, not shown as good.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(controller.code.status).toBe('loading');
    const second = await answer();
    expect(second).not.toBe(first);
    expect(controller.code).toMatchObject({
      status: 'ready',
      code: { code: second },
      secondsLeft: 60,
      refreshing: false,
    });
  });

  it('counts a code’s life from its arrival, so a page clock set wrong cannot stretch it', async () => {
    const { controller, answer } = started();
    controller.setEligible(true);
    await answer(60);
    // The page's clock jumps a day ahead of the server: the code still ends 60 s after it came.
    vi.setSystemTime(Date.now() + 59_000);
    expect(controller.code).toMatchObject({ status: 'ready', secondsLeft: 1 });
    vi.setSystemTime(Date.now() + 1_000);
    expect(controller.code.status).toBe('loading');
  });

  it('shows an error and no code when a fetch fails, and a retry brings a new code', async () => {
    const { controller, answer, fail, waiting } = started();
    controller.setEligible(true);
    await answer();
    await vi.advanceTimersByTimeAsync(50_000);
    const failure = new Error('unreachable');
    await fail(failure);
    expect(controller.code).toEqual({ status: 'error', error: failure });
    // No new request on its own while in error, and the old code is not shown again.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(waiting()).toBe(0);
    expect(controller.code.status).toBe('error');

    controller.retry();
    expect(controller.code.status).toBe('loading');
    const code = await answer();
    expect(controller.code).toMatchObject({ status: 'ready', code: { code } });
  });

  it('stops when the page is hidden or the card disconnected, and starts with a fresh code when it is back', async () => {
    const { controller, host, answer, waiting } = started();
    controller.setEligible(true);
    const first = await answer();
    setVisibility('hidden');
    expect(controller.code).toEqual({ status: 'off' });
    await vi.advanceTimersByTimeAsync(300_000);
    expect(waiting()).toBe(0);

    setVisibility('visible');
    expect(waiting()).toBe(1);
    const second = await answer();
    expect(controller.code).toMatchObject({ status: 'ready', code: { code: second } });
    expect(second).not.toBe(first);

    host.disconnect();
    expect(controller.code).toEqual({ status: 'off' });
    await vi.advanceTimersByTimeAsync(300_000);
    expect(waiting()).toBe(0);
    host.connect();
    expect(waiting()).toBe(1);
  });

  it('drops an answer that arrives after the card left the screen', async () => {
    const { controller, host, answer } = started();
    controller.setEligible(true);
    host.disconnect();
    await expect(answer()).resolves.toBeTypeOf('string');
    expect(controller.code).toEqual({ status: 'off' });
  });

  it('asks for a new code at once when the member presses for one, keeping the current one until it comes', async () => {
    const { controller, answer, waiting } = started();
    controller.setEligible(true);
    const first = await answer();
    controller.refresh();
    expect(waiting()).toBe(1);
    expect(controller.code).toMatchObject({ status: 'ready', code: { code: first }, refreshing: true });
    const second = await answer();
    expect(controller.code).toMatchObject({ status: 'ready', code: { code: second }, refreshing: false });
  });

  it('fetches the savings again with each new code, keeping the ones in hand shown meanwhile', async () => {
    const { controller, answer, saved } = started();
    controller.setEligible(true);
    await answer();
    expect(saved.asked).toBe(1);
    expect(controller.savings).toMatchObject({ status: 'ready', savings: { year: { savingFen: 12_000 } } });

    // The counter uses the code and records a discount; the member asks for a new code.
    saved.savingFen = 42_000;
    saved.redemptions = 4;
    controller.refresh();
    expect(saved.asked).toBe(2);
    expect(controller.savings).toMatchObject({ status: 'ready', savings: { year: { savingFen: 12_000 } } });
    await answer();
    expect(controller.savings).toMatchObject({
      status: 'ready',
      savings: { year: { savingFen: 42_000, redemptions: 4 }, paidForItself: true },
    });

    // The code fetched on its own before the end brings them too.
    await vi.advanceTimersByTimeAsync(50_000);
    expect(saved.asked).toBe(3);
  });

  it('tries the code and the savings again on retry after a failed code', async () => {
    const { controller, fail, answer, saved, waiting } = started();
    controller.setEligible(true);
    await fail(new Error('offline'));
    expect(controller.code.status).toBe('error');
    controller.retry();
    expect(waiting()).toBe(1);
    expect(saved.asked).toBe(2);
    await answer();
    expect(controller.code.status).toBe('ready');
  });
});

describe('VipCodeController against the real Club API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  const vipOf = (endpoint: string) =>
    memberVipResource(createClubTransport({ baseUrl: api.baseUrl, session: sessionFromEndpoint(endpoint) }));

  it('brings the VIP member a 12-digit code with its Luhn check, and the year’s savings beside the fee', async () => {
    const host = new PlainHost();
    const controller = new VipCodeController(host, () => vipOf(api.vipSessionEndpoint));
    host.connect();
    controller.setEligible(true);
    await until(() => expect(controller.code.status).toBe('ready'));
    const state = controller.code;
    if (state.status !== 'ready') throw new Error('no code');
    expect(isCardCode(state.code.code)).toBe(true);
    expect(state.secondsLeft).toBeGreaterThan(55);
    await until(() => expect(controller.savings.status).toBe('ready'));
    expect(controller.savings).toMatchObject({ status: 'ready', savings: { feeFen: 36_500, paidForItself: false } });
    host.disconnect();
  });
});
