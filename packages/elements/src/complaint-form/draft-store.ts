import { randomUuid } from '@clubkit/core/shared';
import type { ComplaintReceipt } from '@clubkit/core/api';
import type { NewComplaint } from '@clubkit/core/service';
import { emptyComplaintValues, isComplaintValues, type ComplaintFormValues } from './complaint-fields.js';

/** Where a saved draft is: being typed, or sent and not yet acknowledged by the club. */
export const DraftStatus = { editing: 'editing', submitting: 'submitting' } as const;
/** A draft status. */
export type DraftStatus = (typeof DraftStatus)[keyof typeof DraftStatus];

/** A complaint draft as {@link DraftStore} keeps it. */
export interface ComplaintDraft {
  /** What was typed. */
  values: ComplaintFormValues;
  /**
   * The `Idempotency-Key` of this draft: one UUID made when the draft starts and sent with every
   * attempt until the club acknowledges it, so no retry or reload files a second complaint.
   */
  key: string;
  /** `submitting` from the moment it is sent until an answer arrives. */
  status: DraftStatus;
  /**
   * The bodies sent with `key` that the club never definitely refused, oldest first. The club
   * stores the first one it accepts under the key, so one of these is what it may hold.
   */
  sent: NewComplaint[];
}

/** Options of {@link DraftStore}. */
export interface DraftStoreOptions {
  /**
   * The Club API's base URL: drafts for one club are not offered to another.
   * @default ''
   */
  baseUrl?: string;
  /**
   * Names the draft, for pages with more than one complaint form.
   * @default 'complaint'
   */
  draftKey?: string;
  /**
   * Where drafts are kept: `localStorage` by default, another `Storage` (e.g. `sessionStorage`),
   * or `null` to keep them in memory only.
   */
  storage?: Storage | null;
}

/** What the stores keep in memory when storage is unavailable or refuses to write: it lives as long as the page. */
const memory = new Map<string, string>();

const KEY_SHAPE = /^[\x21-\x7e]{1,255}$/;

/**
 * A random UUID (v4) for a draft's `Idempotency-Key`, by core's `randomUuid` (which also works
 * where `crypto.randomUUID` is missing, e.g. pages on plain http): one rule for every key clubkit makes.
 */
export function newDraftKey(): string {
  return randomUuid();
}

/** A new, empty draft with a fresh idempotency key. */
export function newDraft(values: ComplaintFormValues = emptyComplaintValues()): ComplaintDraft {
  return { values: { ...values }, key: newDraftKey(), status: DraftStatus.editing, sent: [] };
}

/** True when `value` has the shape of a {@link ComplaintDraft} (what storage holds may be anything). */
function isDraft(value: unknown): value is ComplaintDraft {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    isComplaintValues(d['values']) &&
    typeof d['key'] === 'string' &&
    KEY_SHAPE.test(d['key']) &&
    (d['status'] === DraftStatus.editing || d['status'] === DraftStatus.submitting) &&
    Array.isArray(d['sent']) &&
    d['sent'].every((s) => typeof s === 'object' && s !== null && !Array.isArray(s))
  );
}

function defaultStorage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws in sandboxed frames and with storage blocked.
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Keeps one value of the complaint form on the device, in `localStorage` under
 * `clubkit:<kind>:<base URL>:<draft key>`. When storage is missing, blocked or full it falls
 * back to memory for good, so saving never throws and the value lives at least as long as the page.
 * What storage holds is read back only when `isValue` accepts it.
 */
class DeviceStore<T> {
  /** The storage key: `clubkit:<kind>:<base URL>:<draft key>`. */
  readonly storageKey: string;
  readonly #storage: Storage | undefined;
  readonly #isValue: (value: unknown) => value is T;
  /** Where values are written: the storage, until it throws; then undefined (memory only). */
  #live: Storage | undefined;

  constructor(kind: string, options: DraftStoreOptions, isValue: (value: unknown) => value is T) {
    this.storageKey = `clubkit:${kind}:${options.baseUrl ?? ''}:${options.draftKey || 'complaint'}`;
    this.#live = this.#storage = options.storage === null ? undefined : (options.storage ?? defaultStorage());
    this.#isValue = isValue;
  }

  /** False once values are kept in memory only (no storage, or it threw). */
  get persistent(): boolean {
    return this.#live !== undefined;
  }

  /** The saved value, or undefined when there is none (or what is stored is not one). */
  load(): T | undefined {
    // Memory first: it only holds a value when storage refused the latest write.
    let text = memory.get(this.storageKey);
    if (text === undefined && this.#live) {
      try {
        text = this.#live.getItem(this.storageKey) ?? undefined;
      } catch {
        this.#live = undefined;
      }
    }
    try {
      const value: unknown = text ? JSON.parse(text) : undefined;
      return this.#isValue(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves `value`; falls back to memory when storage throws (quota, privacy mode). */
  save(value: T): void {
    const text = JSON.stringify(value);
    if (this.#live) {
      try {
        this.#live.setItem(this.storageKey, text);
        memory.delete(this.storageKey);
        return;
      } catch {
        this.#live = undefined;
      }
    }
    memory.set(this.storageKey, text);
  }

  /** Forgets the value. */
  clear(): void {
    memory.delete(this.storageKey);
    try {
      // Even after falling back to memory: an older copy may still sit in storage.
      this.#storage?.removeItem(this.storageKey);
    } catch {
      this.#live = undefined;
    }
  }
}

/**
 * Keeps one complaint draft in `localStorage` under a key scoped by the club's base URL and a
 * draft name (`clubkit:draft:<base URL>:<draft key>`). When storage is missing, blocked or full
 * it falls back to memory for good, so saving never throws and what was typed survives at least
 * as long as the page. `clear()` forgets it (acknowledged, or the person starts over).
 *
 * @example
 * const store = new DraftStore({ baseUrl: 'https://club.example.com', draftKey: 'complaint' });
 * store.save({ ...newDraft(), values: { ...emptyComplaintValues(), name: '王小明' } });
 */
export class DraftStore extends DeviceStore<ComplaintDraft> {
  constructor(options: DraftStoreOptions = {}) {
    super('draft', options, isDraft);
  }
}

/** True when `value` has the shape of a {@link ComplaintReceipt} as the club gives it. */
function isReceipt(value: unknown): value is ComplaintReceipt {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['id', 'reference', 'status', 'category', 'receivedAt', 'followUpBy'].every((k) => typeof r[k] === 'string');
}

/**
 * Keeps the last complaint receipt on the device until the person dismisses it, with the same
 * rules as {@link DraftStore}, under `clubkit:receipt:<base URL>:<draft key>`: so the reference
 * is still there after a reload, to check the complaint's progress with.
 *
 * @example
 * const kept = new ReceiptStore({ baseUrl: 'https://club.example.com' }).load();
 */
export class ReceiptStore extends DeviceStore<ComplaintReceipt> {
  constructor(options: DraftStoreOptions = {}) {
    super('receipt', options, isReceipt);
  }
}
