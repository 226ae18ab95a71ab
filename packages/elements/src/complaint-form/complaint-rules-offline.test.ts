// When core's rules cannot be loaded (the page went offline after its first file), the form
// fails a submit as it fails a send: nothing is sent, the draft stays, and it says so.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClubClient } from '@clubkit/client';
import { loadMessages } from '../messages/load-messages.js';
import { ClubErrorEvent } from '../shared/events.js';
import { startTestApi, type TestApi } from '../testing/api.js';
import { ComplaintFormController } from './complaint-form-controller.js';
import { DraftStore } from './draft-store.js';
import { PlainHost } from '../testing/plain-host.js';

const offline = vi.hoisted(() => ({ on: true }));
vi.mock('./complaint-check.js', async (importOriginal) => {
  if (offline.on) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

const en = await loadMessages('en');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ members: 2, merchants: 2, complaints: 0 });
});
afterAll(() => api.close());

describe('ComplaintFormController without its rules', () => {
  it('fails the submit with club-error, sends nothing and keeps the draft; validate() rejects', async () => {
    const host = new PlainHost();
    const store = new DraftStore({ baseUrl: api.baseUrl, storage: null });
    const client = createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey, locale: 'en' });
    const form = new ComplaintFormController(host, { client: () => client, messages: () => en, store, saveDelayMs: 0 });
    host.connect();
    const errors: ClubErrorEvent[] = [];
    host.addEventListener('club-error', (e) => {
      if (e instanceof ClubErrorEvent) errors.push(e);
    });
    form.set('name', '王小明');
    form.set('unit', 'A-1203');
    const before = await api.count('complaints');

    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('failed');
    // The import's own error, as vitest reports the module that failed to load.
    expect(form.error).toBeInstanceOf(Error);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.error).toBe(form.error);
    expect(form.errorMessage).toBeTruthy();
    expect(form.values.name).toBe('王小明');
    expect(store.load()?.values).toMatchObject({ name: '王小明', unit: 'A-1203' });
    await expect(form.validate()).rejects.toThrow(/error when mock/);
    expect(await api.count('complaints')).toBe(before);
  });

  it('loads the rules again on the next submit once they can be loaded', async () => {
    const host = new PlainHost();
    const client = createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey, locale: 'en' });
    const form = new ComplaintFormController(host, { client: () => client, messages: () => en });
    form.set('name', '王小明');
    await expect(form.loadRules()).rejects.toThrow();
    offline.on = false;
    vi.resetModules();
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('editing');
    expect(form.problems.map((p) => p.field)).toEqual(['subject', 'category', 'content', 'phone']);
  });
});
