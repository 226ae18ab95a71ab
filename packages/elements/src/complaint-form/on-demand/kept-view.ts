import type { ComplaintReceipt } from '@clubkit/core/api';
import type { TemplateResult } from 'lit';
import type { CommonMessages } from '../../messages/common.js';
import type { OnDemandDeps } from './deps.js';
import type { ComplaintFormMessages } from '../messages.js';
import type { ComplaintProgressMessages } from './messages.js';

/** The last receipt, kept on the device: its reference and promise, "check progress" and "dismiss". */
export function renderKept(
  { html, formatInstant, followUpHours }: OnDemandDeps,
  kept: ComplaintReceipt,
  p: ComplaintProgressMessages,
  t: CommonMessages & ComplaintFormMessages,
  progressButton: TemplateResult,
  dismiss: () => void,
): TemplateResult {
  return html`<section part="kept-receipt" id="kept-receipt" aria-labelledby="kept-title">
    <h2 part="receipt-title" id="kept-title">${p.progressKeptTitle}</h2>
    <p>${t.formReference}<strong part="reference" id="kept-reference">${kept.reference}</strong></p>
    <p part="follow-up">${t.formFollowUp(formatInstant(kept.followUpBy, t.intlLocale), followUpHours(kept))}</p>
    <div part="actions">
      ${progressButton}
      <button part="dismiss-button" id="dismiss" type="button" @click=${dismiss}>${p.progressDismiss}</button>
    </div>
  </section>`;
}

/** Says the form holds the member's details, with a button that empties them. */
export function renderPrefilled(
  { html }: OnDemandDeps,
  p: ComplaintProgressMessages,
  clear: () => void,
): TemplateResult {
  return html`<div part="prefilled" id="prefilled">
    <p part="prefilled-note" id="prefilled-note">${p.progressPrefilled}</p>
    <button part="prefill-clear-button" id="prefill-clear" type="button" @click=${clear}>${p.progressPrefillClear}</button>
  </div>`;
}
