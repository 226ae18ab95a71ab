import { formatMoney } from '@clubkit/core/shared';
import { DAYS_PER_FEE_YEAR, VIP_ANNUAL_FEE_FEN } from '@clubkit/core/fees/annual-fee';
import type { MerchantCategory } from '@clubkit/core/merchants';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { categoryName } from '../shared/category-names.js';
import { ClubElement } from '../shared/club-element.js';
import type { ClientKit } from '../shared/club-config.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { feedbackStyles } from '../shared/feedback.styles.js';
import { formatCalendarDate } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { vipOfferKit, type VipOfferClient } from './client.js';
import type { estimateView } from './result-view.js';
import { ClubVipChangedEvent, ClubVipOrderEvent } from './events.js';
import { vipOfferCatalog, type VipOfferMessages } from './messages.js';
import { SpendIssue } from './spend.js';
import {
  EstimateStatus,
  VipMemberStatus,
  VipOfferController,
  VipPurchaseStatus,
  type EstimateState,
  type VipMemberState,
} from './vip-offer-controller.js';
import { vipOfferStyles } from './vip-offer.styles.js';

type M = CommonMessages & VipOfferMessages;

/** The categories asked about when `categories` is not set: the car services and lifestyle members use most. */
export const DEFAULT_VIP_CATEGORIES: readonly MerchantCategory[] = ['car-wash', 'maintenance', 'dining', 'hotel'];

/**
 * The VIP diamond card (365 CNY a year) offered to a member on a partner's page: the price, what
 * the card would save them (they enter what they spend a month per category; core's
 * `estimateYearlySavings` over the directory's best VIP offers), and a buy button that opens an
 * order with the member's session. The page takes the payment (`club-vip-order`); once its back
 * end has confirmed the order, the widget shows the member VIP. A signed-out visitor sees the
 * estimate and the price and is asked to sign in. Its state lives in a {@link VipOfferController}.
 *
 * @summary Sells the VIP card: price, savings estimate, purchase.
 * @tagname club-vip-offer
 *
 * @slot signed-out - Shown instead of the buy button when no member is signed in, or the page gives no session endpoint (e.g. a sign-in link). Defaults to a short message.
 *
 * @event club-vip-order - `ClubVipOrderEvent`: an order is open; `event.orderId` and `event.amountFen` are what the page's payment needs.
 * @event club-vip-changed - `ClubVipChangedEvent`: the order was paid and the member is VIP; `event.order` has its term.
 * @event club-error - `ClubErrorEvent`: a request failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper.
 * @csspart title - The card's name.
 * @csspart price - The price line; `amount` and `per-day` inside it.
 * @csspart member-status - The member's VIP status, when they hold or held the card.
 * @csspart estimate - The estimate form.
 * @csspart field - Each spend field's wrapper; `label`, `input` and `issue` inside it.
 * @csspart estimate-button - The estimate button.
 * @csspart summary - The list of fields to correct.
 * @csspart result - The estimate's result (`role=status`); `savings`, `verdict`, `offers`, `offer` inside it.
 * @csspart purchase - The purchase area (`role=status`).
 * @csspart buy-button - The buy (or renew) button.
 * @csspart signed-out - The wrapper of the sign-in message (slot `signed-out`).
 * @csspart order-status - The order's state in words.
 * @csspart try-again-button - Buy again after an order lapsed or was cancelled.
 * @csspart error - An error box (`role=alert`); `retry-button` inside it.
 *
 * @cssproperty [--club-vip-accent=#6b3fa0] - The buy button's fill and the offers' edge.
 * @cssproperty [--club-vip-accent-text=#ffffff] - The buy button's text on the accent.
 * @cssproperty [--club-color-success=#1a7f37] - The VIP status.
 * @cssproperty [--club-color-danger=#b42318] - Errors.
 *
 * @example
 * <club-provider base-url="https://club.example.com" publishable-key="pk_…" session-endpoint="/api/club-session">
 *   <club-vip-offer categories="car-wash dining"><a slot="signed-out" href="/login">登入後購買</a></club-vip-offer>
 * </club-provider>
 */
export class ClubVipOffer extends ClubElement<M, VipOfferClient> {
  static override styles = [baseStyles, vipOfferStyles, controlStyles, alertStyles, feedbackStyles];
  static override catalog = vipOfferCatalog;
  static override kit: ClientKit<VipOfferClient> = vipOfferKit;
  static override readonly tagName = 'club-vip-offer';
  static override properties = {
    ...ClubElement.properties,
    categories: {
      converter: (value: string | null) => (value ? value.split(/[\s,]+/).filter(Boolean) : undefined),
    },
    _fields: { state: true },
  };

  /**
   * The merchant categories whose monthly spend is asked for (attribute: space- or comma-separated).
   * @default ['car-wash', 'maintenance', 'dining', 'hotel']
   */
  categories?: MerchantCategory[] | undefined;
  /** @ignore What the visitor typed, per category. */
  protected _fields: Partial<Record<MerchantCategory, string>> = {};

  readonly #offer = new VipOfferController(this, {
    member: () => this.club.memberClient,
    directory: () => this.club.publicClient,
    onOrder: (order) => this.dispatchEvent(new ClubVipOrderEvent(order)),
    onPaid: (order) => this.dispatchEvent(new ClubVipChangedEvent(order)),
  });
  #reported = new Set<unknown>();
  /** The ready estimate's view, from the estimate's file once it has loaded. */
  #estimateView: typeof estimateView | undefined;
  /** The estimate's file being imported for its view: asked for once, however many updates come first. */
  #loadingView: Promise<void> | undefined;
  #focus: string | undefined;

  /** The headless controller: `member`, `estimateState`, `purchase`, `estimate()`, `buy()`, `retry()`, `refresh()`. */
  get controller(): VipOfferController {
    return this.#offer;
  }

  protected override clubChanged(): void {
    void this.#offer.sync();
  }

  #categories(): readonly MerchantCategory[] {
    return this.categories?.length ? this.categories : DEFAULT_VIP_CATEGORIES;
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const money = (fen: number) => formatMoney(fen, t.intlLocale);
    return html`<div part="base" class="base">
      <p part="title" class="title">${t.vipTitle}</p>
      <p part="price" class="price">
        <span part="amount" class="amount">${t.vipPrice(money(VIP_ANNUAL_FEE_FEN))}</span>
        <span part="per-day" class="per-day">${t.vipPerDay(money(Math.round(VIP_ANNUAL_FEE_FEN / DAYS_PER_FEE_YEAR)))}</span>
      </p>
      ${this.#memberStatus(this.#offer.member, t)} ${this.#form(t)} ${this.#result(this.#offer.estimateState, t)}
      ${this.#purchase(t)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const errors = [this.#offer.member, this.#offer.estimateState, this.#offer.purchase].flatMap((s) =>
      s.status === 'error' ? [s.error] : [],
    );
    for (const error of errors) if (!this.#reported.has(error)) this.dispatchEvent(new ClubErrorEvent(error));
    this.#reported = new Set(errors);
    // The ready estimate's view is in the estimate's file, which computing the estimate loaded.
    if (this.#offer.estimateState.status === EstimateStatus.ready && !this.#estimateView && !this.#loadingView)
      this.#loadingView = import('./estimate.js').then(
        ({ estimateView }) => {
          this.#estimateView = estimateView;
          this.requestUpdate();
        },
        // Not loaded (the estimate itself loaded it, so hardly ever): the next update asks again.
        () => (this.#loadingView = undefined),
      );
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      if (target) {
        this.#focus = undefined;
        target.focus();
      }
    }
  }

  #memberStatus(member: VipMemberState, t: M): TemplateResult | typeof nothing {
    if (member.status !== VipMemberStatus.ready || member.vip === undefined) return nothing;
    const { vip, cardStatus } = member;
    const day = (date: string) => formatCalendarDate(date, t.intlLocale);
    const text =
      cardStatus === 'active'
        ? t.vipActive(day(vip.activeUntil))
        : cardStatus === 'grace'
          ? t.vipGrace(day(vip.validUntil))
          : cardStatus === 'expired'
            ? t.vipExpired(day(vip.validUntil))
            : cardStatus === 'cancelled'
              ? t.vipCancelledCard
              : undefined;
    return text === undefined
      ? nothing
      : html`<p part="member-status" class=${cardStatus === 'active' ? 'status-vip' : ''}>${text}</p>`;
  }

  #form(t: M): TemplateResult {
    const state = this.#offer.estimateState;
    const issues = state.status === EstimateStatus.invalid ? state.issues : {};
    const issueText = (issue: SpendIssue) => (issue === SpendIssue.notAmount ? t.vipIssueAmount : t.vipIssueRange);
    const invalid = this.#categories().filter((c) => issues[c] !== undefined);
    return html`<form part="estimate" novalidate @submit=${this.#submit}>
      <fieldset>
        <legend>${t.vipEstimateHeading}</legend>
        <p id="hint" part="hint" class="hint">${t.vipEstimateHint}</p>
        ${
          invalid.length > 0
            ? html`<div id="summary" part="summary" class="summary club-alert" role="alert" tabindex="-1">
              <p>${t.vipIssuesTitle(invalid.length)}</p>
              <ul>
                ${invalid.map(
                  (c) =>
                    html`<li><a href="#spend-${c}" @click=${this.#jump}>${t.vipSpendLabel(categoryName(t, c))}</a></li>`,
                )}
              </ul>
            </div>`
            : nothing
        }
        ${this.#categories().map((category) => {
          const issue = issues[category];
          return html`<div part="field" class="field">
            <label part="label" for="spend-${category}">${t.vipSpendLabel(categoryName(t, category))}</label>
            <input
              part="input"
              id="spend-${category}"
              name=${category}
              inputmode="decimal"
              autocomplete="off"
              .value=${this._fields[category] ?? ''}
              aria-invalid=${issue ? 'true' : 'false'}
              aria-describedby=${issue ? `issue-${category} hint` : 'hint'}
              @input=${(e: Event) => {
                this._fields = { ...this._fields, [category]: (e.target as HTMLInputElement).value };
              }}
            />
            ${issue ? html`<p id="issue-${category}" part="issue" class="issue">${issueText(issue)}</p>` : nothing}
          </div>`;
        })}
        <button type="submit" part="estimate-button">${t.vipEstimate}</button>
      </fieldset>
    </form>`;
  }

  #result(state: EstimateState, t: M): TemplateResult {
    let body: TemplateResult | typeof nothing = nothing;
    const view = this.#estimateView;
    if (state.status === EstimateStatus.ready && view) body = view(state, t, html);
    // Grey lines where the savings and the verdict will be, so the page does not jump; a ready
    // estimate shows them for the tick its view (in the estimate's file, already loaded) takes.
    else if (state.status === EstimateStatus.loading || state.status === EstimateStatus.ready) {
      body = html`<span class="visually-hidden">${t.loading}</span><span class="club-skeleton"></span><span class="club-skeleton short"></span>`;
    }
    return html`<div part="result" class="result" role="status">${body}</div>
      ${state.status === EstimateStatus.error ? this.#error(state.error, t, this.#reestimate) : nothing}`;
  }

  #purchase(t: M): TemplateResult {
    const member = this.#offer.member;
    const p = this.#offer.purchase;
    const money = (fen: number) => formatMoney(fen, t.intlLocale);
    let body: TemplateResult | typeof nothing = nothing;
    let error: TemplateResult | typeof nothing = nothing;
    switch (p.status) {
      case VipPurchaseStatus.creating:
        body = html`<p part="order-status">${t.vipCreating}</p>`;
        break;
      case VipPurchaseStatus.awaitingPayment:
        body = html`<p part="order-status">${t.vipAwaitingPayment(money(p.order.amountFen))}</p>`;
        break;
      case VipPurchaseStatus.paid:
        body = html`<p part="order-status" class="paid">
          ${t.vipPaid(formatCalendarDate(p.order.term?.activeUntil ?? '', t.intlLocale))}
        </p>`;
        break;
      case VipPurchaseStatus.expired:
      case VipPurchaseStatus.cancelled:
        body = html`<p part="order-status">${p.status === 'expired' ? t.vipOrderExpired : t.vipOrderCancelled}</p>
          <button type="button" part="try-again-button" @click=${this.#tryAgain}>${t.vipTryAgain}</button>`;
        break;
      case VipPurchaseStatus.error:
        error = this.#error(p.error, t, this.#retry);
        break;
      case VipPurchaseStatus.none:
        body = this.#buyButton(member, t);
    }
    return html`<div id="purchase" part="purchase" class="purchase" role="status" tabindex="-1">${body}</div>
      ${error}`;
  }

  #buyButton(member: VipMemberState, t: M): TemplateResult | typeof nothing {
    switch (member.status) {
      case VipMemberStatus.idle:
        // No session endpoint: a page may leave it off until its visitor has signed in.
        return html`<div part="signed-out"><slot name="signed-out">${t.vipNotConfigured}</slot></div>`;
      case VipMemberStatus.signedOut:
        return html`<div part="signed-out"><slot name="signed-out">${t.vipSignIn}</slot></div>`;
      case VipMemberStatus.loading:
        return html`<span class="club-skeleton buy-skeleton"><span class="visually-hidden">${t.loading}</span></span>`;
      case VipMemberStatus.error:
        return this.#error(member.error, t, () => void this.#offer.reloadMember());
      case VipMemberStatus.ready: {
        const renew = member.vip !== undefined && member.cardStatus !== 'not-vip';
        return html`<button type="button" part="buy-button" class="buy" @click=${this.#buy}>
          ${renew ? t.vipRenew : t.vipBuy}
        </button>`;
      }
    }
  }

  #error(error: unknown, t: M, retry: () => void): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p>${describeError(error, t)}</p>
      <button type="button" part="retry-button" @click=${retry}>${t.retry}</button>
    </div>`;
  }

  #submit = (event: Event): void => {
    event.preventDefault();
    void this.#offer.estimate(this.#typed()).then(() => {
      if (this.#offer.estimateState.status === EstimateStatus.invalid) {
        this.#focus = '#summary';
        this.requestUpdate();
      }
    });
  };

  #typed(): Partial<Record<MerchantCategory, string>> {
    return Object.fromEntries(this.#categories().map((c) => [c, this._fields[c] ?? '']));
  }

  #jump = (event: Event): void => {
    event.preventDefault();
    const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href') ?? '';
    this.renderRoot.querySelector<HTMLElement>(id)?.focus();
  };

  #reestimate = (): void => void this.#offer.estimate(this.#typed());

  #buy = (): void => {
    this.#focus = '#purchase';
    void this.#offer.buy();
  };

  #retry = (): void => {
    this.#focus = '#purchase';
    void this.#offer.retry();
  };

  #tryAgain = (): void => {
    this.#focus = '#purchase';
    this.#offer.reset();
    void this.#offer.buy();
  };
}
