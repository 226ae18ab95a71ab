import { ClubClientError, isClubApiError, isClubClientError } from '@clubkit/client';
import type { WidgetClient } from '../shared/context.js';

/** The part of a client the form calls: a `ClubClient` or the widgets' client is one. */
export type ComplaintClient = Pick<WidgetClient, 'complaints'>;
import type { ComplaintReceipt } from '@clubkit/core/api';
import type { NewComplaint } from '@clubkit/core/service';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import type { ComplaintFormMessages } from './messages.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent, ClubSubmitEvent, ClubSubmittedEvent } from '../shared/events.js';
import {
  complaintFields,
  emptyComplaintValues,
  fieldErrors,
  fieldOfPath,
  subjectFields,
  type ComplaintField,
  type ComplaintFormValues,
  type ComplaintInputField,
  type ComplaintIssue,
} from './complaint-fields.js';
import { DraftStatus, DraftStore, newDraft, type ComplaintDraft, type ReceiptStore } from './draft-store.js';

/** Core's complaint rules as the form applies them, loaded on demand (see `complaint-check.ts`). */
type Rules = typeof import('./complaint-check.js');

/** The fields a signed-in member's records can fill in (see `memberValues`, loaded on demand). */
export type MemberValues = Partial<Pick<ComplaintFormValues, 'name' | 'phone' | 'plate' | 'cardNumber'>>;

/** Where the form is: being filled in, being sent, acknowledged, or its last send failed. */
export const ComplaintFormStatus = {
  editing: 'editing',
  submitting: 'submitting',
  submitted: 'submitted',
  failed: 'failed',
} as const;
/** A complaint form status. */
export type ComplaintFormStatus = (typeof ComplaintFormStatus)[keyof typeof ComplaintFormStatus];

/** Options of {@link ComplaintFormController}. */
export interface ComplaintFormControllerOptions {
  /** The client that files the complaint (a publishable key or a member session); asked at each send. */
  client: () => ComplaintClient | undefined;
  /** The messages errors are worded in; asked each time, so a locale change applies at once. */
  messages: () => CommonMessages & ComplaintFormMessages;
  /** Where the draft is kept. Give it here or later with `useStore()`. @default none until `useStore()` */
  store?: DraftStore;
  /** Where `club-submit`, `club-submitted` and `club-error` are dispatched. @default the host, when it is an EventTarget */
  eventTarget?: EventTarget;
  /** How long typing pauses before the draft is saved, in ms. @default 300 */
  saveDelayMs?: number;
}

/** One entry of the error summary: a field and its message. */
export interface ComplaintFormProblem {
  field: ComplaintField;
  message: string;
}

const same = (a: NewComplaint, b: NewComplaint) => JSON.stringify(a) === JSON.stringify(b);
const isKeyReused = (e: unknown) => isClubApiError(e) && e.code === 'idempotency/key-reused';
const isRefusedInput = (e: unknown) => isClubApiError(e) && e.status === 400 && e.code === 'invalid-input';
/** What the controller uses of the page, none of which a server render has. */
const page: Partial<Pick<Window, 'document' | 'addEventListener' | 'removeEventListener'>> = globalThis;

/**
 * The complaint form without markup: values, validation with core's `NewComplaint` (live once
 * a field was touched, all at once on submit), a draft saved on every change, and a submit that
 * can never file a complaint twice — one idempotency key per draft, reused by every retry and
 * by the automatic re-send of a draft found mid-submit after a reload.
 *
 * Core's rules are loaded on demand, the first time a person sets or leaves a field, or on
 * `validate()` or `submit()`; `loadRules()` loads them earlier, when a person is about to type.
 * Until they are in, `errors` holds only the server's.
 *
 * @example
 * const t = await loadMessages('en');
 * class MyForm extends LitElement {
 *   form = new ComplaintFormController(this, { client: () => club, messages: () => t, store: new DraftStore({ baseUrl }) });
 *   render() { return html`<input .value=${this.form.values.name} @input=${(e) => this.form.set('name', e.target.value)}>`; }
 * }
 */
export class ComplaintFormController implements ReactiveController {
  /** The host that re-renders when the state changes. */
  readonly host: ReactiveControllerHost;
  /** Where the form is. */
  status: ComplaintFormStatus = ComplaintFormStatus.editing;
  /** The club's receipt once the complaint was acknowledged. */
  receipt: ComplaintReceipt | undefined;
  /** The last send's error (a client error), while `status` is `failed`. */
  error: unknown;
  /** True when the values came from a saved draft. */
  restored = false;
  /** True while re-sending a draft that was mid-submit when the page went away. */
  resuming = false;
  /** True after a submit (or `validate()`) that found problems: every error shows, and the summary. */
  submitAttempted = false;
  /** The last receipt, kept on the device until `dismiss()`: shown again after a reload. */
  kept: ComplaintReceipt | undefined;

  readonly #options: ComplaintFormControllerOptions;
  #store: DraftStore | undefined;
  #receipts: ReceiptStore | undefined;
  /** What the member's session knows, filled into empty fields. */
  #prefill: MemberValues = {};
  #draft: ComplaintDraft = newDraft();
  #values: ComplaintFormValues = emptyComplaintValues();
  #touched = new Set<ComplaintField>();
  #issues: ComplaintIssue[] = [];
  #serverIssues: ComplaintIssue[] = [];
  #complaint: NewComplaint | undefined;
  /** Core's rules, once loaded; `#rulesLoading` while they are on their way. */
  #rules: Rules | undefined;
  #rulesLoading: Promise<Rules> | undefined;
  #inFlight: Promise<ComplaintReceipt | undefined> | undefined;
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #flush = () => this.#saveNow();
  readonly #onVisibility = () => {
    if (page.document?.visibilityState === 'hidden') this.#saveNow();
  };

  constructor(host: ReactiveControllerHost, options: ComplaintFormControllerOptions) {
    this.host = host;
    this.#options = options;
    host.addController(this);
  }

  /** What was typed, field by field. */
  get values(): Readonly<ComplaintFormValues> {
    return this.#values;
  }

  /** The fields that hold what the member's session knows, as it was filled in (not changed since). */
  get prefilled(): ComplaintInputField[] {
    return (Object.keys(this.#prefill) as (keyof MemberValues)[]).filter((f) => this.#values[f] === this.#prefill[f]);
  }

  /** The fields the person has left (or all of them after a submit). */
  get touched(): ReadonlySet<ComplaintField> {
    return this.#touched;
  }

  /** The errors to show, one message per field: the server's, and core's for touched fields. */
  get errors(): Partial<Record<ComplaintField, string>> {
    const t = this.#options.messages();
    const server = fieldErrors(this.#serverIssues, this.#values, t);
    const client = fieldErrors(this.#issues, this.#values, t);
    const errors: Partial<Record<ComplaintField, string>> = {};
    for (const field of complaintFields) {
      const message = server[field] ?? (this.#touched.has(field) ? client[field] : undefined);
      if (message !== undefined) errors[field] = message;
    }
    return errors;
  }

  /** The shown errors in form order, for an error summary. */
  get problems(): ComplaintFormProblem[] {
    const errors = this.errors;
    return complaintFields.flatMap((field) => (errors[field] === undefined ? [] : [{ field, message: errors[field] }]));
  }

  /** The error in the person's language, while `status` is `failed`. */
  get errorMessage(): string | undefined {
    if (this.error === undefined) return undefined;
    const t = this.#options.messages();
    if (isClubClientError(this.error) && this.error.code === 'client/misconfigured') return t.notConfigured;
    return describeError(this.error, t);
  }

  /** The `Idempotency-Key` every send of the current draft carries. */
  get idempotencyKey(): string {
    return this.#draft.key;
  }

  /** False when the draft is kept in memory only (storage missing, blocked or full). */
  get persistent(): boolean {
    return this.#store?.persistent ?? false;
  }

  hostConnected(): void {
    page.addEventListener?.('pagehide', this.#flush);
    page.document?.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#options.store && !this.#store) this.useStore(this.#options.store);
  }

  hostDisconnected(): void {
    page.removeEventListener?.('pagehide', this.#flush);
    page.document?.removeEventListener('visibilitychange', this.#onVisibility);
    this.#saveNow();
  }

  /**
   * Keeps the draft in `store` from now on: saves the current one where it was, then restores
   * the draft `store` holds. A draft that was being sent is sent again with its key, to learn
   * the club's answer (the club replays it, so this never files a second complaint). The last
   * receipt is kept in `receipts` (until `dismiss()`), and the one it holds becomes `kept`.
   */
  useStore(store: DraftStore, receipts?: ReceiptStore): void {
    if (store === this.#store) return;
    this.#saveNow();
    this.#store = store;
    this.#receipts = receipts;
    this.kept = receipts?.load();
    this.#inFlight = undefined;
    const draft = store.load();
    this.#draft = draft ?? newDraft();
    this.#values = { ...this.#draft.values };
    this.#touched.clear();
    this.#serverIssues = [];
    Object.assign(this, {
      status: ComplaintFormStatus.editing,
      receipt: undefined,
      error: undefined,
      resuming: false,
      submitAttempted: false,
    });
    this.restored =
      draft !== undefined &&
      (draft.status === DraftStatus.submitting || Object.values(draft.values).some((v: string) => v.trim() !== ''));
    this.#fillIn();
    const pending = this.#draft.sent.at(-1);
    if (draft?.status === DraftStatus.submitting && pending && this.#options.client()) {
      this.resuming = true;
      void this.#track(this.#send(pending));
    }
    this.host.requestUpdate();
  }

  /**
   * Fills the empty fields with what the signed-in member's records say (`memberValues`): what
   * was typed, or restored from a draft, stays, now and after `reset()`. The values an earlier
   * call filled in and nobody changed are taken out first, so `prefill({})` (signed out, or the
   * person asked) empties them.
   */
  prefill(values: MemberValues): void {
    if (this.status === ComplaintFormStatus.submitted) {
      this.#prefill = values;
      return;
    }
    for (const field of this.prefilled) this.#values = { ...this.#values, [field]: '' };
    this.#prefill = values;
    this.#fillIn();
    this.host.requestUpdate();
  }

  /** Forgets the kept receipt, on the device too. */
  dismiss(): void {
    this.#receipts?.clear();
    this.kept = undefined;
    this.host.requestUpdate();
  }

  /** Fills the empty fields from the member's records, then checks the values. */
  #fillIn(): void {
    for (const [field, value] of Object.entries(this.#prefill) as [keyof MemberValues, string][])
      if (this.#values[field] === '') this.#values = { ...this.#values, [field]: value };
    this.#check();
  }

  /** Sets a field as typed; saves the draft shortly after. Ignored once submitted (call `reset()`). */
  set(field: ComplaintInputField, value: string): void {
    if (this.status === ComplaintFormStatus.submitted || this.#values[field] === value) return;
    this.#values = { ...this.#values, [field]: value };
    this.#serverIssues = this.#serverIssues.filter((i) => {
      const at = fieldOfPath(i.path);
      return at !== field && !(at === 'subject' && subjectFields.includes(field));
    });
    this.#check(true);
    this.#scheduleSave();
    this.host.requestUpdate();
  }

  /** Marks a field as left, so its errors show from now on; all three subject inputs touch `subject`. */
  touch(field: ComplaintField): void {
    if (this.status === ComplaintFormStatus.submitted || this.#touched.has(field)) return;
    this.#touched.add(field);
    if (subjectFields.every((f) => this.#touched.has(f))) this.#touched.add('subject');
    if (!this.#rules) this.#check(true);
    this.host.requestUpdate();
  }

  /**
   * Loads core's complaint rules (once; again after a failed load) and checks the values with
   * them. The form calls it when a person starts on it, so that checking waits for nothing.
   */
  loadRules(): Promise<void> {
    this.#rulesLoading ??= import('./complaint-check.js').then(
      (rules) => {
        this.#rules = rules;
        this.#check();
        this.host.requestUpdate();
        return rules;
      },
      (error: unknown) => {
        this.#rulesLoading = undefined;
        throw error;
      },
    );
    return this.#rulesLoading.then(() => undefined);
  }

  /**
   * Checks every field and shows every error: the complaint to send, or undefined. Waits for
   * core's rules the first time; rejects when they cannot be loaded (offline, say).
   */
  async validate(): Promise<NewComplaint | undefined> {
    await this.loadRules();
    return this.#validateNow();
  }

  #validateNow(): NewComplaint | undefined {
    this.#check();
    for (const field of complaintFields) this.#touched.add(field);
    this.submitAttempted = this.#complaint === undefined || this.#serverIssues.length > 0;
    this.host.requestUpdate();
    return this.#serverIssues.length > 0 ? undefined : this.#complaint;
  }

  /**
   * Validates, dispatches the cancelable `club-submit`, and files the complaint with the draft's
   * idempotency key. While a check or a send is in flight, calling again returns the same promise.
   * When core's rules cannot be loaded, the form fails as a send does (`status` `failed`, `club-error`).
   * @returns the receipt, or undefined when the form is invalid, the event was prevented or the send failed.
   */
  submit(): Promise<ComplaintReceipt | undefined> {
    if (this.#inFlight) return this.#inFlight;
    if (this.status === ComplaintFormStatus.submitted) return Promise.resolve(this.receipt);
    const checked = (): Promise<ComplaintReceipt | undefined> => {
      this.#serverIssues = [];
      const complaint = this.#validateNow();
      if (!complaint || !this.#dispatch(new ClubSubmitEvent(complaint))) return Promise.resolve(undefined);
      return this.#send(complaint);
    };
    // With the rules at hand, the check and `club-submit` happen before this returns, as always.
    return this.#track(
      this.#rules
        ? checked()
        : this.loadRules().then(checked, (error: unknown) => {
            this.#saveNow();
            Object.assign(this, { status: ComplaintFormStatus.failed, error });
            this.#dispatch(new ClubErrorEvent(error));
            return undefined;
          }),
    );
  }

  /** Starts a new, empty draft with a new key (after a receipt, or to start over). Not while sending. */
  reset(): void {
    if (this.status === ComplaintFormStatus.submitting) return;
    clearTimeout(this.#saveTimer);
    this.#store?.clear();
    this.#draft = newDraft();
    this.#values = { ...this.#draft.values };
    this.#touched.clear();
    this.#serverIssues = [];
    Object.assign(this, {
      status: ComplaintFormStatus.editing,
      receipt: undefined,
      error: undefined,
      restored: false,
      resuming: false,
      submitAttempted: false,
    });
    this.#fillIn();
    this.host.requestUpdate();
  }

  /**
   * Checks the values with core's rules. Without them yet, `load` (the person typed or left a
   * field) loads them, which checks once they are in; a restored draft or a member's details
   * alone do not, since no error shows before a field is left or the form is sent.
   */
  #check(load = false): void {
    if (!this.#rules) {
      if (load) void this.loadRules().catch(() => undefined);
      return;
    }
    const { complaint, issues } = this.#rules.checkComplaint(this.#values);
    this.#complaint = complaint;
    this.#issues = issues;
  }

  #send(complaint: NewComplaint): Promise<ComplaintReceipt | undefined> {
    const draft = this.#draft;
    const store = this.#store;
    if (!draft.sent.some((s) => same(s, complaint))) draft.sent.push(complaint);
    draft.status = DraftStatus.submitting;
    this.#saveNow();
    Object.assign(this, { status: ComplaintFormStatus.submitting, error: undefined, submitAttempted: false });
    this.host.requestUpdate();
    const current = () => this.#draft === draft;
    const run = async (): Promise<ComplaintReceipt | undefined> => {
      try {
        const client = this.#options.client();
        if (!client)
          throw new ClubClientError(
            'client/misconfigured',
            'The complaint form has no client: give it a base URL and a publishable key or a session endpoint.',
          );
        const receipt = await this.#create(client, draft, complaint);
        if (store?.load()?.key === draft.key) store.clear();
        this.#receipts?.save(receipt);
        this.kept = receipt;
        if (current()) {
          clearTimeout(this.#saveTimer);
          this.#draft = newDraft();
          Object.assign(this, { status: ComplaintFormStatus.submitted, receipt, restored: false, resuming: false });
          this.#dispatch(new ClubSubmittedEvent(receipt));
        }
        return receipt;
      } catch (error) {
        if (!current()) return undefined;
        // A body the server refused as input was not stored under the key: it cannot be the one it holds.
        if (isRefusedInput(error)) draft.sent = draft.sent.filter((s) => !same(s, complaint));
        draft.status = DraftStatus.editing;
        // Saved only while the store still holds this draft: another form on the page (or a later
        // load) may have had it acknowledged meanwhile, and must not see it come back.
        if (store?.load()?.key === draft.key) this.#saveNow();
        this.#serverIssues = isClubApiError(error) ? error.issues : [];
        Object.assign(this, {
          status: ComplaintFormStatus.failed,
          error,
          resuming: false,
          submitAttempted: this.#serverIssues.length > 0,
        });
        this.#dispatch(new ClubErrorEvent(error));
        return undefined;
      }
    };
    return run();
  }

  /** Keeps `work` as the one in flight until it settles, so that a second submit joins it. */
  #track(work: Promise<ComplaintReceipt | undefined>): Promise<ComplaintReceipt | undefined> {
    // `.finally` always runs later, so `promise` is set by then even when `work` has settled.
    const promise: Promise<ComplaintReceipt | undefined> = work.finally(() => {
      if (this.#inFlight === promise) this.#inFlight = undefined;
      this.host.requestUpdate();
    });
    this.#inFlight = promise;
    return promise;
  }

  /**
   * Files `complaint` under the draft's key. A 409 `idempotency/key-reused` means the club holds an
   * earlier body of this draft (sent when the answer got lost, then edited): re-send those to get
   * the receipt it stored, instead of filing a second complaint.
   */
  async #create(client: ComplaintClient, draft: ComplaintDraft, complaint: NewComplaint): Promise<ComplaintReceipt> {
    try {
      return await client.complaints.create(complaint, { idempotencyKey: draft.key });
    } catch (error) {
      if (!isKeyReused(error)) throw error;
      for (const earlier of [...draft.sent].reverse()) {
        if (same(earlier, complaint)) continue;
        try {
          return await client.complaints.create(earlier, { idempotencyKey: draft.key });
        } catch (again) {
          if (!isKeyReused(again)) throw again;
        }
      }
      throw error;
    }
  }

  #dispatch(event: Event): boolean {
    const target =
      this.#options.eventTarget ??
      (typeof (this.host as Partial<EventTarget>).dispatchEvent === 'function'
        ? (this.host as unknown as EventTarget)
        : undefined);
    return target ? target.dispatchEvent(event) : !event.defaultPrevented;
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => this.#saveNow(), this.#options.saveDelayMs ?? 300);
  }

  /**
   * Saves the draft now; a draft that was never sent and holds nothing but what the member's
   * session filled in is removed rather than kept.
   */
  #saveNow(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (!this.#store || this.status === ComplaintFormStatus.submitted) return;
    this.#draft.values = { ...this.#values };
    const prefilled = this.prefilled;
    const blank = (Object.keys(this.#values) as ComplaintInputField[]).every(
      (f) => this.#values[f] === '' || prefilled.includes(f),
    );
    if (blank && this.#draft.sent.length === 0 && this.#draft.status === DraftStatus.editing) this.#store.clear();
    else this.#store.save(this.#draft);
  }
}
