import { isClubApiError, isClubClientError } from '@clubkit/client';
import { addDays, dateInZone } from '@clubkit/core/shared';
import type { NewOffer, StaffSessionInfo } from '@clubkit/core/api';
import type { Merchant, Offer } from '@clubkit/core/merchants';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OfferManagerClient } from './client.js';
import {
  checkOfferForm,
  emptyOfferValues,
  offerPatch,
  valuesOfOffer,
  type OfferFormIssue,
  type OfferFormValues,
} from './offer-form.js';

/** The states of an {@link OfferManagerController}'s merchant. */
export const OfferManagerStatus = {
  /** No client: no base URL or session endpoint. */
  idle: 'idle',
  /** The session endpoint says no staff member is signed in. */
  signedOut: 'signed-out',
  /** The staff member runs no merchant and none was named. */
  noMerchant: 'no-merchant',
  loading: 'loading',
  ready: 'ready',
  /** Loading failed; `retry()` tries again. */
  error: 'error',
} as const;
/** A state name of an {@link OfferManagerController}. */
export type OfferManagerStatus = (typeof OfferManagerStatus)[keyof typeof OfferManagerStatus];

/** What an {@link OfferManagerController} holds; `status` tells which. */
export type OfferManagerState =
  | { status: typeof OfferManagerStatus.idle }
  | { status: typeof OfferManagerStatus.signedOut }
  | { status: typeof OfferManagerStatus.noMerchant; session: StaffSessionInfo }
  | { status: typeof OfferManagerStatus.loading }
  | {
      status: typeof OfferManagerStatus.ready;
      session: StaffSessionInfo;
      merchant: Merchant;
      /** Whether the staff member may change its offers (core's `can()`); if not, they are shown to read. */
      changes: boolean;
    }
  | { status: typeof OfferManagerStatus.error; error: unknown };

/** What a change to the offers does. */
export const OfferChange = {
  /** Adds an offer (`POST /v1/merchants/:id/offers`). */
  add: 'add',
  /** Changes an offer (`PATCH …/offers/:offerId`). */
  edit: 'edit',
  /** Ends an offer: its last day becomes yesterday (`PATCH`), or one not begun yet is removed (`DELETE`). */
  end: 'end',
} as const;
/** What a change to the offers does. */
export type OfferChange = (typeof OfferChange)[keyof typeof OfferChange];

/** The offer being added or edited. */
export interface OfferDraft {
  /** The offer being edited; undefined for a new one. */
  offerId: string | undefined;
  values: OfferFormValues;
  /** The issues core's rules find in the values, in form order (shown once a save was tried). */
  issues: OfferFormIssue[];
  /** Field issues of the Club API's last refusal, with its words, by form field. */
  serverIssues: { field: string; message: string }[];
  /** Whether saving was tried: the issues are shown from then on. */
  attempted: boolean;
}

/** A change in flight or refused: what it was, and the error while refused. */
export interface PendingChange {
  change: OfferChange;
  offerId: string | undefined;
  /** `saving` while the request runs; `failed` with the error once refused (`retryChange()` sends it again). */
  status: 'saving' | 'failed';
  error?: unknown;
}

/** The last change made, for the element's announcement. */
export interface DoneChange {
  change: OfferChange;
  offer: Offer;
  /** True when ending removed an offer that had not begun. */
  removed: boolean;
}

/** Options of an {@link OfferManagerController}. */
export interface OfferManagerOptions {
  /**
   * Today's date (`YYYY-MM-DD`): ending an offer makes yesterday its last day.
   * @default today in the browser's time zone
   */
  today?: () => string;
  /** The merchant to manage when the staff member is not a merchant operator (an administrator, say). */
  merchantId?: () => string | undefined;
}

const IDLE: OfferManagerState = { status: OfferManagerStatus.idle };
const LOADING: OfferManagerState = { status: OfferManagerStatus.loading };
const SIGNED_OUT = 'client/signed-out';

/** A fresh idempotency key for one logical change. */
const newKey = (): string => crypto.randomUUID();

/**
 * A merchant operator's own profile and offers: asks who is signed in (`GET
 * /v1/staff-sessions/current`), loads the merchant the staff member runs (`GET /v1/merchants/:id`),
 * and adds, edits and ends its offers. What is typed is checked by core's offer rules before any
 * request; the Club API's refusals keep the draft and show its field issues. A change carries one
 * `Idempotency-Key` from its first try through every retry, so a retried save never adds an offer
 * twice. Headless: it works with any `ReactiveControllerHost` and renders nothing.
 *
 * @example
 * const manager = new OfferManagerController(host, () => offerManagerClient(transport));
 * await manager.settled;
 * manager.startNew();
 * manager.update({ title: '洗車9折', percentOff: '10' });
 * await manager.save();
 */
export class OfferManagerController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => OfferManagerClient | undefined;
  readonly #today: () => string;
  readonly #merchantId: () => string | undefined;
  readonly #task: Task<[OfferManagerClient | undefined, string | undefined], OfferManagerState>;
  #pending = IDLE;
  #loadedWith: { client: OfferManagerClient | undefined; merchantId: string | undefined } | undefined;
  #merchant: Merchant | undefined;
  #draft: OfferDraft | undefined;
  #change: PendingChange | undefined;
  #done: DoneChange | undefined;
  /** The request to send again on retry, with its idempotency key. */
  #retry: (() => Promise<boolean>) | undefined;
  /** The key of the save in progress, kept while the draft sent stays the same. */
  #saveKey: { body: string; key: string } | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => OfferManagerClient | undefined,
    options: OfferManagerOptions = {},
  ) {
    this.#host = host;
    this.#getClient = getClient;
    this.#today = options.today ?? (() => dateInZone(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone));
    this.#merchantId = options.merchantId ?? (() => undefined);
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client, named], { signal }) => {
        if (!client) return IDLE;
        try {
          const session = await client.staffSessions.current({ signal });
          const { principal } = session.staff;
          const merchantId = principal.role === 'merchant' ? principal.merchantId : named;
          if (!merchantId) return { status: OfferManagerStatus.noMerchant, session };
          const [merchant, changes] = await Promise.all([
            client.merchants.get(merchantId, { signal }),
            import('./may-change.js').then((m) => m.mayChangeOffers(principal, merchantId)),
          ]);
          signal.throwIfAborted();
          this.#merchant = merchant;
          return { status: OfferManagerStatus.ready, session, merchant, changes };
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: OfferManagerStatus.signedOut }
            : { status: OfferManagerStatus.error, error };
        }
      },
    });
    host.addController(this);
  }

  /** The merchant's state; once ready, `merchant` has every change made since. */
  get state(): OfferManagerState {
    const state = this.#task.status === TaskStatus.COMPLETE && this.#task.value ? this.#task.value : this.#pending;
    return state.status === OfferManagerStatus.ready && this.#merchant ? { ...state, merchant: this.#merchant } : state;
  }

  /** Resolves when the load in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  /** The offer being added or edited, if any. */
  get draft(): OfferDraft | undefined {
    return this.#draft;
  }

  /** The offer the draft would save, when core's rules find no issue in it (for a preview); undefined otherwise. */
  get draftOffer(): NewOffer | undefined {
    const draft = this.#draft;
    if (!draft) return undefined;
    const result = checkOfferForm(draft.values);
    return result.ok ? result.offer : undefined;
  }

  /** The change in flight or refused, if any. */
  get change(): PendingChange | undefined {
    return this.#change;
  }

  /** The last change that succeeded, until the next one starts. */
  get done(): DoneChange | undefined {
    return this.#done;
  }

  /** Today as the controller counts it. */
  get today(): string {
    return this.#today();
  }

  /** Whether an offer's last day is past: members no longer get it. */
  isEnded(offer: Offer): boolean {
    return offer.validUntil !== undefined && offer.validUntil < this.#today();
  }

  hostConnected(): void {
    void this.sync();
  }

  hostDisconnected(): void {
    if (this.state === LOADING) {
      this.#task.abort();
      this.#loadedWith = undefined;
    }
  }

  /** Loads the merchant when the client or the merchant named differs from the last load's. */
  sync(): Promise<void> {
    const client = this.#getClient();
    const merchantId = this.#merchantId();
    if (this.#loadedWith && client === this.#loadedWith.client && merchantId === this.#loadedWith.merchantId)
      return Promise.resolve();
    return this.reload();
  }

  /** Loads the merchant again; a load in flight is cancelled. Resolves when settled; never rejects. */
  reload(): Promise<void> {
    const client = this.#getClient();
    const merchantId = this.#merchantId();
    this.#loadedWith = { client, merchantId };
    this.#pending = client ? LOADING : IDLE;
    this.#merchant = undefined;
    return this.#task.run([client, merchantId]);
  }

  /** Tries loading again after an error: the same as {@link reload}. */
  retry(): Promise<void> {
    return this.reload();
  }

  /** Opens an empty form for a new offer. */
  startNew(): void {
    this.#open(undefined, emptyOfferValues());
  }

  /** Opens the form on an offer of the merchant, to change it. */
  startEdit(offerId: string): void {
    const offer = this.#offer(offerId);
    if (offer) this.#open(offer.id, valuesOfOffer(offer));
  }

  /** Closes the form without saving. */
  cancel(): void {
    this.#draft = undefined;
    if (this.#change?.status === 'failed') this.#change = undefined;
    this.#host.requestUpdate();
  }

  /** Changes what the form holds; the issues are judged again at once. */
  update(values: Partial<OfferFormValues>): void {
    const draft = this.#draft;
    if (!draft) return;
    const next = { ...draft.values, ...values };
    const result = checkOfferForm(next);
    this.#draft = {
      ...draft,
      values: next,
      issues: result.ok ? [] : result.issues,
      // A field the operator changed no longer carries the Club API's word on its old value.
      serverIssues: draft.serverIssues.filter((i) => !(i.field in values)),
    };
    this.#host.requestUpdate();
  }

  /**
   * Saves the form: nothing is sent while core's rules find an issue (they are shown instead).
   * Resolves true once the Club API has stored the offer; false when nothing was stored.
   */
  async save(): Promise<boolean> {
    const draft = this.#draft;
    const merchant = this.#merchant;
    const client = this.#getClient();
    if (!draft || !merchant || !client || this.#change?.status === 'saving') return false;
    const result = checkOfferForm(draft.values);
    this.#draft = { ...draft, attempted: true, issues: result.ok ? [] : result.issues };
    if (!result.ok) {
      this.#host.requestUpdate();
      return false;
    }
    const before = draft.offerId === undefined ? undefined : this.#offer(draft.offerId);
    const body = before ? offerPatch(before, result.offer) : result.offer;
    const text = JSON.stringify([draft.offerId, body]);
    // The same body keeps its key, so a save tried again after a lost answer is replayed, not repeated.
    if (this.#saveKey?.body !== text) this.#saveKey = { body: text, key: newKey() };
    const idempotencyKey = this.#saveKey.key;
    const change = before ? OfferChange.edit : OfferChange.add;
    return this.#send(change, draft.offerId, async () => {
      const stored = before
        ? await client.offers.update(merchant.id, before.id, body, { idempotencyKey })
        : await client.offers.create(merchant.id, result.offer, { idempotencyKey });
      this.#saveKey = undefined;
      this.#draft = undefined;
      this.#store(stored);
      return { change, offer: stored, removed: false };
    });
  }

  /**
   * Ends an offer: its last day becomes yesterday, so members no longer get it from today on; an
   * offer that has not begun yet is removed instead (no member ever had it). Resolves true once done.
   */
  async end(offerId: string): Promise<boolean> {
    const merchant = this.#merchant;
    const client = this.#getClient();
    const offer = this.#offer(offerId);
    if (!merchant || !client || !offer || this.#change?.status === 'saving') return false;
    const yesterday = addDays(this.#today(), -1);
    const idempotencyKey = newKey();
    const notBegun = offer.validFrom !== undefined && offer.validFrom > yesterday;
    return this.#send(OfferChange.end, offerId, async () => {
      if (notBegun) {
        await client.offers.delete(merchant.id, offerId);
        this.#merchant = { ...merchant, offers: merchant.offers.filter((o) => o.id !== offerId) };
        return { change: OfferChange.end, offer, removed: true };
      }
      const stored = await client.offers.update(merchant.id, offerId, { validUntil: yesterday }, { idempotencyKey });
      this.#store(stored);
      return { change: OfferChange.end, offer: stored, removed: false };
    });
  }

  /** Sends the refused change again, with the same idempotency key. Resolves true once done. */
  async retryChange(): Promise<boolean> {
    const retry = this.#retry;
    if (!retry || this.#change?.status !== 'failed') return false;
    return retry();
  }

  /** Forgets a refused change (the draft, if any, stays). */
  dismissChange(): void {
    if (this.#change?.status === 'failed') this.#change = undefined;
    this.#retry = undefined;
    this.#host.requestUpdate();
  }

  #open(offerId: string | undefined, values: OfferFormValues): void {
    const result = checkOfferForm(values);
    this.#draft = { offerId, values, issues: result.ok ? [] : result.issues, serverIssues: [], attempted: false };
    this.#change = undefined;
    this.#done = undefined;
    this.#saveKey = undefined;
    this.#host.requestUpdate();
  }

  #offer(offerId: string): Offer | undefined {
    return this.#merchant?.offers.find((o) => o.id === offerId);
  }

  /** Puts a stored offer in the merchant shown, in place of its old version or at the end. */
  #store(offer: Offer): void {
    const merchant = this.#merchant;
    if (!merchant) return;
    const has = merchant.offers.some((o) => o.id === offer.id);
    this.#merchant = {
      ...merchant,
      offers: has ? merchant.offers.map((o) => (o.id === offer.id ? offer : o)) : [...merchant.offers, offer],
    };
  }

  async #send(change: OfferChange, offerId: string | undefined, request: () => Promise<DoneChange>): Promise<boolean> {
    const attempt = async (): Promise<boolean> => {
      this.#change = { change, offerId, status: 'saving' };
      this.#done = undefined;
      this.#host.requestUpdate();
      let done = false;
      try {
        this.#done = await request();
        this.#change = undefined;
        this.#retry = undefined;
        done = true;
      } catch (error) {
        this.#change = { change, offerId, status: 'failed', error };
        this.#retry = attempt;
        const draft = this.#draft;
        if (draft && isClubApiError(error))
          this.#draft = {
            ...draft,
            serverIssues: error.issues.map((i) => ({ field: String(i.path[0] ?? ''), message: i.message })),
          };
      }
      this.#host.requestUpdate();
      return done;
    };
    return attempt();
  }
}
