import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { memberCardCatalog, type MemberCardMessages } from './messages.js';
import { handbookResource, meResource, sessionFromEndpoint } from '@clubkit/client';
import { memberVipResource } from '@clubkit/client/vip';
import { formatMoney } from '@clubkit/core/shared';
import { isVipValid, vipCardStatus } from '@clubkit/core/vip';
import { ClubElement } from '../shared/club-element.js';
import type { ClientKit } from '../shared/club-config.js';
import type { CardClient } from './member-card-controller.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent, ClubRenewEvent } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { alertStyles } from '../shared/alert.styles.js';
import { feedbackStyles } from '../shared/feedback.styles.js';
import type { MemberCardDetails } from './details.js';
import { formatCalendarDate } from '../shared/intl.js';
import { builtInLocale } from '../messages/messages.js';
import { memberCardStatusText } from './status-text.js';
import { MemberCardController, MemberCardStatus, type MemberCardState } from './member-card-controller.js';
import { memberCardStyles } from './member-card.styles.js';
import { VipCodeController, VipCodeStatus, type VipCardClient, type VipCodeState } from './vip-code-controller.js';

/**
 * What the card's own kit gives it: the member's card, the VIP card's code and savings, and the
 * member handbook in force.
 */
type MemberCardKitClient = CardClient & { vip: VipCardClient; handbook: HandbookClient };
/** The QR encoder's module, loaded on demand. */
type QrModule = typeof import('./qr.js');
/** The handbook panel's module, loaded the first time the member opens it. */
type HandbookModule = typeof import('./handbook/index.js');
type HandbookClient = import('./handbook/index.js').HandbookClient;
/** What the handbook panel uses, handed in so that it imports none of it (see `HandbookDeps`). */
const handbookDeps: import('./handbook/index.js').HandbookDeps = {
  html,
  nothing,
  builtInLocale,
  describeError,
  formatCalendarDate,
};

/** Modules of light margin around the QR symbol: the quiet zone scanners need (4 in ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * A QR symbol as an SVG image with its quiet zone: dark modules in `currentColor` on a white
 * field, so it scans whatever the page's theme. Presentation attributes only, no `style`: it
 * renders under a strict CSP. `label` is its accessible name.
 */
function qrImage({ size, path }: { size: number; path: string }, label: string): TemplateResult {
  const side = size + QUIET_ZONE * 2;
  const q = -QUIET_ZONE;
  return html`<svg part="code-qr" class="qr" role="img" aria-label=${label} viewBox="${q} ${q} ${side} ${side}" shape-rendering="crispEdges">
    <rect x=${q} y=${q} width=${side} height=${side} fill="#ffffff"></rect>
    <path d=${path} fill="currentColor"></path>
  </svg>`;
}

/** The code's digits in groups of four, as printed: `1234 5678 9012`. */
const grouped = (code: string) => code.replace(/(\d{4})(?=\d)/g, '$1 ');
/** The code's digits one by one, a pause between groups, for a screen reader: `1 2 3 4, 5 6 7 8, …`. */
const spoken = (code: string) =>
  grouped(code)
    .split(' ')
    .map((g) => g.split('').join(' '))
    .join(', ');

/**
 * The signed-in member's card: holder, masked card number, tier (standard or the VIP diamond
 * card), plate, membership status with the days left or since, valid-until date and branch,
 * with a renew button while renewal makes sense. A member holding a valid VIP card also sees the
 * live member code (QR code and digits, renewed before it ends while on screen, in
 * {@link VipCodeController} `vipController`) and what the card saved this membership year. Its state lives in a
 * {@link MemberCardController} (`controller`), which a partner can also drive with their own
 * markup. Needs a base URL and a session endpoint, from `<club-provider>` or its own attributes.
 *
 * @summary The signed-in member's club card, with status and renewal.
 * @tagname club-member-card
 *
 * @slot signed-out - What to show when no member is signed in (e.g. a sign-in link). Defaults to a short message.
 *
 * @event club-renew - `ClubRenewEvent`: the member pressed Renew; `event.card` is the card view. The page takes them to its renewal flow.
 * @event club-error - `ClubErrorEvent`: loading the card failed; `event.error` is the client's typed error. Also when the handbook panel's code could not be loaded.
 *
 * @csspart base - The wrapper of every state; a polite live region, `aria-busy` while loading.
 * @csspart not-configured - The message shown without a base URL or session endpoint.
 * @csspart signed-out - The wrapper of the signed-out message (slot `signed-out`).
 * @csspart loading - The card's skeleton while it loads (a card face with grey blocks, and the loading message for screen readers).
 * @csspart card - The card; also `card-<state>` (`card-pending`, `card-active`, `card-grace`, `card-expired`, `card-cancelled`) and `card-<tier>` (`card-standard`, `card-vip`).
 * @csspart header - The card's top line: title and tier.
 * @csspart title - The card's title ("Member card").
 * @csspart tier - The tier badge (standard or VIP diamond card).
 * @csspart holder - The holder's name.
 * @csspart details - The list of the card's fields.
 * @csspart label - Each field's label.
 * @csspart value - Each field's value.
 * @csspart number - The masked card number (a value).
 * @csspart plate - The car's plate (a value).
 * @csspart status - The membership status with its day count, in words (a value).
 * @csspart valid-until - The last valid day (a value).
 * @csspart branch - The branch's name (a value).
 * @csspart renew-button - The renew button; also `renew-button-urgent` in grace or after expiry.
 * @csspart code - The VIP card's live member code and savings, shown while the card is a valid VIP card (active or in grace).
 * @csspart code-title - The code's heading.
 * @csspart code-help - What to do with the code.
 * @csspart code-qr - The QR code of the member code (an SVG image with its accessible name).
 * @csspart code-qr-unavailable - Shown instead of the QR code when its encoder could not be loaded.
 * @csspart code-digits - The code's 12 digits in groups of four.
 * @csspart code-timer - How long the code is still good.
 * @csspart code-progress - The countdown bar in the timer.
 * @csspart code-new-button - The button that asks for a new code now.
 * @csspart code-loading - Shown while a code is on its way.
 * @csspart code-error - The code's error box (`role=alert`), with `code-retry-button`.
 * @csspart code-retry-button - The retry button in the code's error box.
 * @csspart savings - What the VIP card saved this membership year beside its fee; also `savings-unavailable`.
 * @csspart paid-for-itself - The mark shown once this year's savings exceed the fee.
 * @csspart handbook-button - The button that opens and folds the member handbook with the member's rights and duties (`aria-expanded`); the panel's code and words load the first time it is pressed.
 * @csspart handbook - The handbook panel after the card (outside its live region), present once first opened; Escape inside it folds it away.
 * @csspart handbook-title - The handbook's title, in the handbook's own language (`lang`).
 * @csspart handbook-effective - The version in force and the day it took effect.
 * @csspart handbook-section - Each section of the handbook: a heading and its paragraphs.
 * @csspart handbook-rights-title - The heading of the member's rights.
 * @csspart handbook-rights - The numbered list of the member's rights.
 * @csspart handbook-duties-title - The heading of the member's duties.
 * @csspart handbook-duties - The numbered list of the member's duties.
 * @csspart handbook-close-button - The button at the panel's end that folds it away and gives the focus back to `handbook-button`.
 * @csspart handbook-loading - Shown while the handbook is on its way.
 * @csspart handbook-none - Shown when the club has published no handbook yet.
 * @csspart handbook-error - The handbook's error box (`role=alert`), with `handbook-retry-button`.
 * @csspart handbook-retry-button - The retry button in the handbook's error box.
 * @csspart error - The error box (`role=alert`).
 * @csspart error-message - The error's text.
 * @csspart retry-button - The retry button in the error box.
 *
 * @cssproperty [--club-card-background=var(--club-color-accent)] - The card face's background.
 * @cssproperty [--club-card-color=var(--club-color-accent-text)] - The card face's text, at 4.5:1 or more on its background.
 * @cssproperty [--club-card-radius=calc(var(--club-radius) * 2)] - The card's corner radius.
 * @cssproperty [--club-card-shadow=0 4px 16px rgb(0 0 0 / 0.2)] - The card's shadow (`none` for a flat card).
 * @cssproperty [--club-card-vip-accent=#e5c36b] - The VIP (diamond) card's accent: its edge and the tier badge's fill.
 * @cssproperty [--club-card-vip-accent-text=#2b2111] - The VIP tier badge's text, on the accent: set the two together, so that the badge keeps 4.5:1.
 * @cssproperty [--club-color-accent=#0b5cad] - The card face (unless `--club-card-background` is set) and the urgent renew button's text.
 * @cssproperty [--club-color-surface=#ffffff] - The urgent renew button and the member code's panel.
 * @cssproperty [--club-color-success=#1a7f37] - The status dot of an active membership.
 * @cssproperty [--club-color-warning=#9a6700] - The status dot of a membership in grace.
 * @cssproperty [--club-color-danger=#b42318] - The status dot of expired and cancelled cards, and errors.
 * @cssproperty [--club-color-muted=#59636e] - The face of an expired or cancelled card, and the code's title.
 * @cssproperty [--club-color-skeleton=#e8ecf0] - The grey blocks of the card while it loads.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/api/club-session" locale="zh-Hant">
 *   <club-member-card><a slot="signed-out" href="/login">登入</a></club-member-card>
 * </club-provider>
 */
export class ClubMemberCard extends ClubElement<CommonMessages & MemberCardMessages, MemberCardKitClient> {
  static override styles = [baseStyles, memberCardStyles, alertStyles, feedbackStyles];
  static override catalog = memberCardCatalog;
  /** The card reads the member's own records with a member session from the session endpoint. */
  static override kit: ClientKit<MemberCardKitClient> = {
    resources: (t) => ({ me: meResource(t), vip: memberVipResource(t), handbook: handbookResource(t) }),
    session: (url) => sessionFromEndpoint(url),
  };

  static override readonly tagName = 'club-member-card';

  readonly #card = new MemberCardController(this, () => this.club.memberClient);
  readonly #vip = new VipCodeController(this, () => this.club.memberClient?.vip);
  /** The QR encoder once loaded; `false` when loading it failed. */
  #qr: QrModule | false | undefined;
  #qrLoading = false;
  /** The error a `club-error` event was last dispatched for. */
  #reported: unknown;
  #focusAfterRetry = false;
  /** The handbook behind the disclosure, once its chunk is loaded. */
  #handbook: InstanceType<HandbookModule['HandbookDisclosure']> | undefined;

  /** The headless controller behind the element: its state, `reload()`, `retry()`, `show(view)`. */
  get controller(): MemberCardController {
    return this.#card;
  }

  /** The headless controller of the VIP card's live member code and savings: `code`, `savings`, `refresh()`, `retry()`. */
  get vipController(): VipCodeController {
    return this.#vip;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.#card.state;
    const vip = state.status === MemberCardStatus.ready ? state.card.view.vip : undefined;
    const today = state.status === MemberCardStatus.ready ? state.card.view.today : '';
    this.#vip.setEligible(vip !== undefined && isVipValid(vipCardStatus(vip, today)));
  }

  protected override clubChanged(): void {
    void this.#card.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#card.state;
    const busy = state.status === MemberCardStatus.loading;
    return html`<div id="base" part="base" class="base" aria-live="polite" aria-busy=${busy ? 'true' : 'false'} tabindex="-1">
        ${this.#body(state)}
      </div>
      ${state.status === MemberCardStatus.error ? this.#error(state.error) : nothing}
      ${this.#handbook?.render()}`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#vip.code.status === VipCodeStatus.ready && this.#qr === undefined && !this.#qrLoading)
      void this.#loadQr();
    const state = this.#card.state;
    if (state.status === MemberCardStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
    if (this.#focusAfterRetry && state.status !== MemberCardStatus.error) {
      // The retry button is gone: keep keyboard focus in the widget instead of losing it to the page.
      this.#focusAfterRetry = false;
      this.renderRoot.querySelector<HTMLElement>('#base')?.focus();
    }
  }

  /**
   * Opens or folds the member handbook with the member's rights and duties (A3 art.4, 7, 8): a
   * disclosure whose state, panel and words are a chunk of their own, loaded when first pressed.
   * The panel is outside the card's live region, so that opening it does not read it all out.
   */
  #toggleHandbook = async (): Promise<void> => {
    try {
      (this.#handbook ??= new (await import('./handbook/index.js')).HandbookDisclosure(this, handbookDeps)).toggle();
    } catch (error) {
      // The chunk could not be loaded: the panel stays folded, and pressing again tries again.
      this.dispatchEvent(new ClubErrorEvent(error));
    }
  };

  #body(state: MemberCardState): TemplateResult | typeof nothing {
    const t = this.t;
    switch (state.status) {
      case MemberCardStatus.idle:
        return html`<p part="not-configured" class="message">${t.cardNotConfigured}</p>`;
      case MemberCardStatus.signedOut:
        return html`<div part="signed-out" class="message"><slot name="signed-out">${t.cardSignedOut}</slot></div>`;
      case MemberCardStatus.loading:
        // Blocks shaped like the card hold its place, so nothing jumps when it arrives.
        return html`<div part="loading" class="card skeleton">
          <span class="visually-hidden">${t.loading}</span>
          <span class="club-skeleton"></span><span class="club-skeleton"></span><span class="club-skeleton"></span>
        </div>`;
      case MemberCardStatus.ready:
        return this.#ready(state.card, t);
      case MemberCardStatus.error:
        return nothing;
    }
  }

  #ready(card: MemberCardDetails, t: CommonMessages & MemberCardMessages): TemplateResult {
    const { holder, branch, membership } = card.view;
    const { validUntil } = card.shown;
    const state = card.membershipState;
    const tier = card.shown.card.tier;
    const urgent = card.renewUrgent;
    return html`<article part="card card-${state} card-${tier}" class="card club-appear ${state} ${tier}" aria-labelledby="card-title card-holder">
      <p part="header" class="header">
        <span id="card-title" part="title" class="title">${t.cardTitle}</span>
        <span part="tier" class="tier">${tier === 'vip' ? t.cardTierVip : t.cardTierStandard}</span>
      </p>
      <p id="card-holder" part="holder" class="holder">${holder.name}</p>
      <dl part="details">
        <dt part="label">${t.cardNumberLabel}</dt>
        <dd part="value number" class="number">
          <span aria-hidden="true">${card.maskedNumber}</span><span class="visually-hidden">${t.cardNumberEnding(card.lastFour)}</span>
        </dd>
        ${membership ? html`<dt part="label">${t.cardPlateLabel}</dt><dd part="value plate">${membership.plate}</dd>` : nothing}
        <dt part="label">${t.cardStatusLabel}</dt>
        <dd id="card-status" part="value status" class="status">${memberCardStatusText(card, t)}</dd>
        <dt part="label">${t.cardValidUntilLabel}</dt>
        <dd part="value valid-until"><time datetime=${validUntil}>${formatCalendarDate(validUntil, t.intlLocale)}</time></dd>
        <dt part="label">${t.cardBranchLabel}</dt>
        <dd part="value branch">${branch.name}</dd>
      </dl>
      ${this.#vipSection(t)}
      ${
        card.canRenew
          ? html`<button
            type="button"
            part="renew-button${urgent ? ' renew-button-urgent' : ''}"
            class="renew${urgent ? ' urgent' : ''}"
            aria-describedby="card-status"
            @click=${() => this.dispatchEvent(new ClubRenewEvent(card.view))}
          >
            ${urgent ? t.cardRenewNow : t.cardRenew}
          </button>`
          : nothing
      }
      <button type="button" id="handbook-button" part="handbook-button" aria-expanded=${!!this.#handbook?.open} aria-controls="handbook" @click=${this.#toggleHandbook}>
        ${t.cardHandbookOpen}
      </button>
    </article>`;
  }

  /** The VIP card's member code and savings, while the card is a valid VIP card on screen. */
  #vipSection(t: CommonMessages & MemberCardMessages): TemplateResult | typeof nothing {
    const code = this.#vip.code;
    if (code.status === VipCodeStatus.off) return nothing;
    const savings = this.#vip.savings;
    // aria-live off: the countdown changes every second and must not be read out each time.
    return html`<section part="code" class="code" aria-labelledby="code-title" aria-live="off">
      <h3 id="code-title" part="code-title" class="code-title">${t.cardCodeTitle}</h3>
      ${this.#codeBody(code, t)}
      ${
        savings.status === 'ready'
          ? html`<p part="savings" class="savings">
              ${t.cardSavings(formatMoney(savings.savings.year?.savingFen ?? 0, t.intlLocale), formatMoney(savings.savings.feeFen, t.intlLocale))}
              ${savings.savings.paidForItself ? html`<strong part="paid-for-itself" class="paid">${t.cardPaidForItself}</strong>` : nothing}
            </p>`
          : savings.status === 'error'
            ? html`<p part="savings savings-unavailable" class="savings">${t.cardSavingsUnavailable}</p>`
            : nothing
      }
    </section>`;
  }

  #codeBody(code: Exclude<VipCodeState, { status: 'off' }>, t: CommonMessages & MemberCardMessages): TemplateResult {
    switch (code.status) {
      case VipCodeStatus.loading:
        return html`<p part="code-loading" class="message">${t.cardCodeLoading}</p>`;
      case VipCodeStatus.error:
        return html`<div part="code-error" class="error" role="alert">
          <p id="code-error-message" part="error-message">${describeError(code.error, t)}</p>
          <button type="button" part="code-retry-button" class="retry" aria-describedby="code-error-message" @click=${() => this.#vip.retry()}>
            ${t.retry}
          </button>
        </div>`;
      case VipCodeStatus.ready: {
        const digits = code.code.code;
        const qr = this.#qr;
        return html`<p id="code-help" part="code-help" class="code-help">${t.cardCodeHelp}</p>
          ${
            qr
              ? qrImage(qr.qrModules(digits), t.cardCodeQrLabel(spoken(digits)))
              : qr === false
                ? html`<p part="code-qr-unavailable" class="message">${t.cardCodeQrUnavailable}</p>`
                : nothing
          }
          <p part="code-digits" class="digits">
            <span aria-hidden="true">${grouped(digits)}</span><span class="visually-hidden">${t.cardCodeDigits(spoken(digits))}</span>
          </p>
          <p part="code-timer" class="timer">
            <progress part="code-progress" max=${code.code.ttlSeconds} .value=${code.secondsLeft} aria-hidden="true"></progress>
            <span>${t.cardCodeExpiresIn(code.secondsLeft)}</span>
          </p>
          <button type="button" part="code-new-button" class="new-code" aria-describedby="code-help" @click=${() => this.#vip.refresh()}>
            ${t.cardCodeNew}
          </button>`;
      }
    }
  }

  /** Loads the QR encoder (a chunk of its own) the first time a code is shown. */
  async #loadQr(): Promise<void> {
    this.#qrLoading = true;
    try {
      this.#qr = await import('./qr.js');
    } catch {
      this.#qr = false;
    }
    this.#qrLoading = false;
    this.requestUpdate();
  }

  #error(error: unknown): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p id="error-message" part="error-message">${describeError(error, this.t)}</p>
      <button type="button" part="retry-button" class="retry" aria-describedby="error-message" @click=${this.#retry}>${this.t.retry}</button>
    </div>`;
  }

  #retry = (): void => {
    this.#focusAfterRetry = true;
    void this.#card.retry();
  };
}
