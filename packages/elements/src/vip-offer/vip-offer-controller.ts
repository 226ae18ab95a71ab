import { isClubClientError } from '@clubkit/client';
import { dateInZone, randomUuid } from '@clubkit/core/shared';
import type { SavingsEstimate } from '@clubkit/core/fees';
import type { Merchant, MerchantCategory, Offer } from '@clubkit/core/merchants';
import type { VipMembership, VipOrder } from '@clubkit/core/vip';
import { vipCardStatus, type VipCardStatus } from '@clubkit/core/vip/card-status';
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VipOfferClient } from './client.js';
import { yearlySpend, type SpendIssue } from './spend.js';
import type { offerTerms } from '../shared/offer-terms.js';

/** Where the member stands: no configuration, signed out, loading, known (VIP or not), or failed. */
export const VipMemberStatus = {
  idle: 'idle',
  signedOut: 'signed-out',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
} as const;
/** Where the member stands. */
export type VipMemberStatus = (typeof VipMemberStatus)[keyof typeof VipMemberStatus];

/** The member as the offer sees them; `status` tells which. */
export type VipMemberState =
  | { status: typeof VipMemberStatus.idle }
  | { status: typeof VipMemberStatus.signedOut }
  | { status: typeof VipMemberStatus.loading }
  | {
      status: typeof VipMemberStatus.ready;
      /** The member's VIP membership, if they ever had one. */
      vip: VipMembership | undefined;
      /** Its status today (core's `vipCardStatus`): `not-vip`, `active`, `grace`, `expired` or `cancelled`. */
      cardStatus: VipCardStatus;
    }
  | { status: typeof VipMemberStatus.error; error: unknown };

/** The states of the savings estimate. */
export const EstimateStatus = {
  /** Nothing estimated yet. */
  empty: 'empty',
  /** Some field is not an amount: `issues` per category. */
  invalid: 'invalid',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
} as const;
/** A state name of the savings estimate. */
export type EstimateStatus = (typeof EstimateStatus)[keyof typeof EstimateStatus];

/** The best VIP offer found in one category for the visitor's monthly spend. */
export interface BestVipOffer {
  category: MerchantCategory;
  merchant: Merchant;
  offer: Offer;
  /** What it saves in a year, in fen. */
  savingFen: number;
}

/** The savings estimate; `status` tells which. */
export type EstimateState =
  | { status: typeof EstimateStatus.empty }
  | { status: typeof EstimateStatus.invalid; issues: Partial<Record<MerchantCategory, SpendIssue>> }
  | { status: typeof EstimateStatus.loading }
  | {
      status: typeof EstimateStatus.ready;
      estimate: SavingsEstimate;
      best: BestVipOffer[];
      /**
       * An offer's terms in words, one phrase each, in the messages' language (the directory's
       * `offerTerms`): loaded with the estimate, so a page that never estimates does not download it.
       */
      offerTerms: typeof offerTerms;
    }
  | { status: typeof EstimateStatus.error; error: unknown };

/** The states of a purchase. */
export const VipPurchaseStatus = {
  /** No purchase under way. */
  none: 'none',
  /** The order is being created. */
  creating: 'creating',
  /** The order is open; the page takes the payment and its back end confirms it. */
  awaitingPayment: 'awaiting-payment',
  /** Paid: the member is VIP for the order's term. */
  paid: 'paid',
  /** The payment window passed unpaid. */
  expired: 'expired',
  /** The partner cancelled the order. */
  cancelled: 'cancelled',
  /** Creating or reading the order failed; `retry()` tries again (the same order, or the same idempotency key). */
  error: 'error',
} as const;
/** A state name of a purchase. */
export type VipPurchaseStatus = (typeof VipPurchaseStatus)[keyof typeof VipPurchaseStatus];

/** A purchase; `status` tells which. */
export type VipPurchaseState =
  | { status: typeof VipPurchaseStatus.none }
  | { status: typeof VipPurchaseStatus.creating }
  | {
      status:
        | typeof VipPurchaseStatus.awaitingPayment
        | typeof VipPurchaseStatus.paid
        | typeof VipPurchaseStatus.expired
        | typeof VipPurchaseStatus.cancelled;
      order: VipOrder;
    }
  | { status: typeof VipPurchaseStatus.error; error: unknown; order: VipOrder | undefined };

/** Options of {@link VipOfferController}. */
export interface VipOfferOptions {
  /** The member client in force (member sessions), or undefined without one. */
  member: () => VipOfferClient | undefined;
  /** The client for the directory (publishable key); the member client is used without one. */
  directory?: () => VipOfferClient | undefined;
  /** Called once per created order: the page takes the payment for it. */
  onOrder?: (order: VipOrder) => void;
  /** Called when an order is paid. */
  onPaid?: (order: VipOrder) => void;
  /**
   * How often an open order is read again, in ms.
   * @default 2000
   */
  pollMs?: number;
  /**
   * The club's calendar date today, for the offers in force and the VIP status.
   * @default today in Asia/Shanghai
   */
  today?: () => string;
  /**
   * Merchants of each category the estimate weighs: the directory's best for the visitor's
   * monthly spend, VIP tier.
   * @default 3
   */
  merchantsPerCategory?: number;
}

const clubToday = (): string => dateInZone(new Date(), 'Asia/Shanghai');
const SIGNED_OUT = 'client/signed-out';
const NONE: VipPurchaseState = { status: VipPurchaseStatus.none };

/** Waits `ms`, or less when woken; rejects when `signal` aborts. */
function pause(ms: number, signal: AbortSignal, wake: (resolve: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      resolve();
    };
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', abort, { once: true });
    wake(done);
  });
}

/**
 * The VIP card offer, headless: whether the member is VIP already, a savings estimate from
 * what the visitor spends a month (core's `estimateYearlySavingsOn` over the directory's best
 * VIP offers; that rule and the searches load the first time an estimate needs them, so an
 * estimate that cannot load them ends as an `error`), and the purchase — an order created with
 * the member session (one `Idempotency-Key` per purchase, kept across retries), then read until
 * the partner's back end has confirmed it (paid), or it expired or was cancelled. Each is a `Task` from `@lit/task`;
 * a disconnect aborts what is in flight, and a reconnect reads an open order again.
 *
 * @example
 * const offer = new VipOfferController(host, { member: () => client, onOrder: (o) => pay(o.id) });
 * await offer.estimate({ 'car-wash': '120', dining: '800' });
 * await offer.buy();
 */
export class VipOfferController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: VipOfferOptions;
  readonly #today: () => string;
  readonly #member: Task<[VipOfferClient | undefined], VipMemberState>;
  readonly #estimate: Task<[Partial<Record<MerchantCategory, string>>], EstimateState>;
  readonly #purchase: Task<[VipOfferClient | undefined, string | undefined, VipOrder | undefined], VipPurchaseState>;
  #memberPending: VipMemberState = { status: VipMemberStatus.idle };
  #memberLoadedWith: { client: VipOfferClient | undefined } | undefined;
  #estimatePending: EstimateState = { status: EstimateStatus.empty };
  #purchasePending: VipPurchaseState = NONE;
  /** The idempotency key of the purchase whose order is not created yet. */
  #key: string | undefined;
  /** Ends the wait before the next read of an open order. */
  #wake: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: VipOfferOptions) {
    this.#host = host;
    this.#options = options;
    this.#today = options.today ?? clubToday;
    this.#member = new Task(host, {
      autoRun: false,
      task: async ([client], { signal }): Promise<VipMemberState> => {
        if (!client) return { status: VipMemberStatus.idle };
        try {
          const view = await client.me.card({ signal });
          return { status: VipMemberStatus.ready, vip: view.vip, cardStatus: vipCardStatus(view.vip, this.#today()) };
        } catch (error) {
          signal.throwIfAborted();
          return isClubClientError(error) && error.code === SIGNED_OUT
            ? { status: VipMemberStatus.signedOut }
            : { status: VipMemberStatus.error, error };
        }
      },
    });
    this.#estimate = new Task(host, {
      autoRun: false,
      task: async ([fields], { signal }) => this.#estimateFor(fields, signal),
    });
    this.#purchase = new Task(host, {
      autoRun: false,
      task: async ([client, key, open], { signal }) => this.#purchaseWith(client, key, open, signal),
    });
    host.addController(this);
  }

  /** Whether the member is VIP, and until when. */
  get member(): VipMemberState {
    return this.#member.status === TaskStatus.COMPLETE && this.#member.value ? this.#member.value : this.#memberPending;
  }

  /** The savings estimate. */
  get estimateState(): EstimateState {
    return this.#estimate.status === TaskStatus.COMPLETE && this.#estimate.value
      ? this.#estimate.value
      : this.#estimatePending;
  }

  /** The purchase. */
  get purchase(): VipPurchaseState {
    return this.#purchase.status === TaskStatus.COMPLETE && this.#purchase.value
      ? this.#purchase.value
      : this.#purchasePending;
  }

  /** The idempotency key the next `buy()` or `retry()` sends, while an order is not created yet. */
  get idempotencyKey(): string | undefined {
    return this.#key;
  }

  hostConnected(): void {
    void this.sync();
    // An open order whose reads a disconnect stopped is read again.
    const p = this.purchase;
    if (this.#purchase.status !== TaskStatus.PENDING && p.status === VipPurchaseStatus.awaitingPayment)
      void this.#runPurchase(p.order);
  }

  hostDisconnected(): void {
    if (this.#member.status === TaskStatus.PENDING) {
      this.#member.abort();
      this.#memberLoadedWith = undefined;
    }
    this.#estimate.abort();
    this.#purchase.abort();
  }

  /** Reads the member again when the member client changed since the last read. */
  sync(): Promise<void> {
    if (this.#memberLoadedWith && this.#options.member() === this.#memberLoadedWith.client) return Promise.resolve();
    return this.reloadMember();
  }

  /** Reads whether the member is VIP again. Never rejects. */
  reloadMember(): Promise<void> {
    const client = this.#options.member();
    this.#memberLoadedWith = { client };
    this.#memberPending = client ? { status: VipMemberStatus.loading } : { status: VipMemberStatus.idle };
    return this.#member.run([client]);
  }

  /**
   * Estimates a year's savings from the monthly spend typed per category (yuan, as text).
   * Fields that are not amounts make the state `invalid` without a request. Never rejects.
   */
  estimate(fields: Partial<Record<MerchantCategory, string>>): Promise<void> {
    this.#estimatePending = { status: EstimateStatus.loading };
    return this.#estimate.run([fields]);
  }

  /**
   * Buys the VIP year: creates the order with the member session (a renewal for a member who
   * is VIP) and reads it until it is paid, expired or cancelled. A purchase under way is not
   * started twice. Never rejects.
   */
  buy(): Promise<void> {
    const now = this.purchase.status;
    if (now === VipPurchaseStatus.creating || now === VipPurchaseStatus.awaitingPayment) return Promise.resolve();
    if (now === VipPurchaseStatus.error) return this.retry();
    this.#key = randomUuid();
    return this.#runPurchase(undefined);
  }

  /**
   * After an error: reads the open order again, or creates the order again with the same
   * idempotency key, so a request that reached the club creates no second order. Never rejects.
   */
  retry(): Promise<void> {
    const p = this.purchase;
    if (p.status !== VipPurchaseStatus.error) return Promise.resolve();
    return this.#runPurchase(p.order);
  }

  /** Reads an open order now rather than at the next poll (after the page's back end confirmed it, say). */
  refresh(): void {
    this.#wake?.();
  }

  /** Forgets an ended purchase (expired, cancelled or failed before its order): the buy button comes back. */
  reset(): void {
    if (this.#purchase.status === TaskStatus.PENDING) return;
    this.#key = undefined;
    this.#purchasePending = NONE;
    void this.#purchase.run([undefined, undefined, undefined]);
  }

  #runPurchase(open: VipOrder | undefined): Promise<void> {
    const client = this.#options.member();
    this.#purchasePending = open
      ? { status: VipPurchaseStatus.awaitingPayment, order: open }
      : { status: VipPurchaseStatus.creating };
    return this.#purchase.run([client, this.#key, open]);
  }

  async #purchaseWith(
    client: VipOfferClient | undefined,
    key: string | undefined,
    open: VipOrder | undefined,
    signal: AbortSignal,
  ): Promise<VipPurchaseState> {
    if (!client || (!open && !key)) return NONE;
    let order = open;
    try {
      if (!order) {
        order = await client.vipOrders.create({}, { signal, idempotencyKey: key });
        this.#key = undefined;
        this.#purchasePending = { status: VipPurchaseStatus.awaitingPayment, order };
        this.#host.requestUpdate();
        this.#options.onOrder?.(order);
      }
      while (order.status === 'pending') {
        await pause(this.#options.pollMs ?? 2000, signal, (wake) => (this.#wake = wake));
        order = await client.vipOrders.get(order.id, { signal });
        this.#purchasePending = { status: VipPurchaseStatus.awaitingPayment, order };
      }
    } catch (error) {
      signal.throwIfAborted();
      return { status: VipPurchaseStatus.error, error, order };
    } finally {
      this.#wake = undefined;
    }
    if (order.status === 'paid') {
      this.#options.onPaid?.(order);
      void this.reloadMember();
      return { status: VipPurchaseStatus.paid, order };
    }
    return { status: order.status, order };
  }

  async #estimateFor(fields: Partial<Record<MerchantCategory, string>>, signal: AbortSignal): Promise<EstimateState> {
    const spend = yearlySpend(fields);
    if (!spend.ok) return { status: EstimateStatus.invalid, issues: spend.issues };
    const client = this.#options.directory?.() ?? this.#options.member();
    if (!client) return { status: EstimateStatus.empty };
    try {
      // Loaded the first time a visitor asks: a file that cannot be loaded fails like a search.
      const { estimateSavings, offerTerms } = await import('./estimate.js');
      const { estimate, best } = await estimateSavings(client, spend, {
        date: this.#today(),
        perCategory: this.#options.merchantsPerCategory ?? 3,
        signal,
      });
      return { status: EstimateStatus.ready, estimate, best, offerTerms };
    } catch (error) {
      signal.throwIfAborted();
      return { status: EstimateStatus.error, error };
    }
  }
}
