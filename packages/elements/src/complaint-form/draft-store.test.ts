import { afterEach, describe, expect, it } from 'vitest';
import { emptyComplaintValues } from './complaint-fields.js';
import { DraftStore, ReceiptStore, newDraft, newDraftKey } from './draft-store.js';

const base = 'https://club.example.com';
const draft = () => ({ ...newDraft(), values: { ...emptyComplaintValues(), name: '王小明', content: '電梯經常停運' } });

/** A Storage whose every call throws, as in a privacy mode or with the quota used up. */
function brokenStorage() {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { length: 0, clear: quota, getItem: quota, key: quota, removeItem: quota, setItem: quota } satisfies Storage;
}

/** What localStorage holds under `key`, parsed. */
function stored(key: string): unknown {
  const text = localStorage.getItem(key);
  if (text === null) throw new Error(`localStorage holds nothing under ${key}`);
  return JSON.parse(text);
}

afterEach(() => {
  localStorage.clear();
  for (const draftKey of ['complaint', 'other', 'broken', 'memory'])
    new DraftStore({ baseUrl: base, draftKey, storage: null }).clear();
});

describe('DraftStore', () => {
  it('keeps a draft in localStorage under a key scoped by base URL and draft key', () => {
    const saved = draft();
    const store = new DraftStore({ baseUrl: base });
    store.save(saved);
    expect(store.storageKey).toBe('clubkit:draft:https://club.example.com:complaint');
    expect(stored(store.storageKey)).toEqual(saved);
    expect(new DraftStore({ baseUrl: base }).load()).toEqual(saved);
    expect(new DraftStore({ baseUrl: base, draftKey: 'other' }).load()).toBeUndefined();
    expect(new DraftStore({ baseUrl: 'https://other-club.example.com' }).load()).toBeUndefined();
    expect(store.persistent).toBe(true);
  });

  it('ignores stored text that is not a draft', () => {
    const store = new DraftStore({ baseUrl: base });
    localStorage.setItem(store.storageKey, '{not json');
    expect(store.load()).toBeUndefined();
    localStorage.setItem(store.storageKey, JSON.stringify({ ...draft(), key: 'has spaces in it' }));
    expect(store.load()).toBeUndefined();
    localStorage.setItem(store.storageKey, JSON.stringify({ ...draft(), status: 'sent' }));
    expect(store.load()).toBeUndefined();
  });

  it('falls back to memory when storage throws, and keeps the draft for the rest of the page', () => {
    const saved = draft();
    const store = new DraftStore({ baseUrl: base, draftKey: 'broken', storage: brokenStorage() });
    expect(() => store.save(saved)).not.toThrow();
    expect(store.persistent).toBe(false);
    expect(store.load()).toEqual(saved);
    // A new form on the same page (the element re-mounted) finds it too.
    expect(new DraftStore({ baseUrl: base, draftKey: 'broken', storage: brokenStorage() }).load()).toEqual(saved);
    expect(() => store.clear()).not.toThrow();
    expect(store.load()).toBeUndefined();
  });

  it('prefers the memory copy over an older one storage still holds after refusing a write', () => {
    const older = draft();
    const store = new DraftStore({ baseUrl: base });
    store.save(older);
    const newer = { ...older, values: { ...older.values, content: '更新的內容' } };
    const full = new DraftStore({
      baseUrl: base,
      storage: {
        ...brokenStorage(),
        getItem: (k: string) => localStorage.getItem(k),
        removeItem: (k: string) => localStorage.removeItem(k),
      },
    });
    full.save(newer);
    expect(stored(store.storageKey)).toEqual(older);
    expect(full.load()).toEqual(newer);
    full.clear();
    expect(localStorage.getItem(store.storageKey)).toBeNull();
  });

  it('keeps drafts in memory only when told to', () => {
    const store = new DraftStore({ baseUrl: base, draftKey: 'memory', storage: null });
    store.save(draft());
    expect(store.persistent).toBe(false);
    expect(localStorage.length).toBe(0);
    expect(store.load()?.values.name).toBe('王小明');
  });

  it('forgets a draft when cleared', () => {
    const store = new DraftStore({ baseUrl: base });
    store.save(draft());
    store.clear();
    expect(store.load()).toBeUndefined();
    expect(localStorage.getItem(store.storageKey)).toBeNull();
  });

  it('gives every draft its own UUID idempotency key, in editing status, with nothing sent', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newDraftKey()));
    expect(keys.size).toBe(50);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newDraft()).toMatchObject({ status: 'editing', sent: [], values: emptyComplaintValues() });
  });
});

describe('ReceiptStore', () => {
  const receipt = {
    id: 'cmp_0000000000000000000001',
    reference: 'C79ZH-5H4YW',
    status: 'received',
    category: 'facility',
    receivedAt: '2026-12-01T08:00:00.000Z',
    followUpBy: '2026-12-02T08:00:00.000Z',
  } as const;

  it('keeps the last receipt under the draft key scheme, apart from the draft, until cleared', () => {
    const store = new ReceiptStore({ baseUrl: base });
    store.save(receipt);
    expect(store.storageKey).toBe('clubkit:receipt:https://club.example.com:complaint');
    expect(new ReceiptStore({ baseUrl: base }).load()).toEqual(receipt);
    expect(new DraftStore({ baseUrl: base }).load()).toBeUndefined();
    expect(new ReceiptStore({ baseUrl: base, draftKey: 'other' }).load()).toBeUndefined();
    store.clear();
    expect(new ReceiptStore({ baseUrl: base }).load()).toBeUndefined();
  });

  it('reads nothing from what is not a receipt', () => {
    localStorage.setItem('clubkit:receipt:https://club.example.com:complaint', JSON.stringify({ reference: 1 }));
    expect(new ReceiptStore({ baseUrl: base }).load()).toBeUndefined();
    localStorage.setItem('clubkit:receipt:https://club.example.com:complaint', '{not json');
    expect(new ReceiptStore({ baseUrl: base }).load()).toBeUndefined();
  });

  it('falls back to memory when storage throws', () => {
    const store = new ReceiptStore({ baseUrl: base, draftKey: 'broken', storage: brokenStorage() });
    store.save(receipt);
    expect(store.persistent).toBe(false);
    expect(store.load()).toEqual(receipt);
    store.clear();
    expect(store.load()).toBeUndefined();
  });
});
