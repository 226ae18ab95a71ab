import { ComplaintCategory } from '@clubkit/core/service/vocabulary';
import { adoptStyles, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { complaintsResource, sessionFromEndpoint, type Transport } from '@clubkit/client';
import { ClubElement } from '../shared/club-element.js';
import type { ClientKit } from '../shared/club-config.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { ClubErrorEvent } from '../shared/events.js';
import { describeError } from '../shared/errors.js';
import { formatInstant } from '../shared/intl.js';
import { builtInLocale } from '../messages/messages.js';
import { baseStyles } from '../shared/styles.js';
import {
  complaintContentMax,
  followUpHours,
  subjectFields,
  type ComplaintField,
  type ComplaintInputField,
} from './complaint-fields.js';
import { ComplaintFormController, ComplaintFormStatus, type ComplaintClient } from './complaint-form-controller.js';
import { DraftStore, ReceiptStore } from './draft-store.js';

import type { CommonMessages } from '../messages/common.js';
import { complaintFormCatalog, type ComplaintFormMessages } from './messages.js';
import { complaintFormStyles } from './complaint-form.styles.js';

/** What the form loads on demand: the member's details, the kept receipt, the "check progress" view. */
type OnDemand = typeof import('./on-demand/index.js');
type OnDemandDeps = import('./on-demand/index.js').OnDemandDeps;
/** What the on-demand module's views use, handed in so that it imports none of it (see `OnDemandDeps`). */
const deps: OnDemandDeps = { html, nothing, css, formatInstant, describeError, followUpHours };
/**
 * The form's client: filing and looking up complaints, and its transport, over which the code
 * loaded on demand reads a signed-in member's records (so the form's first download has no `me` resource).
 */
type ComplaintFormClient = ComplaintClient & { transport: Transport };

/** The id of each input in the shadow root (hints are `<id>-hint`, errors `<id>-error`). */
const inputIds: Record<ComplaintInputField, string> = {
  name: 'name',
  company: 'company',
  unit: 'unit',
  plate: 'plate',
  cardNumber: 'card-number',
  category: 'category',
  content: 'content',
  phone: 'phone',
};

/** The label of a field, for its `<label>` and the error summary. */
function labelOf(field: ComplaintField, t: ComplaintFormMessages): string {
  const labels: Record<ComplaintField, string> = {
    name: t.formName,
    company: t.formCompany,
    subject: t.formSubjectLegend,
    unit: t.formUnit,
    plate: t.formPlate,
    cardNumber: t.formCardNumber,
    category: t.formCategory,
    content: t.formContent,
    phone: t.formPhone,
  };
  return labels[field];
}

/** Per-input details the template needs beyond the label. */
interface InputSpec {
  hint?: string;
  optional?: boolean;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
}

/**
 * A complaint form (A4 §3.3.6): name, company, unit / plate / member card, category, what
 * happened and a phone number. It validates with core's schema as the person types, keeps a
 * draft until the club acknowledges it (restored after a reload), and never files a complaint
 * twice. Its state lives in the exported {@link ComplaintFormController}. With a signed-in member
 * (a session endpoint) it fills the empty fields from the member's records and says so; it keeps
 * the last receipt on the device until dismissed; and "check progress" looks a complaint up by
 * its reference and the phone's last four digits. Those parts are one module loaded on demand.
 *
 * @summary Lets a member or visitor file a complaint, and shows the reference number.
 * @tagname club-complaint-form
 *
 * @slot intro - Text above the form (a heading, a promise of how complaints are handled).
 *
 * @event club-submit - `ClubSubmitEvent`: a valid complaint is about to be sent; `preventDefault()` keeps it (and the draft).
 * @event club-submitted - `ClubSubmittedEvent`: the club acknowledged the complaint; `receipt.reference` is its number.
 * @event club-error - `ClubErrorEvent`: sending failed; `error` is the client's typed error. The values stay. Also when the on-demand module could not be loaded.
 *
 * @csspart base - The wrapper of everything.
 * @csspart status - The polite live region: restored draft, sending, and the receipt.
 * @csspart discard-button - Throws a restored draft away.
 * @csspart form - The `<form>`.
 * @csspart error-summary - The alert listing every problem after a failed submit; focused then.
 * @csspart error-summary-title - Its heading.
 * @csspart error-summary-detail - The server's explanation, when the club refused the values.
 * @csspart error-list - The list of problems.
 * @csspart error-link - A button that moves focus to the field with the problem.
 * @csspart error - The alert for a failed send (network, server, configuration).
 * @csspart field - The wrapper of one label, input, hint and error.
 * @csspart label - A `<label>`.
 * @csspart optional - The "(optional)" note in a label.
 * @csspart input - An `<input>`.
 * @csspart textarea - The complaint text.
 * @csspart select - The category `<select>`.
 * @csspart hint - A hint under a label or legend.
 * @csspart field-error - The error of one field (or of the subject group).
 * @csspart subject-group - The `<fieldset>` of unit, plate and member card.
 * @csspart legend - Its `<legend>`.
 * @csspart submit-button - The submit button (`aria-disabled` while sending).
 * @csspart receipt - The acknowledgement, inside `status`; focused after sending.
 * @csspart receipt-title - Its heading.
 * @csspart reference - The complaint's reference number.
 * @csspart reference-hint - The advice to keep the reference.
 * @csspart follow-up - The promised follow-up date.
 * @csspart new-button - Starts another complaint.
 * @csspart progress-button - Opens the "check progress" view (under the form, in the receipt and the kept receipt).
 * @csspart prefilled - The note that the form holds the signed-in member's details, with its button.
 * @csspart prefilled-note - That note.
 * @csspart prefill-clear-button - Empties the fields filled in from the member's details.
 * @csspart kept-receipt - The last receipt, kept on the device until dismissed.
 * @csspart actions - The buttons of the kept receipt.
 * @csspart dismiss-button - Forgets the kept receipt.
 * @csspart progress-unavailable - Says the "check progress" view could not be loaded.
 * @csspart progress - The "check progress" view.
 * @csspart progress-title - Its heading.
 * @csspart progress-form - Its form (reference and the phone's last four digits); also `form`.
 * @csspart progress-check-button - Its check button; also `submit-button`.
 * @csspart progress-answer - The polite live region with the complaint found.
 * @csspart progress-receipt - The complaint found; also `receipt`.
 * @csspart progress-status - Its status in words.
 * @csspart progress-history-title - The heading of its history.
 * @csspart progress-history - Its history, dated, in words.
 * @csspart progress-resolution - The club's resolution, once resolved.
 * @csspart progress-error - The alert for "not found", a mistyped reference, too many tries or a failed request; also `error`.
 * @csspart back-button - Goes back from the "check progress" view to the form.
 *
 * @cssproperty --club-form-gap - Space between fields. Default `1rem`.
 * @cssproperty --club-input-border - Border of inputs and the subject group. Default `1px solid var(--club-color-border)`.
 * @cssproperty --club-input-radius - Corner radius of inputs and buttons. Default `var(--club-radius)`.
 * @cssproperty --club-button-background - Background of the buttons. Default `var(--club-color-accent)`.
 * @cssproperty --club-button-color - Text colour of the buttons. Default `var(--club-color-accent-text)`.
 *
 * @example
 * <club-provider base-url="https://club.example.com" publishable-key="pk_…" locale="zh-Hant">
 *   <club-complaint-form draft-key="complaint"></club-complaint-form>
 * </club-provider>
 */
export class ClubComplaintForm extends ClubElement<CommonMessages & ComplaintFormMessages, ComplaintFormClient> {
  static override readonly tagName = 'club-complaint-form';

  static override styles = [baseStyles, complaintFormStyles, controlStyles, alertStyles];
  static override catalog = complaintFormCatalog;
  /** The form files complaints with the publishable key, or with a member session from the session endpoint. */
  static override kit: ClientKit<ComplaintFormClient> = {
    resources: (t) => ({ complaints: complaintsResource(t), transport: t }),
    session: (url) => sessionFromEndpoint(url),
  };

  static override properties = {
    ...ClubElement.properties,
    draftKey: { attribute: 'draft-key' },
    storage: { attribute: false },
  };

  /**
   * Names the saved draft, for pages with more than one complaint form.
   * @default 'complaint'
   */
  draftKey = 'complaint';
  /** Where drafts are kept: `localStorage` when undefined, another `Storage`, or `null` for memory only. */
  storage: Storage | null | undefined;

  /** The headless state of the form; a partner can render their own markup with it. */
  readonly controller = new ComplaintFormController(this, {
    client: () => this.club.publicClient ?? this.club.memberClient,
    messages: () => this.t,
  });

  #scope: string | undefined;
  #storageInUse: Storage | null | undefined;
  /** The member client the form was last filled in from (undefined: none, signed out). */
  #prefillClient: ComplaintFormClient | undefined;
  /** The module loaded on demand once here; false when it could not be loaded (offline, say). */
  #more: OnDemand | false | undefined;
  #moreLoading: Promise<OnDemand | undefined> | undefined;
  /** The "check progress" state, made when the view is first opened. */
  #progress: InstanceType<OnDemand['ComplaintProgressController']> | undefined;
  /** True while the "check progress" view is shown instead of the form. */
  #progressOpen = false;

  /** Loads the on-demand module once, and adds its look to the shadow root. */
  #loadMore(): Promise<OnDemand | undefined> {
    this.#moreLoading ??= import('./on-demand/index.js').then(
      (more) => {
        this.#more = more;
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...(this.constructor as typeof ClubComplaintForm).elementStyles,
          more.onDemandStyles(deps),
        ]);
        this.requestUpdate();
        return more;
      },
      (error: unknown) => {
        this.#more = false;
        this.requestUpdate();
        this.dispatchEvent(new ClubErrorEvent(error));
        return undefined;
      },
    );
    return this.#moreLoading;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { baseUrl } = this.club;
    const scope = `${baseUrl}\n${this.draftKey}`;
    if (scope !== this.#scope || this.storage !== this.#storageInUse) {
      this.#scope = scope;
      this.#storageInUse = this.storage;
      const options = {
        baseUrl,
        draftKey: this.draftKey,
        ...(this.storage === undefined ? {} : { storage: this.storage }),
      };
      this.controller.useStore(new DraftStore(options), new ReceiptStore(options));
    }
    // A signed-in member's form is filled in from their records; signed out, with nothing.
    const member = this.club.memberClient;
    if (member !== this.#prefillClient) {
      this.#prefillClient = member;
      if (!member) this.controller.prefill({});
      else
        void this.#loadMore().then(async (more) => {
          const values = more ? await more.memberValues({ me: more.memberReads(member.transport) }) : {};
          if (this.#prefillClient === member) this.controller.prefill(values);
        });
    }
    if (this.controller.kept && this.#more === undefined) void this.#loadMore();
  }

  /**
   * Shows the "check progress" view instead of the form (loading it the first time), with
   * `reference` filled in when given; focus moves to the first empty field.
   */
  async showProgress(reference?: string): Promise<void> {
    const more = await this.#loadMore();
    if (!more) return;
    this.#progress ??= new more.ComplaintProgressController(
      this,
      () => this.club.publicClient ?? this.club.memberClient,
    );
    if (reference) this.#progress.reference = reference;
    this.#progressOpen = true;
    this.#focusAfterUpdate(this.#progress.reference ? '#progress-digits' : '#progress-reference');
  }

  #closeProgress(): void {
    this.#progressOpen = false;
    this.#focusAfterUpdate('#check-progress');
  }

  async #checkProgress(): Promise<void> {
    const controller = this.#progress;
    if (!controller) return;
    await controller.check();
    await this.updateComplete;
    const s = controller.state;
    if (s.status === 'invalid')
      this.#focusAfterUpdate(s.problems.reference ? '#progress-reference' : '#progress-digits');
  }

  /** Moves focus to a field's input (the unit for the subject group). */
  focusField(field: ComplaintField): void {
    const id = inputIds[field === 'subject' ? 'unit' : field];
    this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus();
  }

  /** What to focus once the next render is in the page (the summary, the receipt, the first field). */
  #focusNext: string | undefined;

  /** Focuses `selector` in the next render's `updated()`, so that it is focused when `updateComplete` resolves. */
  #focusAfterUpdate(selector: string): void {
    this.#focusNext = selector;
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.#focusNext;
    this.#focusNext = undefined;
    if (selector) this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.controller.status === ComplaintFormStatus.submitting) return;
    const pending = this.controller.submit();
    await this.updateComplete;
    // Without problems found here (the summary would be up now), wait for the check or the club's answer.
    if (!this.controller.submitAttempted) {
      const receipt = await pending;
      if (receipt) {
        this.#focusAfterUpdate('#receipt');
        return;
      }
    }
    if (this.controller.submitAttempted) this.#focusAfterUpdate('#error-summary');
  }

  /** Core's rules are loaded as a person starts on the form, so that checking what they type waits for nothing. */
  #onFocusIn(): void {
    void this.controller.loadRules().catch(() => undefined);
  }

  #clearPrefill(): void {
    this.controller.prefill({});
    this.#focusAfterUpdate('#name');
  }

  #startOver(): void {
    this.controller.reset();
    this.#focusAfterUpdate('#name');
  }

  protected override render(): TemplateResult {
    const c = this.controller;
    const t = this.t;
    const more = this.#more || undefined;
    const p = more?.progressMessages(builtInLocale(this.club.locale), this.club.config.messages);
    if (this.#progressOpen && more && p && this.#progress)
      return html`<div part="base">
        ${more.renderProgress(deps, this.#progress, p, t, { check: () => void this.#checkProgress(), back: () => this.#closeProgress() })}
      </div>`;
    const kept = c.status !== ComplaintFormStatus.submitted ? c.kept : undefined;
    return html`<div part="base">
      <slot name="intro"></slot>
      ${kept && more && p ? more.renderKept(deps, kept, p, t, this.#progressButton(kept.reference), () => this.#dismiss()) : nothing}
      <div part="status" id="status" role="status">
        ${this.#more === false ? html`<p part="progress-unavailable" class="club-alert">${t.errorUnavailable}</p>` : nothing}${this.#renderStatus()}
      </div>
      ${
        c.restored && (c.status === ComplaintFormStatus.editing || c.status === ComplaintFormStatus.failed)
          ? html`<button part="discard-button" id="discard" type="button" @click=${this.#startOver}>${t.formDiscard}</button>`
          : nothing
      }
      ${
        c.status === ComplaintFormStatus.submitted
          ? html`${this.#progressButton(c.receipt?.reference)}
              <button part="new-button" id="new" type="button" @click=${this.#startOver}>${t.formNew}</button>`
          : html`${this.#renderForm(more && p && c.prefilled.length > 0 ? more.renderPrefilled(deps, p, () => this.#clearPrefill()) : nothing)}
            ${kept ? nothing : this.#progressButton()}`
      }
    </div>`;
  }

  /** The button that opens the "check progress" view, with `reference` filled in. */
  #progressButton(reference?: string): TemplateResult {
    return html`<button part="progress-button" id="check-progress" type="button" @click=${() => void this.showProgress(reference)}>
      ${this.t.formCheckProgress}
    </button>`;
  }

  #dismiss(): void {
    this.controller.dismiss();
    this.#focusAfterUpdate('#check-progress');
  }

  #renderStatus(): TemplateResult | typeof nothing {
    const c = this.controller;
    const t = this.t;
    if (c.status === ComplaintFormStatus.submitted && c.receipt) {
      return html`<section part="receipt" id="receipt" tabindex="-1" aria-labelledby="receipt-title">
        <h2 part="receipt-title" id="receipt-title">${t.formReceivedTitle}</h2>
        <p>${t.formReference}<strong part="reference" id="reference">${c.receipt.reference}</strong></p>
        <p part="reference-hint">${t.formReferenceHint}</p>
        <p part="follow-up" id="follow-up">${t.formFollowUp(formatInstant(c.receipt.followUpBy, t.intlLocale), followUpHours(c.receipt))}</p>
      </section>`;
    }
    if (c.resuming) return html`<p>${t.formResuming}</p>`;
    if (c.status === ComplaintFormStatus.submitting) return html`<p>${t.formSending}</p>`;
    if (c.restored) return html`<p>${t.formRestored}</p>`;
    return nothing;
  }

  #renderForm(prefilled: TemplateResult | typeof nothing): TemplateResult {
    const c = this.controller;
    const t = this.t;
    const errors = c.errors;
    const problems = c.problems;
    const submitting = c.status === ComplaintFormStatus.submitting;
    const summary = c.submitAttempted && problems.length > 0;
    return html`<form part="form" id="form" novalidate @submit=${this.#onSubmit} @focusin=${this.#onFocusIn}>
      ${
        summary
          ? html`<div part="error-summary" id="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 part="error-summary-title" id="error-summary-title">${t.formSummaryTitle(problems.length)}</h2>
            ${c.status === ComplaintFormStatus.failed ? html`<p part="error-summary-detail">${c.errorMessage}</p>` : nothing}
            <ul part="error-list">
              ${problems.map(
                (p) =>
                  html`<li><button part="error-link" type="button" data-field=${p.field} @click=${() => this.focusField(p.field)}>${t.formSummaryItem(labelOf(p.field, t), p.message)}</button></li>`,
              )}
            </ul>
          </div>`
          : nothing
      }
      ${c.status === ComplaintFormStatus.failed && !summary ? html`<div part="error" id="error" role="alert">${c.errorMessage}</div>` : nothing}
      ${prefilled}
      ${this.#renderInput('name', { autocomplete: 'name' })}
      ${this.#renderInput('company', { optional: true, autocomplete: 'organization' })}
      <fieldset
        part="subject-group"
        id="subject"
        aria-describedby=${errors.subject ? 'subject-hint subject-error' : 'subject-hint'}
        @focusout=${(e: FocusEvent) => {
          if (!(e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) c.touch('subject');
        }}
      >
        <legend part="legend">${t.formSubjectLegend}</legend>
        <p part="hint" id="subject-hint">${t.formSubjectHint}</p>
        ${errors.subject ? html`<p part="field-error" id="subject-error">${errors.subject}</p>` : nothing}
        ${this.#renderInput('unit', { hint: t.formUnitHint })}
        ${this.#renderInput('plate', { autocomplete: 'off' })}
        ${this.#renderInput('cardNumber', { hint: t.formCardNumberHint, inputmode: 'numeric', autocomplete: 'off' })}
      </fieldset>
      ${this.#renderCategory()}
      ${this.#renderInput('content', { hint: t.formContentHint(complaintContentMax) })}
      ${this.#renderInput('phone', { hint: t.formPhoneHint, type: 'tel', autocomplete: 'tel', inputmode: 'tel' })}
      <button part="submit-button" id="submit" type="submit" aria-disabled=${submitting ? 'true' : 'false'}>${submitting ? t.formSubmitting : t.formSubmit}</button>
    </form>`;
  }

  /** `aria-invalid` and `aria-describedby` of an input: its hint, the subject group's error, its own error. */
  #described(field: ComplaintInputField, hint: boolean): { invalid: boolean; describedBy: string | typeof nothing } {
    const errors = this.controller.errors;
    const id = inputIds[field];
    const inSubject = subjectFields.includes(field) && errors.subject !== undefined;
    const ids = [hint ? `${id}-hint` : '', inSubject ? 'subject-error' : '', errors[field] ? `${id}-error` : ''].filter(
      Boolean,
    );
    return { invalid: inSubject || errors[field] !== undefined, describedBy: ids.length ? ids.join(' ') : nothing };
  }

  #renderInput(field: ComplaintInputField, spec: InputSpec): TemplateResult {
    const c = this.controller;
    const t = this.t;
    const id = inputIds[field];
    const error = c.errors[field];
    const { invalid, describedBy } = this.#described(field, spec.hint !== undefined);
    const onInput = (e: Event) => c.set(field, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
    // `.value` is set only when the controller's value changed since the last render (lit's own
    // check, without its `live` directive): a re-render never overwrites what is being typed.
    const required = !spec.optional && !subjectFields.includes(field);
    const control =
      field === 'content'
        ? html`<textarea
            part="textarea"
            id=${id}
            name=${field}
            rows="6"
            ?required=${required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${c.values[field]}
            @input=${onInput}
            @blur=${() => c.touch(field)}
          ></textarea>`
        : html`<input
            part="input"
            id=${id}
            name=${field}
            type=${spec.type ?? 'text'}
            autocomplete=${spec.autocomplete ?? nothing}
            inputmode=${spec.inputmode ?? nothing}
            ?required=${required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy}
            .value=${c.values[field]}
            @input=${onInput}
            @blur=${() => c.touch(field)}
          />`;
    return html`<div part="field" data-field=${field}>
      <label part="label" for=${id}>${labelOf(field, t)}${spec.optional ? html` <span part="optional">${t.formOptional}</span>` : nothing}</label>
      ${spec.hint !== undefined ? html`<p part="hint" id="${id}-hint">${spec.hint}</p>` : nothing}
      ${control}
      ${error ? html`<p part="field-error" id="${id}-error">${error}</p>` : nothing}
    </div>`;
  }

  #renderCategory(): TemplateResult {
    const c = this.controller;
    const t = this.t;
    const error = c.errors.category;
    const { invalid, describedBy } = this.#described('category', false);
    return html`<div part="field" data-field="category">
      <label part="label" for="category">${t.formCategory}</label>
      <select
        part="select"
        id="category"
        name="category"
        required
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @change=${(e: Event) => {
          c.set('category', (e.target as HTMLSelectElement).value);
          c.touch('category');
        }}
        @blur=${() => c.touch('category')}
      >
        <option value="" ?selected=${c.values.category === ''}>${t.formCategoryChoose}</option>
        ${Object.values(ComplaintCategory).map(
          (category) =>
            html`<option value=${category} ?selected=${c.values.category === category}>${t.formCategories[category]}</option>`,
        )}
      </select>
      ${error ? html`<p part="field-error" id="category-error">${error}</p>` : nothing}
    </div>`;
  }
}
