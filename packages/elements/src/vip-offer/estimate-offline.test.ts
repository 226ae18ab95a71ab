// When the savings estimate's file cannot be loaded (the page went offline after its first
// file), the estimate fails as a failed search does: an error state, nothing asked of the club,
// and the next estimate loads it again.
import { createClubTransport } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { PlainHost } from '../testing/plain-host.js';
import { vipOfferClient } from './client.js';
import { VipOfferController } from './vip-offer-controller.js';

const offline = vi.hoisted(() => ({ on: true }));
vi.mock('./estimate.js', async (importOriginal) => {
  if (offline.on) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ members: 2, merchants: 200, complaints: 0 });
});
afterAll(() => api.close());

/** A directory client that counts the requests it sends. */
function countingClient() {
  const sent: string[] = [];
  const client = vipOfferClient(
    createClubTransport({
      baseUrl: api.baseUrl,
      publishableKey: api.publishableKey,
      retry: false,
      fetch: (input, init) => {
        sent.push(new Request(input, init).url);
        return globalThis.fetch(input, init);
      },
    }),
  );
  return { client, sent };
}

describe('VipOfferController without the estimate’s file', () => {
  it('refuses fields that are not amounts without the file, and fails an estimate it needs as an error, asking nothing', async () => {
    const { client, sent } = countingClient();
    const controller = new VipOfferController(new PlainHost(), { member: () => undefined, directory: () => client });
    await controller.estimate({ dining: 'lots' });
    expect(controller.estimateState).toEqual({ status: 'invalid', issues: { dining: 'not-amount' } });

    await controller.estimate({ dining: '800' });
    const state = controller.estimateState;
    expect(state.status).toBe('error');
    if (state.status !== 'error') return;
    // The import's own error, as vitest reports the module that failed to load.
    expect(state.error).toBeInstanceOf(Error);
    expect(sent).toEqual([]);
  });

  it('loads the file again on the next estimate once it can be loaded', async () => {
    const { client, sent } = countingClient();
    const controller = new VipOfferController(new PlainHost(), { member: () => undefined, directory: () => client });
    await controller.estimate({ 'car-wash': '120' });
    expect(controller.estimateState.status).toBe('error');
    offline.on = false;
    await controller.estimate({ 'car-wash': '120' });
    const state = controller.estimateState;
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.estimate.byCategory.map((line) => [line.category, line.spendFen])).toEqual([
      ['car-wash', 120 * 100 * 12],
    ]);
    expect(sent.some((url) => new URL(url).pathname === '/v1/merchants')).toBe(true);
  });
});
