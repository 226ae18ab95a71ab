import { createClubClient, sessionFromEndpoint } from '@clubkit/client';
import { ComplaintAcceptanceHours } from '@clubkit/core/service';
import { afterAll, afterEach, assert, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import { ClubErrorEvent, ClubSubmittedEvent } from '../shared/events.js';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { ClubComplaintForm } from './complaint-form.js';
import type { ComplaintFormValues } from './complaint-fields.js';
import { DraftStore } from './draft-store.js';

ClubComplaintForm.define();
ClubProvider.define('club-provider');

const valid: Partial<ComplaintFormValues> = {
  name: '王小明',
  unit: 'A-1203',
  category: 'facility',
  content: '電梯經常停運',
  phone: '+86 138-0013-8000',
};
const ids: Record<keyof ComplaintFormValues, string> = {
  name: 'name',
  company: 'company',
  unit: 'unit',
  plate: 'plate',
  cardNumber: 'card-number',
  category: 'category',
  content: 'content',
  phone: 'phone',
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ members: 5, merchants: 5, complaints: 2 });
});
afterAll(() => api.close());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  localStorage.clear();
  for (const draftKey of ['complaint', 'memory'])
    new DraftStore({ baseUrl: api.baseUrl, draftKey, storage: null }).clear();
});

async function mount(setup: (el: ClubComplaintForm) => void = () => {}): Promise<ClubComplaintForm> {
  const el = document.createElement('club-complaint-form');
  el.baseUrl = api.baseUrl;
  el.publishableKey = api.publishableKey;
  el.locale = 'en';
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** `el`'s shadow root, which every mounted form has. */
function shadowOf(el: ClubComplaintForm): ShadowRoot {
  if (!el.shadowRoot) throw new Error('the form has no shadow root');
  return el.shadowRoot;
}
function found<T>(value: T | null, selector: string): T {
  if (value === null) throw new Error(`nothing in the form matches ${selector}`);
  return value;
}
/** The element `selector` picks in the form; throws when there is none. */
const $ = (el: ClubComplaintForm, selector: string) =>
  found(shadowOf(el).querySelector<HTMLElement>(selector), selector);
/** The input, text area or select `selector` picks in the form; throws when there is none. */
const control = (el: ClubComplaintForm, selector: string) =>
  found(shadowOf(el).querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector), selector);
const parts = (el: ClubComplaintForm, part: string) => [...shadowOf(el).querySelectorAll(`[part~="${part}"]`)];

/** What localStorage holds under `key`, parsed. */
function stored(key: string): unknown {
  const text = localStorage.getItem(key);
  if (text === null) throw new Error(`localStorage holds nothing under ${key}`);
  return JSON.parse(text);
}

async function type(el: ClubComplaintForm, field: keyof ComplaintFormValues, value: string, leave = true) {
  const input = control(el, `#${ids[field]}`);
  input.focus();
  // Focus loads core's rules; a person takes longer to type the first key than they take to arrive.
  await el.controller.loadRules();
  input.value = value;
  input.dispatchEvent(new Event(field === 'category' ? 'change' : 'input', { bubbles: true }));
  if (leave) input.blur();
  await el.updateComplete;
}

async function fill(el: ClubComplaintForm, values: Partial<ComplaintFormValues>) {
  for (const [field, value] of Object.entries(values)) await type(el, field as keyof ComplaintFormValues, value);
}

async function submit(el: ClubComplaintForm) {
  $(el, '#submit').focus();
  await el.controller.loadRules();
  $(el, '#submit').click();
  await el.updateComplete;
}

/** Passes requests to the real server and never delivers the answer: the page "reloads" meanwhile. */
function answersNeverArrive(): typeof fetch {
  const real = globalThis.fetch;
  return async (input, init) => {
    await real(input, init);
    return new Promise<Response>(() => {});
  };
}

/** Changes the complaint on its way, as an older widget talking to a stricter server would. */
function rewriting(patch: Record<string, unknown>): typeof fetch {
  const real = globalThis.fetch;
  return async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== 'POST') return real(request);
    const body = JSON.stringify({ ...(JSON.parse(await request.text()) as object), ...patch });
    return real(request.url, { method: 'POST', headers: request.headers, body });
  };
}

const publicClient = () => createClubClient({ baseUrl: api.baseUrl, publishableKey: api.publishableKey });

/** The drafts localStorage holds (the last receipt is kept beside them until dismissed). */
const draftKeys = () => Object.keys(localStorage).filter((k) => k.startsWith('clubkit:draft:'));
describe('<club-complaint-form>', () => {
  it('labels every control in its own shadow root and exposes stable parts, without inline styles', async () => {
    const el = await mount();
    const root = shadowOf(el);
    const controls = [...root.querySelectorAll('input, select, textarea')];
    expect(controls.map((c) => c.id)).toEqual([
      'name',
      'company',
      'unit',
      'plate',
      'card-number',
      'category',
      'content',
      'phone',
    ]);
    for (const control of controls)
      expect(root.querySelector(`label[for="${control.id}"]`)?.textContent.trim()).toBeTruthy();
    for (const part of [
      'base',
      'status',
      'form',
      'field',
      'label',
      'optional',
      'input',
      'textarea',
      'select',
      'hint',
      'subject-group',
      'legend',
      'submit-button',
    ]) {
      expect(parts(el, part).length, part).toBeGreaterThan(0);
    }
    expect(parts(el, 'field')).toHaveLength(8);
    expect($(el, 'fieldset[part~="subject-group"] legend').textContent).toBe('What the complaint is about');
    expect($(el, '#subject').getAttribute('aria-describedby')).toBe('subject-hint');
    expect($(el, '#phone').getAttribute('aria-describedby')).toBe('phone-hint');
    expect($(el, '#status').getAttribute('role')).toBe('status');
    expect([...$(el, '#category').querySelectorAll('option')].map((o) => o.textContent)).toContain(
      'A promise not kept',
    );
    expect(root.querySelector('[style], style')).toBeNull();
    expect(ClubComplaintForm.styles).toBeInstanceOf(Array);
  });

  it('validates a field once it was left, then live while typing, with aria-invalid and aria-describedby', async () => {
    const el = await mount();
    await type(el, 'phone', '12', false);
    expect($(el, '#phone').getAttribute('aria-invalid')).toBe('false');
    $(el, '#phone').blur();
    await el.updateComplete;
    expect($(el, '#phone').getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#phone').getAttribute('aria-describedby')).toBe('phone-hint phone-error');
    expect($(el, '#phone-error').textContent).toBe('Use at least 7 characters.');
    await type(el, 'phone', '1234567x', false);
    expect($(el, '#phone-error').textContent).toBe('A phone number may hold only digits, spaces, + and -.');
    await type(el, 'phone', '1234567');
    expect($(el, '#phone').getAttribute('aria-invalid')).toBe('false');
    expect(shadowOf(el).querySelector('#phone-error')).toBeNull();
  });

  it('marks the whole subject group when none of unit, plate and card is given', async () => {
    const el = await mount();
    await fill(el, { unit: '', plate: '', cardNumber: '' });
    $(el, '#unit').focus();
    $(el, '#name').focus();
    await el.updateComplete;
    expect($(el, '#subject-error').textContent).toBe('Give a unit, a vehicle plate or a member card number.');
    expect($(el, '#subject').getAttribute('aria-describedby')).toBe('subject-hint subject-error');
    for (const id of ['unit', 'plate', 'card-number']) {
      expect($(el, `#${id}`).getAttribute('aria-invalid')).toBe('true');
      expect($(el, `#${id}`).getAttribute('aria-describedby')).toContain('subject-error');
    }
  });

  it('on a submit with errors, moves focus to a summary that lists every invalid field and leads to each', async () => {
    const el = await mount();
    const before = await api.count('complaints');
    await type(el, 'company', 'c'.repeat(101), false);
    await submit(el);
    const summary = $(el, '#error-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(shadowOf(el).activeElement).toBe(summary);
    expect($(el, '#error-summary-title').textContent).toBe('Please correct 6 fields');
    expect(parts(el, 'error-link').map((b) => b.textContent)).toEqual([
      'Your name: Fill in this field.',
      'Company: Use at most 100 characters.',
      'What the complaint is about: Give a unit, a vehicle plate or a member card number.',
      'Category: Choose a category.',
      'What happened: Fill in this field.',
      'Phone number: Fill in this field.',
    ]);
    for (const id of ['name', 'company', 'unit', 'category', 'content', 'phone'])
      expect($(el, `#${id}`).getAttribute('aria-invalid'), id).toBe('true');
    (parts(el, 'error-link')[2] as HTMLElement).click();
    expect(shadowOf(el).activeElement?.id).toBe('unit');
    (parts(el, 'error-link')[5] as HTMLElement).click();
    expect(shadowOf(el).activeElement?.id).toBe('phone');
    expect(await api.count('complaints')).toBe(before);
  });

  it('files the complaint, shows its reference and follow-up date as a status, and forgets the draft', async () => {
    const el = await mount();
    const submitted: ClubSubmittedEvent[] = [];
    document.addEventListener('club-submitted', (e) => submitted.push(e));
    await fill(el, valid);
    await until(() => expect(localStorage.length).toBe(1));
    await submit(el);
    await until(() => expect(el.controller.status).toBe('submitted'));
    await el.updateComplete;
    await until(() => expect(shadowOf(el).activeElement?.id).toBe('receipt'));
    const reference = $(el, '#reference').textContent;
    expect($(el, '#status [part~="receipt"]')).not.toBeNull();
    const receipt = await publicClient().complaints.byReference(reference, '8000');
    expect(receipt.category).toBe('facility');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(receipt.followUpBy),
    );
    // The club's rule for a normal complaint (what the page's intro promises), then the moment it ends.
    expect($(el, '#follow-up').textContent).toBe(
      `We will get back to you within ${ComplaintAcceptanceHours.normal} hours, by ${when}.`,
    );
    expect(submitted).toHaveLength(1);
    const [event] = submitted;
    assert(event, 'club-submitted was dispatched');
    expect(event.receipt.reference).toBe(reference);
    expect(event.composed && event.bubbles).toBe(true);
    expect(draftKeys()).toEqual([]);
    expect(shadowOf(el).querySelector('form')).toBeNull();

    $(el, '#new').click();
    await el.updateComplete;
    await until(() => expect(shadowOf(el).activeElement?.id).toBe('name'));
    expect(control(el, '#name').value).toBe('');
    expect(shadowOf(el).querySelector('#receipt')).toBeNull();
  });

  it('files exactly one complaint on a double click, with the button aria-disabled while sending', async () => {
    const el = await mount();
    await fill(el, valid);
    const before = await api.count('complaints');
    $(el, '#submit').click();
    $(el, '#submit').click();
    await el.updateComplete;
    expect($(el, '#submit').getAttribute('aria-disabled')).toBe('true');
    expect($(el, '#submit').textContent).toBe('Sending…');
    expect($(el, '#status').textContent).toContain('Sending your complaint…');
    $(el, '#submit').click();
    await until(() => expect(el.controller.status).toBe('submitted'));
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('restores what was typed after a reload, says so politely, and can start over', async () => {
    const first = await mount();
    await fill(first, { name: '王小明', content: '電梯經常停運' });
    first.remove();
    const el = await mount();
    expect(control(el, '#name').value).toBe('王小明');
    expect(control(el, '#content').value).toBe('電梯經常停運');
    expect($(el, '#status').textContent).toContain('We restored what you typed earlier.');
    $(el, '#discard').click();
    await el.updateComplete;
    expect(control(el, '#name').value).toBe('');
    expect(shadowOf(el).querySelector('#discard')).toBeNull();
    expect(draftKeys()).toEqual([]);
  });

  it('re-sends a complaint that was being sent when the page went away, and the club files it once', async () => {
    vi.stubGlobal('fetch', answersNeverArrive());
    const first = await mount();
    await fill(first, valid);
    const before = await api.count('complaints');
    await submit(first);
    await until(async () => expect(await api.count('complaints')).toBe(before + 1));
    const key = first.controller.idempotencyKey;
    first.remove();
    vi.unstubAllGlobals();

    const el = await mount();
    expect(el.controller.idempotencyKey).toBe(key);
    expect($(el, '#status').textContent).toContain('Checking that the club received it');
    await until(() => expect(el.controller.status).toBe('submitted'));
    await el.updateComplete;
    const { receipt } = el.controller;
    assert(receipt, 'the form has a receipt');
    expect((await publicClient().complaints.byReference($(el, '#reference').textContent, '8000')).id).toBe(receipt.id);
    expect(await api.count('complaints')).toBe(before + 1);
    expect(draftKeys()).toEqual([]);
  });

  it('keeps the draft in memory when storage throws', async () => {
    const throwing = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
      clear: () => {},
      key: () => null,
      length: 0,
    } as Storage;
    const first = await mount((el) => (el.storage = throwing));
    await fill(first, { name: '王小明', phone: '12345678' });
    first.remove();
    const el = await mount((el) => (el.storage = throwing));
    expect(control(el, '#name').value).toBe('王小明');
    expect(control(el, '#phone').value).toBe('12345678');
    await type(el, 'content', '電梯經常停運');
    window.dispatchEvent(new Event('pagehide'));
    expect(el.controller.persistent).toBe(false);
    expect(draftKeys()).toEqual([]);
    new DraftStore({ baseUrl: api.baseUrl, storage: throwing }).clear();
  });

  it('sends nothing when a listener prevents club-submit', async () => {
    const el = await mount();
    el.addEventListener('club-submit', (e) => e.preventDefault());
    await fill(el, valid);
    const before = await api.count('complaints');
    await submit(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.controller.status).toBe('editing');
    expect(await api.count('complaints')).toBe(before);
    expect(control(el, '#name').value).toBe('王小明');
    expect(shadowOf(el).querySelector('#error-summary, #error')).toBeNull();
  });

  it('keeps everything typed when the club cannot be reached, and says so in an alert', async () => {
    const el = await mount((el) => (el.baseUrl = 'http://127.0.0.1:9'));
    const errors: ClubErrorEvent[] = [];
    el.addEventListener('club-error', (e) => errors.push(e));
    await fill(el, valid);
    await submit(el);
    await until(() => expect(el.controller.status).toBe('failed'));
    await el.updateComplete;
    expect($(el, '#error').getAttribute('role')).toBe('alert');
    expect($(el, '#error').textContent).toBe('The club’s service is unavailable right now. Please try again later.');
    expect(errors).toHaveLength(1);
    for (const [field, value] of Object.entries(valid))
      expect(control(el, `#${ids[field as keyof ComplaintFormValues]}`).value).toBe(value);
    expect($(el, '#submit').getAttribute('aria-disabled')).toBe('false');
    expect(stored(new DraftStore({ baseUrl: 'http://127.0.0.1:9' }).storageKey)).toMatchObject({
      status: 'editing',
      values: valid,
    });
  });

  it('puts the issues of a server 400 on their fields and focuses the summary', async () => {
    vi.stubGlobal('fetch', rewriting({ phone: '12' }));
    const el = await mount();
    await fill(el, valid);
    await submit(el);
    await until(() => expect(el.controller.status).toBe('failed'));
    await until(() => expect(shadowOf(el).activeElement?.id).toBe('error-summary'));
    expect(parts(el, 'error-link').map((b) => b.textContent)).toEqual(['Phone number: This is too short.']);
    expect($(el, '[part~="error-summary-detail"]').textContent).toBeTruthy();
    expect($(el, '#phone').getAttribute('aria-invalid')).toBe('true');
    expect(control(el, '#phone').value).toBe(valid.phone);
  });

  it('files through the member session when there is a session endpoint and no publishable key', async () => {
    const el = await mount((el) => {
      el.publishableKey = undefined;
      el.sessionEndpoint = api.sessionEndpoint;
    });
    await fill(el, valid);
    await submit(el);
    await until(() => expect(el.controller.status).toBe('submitted'));
    // The complaint is the member's own: their session reads its receipt without the phone digits.
    const member = createClubClient({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.sessionEndpoint) });
    const { receipt } = el.controller;
    assert(receipt, 'the form has a receipt');
    expect((await member.complaints.byReference(receipt.reference)).id).toBe(receipt.id);
    expect((await member.me.complaints().page()).data.map((c) => c.id)).toContain(receipt.id);
  });

  it('takes its configuration and Simplified Chinese from a provider', async () => {
    const provider = document.createElement('club-provider');
    provider.baseUrl = api.baseUrl;
    provider.publishableKey = api.publishableKey;
    provider.locale = 'zh-Hans';
    const el = document.createElement('club-complaint-form');
    provider.append(el);
    document.body.append(provider);
    await provider.updateComplete;
    await el.updateComplete;
    expect($(el, 'label[for="name"]').textContent).toBe('您的姓名');
    expect($(el, '#category option[value="broken-promise"]').textContent).toBe('承诺未兑现');
    await submit(el);
    expect(parts(el, 'error-link')[0]?.textContent).toBe('您的姓名：请填写此字段。');
    await fill(el, valid);
    await submit(el);
    await until(() => expect(el.controller.status).toBe('submitted'));
    await el.updateComplete;
    expect($(el, '#receipt-title').textContent).toBe('谢谢您，俱乐部已收到您的投诉。');
  });

  it('says it is not configured when it has no base URL or key', async () => {
    const el = await mount((el) => {
      el.baseUrl = undefined;
      el.publishableKey = undefined;
    });
    await fill(el, valid);
    await submit(el);
    await until(() => expect(el.controller.status).toBe('failed'));
    await el.updateComplete;
    expect($(el, '#error').textContent).toBe('This widget is not configured: it needs the club’s base URL and a key.');
    new DraftStore({ baseUrl: '' }).clear();
  });

  it('keeps drafts of two forms apart by draft-key', async () => {
    const a = await mount();
    const b = await mount((el) => el.setAttribute('draft-key', 'memory'));
    await fill(a, { name: 'A' });
    await fill(b, { name: 'B' });
    a.remove();
    b.remove();
    expect((await mount((el) => (el.draftKey = 'memory'))).controller.values.name).toBe('B');
    expect((await mount()).controller.values.name).toBe('A');
  });
});
