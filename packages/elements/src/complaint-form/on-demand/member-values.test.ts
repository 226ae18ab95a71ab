import { createClubClient, sessionFromEndpoint, type ClubClient } from '@clubkit/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadMessages } from '../../messages/load-messages.js';
import { startTestApi, until, type TestApi } from '../../testing/api.js';
import { ComplaintFormController } from '../complaint-form-controller.js';
import { DraftStore, ReceiptStore, newDraft } from '../draft-store.js';
import { emptyComplaintValues } from '../complaint-fields.js';
import { memberValues, valuesOfMember } from './member-values.js';
import { PlainHost } from '../../testing/plain-host.js';

const en = await loadMessages('en');

let api: TestApi;
let member: ClubClient;
let signedOut: ClubClient;
beforeAll(async () => {
  api = await startTestApi({ members: 5, merchants: 5, complaints: 2 });
  member = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.sessionEndpoint) });
  signedOut = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.signedOutEndpoint) });
});
afterAll(() => api.close());
const hosts: PlainHost[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.disconnect();
  localStorage.clear();
});

function setup(store = new DraftStore({ baseUrl: api.baseUrl })) {
  const host = new PlainHost();
  const publicClient = createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey, locale: 'en' });
  const form = new ComplaintFormController(host, { client: () => publicClient, messages: () => en, saveDelayMs: 10 });
  host.connect();
  hosts.push(host);
  form.useStore(store, new ReceiptStore({ baseUrl: api.baseUrl }));
  return { form, store };
}

describe('memberValues', () => {
  it("gives the signed-in member's name, phone, plate and card number", async () => {
    const [me, card] = await Promise.all([member.me.get(), member.me.card()]);
    const values = await memberValues(member);
    expect(values).toEqual({
      name: me.name,
      phone: me.phone,
      plate: card.membership?.plate,
      cardNumber: card.membership?.card.number,
    });
  });

  it('gives nothing when no member is signed in', async () => {
    expect(await memberValues(signedOut)).toEqual({});
  });

  it("takes a VIP-only member's card number from the VIP card, and no plate", async () => {
    const view = await member.me.card();
    const { membership, ...rest } = view;
    const vip = { ...membership, card: { ...membership?.card, number: '6200000000000099' } };
    // Only the fields valuesOfMember reads matter here.
    expect(valuesOfMember(undefined, { ...rest, vip } as unknown as typeof view)).toEqual({
      name: view.holder.name,
      cardNumber: '6200000000000099',
    });
  });
});

describe('ComplaintFormController prefill', () => {
  it("fills the empty fields from the member's records and says which", async () => {
    const { form } = setup();
    form.prefill(await memberValues(member));
    const me = await member.me.get();
    expect(form.values.name).toBe(me.name);
    expect(form.values.phone).toBe(me.phone);
    expect(form.prefilled).toEqual(expect.arrayContaining(['name', 'phone', 'plate', 'cardNumber']));
    expect(form.values.content).toBe('');
  });

  it('keeps what a restored draft holds over what the session knows', async () => {
    const store = new DraftStore({ baseUrl: api.baseUrl });
    store.save({ ...newDraft(), values: { ...emptyComplaintValues(), name: '李大華', content: '停車場照明不足' } });
    const { form } = setup(store);
    form.prefill(await memberValues(member));
    expect(form.values.name).toBe('李大華');
    expect(form.prefilled).not.toContain('name');
    expect(form.prefilled).toContain('phone');
  });

  it('keeps a value typed before the records arrived', async () => {
    const { form } = setup();
    const filling = memberValues(member);
    form.set('name', '陳先生');
    form.prefill(await filling);
    expect(form.values.name).toBe('陳先生');
    expect(form.prefilled).not.toContain('name');
  });

  it('fills nothing when signed out, and takes untouched filled values out on sign-out', async () => {
    const { form } = setup();
    form.prefill(await memberValues(signedOut));
    expect(form.values).toEqual(emptyComplaintValues());
    form.prefill(await memberValues(member));
    form.set('plate', '云K12345');
    form.prefill({});
    expect(form.values.name).toBe('');
    expect(form.values.plate).toBe('云K12345');
    expect(form.prefilled).toEqual([]);
  });

  it('clears the filled-in values on request and fills them again after a new complaint', async () => {
    const { form } = setup();
    form.prefill(await memberValues(member));
    form.prefill({});
    expect(form.values.name).toBe('');
    expect(form.prefilled).toEqual([]);
    form.prefill(await memberValues(member));
    form.reset();
    expect(form.prefilled.length).toBeGreaterThan(0);
  });

  it('keeps no draft of values only the session filled in, and keeps one once something is typed', async () => {
    const { form, store } = setup();
    form.prefill(await memberValues(member));
    form.set('content', 'x');
    form.set('content', '');
    await new Promise((r) => setTimeout(r, 30));
    expect(store.load()).toBeUndefined();
    form.set('content', '電梯停運');
    await until(() => expect(store.load()?.values.content).toBe('電梯停運'));
  });
});
