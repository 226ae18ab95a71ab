import { createClubTransport, type Transport } from '@clubkit/client';
import { afterAll, beforeAll } from 'vitest';
import { startTestApi, type TestApi } from './api.js';

export { PlainHost } from './plain-host.js';

/** The real Club API of a section's tests, and the section's client signed in as a demo staff member. */
export interface SectionApi<C> {
  /** The Club API, started before the file's tests. */
  readonly api: TestApi;
  /** The section's client, signed in as the staff member asked for. */
  readonly client: C;
  /** The section's client over a session token of the test's choosing (another staff member's, a revoked one). */
  clientWith(token: string): C;
  /** Adds a staff member of `principal` (a salesperson, say) and gives the section's client signed in as them. */
  clientAs(principal: Record<string, string>): Promise<C>;
}

/**
 * Starts the real Club API with the demo data on 2026-11-27 before a file's tests and stops it
 * after them, and makes the section's client (`make`) signed in as the demo staff member of
 * `role`. Called at the top of a test file; its `api` and `client` are read inside the tests.
 */
export function sectionApi<C>(make: (t: Transport) => C, role = 'alliance'): SectionApi<C> {
  let api: TestApi | undefined;
  let client: C | undefined;
  const clientWith = (token: string): C =>
    make(createClubTransport({ baseUrl: started().baseUrl, session: { getToken: () => Promise.resolve(token) } }));
  const started = (): TestApi => {
    if (!api) throw new Error('The Club API starts before the tests');
    return api;
  };
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), merchants: 5 });
    client = clientWith(await api.staffToken({ role }));
  });
  afterAll(() => api?.close());
  return {
    get api() {
      return started();
    },
    get client() {
      if (client === undefined) throw new Error('The Club API starts before the tests');
      return client;
    },
    clientWith,
    async clientAs(principal) {
      const staff = (await started().adminCall('POST', '/v1/staff', { name: '測試人員', principal })) as { id: string };
      return clientWith(await started().staffToken({ staffId: staff.id }));
    },
  };
}
