import { createClubClient, sessionFromEndpoint } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('the test API seen from the happy-dom page', () => {
  it('answers the publishable key across origins (CORS) and mints member sessions', async () => {
    const pk = createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey });
    const page = await pk.merchants.list({ limit: 3 }).page();
    expect(page.data).toHaveLength(3);
    const member = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.sessionEndpoint) });
    const card = await member.me.card();
    expect(card.holder.name).toBe('陳美玲');
  });
});
