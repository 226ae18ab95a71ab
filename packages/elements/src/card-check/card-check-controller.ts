import type { CounterCheck } from '@clubkit/core/api';
import type { Redemption } from '@clubkit/core/vip';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readCardCheckForm, type CardCheckValues, type CardEntryIssue, type CardIdentification } from './card-entry.js';
import type { CardCheckClient } from './client.js';

/** Where the counter's form stands. */
export const CardCheckStep = {
  /** No client: no base URL or session endpoint. */
  idle: 'idle',
  /** Waiting for a card and a bill, or for them to be checked again after a change. */
  entering: 'entering',
  /** A check is in flight. */
  checking: 'checking',
  /** The check for what is typed has answered (`result`). */
  checked: 'checked',
  /** A redemption is in flight. */
  recording: 'recording',
} as const;
/** Where the counter's form stands. */
export type CardCheckStep = (typeof CardCheckStep)[keyof typeof CardCheckStep];

/** A request the Club API refused (or that did not reach it): which one, and the client's typed error. */
export interface CardCheckFailure {
  action: 'check' | 'record';
  error: unknown;
}

/** Options of a {@link CardCheckController}. */
export interface CardCheckOptions {
  /**
   * The merchant whose counter this is, sent with every check and redemption; left out, the Club
   * API takes the signed-in merchant operator's own merchant (an administrator must name one).
   */
  merchantId?: () => string | undefined;
}

const EMPTY: CardCheckValues = { card: '', bill: '' };

/** A fresh idempotency key for one redemption. */
const newKey = (): string => crypto.randomUUID();

/**
 * The merchant counter's check and record: what the staff typed (the member code or the card
 * number, and the bill in yuan) is checked locally — the code's Luhn digit, the bill as exact fen —
 * before any request; `check()` asks the Club API for the card's status and this merchant's best
 * offer for the bill (`POST /v1/counter/checks`, nothing recorded); `record()` records the
 * redemption the check showed (`POST /v1/redemptions`), using up the member code. A redemption
 * keeps one `Idempotency-Key` from its first try through every retry, so a retried record after a
 * lost answer never records twice. After a redemption the form is empty for the next customer.
 * Headless: it works with any `ReactiveControllerHost` and renders nothing.
 *
 * @example
 * const counter = new CardCheckController(host, () => cardCheckClient(transport));
 * counter.update({ card: '123456789015', bill: '300' });
 * await counter.check();
 * if (counter.canRecord) await counter.record();
 */
export class CardCheckController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #getClient: () => CardCheckClient | undefined;
  readonly #merchantId: () => string | undefined;
  readonly #task: Task<[CardCheckClient | undefined, CardIdentification | undefined, number], CounterCheck | undefined>;
  #values: CardCheckValues = EMPTY;
  #attempted = false;
  /** The values the check in force was run with (JSON), so a change makes it stale. */
  #checkedFor: string | undefined;
  #recording = false;
  #failure: CardCheckFailure | undefined;
  #recorded: Redemption | undefined;
  /** The key of the redemption being recorded, kept while its body stays the same. */
  #recordKey: { body: string; key: string } | undefined;

  /**
   * @param host - the element (or any reactive host) to update on changes
   * @param getClient - returns the staff client in force, or undefined without configuration
   */
  constructor(
    host: ReactiveControllerHost,
    getClient: () => CardCheckClient | undefined,
    options: CardCheckOptions = {},
  ) {
    this.#host = host;
    this.#getClient = getClient;
    this.#merchantId = options.merchantId ?? (() => undefined);
    this.#task = new Task(host, {
      autoRun: false,
      task: async ([client, card, billFen], { signal }) => {
        if (!client || !card) return undefined;
        return client.counter.check({ ...this.#merchant(), ...card, billFen }, { signal });
      },
    });
    host.addController(this);
  }

  /** Where the form stands. */
  get step(): CardCheckStep {
    if (!this.#getClient()) return CardCheckStep.idle;
    if (this.#recording) return CardCheckStep.recording;
    if (this.#task.status === TaskStatus.PENDING && this.#checkedFor === this.#key()) return CardCheckStep.checking;
    return this.result ? CardCheckStep.checked : CardCheckStep.entering;
  }

  /** What is typed. */
  get values(): CardCheckValues {
    return this.#values;
  }

  /** The problems core's rules find in what is typed, in form order; shown once a check was tried. */
  get issues(): CardEntryIssue[] {
    const read = readCardCheckForm(this.#values);
    return read.ok ? [] : read.issues;
  }

  /** Whether a check was tried on these values: the element shows {@link issues} from then on. */
  get attempted(): boolean {
    return this.#attempted;
  }

  /** The Club API's answer for what is typed now; undefined before a check, or once a field changed. */
  get result(): CounterCheck | undefined {
    if (this.#task.status !== TaskStatus.COMPLETE || this.#checkedFor !== this.#key()) return undefined;
    return this.#task.value;
  }

  /** Whether the check in force can be recorded: a live member code, and an offer that saves on the bill. */
  get canRecord(): boolean {
    const result = this.result;
    return !this.#recording && result?.identifiedBy === 'code' && result.offer !== null;
  }

  /** The request refused, until the values change or it is retried. */
  get failure(): CardCheckFailure | undefined {
    if (this.#failure) return this.#failure;
    if (this.#task.status === TaskStatus.ERROR && this.#checkedFor === this.#key())
      return { action: 'check', error: this.#task.error };
    return undefined;
  }

  /** The last redemption recorded, until something is typed for the next customer. */
  get recorded(): Redemption | undefined {
    return this.#recorded;
  }

  /** Resolves when the check in flight (if any) has settled; never rejects. */
  get settled(): Promise<void> {
    return this.#task.taskComplete.then(
      () => undefined,
      () => undefined,
    );
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#task.abort();
  }

  /** Changes what is typed: a check made before no longer stands, and a refusal is forgotten. */
  update(values: Partial<CardCheckValues>): void {
    this.#values = { ...this.#values, ...values };
    this.#failure = undefined;
    this.#recorded = undefined;
    if (this.#task.status === TaskStatus.PENDING) this.#task.abort();
    this.#host.requestUpdate();
  }

  /**
   * Checks the card for the bill: nothing is sent while a field has an issue (they are shown
   * instead). Resolves true once the Club API has answered; false otherwise.
   */
  async check(): Promise<boolean> {
    const client = this.#getClient();
    if (!client || this.#recording) return false;
    this.#attempted = true;
    this.#failure = undefined;
    this.#recorded = undefined;
    const read = readCardCheckForm(this.#values);
    if (!read.ok) {
      this.#host.requestUpdate();
      return false;
    }
    this.#checkedFor = this.#key();
    await this.#task.run([client, read.card, read.billFen]);
    this.#host.requestUpdate();
    return this.result !== undefined;
  }

  /**
   * Records the redemption the check showed, using up the member code. A card number typed is
   * sent as it is, for the Club API to refuse (`vip/code-required`): only the live code redeems.
   * Resolves true once recorded; the form is then empty for the next customer.
   */
  async record(): Promise<boolean> {
    const client = this.#getClient();
    const result = this.result;
    const read = readCardCheckForm(this.#values);
    if (!client || !result?.offer || !read.ok || this.#recording) return false;
    const body = { ...this.#merchant(), ...read.card, billFen: read.billFen, offerId: result.offer.id };
    const text = JSON.stringify(body);
    // The same redemption keeps its key, so one tried again after a lost answer is replayed, not repeated.
    if (this.#recordKey?.body !== text) this.#recordKey = { body: text, key: newKey() };
    const idempotencyKey = this.#recordKey.key;
    this.#recording = true;
    this.#failure = undefined;
    this.#host.requestUpdate();
    try {
      const redemption = await client.counter.redeem(body, { idempotencyKey });
      this.#recordKey = undefined;
      this.#recorded = redemption;
      this.#values = EMPTY;
      this.#attempted = false;
      this.#checkedFor = undefined;
      return true;
    } catch (error) {
      this.#failure = { action: 'record', error };
      return false;
    } finally {
      this.#recording = false;
      this.#host.requestUpdate();
    }
  }

  /** Sends the refused request again: a redemption with the same idempotency key. */
  retry(): Promise<boolean> {
    return this.failure?.action === 'record' ? this.record() : this.check();
  }

  /** Empties the form for the next customer, forgetting the check and any refusal. */
  clear(): void {
    this.#task.abort();
    this.#values = EMPTY;
    this.#attempted = false;
    this.#checkedFor = undefined;
    this.#failure = undefined;
    this.#recorded = undefined;
    this.#recordKey = undefined;
    this.#host.requestUpdate();
  }

  #merchant(): { merchantId?: string } {
    const merchantId = this.#merchantId();
    return merchantId ? { merchantId } : {};
  }

  #key(): string {
    return JSON.stringify(this.#values);
  }
}
