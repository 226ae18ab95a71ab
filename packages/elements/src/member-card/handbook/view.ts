import type { TemplateResult } from 'lit';
import type { CommonMessages } from '../../messages/common.js';
import type { HandbookDeps } from './deps.js';
import { HandbookStatus, type HandbookState } from './handbook-controller.js';
import type { MemberHandbookMessages } from './messages.js';

/** What the panel's buttons do, given by the card. */
export interface HandbookActions {
  /** Reads the handbook again after a failure. */
  retry: () => void;
  /** Folds the panel away and returns focus to the card's handbook button. */
  close: () => void;
}

/**
 * The handbook panel's contents: the handbook in force — its title, version and day, its
 * sections, the member's rights and duties as numbered lists — or its loading, none-yet and error
 * states. The club's text carries its own language (`lang`), the panel's words the page's.
 */
export function renderHandbook(
  { html, describeError, formatCalendarDate }: HandbookDeps,
  state: HandbookState,
  t: CommonMessages & MemberHandbookMessages,
  actions: HandbookActions,
): TemplateResult {
  const close = html`<button type="button" part="handbook-close-button" class="handbook-close" @click=${actions.close}>${t.handbookClose}</button>`;
  switch (state.status) {
    case HandbookStatus.loading:
      return html`<p part="handbook-loading" role="status">${t.handbookLoading}</p>`;
    case HandbookStatus.none:
      return html`<p part="handbook-none" role="status">${t.handbookNone}</p>${close}`;
    case HandbookStatus.error:
      return html`<div part="handbook-error" class="error" role="alert">
          <p id="handbook-error-message" part="error-message">${describeError(state.error, t)}</p>
          <button type="button" part="handbook-retry-button" class="retry" aria-describedby="handbook-error-message" @click=${actions.retry}>
            ${t.retry}
          </button>
        </div>
        ${close}`;
    case HandbookStatus.ready: {
      const h = state.handbook;
      const items = (list: readonly string[]) => list.map((item) => html`<li>${item}</li>`);
      return html`<h3 id="handbook-title" part="handbook-title" class="handbook-title" lang=${h.lang}>${h.title}</h3>
        <p part="handbook-effective" class="handbook-effective">
          ${t.handbookEffective(formatCalendarDate(h.effectiveFrom, t.intlLocale), h.version)}
        </p>
        ${h.sections.map(
          (s) => html`<section part="handbook-section" lang=${h.lang}>
            <h4>${s.heading}</h4>
            ${s.body
              .split('\n')
              .filter((p) => p.trim() !== '')
              .map((p) => html`<p>${p}</p>`)}
          </section>`,
        )}
        <h4 id="handbook-rights" part="handbook-rights-title">${t.handbookRightsTitle}</h4>
        <ol part="handbook-rights" aria-labelledby="handbook-rights" lang=${h.lang}>${items(h.rights)}</ol>
        <h4 id="handbook-duties" part="handbook-duties-title">${t.handbookDutiesTitle}</h4>
        <ol part="handbook-duties" aria-labelledby="handbook-duties" lang=${h.lang}>${items(h.duties)}</ol>
        ${close}`;
    }
  }
}
