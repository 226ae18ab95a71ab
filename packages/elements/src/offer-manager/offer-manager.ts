import { OFFER_TITLE_MAX, type Offer } from '@clubkit/core/merchants';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonMessages } from '../messages/common.js';
import { categoryName } from '../shared/category-names.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatCalendarDate } from '../shared/intl.js';
import { offerTerms } from '../shared/offer-terms.js';
import { baseStyles } from '../shared/styles.js';
import { offerManagerKit, type OfferManagerClient } from './client.js';
import { offerManagerCatalog, type OfferManagerMessages } from './messages.js';
import {
  FORM_FIELD_OF,
  formFields,
  KIND_FORM_FIELDS,
  type OfferFormField,
  type OfferFormIssue,
  type OfferFormValues,
} from './offer-form.js';
import {
  OfferChange,
  OfferManagerController,
  OfferManagerStatus,
  type OfferDraft,
} from './offer-manager-controller.js';
import { offerManagerStyles } from './offer-manager.styles.js';
import type { OfferField, OfferIssueCode } from '@clubkit/core/merchants';

type M = CommonMessages & OfferManagerMessages;

/** Each form field's label. */
const LABELS: { readonly [F in OfferFormField]: (t: M) => string } = {
  kind: (t) => t.omKind,
  title: (t) => t.omOfferTitle,
  percentOff: (t) => t.omPercentOff,
  cap: (t) => t.omCap,
  amountOff: (t) => t.omAmountOff,
  listPrice: (t) => t.omListPrice,
  memberPrice: (t) => t.omMemberPrice,
  minSpend: (t) => t.omMinSpend,
  tiers: (t) => t.omTiers,
  validFrom: (t) => t.omValidFrom,
  validUntil: (t) => t.omValidUntil,
};

/** Each issue code in words. */
const ISSUE_WORDS: { readonly [C in OfferIssueCode]: (t: M) => string } = {
  required: (t) => t.omIssueRequired,
  too_big: (t) => t.omIssueTooLong(OFFER_TITLE_MAX),
  not_fen: (t) => t.omIssueMoney,
  positive: (t) => t.omIssuePositive,
  percent_range: (t) => t.omIssuePercent,
  date: (t) => t.omIssueDate,
  date_order: (t) => t.omIssueDateOrder,
  price_order: (t) => t.omIssuePriceOrder,
  invalid_value: (t) => t.omIssueChoice,
};

/** The optional fields, marked as such on their labels. */
const OPTIONAL: ReadonlySet<OfferFormField> = new Set(['cap', 'minSpend', 'validFrom', 'validUntil']);
const MONEY_FIELDS: ReadonlySet<OfferFormField> = new Set(['cap', 'amountOff', 'listPrice', 'memberPrice', 'minSpend']);

/** A problem to show: the field it is on and its words. */
interface Problem {
  field: OfferFormField;
  message: string;
}

/**
 * A merchant operator's own profile and member offers: add, edit and end offers, each shown as
 * members read it in `<club-merchant-directory>` (the same words, through the same helper), with a
 * live preview of the offer being typed. What is typed is checked by core's offer rules before
 * anything is sent; the Club API's refusals are shown next to the fields with an error summary,
 * and a refused request can be sent again with the same idempotency key. Its state lives in an
 * {@link OfferManagerController} (`controller`). Needs a base URL and a session endpoint that
 * answers staff session tokens (`ss_…`), from `<club-provider>` or its own attributes.
 *
 * @summary A merchant's profile and member offers, for the merchant's own staff.
 * @tagname club-offer-manager
 *
 * @event club-error - `ClubErrorEvent`: loading the merchant or a change failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The widget's heading.
 * @csspart status - The polite status line (loading, loaded, saved, ended).
 * @csspart message - A message in place of the widget (not configured, signed out, no merchant).
 * @csspart profile - The merchant's profile.
 * @csspart section-title - The headings of the profile and the offers.
 * @csspart profile-fields - The profile's list of fields.
 * @csspart offers - The offers section.
 * @csspart add-button - The button that opens the form for a new offer; it and the offers' edit and end buttons
 *   are shown only to a role that may change the merchant's offers (core's `can()`: its own operators, the administrator).
 * @csspart offer-list - The list of offers.
 * @csspart offer - One offer, as members read it; also `offer-ended` once its last day is past.
 * @csspart offer-head - An offer's title line.
 * @csspart offer-title - An offer's title.
 * @csspart ended-badge - Marks an ended offer.
 * @csspart preview-label - The line that says what members read.
 * @csspart offer-terms - An offer's terms in words, as the directory shows them.
 * @csspart actions - An offer's buttons, and the form's.
 * @csspart edit-button - Opens the form on an offer.
 * @csspart end-button - Ends an offer.
 * @csspart form - The form of the offer being added or edited.
 * @csspart form-title - The form's heading.
 * @csspart error-summary - The alert listing every problem after a refused save; focused then.
 * @csspart error-summary-title - Its heading.
 * @csspart error-link - A button that moves focus to the field with the problem.
 * @csspart field - A label, its hint, its input and its error.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A text or date input.
 * @csspart select - The kind and tier selects.
 * @csspart field-error - A field's error.
 * @csspart form-preview - The live preview of the offer being typed.
 * @csspart save-button - Saves the form.
 * @csspart cancel-button - Closes the form.
 * @csspart error - The box of a refused request (`role=alert`).
 * @csspart error-message - The error's text.
 * @csspart retry-button - Sends the refused request again.
 * @csspart dismiss-button - Closes the error box.
 *
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons and the focus ring.
 * @cssproperty [--club-color-danger=#b42318] - Errors.
 * @cssproperty [--club-color-warning=#9a6700] - The ended badge.
 * @cssproperty [--club-color-muted=#59636e] - Hints and labels.
 * @cssproperty [--club-color-border=#d1d9e0] - Offer and input borders.
 * @cssproperty [--club-input-border=1px solid var(--club-color-border)] - Inputs' border.
 * @cssproperty [--club-button-background=var(--club-color-accent)] - The main buttons' background.
 * @cssproperty [--club-button-color=#ffffff] - The main buttons' text.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-offer-manager></club-offer-manager>
 * </club-provider>
 */
export class ClubOfferManager extends ClubElement<M, OfferManagerClient> {
  static override styles = [baseStyles, offerManagerStyles, controlStyles, alertStyles];
  static override catalog = offerManagerCatalog;
  /** The merchant and its offers with a staff session from the session endpoint. */
  static override kit = offerManagerKit;
  static override readonly tagName = 'club-offer-manager';
  static override properties = {
    ...ClubElement.properties,
    merchantId: { attribute: 'merchant-id' },
  };

  /** The merchant to manage when the staff member is not its operator (an administrator); a merchant operator always gets their own. */
  merchantId?: string;

  readonly #manager = new OfferManagerController(this, () => this.club.memberClient, {
    merchantId: () => this.merchantId,
  });
  #reported: unknown;
  #focusNext: string | undefined;

  /** The headless controller behind the element: its state, draft, `startNew()`, `save()`, `end()`, `retryChange()`. */
  get controller(): OfferManagerController {
    return this.#manager;
  }

  protected override clubChanged(): void {
    void this.#manager.sync();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('merchantId')) void this.#manager.sync();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#manager.state;
    const error =
      state.status === OfferManagerStatus.error
        ? state.error
        : this.#manager.change?.status === 'failed'
          ? this.#manager.change.error
          : undefined;
    if (error !== undefined && error !== this.#reported) {
      this.#reported = error;
      this.dispatchEvent(new ClubErrorEvent(error));
    }
    const selector = this.#focusNext;
    this.#focusNext = undefined;
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Moves focus to a field's input. */
  focusField(field: OfferFormField): void {
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  protected override render(): TemplateResult {
    const state = this.#manager.state;
    const t = this.t;
    return html`<div id="base" part="base" class="base" tabindex="-1"
      aria-busy=${state.status === OfferManagerStatus.loading ? 'true' : 'false'}>
      <h2 part="title">${t.omTitle}</h2>
      <p part="status" role="status">${this.#status(t)}</p>
      ${this.#body(t)}
    </div>`;
  }

  #status(t: M): string {
    const state = this.#manager.state;
    const change = this.#manager.change;
    if (state.status === OfferManagerStatus.loading) return t.loading;
    if (change?.status === 'saving') return t.omSending;
    const done = this.#manager.done;
    if (done) {
      const title = done.offer.title;
      if (done.change === OfferChange.add) return t.omAdded(title);
      if (done.change === OfferChange.edit) return t.omSaved(title);
      if (done.removed) return t.omRemoved(title);
      return t.omEndedDone(title, formatCalendarDate(done.offer.validUntil ?? '', t.intlLocale, 'medium'));
    }
    if (state.status === OfferManagerStatus.ready) return t.omLoaded(state.merchant.name);
    return '';
  }

  #body(t: M): TemplateResult | typeof nothing {
    const state = this.#manager.state;
    switch (state.status) {
      case OfferManagerStatus.idle:
        return html`<p part="message">${t.omNotConfigured}</p>`;
      case OfferManagerStatus.signedOut:
        return html`<p part="message">${t.omSignedOut}</p>`;
      case OfferManagerStatus.noMerchant:
        return html`<p part="message">${t.omNoMerchant}</p>`;
      case OfferManagerStatus.loading:
        return nothing;
      case OfferManagerStatus.error:
        return this.#errorBox(state.error, t, this.#retryLoad);
      case OfferManagerStatus.ready: {
        const { merchant } = state;
        const draft = this.#manager.draft;
        const change = this.#manager.change;
        // A category this version of core does not know is shown as its code.
        const category = categoryName(t, merchant.category);
        return html`<section part="profile" aria-labelledby="profile-title">
            <h3 id="profile-title" part="section-title">${t.omProfile}</h3>
            <dl part="profile-fields">
              <dt>${t.omMerchantName}</dt>
              <dd>${merchant.name}</dd>
              <dt>${t.omCategory}</dt>
              <dd>${category}</dd>
              <dt>${t.omAddress}</dt>
              <dd>${merchant.address}</dd>
              ${merchant.phone ? html`<dt>${t.omPhone}</dt><dd>${merchant.phone}</dd>` : nothing}
            </dl>
          </section>
          <section part="offers" aria-labelledby="offers-title">
            <h3 id="offers-title" part="section-title">${t.omOffers(merchant.offers.length)}</h3>
            ${
              change?.status === 'failed' && !draft
                ? this.#errorBox(change.error, t, this.#retryChange, this.#dismiss)
                : nothing
            }
            ${
              draft
                ? this.#form(draft, merchant.offers, t)
                : state.changes
                  ? html`<button id="add" type="button" part="add-button" @click=${this.#add}>${t.omAdd}</button>`
                  : nothing
            }
            ${
              merchant.offers.length === 0
                ? html`<p>${t.omNoOffers}</p>`
                : html`<ul part="offer-list">
                  ${merchant.offers.map((offer) => this.#offer(offer, t, draft !== undefined || !state.changes))}
                </ul>`
            }
          </section>`;
      }
    }
  }

  #errorBox(error: unknown, t: M, retry: () => void, dismiss?: () => void): TemplateResult {
    return html`<div id="error" part="error" role="alert" tabindex="-1">
      <p id="error-message" part="error-message">${describeError(error, t)}</p>
      <div part="actions">
        <button id="retry" type="button" part="retry-button" aria-describedby="error-message" @click=${retry}>${t.retry}</button>
        ${dismiss ? html`<button id="dismiss" type="button" part="dismiss-button" @click=${dismiss}>${t.omDismiss}</button>` : nothing}
      </div>
    </div>`;
  }

  /** An offer as members read it in the directory: its title and its terms, through the directory's `offerTerms`. */
  #preview(offer: Offer, t: M, titleId: string | undefined): TemplateResult {
    return html`<p part="preview-label">${t.omPreview}</p>
      <div part="offer-head">
        <strong id=${titleId ?? nothing} part="offer-title" tabindex=${titleId ? '-1' : nothing}>${offer.title}</strong>
      </div>
      <ul part="offer-terms">
        ${offerTerms(offer, t).map((term) => html`<li>${term}</li>`)}
      </ul>`;
  }

  /** An offer, with its edit and end buttons unless `readOnly` (a form is open, or the role may not change offers). */
  #offer(offer: Offer, t: M, readOnly: boolean): TemplateResult {
    const ended = this.#manager.isEnded(offer);
    const titleId = `offer-${offer.id}`;
    const busy = this.#manager.change?.status === 'saving';
    return html`<li part=${ended ? 'offer offer-ended' : 'offer'} class=${ended ? 'ended' : ''}>
      ${this.#preview(offer, t, titleId)}
      ${ended ? html`<p part="ended-badge">${t.omEndedBadge}</p>` : nothing}
      ${
        readOnly
          ? nothing
          : html`<div part="actions">
            <button id="edit-${offer.id}" type="button" part="edit-button" aria-describedby=${titleId}
              @click=${() => this.#edit(offer.id)}>${t.omEdit}</button>
            ${
              ended
                ? nothing
                : html`<button id="end-${offer.id}" type="button" part="end-button" aria-describedby=${titleId}
                  aria-disabled=${busy ? 'true' : 'false'} @click=${() => this.#end(offer.id)}>${t.omEnd}</button>`
            }
          </div>`
      }
    </li>`;
  }

  /** The problems shown on the form: core's (once a save was tried), then the Club API's. */
  #problems(draft: OfferDraft, t: M): Problem[] {
    const shown = new Set(formFields(draft.values.kind));
    const problems: Problem[] = draft.attempted
      ? draft.issues.map((i: OfferFormIssue) => ({ field: i.field, message: ISSUE_WORDS[i.code](t) }))
      : [];
    for (const issue of draft.serverIssues) {
      const field = FORM_FIELD_OF[issue.field as OfferField] as OfferFormField | undefined;
      if (field && shown.has(field) && !problems.some((p) => p.field === field))
        problems.push({ field, message: issue.message });
    }
    const order = formFields(draft.values.kind);
    return problems.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  }

  #form(draft: OfferDraft, offers: readonly Offer[], t: M): TemplateResult {
    const editing = draft.offerId === undefined ? undefined : offers.find((o) => o.id === draft.offerId);
    const change = this.#manager.change;
    const saving = change?.status === 'saving';
    const problems = this.#problems(draft, t);
    const errors = new Map(problems.map((p) => [p.field, p.message]));
    const v = draft.values;
    return html`<form id="form" part="form" novalidate aria-labelledby="form-title" @submit=${this.#save}>
      <h4 id="form-title" part="form-title" tabindex="-1">${editing ? t.omEditHeading(editing.title) : t.omNewHeading}</h4>
      ${
        problems.length > 0
          ? html`<div id="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h5 id="error-summary-title" part="error-summary-title">${t.omSummaryTitle(problems.length)}</h5>
            <ul>
              ${problems.map(
                (p) =>
                  html`<li><button type="button" part="error-link" @click=${() => this.focusField(p.field)}>${t.omSummaryItem(LABELS[p.field](t), p.message)}</button></li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${
        change?.status === 'failed' && problems.length === 0
          ? this.#errorBox(change.error, t, this.#retryChange)
          : nothing
      }
      ${this.#select(
        'kind',
        v.kind,
        [
          ['percent', t.omKindPercent],
          ['amount', t.omKindAmount],
          ['price', t.omKindPrice],
        ],
        errors,
        t,
      )}
      ${this.#input('title', v, errors, t, t.omOfferTitleHint(OFFER_TITLE_MAX))}
      ${KIND_FORM_FIELDS[v.kind].map((field) =>
        this.#input(field, v, errors, t, field === 'percentOff' ? t.omPercentOffHint : t.omMoneyHint),
      )}
      ${this.#input('minSpend', v, errors, t, t.omMoneyHint)}
      ${this.#select(
        'tiers',
        v.tiers,
        [
          ['all', t.omTiersAll],
          ['standard', t.dirTierStandard],
          ['vip', t.dirTierVip],
        ],
        errors,
        t,
      )}
      ${this.#input('validFrom', v, errors, t, t.omDatesHint)}
      ${this.#input('validUntil', v, errors, t, t.omDatesHint)}
      <section part="form-preview" aria-labelledby="form-preview-title">
        <h5 id="form-preview-title">${t.omPreviewHeading}</h5>
        ${this.#draftPreview(draft, editing, t)}
      </section>
      <div part="actions">
        <button id="save" type="submit" part="save-button" aria-disabled=${saving ? 'true' : 'false'}>${saving ? t.omSaving : t.omSave}</button>
        <button id="cancel" type="button" part="cancel-button" @click=${this.#cancel}>${t.omCancel}</button>
      </div>
    </form>`;
  }

  #draftPreview(draft: OfferDraft, editing: Offer | undefined, t: M): TemplateResult {
    const checked = this.#manager.draftOffer;
    if (!checked) return html`<p>${t.omPreviewPending}</p>`;
    return this.#preview({ ...checked, id: editing?.id ?? 'off_preview' }, t, undefined);
  }

  #describedBy(field: OfferFormField, error: boolean): string {
    return [`${field}-hint`, error ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  #label(field: OfferFormField, t: M): TemplateResult {
    return html`<label part="label" for=${field}>${LABELS[field](t)}${OPTIONAL.has(field) ? html`<span>${t.omOptional}</span>` : nothing}</label>`;
  }

  #input(
    field: OfferFormField,
    values: OfferFormValues,
    errors: Map<OfferFormField, string>,
    t: M,
    hint: string,
  ): TemplateResult {
    const error = errors.get(field);
    const type = field === 'validFrom' || field === 'validUntil' ? 'date' : 'text';
    const inputmode = MONEY_FIELDS.has(field) || field === 'percentOff' ? 'decimal' : nothing;
    return html`<div part="field">
      ${this.#label(field, t)}
      <p part="hint" id="${field}-hint">${hint}</p>
      <input id=${field} part="input" type=${type} inputmode=${inputmode} autocomplete="off"
        .value=${live(values[field])}
        aria-invalid=${error ? 'true' : 'false'} aria-describedby=${this.#describedBy(field, error !== undefined)}
        @input=${(e: Event) => this.#manager.update({ [field]: (e.target as HTMLInputElement).value })} />
      ${error ? html`<p part="field-error" id="${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  #select(
    field: 'kind' | 'tiers',
    value: string,
    options: readonly (readonly [string, string])[],
    errors: Map<OfferFormField, string>,
    t: M,
  ): TemplateResult {
    const error = errors.get(field);
    return html`<div part="field">
      ${this.#label(field, t)}
      <select id=${field} part="select" aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-error` : nothing}
        @change=${(e: Event) => this.#manager.update({ [field]: (e.target as HTMLSelectElement).value })}>
        ${options.map(([option, label]) => html`<option value=${option} ?selected=${option === value}>${label}</option>`)}
      </select>
      ${error ? html`<p part="field-error" id="${field}-error">${error}</p>` : nothing}
    </div>`;
  }

  #add = (): void => {
    this.#manager.startNew();
    this.#focusNext = '#form-title';
  };

  #edit(offerId: string): void {
    this.#manager.startEdit(offerId);
    this.#focusNext = '#form-title';
  }

  #cancel = (): void => {
    this.#manager.cancel();
    this.#focusNext = '#add';
  };

  #save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const offerId = this.#manager.draft?.offerId;
    const saved = await this.#manager.save();
    await this.#afterChange(saved, offerId ?? this.#manager.done?.offer.id);
  };

  #end(offerId: string): void {
    void this.#manager.end(offerId).then((done) => this.#afterChange(done, offerId));
  }

  #retryChange = (): void => {
    const offerId = this.#manager.change?.offerId;
    void this.#manager.retryChange().then((done) => this.#afterChange(done, offerId ?? this.#manager.done?.offer.id));
  };

  #dismiss = (): void => {
    this.#manager.dismissChange();
    this.#focusNext = '#add';
  };

  #retryLoad = (): void => {
    this.#focusNext = '#base';
    void this.#manager.retry();
  };

  /** Moves focus after a change: to the offer changed, or to the error summary or the error box that says why not. */
  async #afterChange(done: boolean, offerId: string | undefined): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    const root = this.renderRoot;
    const id = this.#manager.done?.offer.id ?? offerId;
    const target = done
      ? this.#manager.done?.removed || !id
        ? root.querySelector<HTMLElement>('#add')
        : root.querySelector<HTMLElement>(`[id="offer-${id}"]`)
      : (root.querySelector<HTMLElement>('#error-summary') ?? root.querySelector<HTMLElement>('#error'));
    target?.focus();
  }
}
