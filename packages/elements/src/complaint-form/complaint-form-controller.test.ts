import { createClubClient, isClubNetworkError, type ClubClient } from '@clubkit/client';
import { afterAll, afterEach, assert, beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../messages/load-messages.js';

const en = await loadMessages('en');
import { ClubErrorEvent, ClubSubmitEvent, ClubSubmittedEvent } from '../shared/events.js';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { ComplaintFormController, type ComplaintFormControllerOptions } from './complaint-form-controller.js';
import { DraftStore, newDraft } from './draft-store.js';
import type { ComplaintFormValues } from './complaint-fields.js';
import { PlainHost } from '../testing/plain-host.js';

const valid: Partial<ComplaintFormValues> = {
  name: '王小明',
  unit: 'A-1203',
  category: 'facility',
  content: '電梯經常停運',
  phone: '+86 138-0013-8000',
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ members: 5, merchants: 5, complaints: 2 });
});
afterAll(() => api.close());
const hosts: PlainHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.disconnect();
  localStorage.clear();
  new DraftStore({ baseUrl: api.baseUrl, storage: null }).clear();
});

function client(fetch?: typeof globalThis.fetch, baseUrl = api.baseUrl): ClubClient {
  return createClubClient({ baseUrl, publishableKey: api.publishableKey, locale: 'en', ...(fetch ? { fetch } : {}) });
}

function setup(options: Partial<ComplaintFormControllerOptions> & { values?: Partial<ComplaintFormValues> } = {}) {
  const host = new PlainHost();
  const store = options.store ?? new DraftStore({ baseUrl: api.baseUrl });
  const form = new ComplaintFormController(host, {
    client: () => client(),
    messages: () => en,
    store,
    saveDelayMs: 10,
    ...options,
  });
  host.connect();
  hosts.push(host);
  for (const [field, value] of Object.entries(options.values ?? {}))
    form.set(field as keyof ComplaintFormValues, value);
  const events: Event[] = [];
  for (const type of ['club-submit', 'club-submitted', 'club-error'])
    host.addEventListener(type, (e) => events.push(e));
  return { host, form, store, events };
}

/** Passes requests to the real server but loses every answer, as a dropped connection would. */
function losingAnswers(): typeof fetch {
  return async (input, init) => {
    await globalThis.fetch(input, init);
    throw new TypeError('Failed to fetch');
  };
}

/** Changes the complaint on its way, as an older widget talking to a stricter server would. */
function rewriting(patch: Record<string, unknown>): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'POST') return globalThis.fetch(request);
    const body = JSON.stringify({ ...(JSON.parse(await request.text()) as object), ...patch });
    return globalThis.fetch(request.url, { method: 'POST', headers: request.headers, body });
  };
}

describe('ComplaintFormController', () => {
  it('validates a field once it was left, then live as the person types', async () => {
    const { form, host } = setup();
    await form.loadRules();
    form.set('phone', '12');
    expect(form.errors).toEqual({});
    form.touch('phone');
    expect(form.errors).toEqual({ phone: 'Use at least 7 characters.' });
    form.set('phone', '1234567x');
    expect(form.errors).toEqual({
      phone: 'A phone number may hold only digits, spaces, + and -.',
    });
    form.set('phone', '1234567');
    expect(form.errors).toEqual({});
    expect(host.updates).toBeGreaterThan(3);
  });

  it('shows the subject error once all three subject inputs, or the group, were left', async () => {
    const { form } = setup();
    await form.loadRules();
    form.touch('unit');
    form.touch('plate');
    expect(form.errors.subject).toBeUndefined();
    form.touch('cardNumber');
    expect(form.errors.subject).toBe('Give a unit, a vehicle plate or a member card number.');
    form.set('plate', '粵B12345');
    expect(form.errors.subject).toBeUndefined();
  });

  it('checks what was typed once the core rules, loaded on demand, are in, and validate() waits for them', async () => {
    const { form, host } = setup();
    form.set('phone', '12');
    form.touch('phone');
    // The rules are on their way: nothing is judged yet, and nothing is wrongly passed either.
    expect(form.errors).toEqual({});
    const updates = host.updates;
    await until(() => expect(form.errors).toEqual({ phone: 'Use at least 7 characters.' }));
    expect(host.updates).toBeGreaterThan(updates);

    const fresh = setup({ store: new DraftStore({ baseUrl: api.baseUrl, storage: null }) }).form;
    expect(await fresh.validate()).toBeUndefined();
    expect(fresh.submitAttempted).toBe(true);
    expect(fresh.problems.map((p) => p.field)).toEqual(['name', 'subject', 'category', 'content', 'phone']);
  });

  it('sends once when submitted twice before the rules are in', async () => {
    const before = await api.count('complaints');
    const { form, events } = setup({ store: new DraftStore({ baseUrl: api.baseUrl, storage: null }) });
    // Another complainant than the other tests': a repeat from the same phone would be escalated.
    const values = { ...valid, unit: 'B-0101', phone: '+86 139-0000-1111' };
    for (const [field, value] of Object.entries(values)) form.set(field as keyof ComplaintFormValues, value);
    const [first, second] = [form.submit(), form.submit()];
    expect(second).toBe(first);
    const receipt = await first;
    expect(receipt?.reference).toMatch(/^C/);
    expect(events.map((e) => e.type)).toEqual(['club-submit', 'club-submitted']);
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('refuses an invalid submit without a request and lists every problem in form order', async () => {
    const { form, events } = setup({ values: { name: '王小明', phone: '12' } });
    const before = await api.count('complaints');
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('editing');
    expect(form.submitAttempted).toBe(true);
    expect(form.problems.map((p) => p.field)).toEqual(['subject', 'category', 'content', 'phone']);
    expect(events).toEqual([]);
    expect(await api.count('complaints')).toBe(before);
  });

  it('files a valid complaint, returns a receipt the club finds by reference and forgets the draft', async () => {
    const { form, store, events } = setup({ values: valid });
    const key = form.idempotencyKey;
    const receipt = await form.submit();
    expect(receipt?.reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(form.status).toBe('submitted');
    expect(form.receipt).toEqual(receipt);
    assert(receipt, 'the complaint was filed');
    expect(await client().complaints.byReference(receipt.reference, '8000')).toMatchObject({
      id: receipt.id,
      category: 'facility',
      status: 'received',
    });
    expect(store.load()).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['club-submit', 'club-submitted']);
    expect((events[0] as ClubSubmitEvent).complaint).toMatchObject({
      channel: 'web',
      severity: 'normal',
      subject: { unit: 'A-1203' },
    });
    expect((events[1] as ClubSubmittedEvent).receipt).toEqual(receipt);
    expect(form.idempotencyKey).not.toBe(key);
    // Submitting again shows the same receipt; typing is ignored until reset().
    form.set('name', '另一人');
    expect(await form.submit()).toEqual(receipt);
    expect(form.values.name).toBe('王小明');
  });

  it('files one complaint however often submit is called while sending', async () => {
    const { form } = setup({ values: valid });
    const before = await api.count('complaints');
    const first = form.submit();
    expect(form.status).toBe('submitting');
    const second = form.submit();
    expect(second).toBe(first);
    const [a, b] = await Promise.all([first, second, form.submit()]);
    expect(a?.reference).toBe(b?.reference);
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('sends nothing when club-submit is prevented, and keeps the draft', async () => {
    const { form, host, store } = setup({ values: valid });
    host.addEventListener('club-submit', (e) => e.preventDefault());
    const before = await api.count('complaints');
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('editing');
    expect(await api.count('complaints')).toBe(before);
    await until(() => expect(store.load()?.values.name).toBe('王小明'));
  });

  it('keeps every value and the key when the club cannot be reached', async () => {
    const { form, store, events } = setup({ values: valid, client: () => client(undefined, 'http://127.0.0.1:9') });
    const key = form.idempotencyKey;
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('failed');
    expect(isClubNetworkError(form.error)).toBe(true);
    expect(form.errorMessage).toBe(en.errorUnavailable);
    expect(form.values).toMatchObject(valid);
    expect(store.load()).toMatchObject({ key, status: 'editing', values: valid });
    expect(events.map((e) => e.type)).toEqual(['club-submit', 'club-error']);
    expect(isClubNetworkError((events[1] as ClubErrorEvent).error)).toBe(true);
  });

  it('explains an API error in words and keeps the values', async () => {
    const refused = () => createClubClient({ baseUrl: api.baseUrl, publishableKey: 'pk_not_a_key', locale: 'en' });
    const { form } = setup({ values: valid, client: refused });
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('failed');
    expect(form.errorMessage).toMatch(/\(reference req_\w+\)$/);
    expect(form.values).toMatchObject(valid);
  });

  it('says it is not configured when it has no client', async () => {
    const { form } = setup({ values: valid, client: () => undefined });
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('failed');
    expect(form.errorMessage).toBe(en.notConfigured);
  });

  it('maps the issues of a server 400 onto fields, until the person edits them', async () => {
    const { form, store } = setup({ values: valid, client: () => client(rewriting({ phone: '12', subject: {} })) });
    expect(await form.submit()).toBeUndefined();
    expect(form.status).toBe('failed');
    // The server's issues carry no bounds: the message says so without a number.
    expect(form.errors).toEqual({
      subject: 'Give a unit, a vehicle plate or a member card number.',
      phone: 'This is too short.',
    });
    expect(form.submitAttempted).toBe(true);
    expect(form.problems.map((p) => p.field)).toEqual(['subject', 'phone']);
    // A body the server refused was not stored under the key: it is not kept as a candidate.
    expect(store.load()?.sent).toEqual([]);
    form.set('phone', '+86 138-0013-8001');
    expect(form.errors).toEqual({ subject: 'Give a unit, a vehicle plate or a member card number.' });
    form.set('plate', '粵B12345');
    expect(form.errors).toEqual({});
  });

  it('learns the first answer when a retry follows an answer that got lost', async () => {
    let fetch = losingAnswers();
    const { form } = setup({ values: valid, client: () => client(fetch) });
    const before = await api.count('complaints');
    expect(await form.submit()).toBeUndefined();
    expect(isClubNetworkError(form.error)).toBe(true);
    expect(await api.count('complaints')).toBe(before + 1);
    fetch = globalThis.fetch;
    const receipt = await form.submit();
    expect(form.status).toBe('submitted');
    assert(receipt, 'the complaint was filed');
    expect(await client().complaints.byReference(receipt.reference, '8000')).toMatchObject({ id: receipt.id });
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('gets the stored receipt instead of a second complaint when the text changed after a lost answer', async () => {
    let fetch = losingAnswers();
    const { form } = setup({ values: valid, client: () => client(fetch) });
    const before = await api.count('complaints');
    await form.submit();
    fetch = globalThis.fetch;
    form.set('content', '電梯經常停運，今天又停了');
    const receipt = await form.submit();
    expect(receipt?.reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(form.status).toBe('submitted');
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('re-sends a draft found mid-submit with its key, and the club files it once', async () => {
    // The page went away while sending: the request reached the club, the answer never arrived.
    const store = new DraftStore({ baseUrl: api.baseUrl });
    const first = setup({ values: valid, store, client: () => client(losingAnswers()) });
    const before = await api.count('complaints');
    const pending = first.form.submit();
    await until(async () => expect(await api.count('complaints')).toBe(before + 1));
    expect(store.load()).toMatchObject({ status: 'submitting', key: first.form.idempotencyKey });
    const key = first.form.idempotencyKey;
    first.host.disconnect();
    hosts.splice(hosts.indexOf(first.host), 1);

    const second = setup({ store: new DraftStore({ baseUrl: api.baseUrl }) });
    expect(second.form.restored).toBe(true);
    expect(second.form.resuming).toBe(true);
    expect(second.form.status).toBe('submitting');
    expect(second.form.idempotencyKey).toBe(key);
    await until(() => expect(second.form.status).toBe('submitted'));
    expect(second.form.resuming).toBe(false);
    expect(second.events.map((e) => e.type)).toEqual(['club-submitted']);
    await pending;
    expect(await api.count('complaints')).toBe(before + 1);
    expect(store.load()).toBeUndefined();
  });

  it('restores an editing draft without sending it', () => {
    const store = new DraftStore({ baseUrl: api.baseUrl });
    store.save({ ...newDraft(), values: { ...newDraft().values, name: '李四' } });
    const { form } = setup({ store });
    expect(form.restored).toBe(true);
    expect(form.resuming).toBe(false);
    expect(form.status).toBe('editing');
    expect(form.values.name).toBe('李四');
  });

  it('saves the draft shortly after typing, and at once when the page is hidden', async () => {
    const { form, store } = setup({ saveDelayMs: 60_000 });
    form.set('name', '王小明');
    expect(store.load()).toBeUndefined();
    window.dispatchEvent(new Event('pagehide'));
    expect(store.load()?.values.name).toBe('王小明');
    const quick = setup({ store: new DraftStore({ baseUrl: api.baseUrl, draftKey: 'quick' }) });
    quick.form.set('content', '內容');
    await until(() => expect(quick.store.load()?.values.content).toBe('內容'));
    quick.store.clear();
  });

  it('keeps working in memory when storage throws', async () => {
    const throwing: Storage = {
      length: 0,
      key: () => null,
      clear: () => {},
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    const { form, store } = setup({
      store: new DraftStore({ baseUrl: api.baseUrl, storage: throwing }),
      values: valid,
    });
    form.touch('name');
    window.dispatchEvent(new Event('pagehide'));
    expect(form.persistent).toBe(false);
    expect(store.load()?.values).toMatchObject(valid);
    const again = setup({ store: new DraftStore({ baseUrl: api.baseUrl, storage: throwing }) });
    expect(again.form.values).toMatchObject(valid);
    expect(await again.form.submit()).toBeDefined();
  });

  it('starts over with an empty draft and a new key', () => {
    const { form, store } = setup({ values: valid });
    const key = form.idempotencyKey;
    window.dispatchEvent(new Event('pagehide'));
    form.touch('name');
    form.reset();
    expect(form.values).toEqual(newDraft().values);
    expect(form.touched.size).toBe(0);
    expect(form.idempotencyKey).not.toBe(key);
    expect(store.load()).toBeUndefined();
  });
});
