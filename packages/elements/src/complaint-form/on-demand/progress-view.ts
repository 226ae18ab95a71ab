import type { ComplaintReceipt } from '@clubkit/core/api';
import type { TemplateResult } from 'lit';
import type { CommonMessages } from '../../messages/common.js';
import type { OnDemandDeps } from './deps.js';
import type { ComplaintFormMessages } from '../messages.js';
import type { ComplaintProgressMessages } from './messages.js';
import { ProgressStatus, type ComplaintProgressController } from './progress-controller.js';

/** What the view asks of the element that shows it. */
export interface ProgressViewActions {
  /** Checks what was typed. */
  check: () => void;
  /** Goes back to the form. */
  back: () => void;
}

/** A labelled input of the view, with its hint and error. */
function field(
  { html, nothing }: OnDemandDeps,
  id: string,
  label: string,
  hint: string,
  error: string | undefined,
  value: string,
  onInput: (value: string) => void,
  extra: { inputmode?: string; maxlength?: number },
): TemplateResult {
  return html`<div part="field">
    <label part="label" for=${id}>${label}</label>
    <p part="hint" id="${id}-hint">${hint}</p>
    <input
      part="input"
      id=${id}
      type="text"
      autocomplete="off"
      spellcheck="false"
      required
      inputmode=${extra.inputmode ?? nothing}
      maxlength=${extra.maxlength ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
      .value=${value}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
    />
    ${error ? html`<p part="field-error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}

/** The found complaint: its status in words, and what is known of its history with dates. */
function found(
  { html, nothing, formatInstant }: OnDemandDeps,
  receipt: ComplaintReceipt,
  p: ComplaintProgressMessages,
  t: CommonMessages & ComplaintFormMessages,
): TemplateResult {
  const when = (iso: string) => formatInstant(iso, t.intlLocale);
  const resolvedAt = receipt.resolvedAt;
  return html`<section part="receipt progress-receipt" id="progress-receipt" aria-labelledby="progress-receipt-title">
    <h3 part="receipt-title" id="progress-receipt-title">${p.progressFoundTitle(receipt.reference)}</h3>
    <p>${p.progressStatusLabel}<strong part="progress-status" id="progress-status" data-status=${receipt.status}>${p.progressStatuses[receipt.status]}</strong></p>
    <p>${p.progressCategory}${t.formCategories[receipt.category]}</p>
    <h4 part="progress-history-title">${p.progressHistory}</h4>
    <ol part="progress-history" id="progress-history">
      <li>${p.progressReceived(when(receipt.receivedAt))}</li>
      <li>${resolvedAt ? p.progressResolved(when(resolvedAt)) : p.progressDue(when(receipt.followUpBy))}</li>
    </ol>
    ${receipt.resolution ? html`<p part="progress-resolution">${p.progressResolution}${receipt.resolution}</p>` : nothing}
  </section>`;
}

/**
 * The "check progress" view: reference and the phone's last four digits, the check button, and
 * the answer — the status and its history in words, or "not found" without saying which of the
 * two was wrong.
 */
export function renderProgress(
  deps: OnDemandDeps,
  c: ComplaintProgressController,
  p: ComplaintProgressMessages,
  t: CommonMessages & ComplaintFormMessages,
  actions: ProgressViewActions,
): TemplateResult {
  const { html, nothing, describeError } = deps;
  const s = c.state;
  const problems = s.status === ProgressStatus.invalid ? s.problems : {};
  const loading = s.status === ProgressStatus.loading;
  const failed =
    s.status === ProgressStatus.notFound
      ? p.progressNotFound
      : s.status === ProgressStatus.mistyped
        ? p.progressMistyped
        : s.status === ProgressStatus.tooMany
          ? p.progressTooMany
          : s.status === ProgressStatus.error
            ? describeError(s.error, t)
            : undefined;
  return html`<section part="progress" id="progress" aria-labelledby="progress-title">
    <h2 part="progress-title" id="progress-title" tabindex="-1">${p.progressTitle}</h2>
    <p part="hint">${p.progressIntro}</p>
    <form
      part="form progress-form"
      id="progress-form"
      novalidate
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        actions.check();
      }}
    >
      ${field(
        deps,
        'progress-reference',
        p.progressReference,
        p.progressReferenceHint,
        problems.reference && p.progressErrorReference,
        c.reference,
        (v) => (c.reference = v),
        {},
      )}
      ${field(
        deps,
        'progress-digits',
        p.progressDigits,
        p.progressDigitsHint,
        problems.digits && p.progressErrorDigits,
        c.digits,
        (v) => (c.digits = v),
        { inputmode: 'numeric', maxlength: 4 },
      )}
      <button part="submit-button progress-check-button" id="progress-check" type="submit" aria-disabled=${loading ? 'true' : 'false'}>
        ${loading ? p.progressChecking : p.progressCheck}
      </button>
    </form>
    <div part="progress-answer" id="progress-answer" role="status">
      ${s.status === ProgressStatus.found ? found(deps, s.receipt, p, t) : nothing}
    </div>
    ${failed ? html`<div part="error progress-error" id="progress-error" class="club-alert" role="alert">${failed}</div>` : nothing}
    <button part="back-button" id="progress-back" type="button" @click=${actions.back}>${p.progressBack}</button>
  </section>`;
}
