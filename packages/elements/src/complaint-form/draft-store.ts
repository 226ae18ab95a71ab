import { randomUuid } from '@clubkit/core';
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

/** Drafts kept in memory when storage is unavailable or refuses to write: they live as long as the page. */
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

function parse(text: string | null | undefined): ComplaintDraft | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isDraft(value) ? value : undefined;
  } catch {
    return undefined;
  }
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
 * Keeps one complaint draft in `localStorage` under a key scoped by the club's base URL and a
 * draft name. When storage is missing, blocked or full it falls back to memory for good, so
 * saving never throws and what was typed survives at least as long as the page.
 *
 * @example
 * const store = new DraftStore({ baseUrl: 'https://club.example.com', draftKey: 'complaint' });
 * store.save({ ...newDraft(), values: { ...emptyComplaintValues(), name: '王小明' } });
 */
export class DraftStore {
  /** The storage key: `clubkit:draft:<base URL>:<draft key>`. */
  readonly storageKey: string;
  readonly #storage: Storage | undefined;
  /** Where drafts are written: the storage, until it throws; then undefined (memory only). */
  #live: Storage | undefined;

  constructor(options: DraftStoreOptions = {}) {
    this.storageKey = `clubkit:draft:${options.baseUrl ?? ''}:${options.draftKey || 'complaint'}`;
    this.#live = this.#storage = options.storage === null ? undefined : (options.storage ?? defaultStorage());
  }

  /** False once drafts are kept in memory only (no storage, or it threw). */
  get persistent(): boolean {
    return this.#live !== undefined;
  }

  /** The saved draft, or undefined when there is none (or what is stored is not a draft). */
  load(): ComplaintDraft | undefined {
    // Memory first: it only holds a draft when storage refused the latest write.
    const kept = parse(memory.get(this.storageKey));
    if (kept || !this.#live) return kept;
    try {
      return parse(this.#live.getItem(this.storageKey));
    } catch {
      this.#live = undefined;
      return undefined;
    }
  }

  /** Saves `draft`; falls back to memory when storage throws (quota, privacy mode). */
  save(draft: ComplaintDraft): void {
    const text = JSON.stringify(draft);
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

  /** Forgets the draft (after the club acknowledged it, or when the person starts over). */
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
