import { isClubApiError, isClubClientError } from '@clubkit/client';
import { formatMoney } from '@clubkit/core/shared';
import type { CounterCheck } from '@clubkit/core/api';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonMessages } from '../messages/common.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatCalendarDate } from '../shared/intl.js';
import { offerTerms } from '../shared/offer-terms.js';
import { baseStyles } from '../shared/styles.js';
import { CardCheckController, CardCheckStep } from './card-check-controller.js';
import { cardCheckStyles } from './card-check.styles.js';
import type { CardCheckField, CardEntryIssueCode } from './card-entry.js';
import { cardCheckKit, type CardCheckClient } from './client.js';
import { ClubRedeemedEvent } from './events.js';
import { cardCheckCatalog, type CardCheckMessages } from './messages.js';
import { QrScannerController, ScannerStatus } from './qr-scanner.js';

type M = CommonMessages & CardCheckMessages;

const LABELS: { readonly [F in CardCheckField]: (t: M) => string } = {
  card: (t) => t.ccCard,
  bill: (t) => t.ccBill,
};

const ISSUE_WORDS: { readonly [C in CardEntryIssueCode]: (t: M) => string } = {
  required: (t) => t.ccIssueRequired,
  length: (t) => t.ccIssueLength,
  'check-digit': (t) => t.ccIssueCheckDigit,
  money: (t) => t.ccIssueMoney,
  positive: (t) => t.ccIssuePositive,
};

/** The Club API's refusals at the counter, by problem code, in words. */
const REFUSALS: Readonly<Record<string, (t: M) => string>> = {
  'vip/code-used': (t) => t.ccErrorCodeUsed,
  'vip/code-expired': (t) => t.ccErrorCodeExpired,
  'vip/code-invalid': (t) => t.ccErrorCodeInvalid,
  'vip/card-not-valid': (t) => t.ccErrorCardNotValid,
  'vip/no-offer': (t) => t.ccErrorNoOffer,
  'vip/offer-mismatch': (t) => t.ccErrorOfferMismatch,
  'vip/code-required': (t) => t.ccErrorCodeRequired,
  'client/signed-out': (t) => t.ccErrorSignedOut,
};

/** A refusal in words, with the request id to quote; a transport failure as every widget words it. */
function refusalWords(error: unknown, t: M): string {
  const words = isClubClientError(error) ? REFUSALS[error.code] : undefined;
  const forbidden = isClubApiError(error) && error.status === 403 ? t.ccErrorForbidden : undefined;
  const text = words?.(t) ?? forbidden;
  if (text === undefined) return describeError(error, t);
  return t.errorWithReference(text, isClubApiError(error) ? error.requestId : undefined);
}

/** Whether sending the same request again could change the answer (a transport failure, not a refusal). */
function retryable(error: unknown): boolean {
  const status = isClubApiError(error) ? (error.status ?? 0) : 0;
  return !(status >= 400 && status < 500);
}

/**
 * The merchant counter's card check: the staff scan the member code from the card with the camera
 * (the browser's `BarcodeDetector`, or a QR decoder loaded on demand) or type it — or type the card
 * number —, and the bill in yuan; **Check** shows the card's status with the holder's name and
 * masked card number, this merchant's best offer for the bill in the directory's words, the saving
 * and what the member pays; **Record** records the redemption and uses up the code. The code's check
 * digit and the bill are checked before any request; every refusal is shown in words, with nothing
 * recorded. Its state lives in a {@link CardCheckController} (`controller`). Needs a base URL and a
 * session endpoint that answers staff session tokens (`ss_…`) of the merchant's staff.
 *
 * @summary Check a member's VIP card at a merchant's counter and record the discount.
 * @tagname club-card-check
 *
 * @event club-redeemed - `ClubRedeemedEvent`: a redemption was recorded; `event.redemption` holds it.
 * @event club-error - `ClubErrorEvent`: a check or a redemption failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state.
 * @csspart title - The widget's heading.
 * @csspart status - The polite status line (checking, recorded, code read).
 * @csspart message - A message in place of the widget (not configured).
 * @csspart form - The form: card, camera, bill.
 * @csspart error-summary - The alert listing the fields to fix; focused then.
 * @csspart error-link - A button that moves focus to the field with the problem.
 * @csspart field - A label, its hint, its input and its error.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - The card and bill inputs.
 * @csspart field-error - A field's error.
 * @csspart scan-button - Opens (and closes) the camera.
 * @csspart camera - The camera's `<video>`.
 * @csspart camera-status - Why the camera is not available.
 * @csspart actions - A row of buttons.
 * @csspart check-button - Checks the card for the bill.
 * @csspart clear-button - Empties the form.
 * @csspart result - The check's answer.
 * @csspart result-title - Its heading.
 * @csspart result-fields - The list of what the check found.
 * @csspart card-status - The card's status in words.
 * @csspart offer-title - The offer's title.
 * @csspart offer-terms - The offer's terms, as the directory words them.
 * @csspart saving - The saving.
 * @csspart pay - What the member pays.
 * @csspart note - Why a check cannot be recorded (a typed card number).
 * @csspart record-button - Records the redemption.
 * @csspart error - The box of a refused request (`role=alert`).
 * @csspart error-message - The refusal in words.
 * @csspart retry-button - Sends a request that did not get through again.
 * @csspart service-use-button - Opens the record of a member's use of a catalogue service (loaded on demand).
 * @csspart service-use - That record: the services the merchant gives and the card number.
 *
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons and the focus ring.
 * @cssproperty [--club-color-danger=#b42318] - Errors.
 * @cssproperty [--club-color-success=#1a7f37] - The border of a valid card's answer.
 * @cssproperty [--club-color-warning=#9a6700] - The note of a card-number check.
 * @cssproperty [--club-color-muted=#59636e] - Hints.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 * @cssproperty [--club-input-border=1px solid var(--club-color-border)] - Inputs' border.
 * @cssproperty [--club-button-background=var(--club-color-accent)] - The main buttons' background.
 * @cssproperty [--club-button-color=#ffffff] - The main buttons' text.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-card-check></club-card-check>
 * </club-provider>
 */
export class ClubCardCheck extends ClubElement<M, CardCheckClient> {
  static override styles = [baseStyles, cardCheckStyles, controlStyles, alertStyles];
  static override catalog = cardCheckCatalog;
  /** The counter's check and redemption with a staff session from the session endpoint. */
  static override kit = cardCheckKit;
  static override readonly tagName = 'club-card-check';
  static override properties = {
    ...ClubElement.properties,
    merchantId: { attribute: 'merchant-id' },
  };

  /** The merchant whose counter this is, when the staff member is not its operator (an administrator); a merchant operator's own merchant when left out. */
  merchantId?: string;

  readonly #counter = new CardCheckController(this, () => this.club.memberClient, {
    merchantId: () => this.merchantId,
  });
  readonly #scanner = new QrScannerController(this, (text) => this.#codeRead(text));
  #reported: unknown;
  #codeWasRead = false;
  #focusNext: string | undefined;
  /** The service use section, once opened (a chunk loaded with its client). */
  #serviceUse: import('./service-use.js').ServiceUseSection | undefined;

  /** The headless controller behind the element: `values`, `update()`, `check()`, `record()`, `retry()`. */
  get controller(): CardCheckController {
    return this.#counter;
  }

  /** The camera's controller: `status`, `start(video)`, `stop()`. */
  get scanner(): QrScannerController {
    return this.#scanner;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const error = this.#counter.failure?.error;
    if (error !== undefined && error !== this.#reported) {
      this.#reported = error;
      this.dispatchEvent(new ClubErrorEvent(error));
    }
    const selector = this.#focusNext;
    this.#focusNext = undefined;
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Moves focus to a field's input. */
  focusField(field: CardCheckField): void {
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div id="base" part="base" class="base" tabindex="-1">
      <h2 part="title">${t.ccTitle}</h2>
      <p part="status" role="status">${this.#status(t)}</p>
      ${this.#counter.step === CardCheckStep.idle ? html`<p part="message">${t.ccNotConfigured}</p>` : this.#body(t)}
    </div>`;
  }

  #status(t: M): string {
    const step = this.#counter.step;
    if (step === CardCheckStep.checking) return t.ccChecking;
    if (step === CardCheckStep.recording) return t.ccRecording;
    const recorded = this.#counter.recorded;
    if (recorded) {
      const money = (fen: number) => formatMoney(fen, t.intlLocale);
      return t.ccRecorded(recorded.offerTitle, money(recorded.savingFen), money(recorded.payFen));
    }
    if (this.#scanner.status === ScannerStatus.starting) return t.ccCameraStarting;
    if (this.#scanner.status === ScannerStatus.scanning) return t.ccCameraScanning;
    if (this.#codeWasRead) return t.ccCodeRead;
    return '';
  }

  #body(t: M): TemplateResult {
    const counter = this.#counter;
    const failure = counter.failure;
    const result = counter.result;
    return html`${this.#form(t)}
      ${failure ? this.#errorBox(failure.error, t) : nothing}
      ${result ? this.#result(result, t) : nothing}
      ${this.#serviceUse?.render(t) ?? html`<button id="service-use-open" type="button" part="service-use-button" @click=${this.#openServiceUse}>${t.ccServiceUse}</button>`}`;
  }

  /** Opens the record of a member's use of a catalogue service: a chunk loaded with its client. */
  #openServiceUse = async (): Promise<void> => {
    this.#serviceUse = (await import('./service-use.js')).openServiceUse(this, this.club.config, this.merchantId);
  };

  #form(t: M): TemplateResult {
    const counter = this.#counter;
    const issues = counter.attempted ? counter.issues : [];
    const errors = new Map(issues.map((i) => [i.field, ISSUE_WORDS[i.code](t)]));
    const busy = counter.step === CardCheckStep.checking || counter.step === CardCheckStep.recording;
    const scanner = this.#scanner;
    const camera =
      scanner.status === ScannerStatus.unavailable
        ? t.ccCameraUnavailable
        : scanner.status === ScannerStatus.denied
          ? t.ccCameraDenied
          : undefined;
    return html`<form id="form" part="form" novalidate aria-labelledby="card-label" @submit=${this.#check}>
      ${
        issues.length > 0
          ? html`<div id="error-summary" part="error-summary" role="alert" tabindex="-1">
            <p>${t.ccSummaryTitle(issues.length)}</p>
            <ul>
              ${issues.map(
                (i) =>
                  html`<li><button type="button" part="error-link" @click=${() => this.focusField(i.field)}>${t.ccSummaryItem(LABELS[i.field](t), ISSUE_WORDS[i.code](t))}</button></li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${this.#input('card', 'numeric', t.ccCardHint, errors.get('card'), t)}
      <div part="actions">
        <button id="scan" type="button" part="scan-button" aria-controls="camera" aria-expanded=${scanner.active ? 'true' : 'false'}
          @click=${this.#toggleCamera}>${scanner.active ? t.ccStopScan : t.ccScan}</button>
      </div>
      <video id="camera" part="camera" aria-label=${t.ccCamera} playsinline muted .muted=${true} ?hidden=${!scanner.active}></video>
      ${camera ? html`<p id="camera-status" part="camera-status" role="alert">${camera}</p>` : nothing}
      ${this.#input('bill', 'decimal', t.ccBillHint, errors.get('bill'), t)}
      <div part="actions">
        <button id="check" type="submit" part="check-button" aria-disabled=${busy ? 'true' : 'false'}>${counter.step === CardCheckStep.checking ? t.ccChecking : t.ccCheck}</button>
        <button id="clear" type="button" part="clear-button" @click=${this.#clear}>${t.ccClear}</button>
      </div>
    </form>`;
  }

  #input(field: CardCheckField, inputmode: string, hint: string, error: string | undefined, t: M): TemplateResult {
    return html`<div part="field">
      <label id="${field}-label" part="label" for=${field}>${LABELS[field](t)}</label>
      <p part="hint" id="${field}-hint">${hint}</p>
      <input id=${field} part="input" type="text" inputmode=${inputmode} autocomplete="off"
        .value=${live(this.#counter.values[field])}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
        @input=${(e: Event) => this.#typed(field, (e.target as HTMLInputElement).value)} />
      ${error ? html`<p part="field-error" id="${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  #errorBox(error: unknown, t: M): TemplateResult {
    return html`<div id="error" part="error" role="alert" tabindex="-1">
      <p id="error-message" part="error-message">${refusalWords(error, t)}</p>
      ${
        retryable(error)
          ? html`<div part="actions">
            <button id="retry" type="button" part="retry-button" aria-describedby="error-message" @click=${this.#retry}>${t.retry}</button>
          </div>`
          : nothing
      }
    </div>`;
  }

  #result(result: CounterCheck, t: M): TemplateResult {
    const money = (fen: number) => formatMoney(fen, t.intlLocale);
    const valid = result.status === 'active' || result.status === 'grace';
    const recording = this.#counter.step === CardCheckStep.recording;
    return html`<section id="result" part="result" class=${valid ? 'valid' : ''} aria-labelledby="result-title">
      <h3 id="result-title" part="result-title" tabindex="-1">${t.ccResultTitle}</h3>
      <dl part="result-fields">
        <dt>${t.ccStatus}</dt>
        <dd part="card-status">${t.ccStatusWords[result.status]}</dd>
        <dt>${t.ccHolder}</dt>
        <dd>${result.holder.name}</dd>
        ${result.holder.maskedCardNumber ? html`<dt>${t.ccCardNumber}</dt><dd>${result.holder.maskedCardNumber}</dd>` : nothing}
        ${result.validUntil ? html`<dt>${t.ccValidUntil}</dt><dd>${formatCalendarDate(result.validUntil, t.intlLocale, 'medium')}</dd>` : nothing}
        <dt>${t.ccBillAmount}</dt>
        <dd>${money(result.billFen)}</dd>
        <dt>${t.ccOffer}</dt>
        <dd>
          ${
            result.offer
              ? html`<strong part="offer-title">${result.offer.title}</strong>
                <ul part="offer-terms">
                  ${offerTerms(result.offer, t).map((term) => html`<li>${term}</li>`)}
                </ul>`
              : t.ccNoOffer
          }
        </dd>
        <dt>${t.ccSaving}</dt>
        <dd part="saving">${money(result.savingFen)}</dd>
        <dt>${t.ccPay}</dt>
        <dd part="pay">${money(result.payFen)}</dd>
      </dl>
      ${result.identifiedBy === 'card-number' ? html`<p part="note">${t.ccCardNumberOnly}</p>` : nothing}
      ${
        result.identifiedBy === 'code' && result.offer
          ? html`<div part="actions">
            <button id="record" type="button" part="record-button" aria-disabled=${recording ? 'true' : 'false'}
              @click=${this.#record}>${recording ? t.ccRecording : t.ccRecord}</button>
          </div>`
          : nothing
      }
    </section>`;
  }

  #typed(field: CardCheckField, value: string): void {
    this.#codeWasRead = false;
    this.#counter.update({ [field]: value });
  }

  #codeRead(text: string): void {
    this.#counter.update({ card: text });
    this.#codeWasRead = true;
    this.#focusNext = '#bill';
  }

  #toggleCamera = (): void => {
    if (this.#scanner.active) {
      this.#scanner.stop();
      return;
    }
    this.#codeWasRead = false;
    const video = this.renderRoot.querySelector<HTMLVideoElement>('#camera');
    if (video) void this.#scanner.start(video);
  };

  #check = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.#counter.step === CardCheckStep.checking || this.#counter.step === CardCheckStep.recording) return;
    this.#scanner.stop();
    this.#codeWasRead = false;
    const done = await this.#counter.check();
    await this.#afterRequest(
      done ? '#result-title' : this.#counter.attempted && this.#counter.issues.length > 0 ? '#error-summary' : '#error',
    );
  };

  #record = async (): Promise<void> => {
    if (!this.#counter.canRecord) return;
    const done = await this.#counter.record();
    const redemption = this.#counter.recorded;
    if (done && redemption) this.dispatchEvent(new ClubRedeemedEvent(redemption));
    await this.#afterRequest(done ? '#card' : '#error');
  };

  #retry = async (): Promise<void> => {
    const action = this.#counter.failure?.action;
    const done = await this.#counter.retry();
    await this.#afterRequest(done ? (action === 'record' ? '#card' : '#result-title') : '#error');
  };

  #clear = (): void => {
    this.#scanner.stop();
    this.#codeWasRead = false;
    this.#counter.clear();
    this.#focusNext = '#card';
  };

  async #afterRequest(selector: string): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
