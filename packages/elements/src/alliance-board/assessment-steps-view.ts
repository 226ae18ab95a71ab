// The view of the assessment steps, the sheet editor and the fund ledger: a chunk the assessment
// section loads with its controller (`import('./assessment-steps-view.js')`).
import { formatMoney } from '@clubkit/core/shared';
import type { Assessment, RewardFund } from '@clubkit/core/alliance';
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import { AssessmentSteps, stepMessages, type StepProblem } from './assessment-steps.js';
import type { AssessmentStepMessages } from './assessment-steps-messages.js';

export { AssessmentSteps };

const problemText = (t: AssessmentStepMessages, p: StepProblem): string =>
  p.why === 'signer'
    ? t.signerRequired
    : p.why === 'reason'
      ? t.reasonRequired
      : p.why === 'score'
        ? t.scoreRange(p.points)
        : p.why === 'sheet'
          ? t.sheetNot100(p.total)
          : p.why === 'item'
            ? t.itemInvalid
            : p.why === 'band-order'
              ? t.bandOrder
              : p.why === 'half-year'
                ? t.halfYearInvalid
                : t.budgetInvalid;

/** The problem of `form`, if the last outcome was one: its message element, and whether `field` is the one named. */
function problemOf(steps: AssessmentSteps, form: string, t: AssessmentStepMessages, common: CommonMessages) {
  const o = steps.outcome;
  const id = `problem-${form}`;
  const text =
    o.status === 'invalid' && o.form === form
      ? problemText(t, o.problem)
      : o.status === 'error' && o.form === form
        ? t.refused(describeError(o.error, common))
        : undefined;
  return {
    message: text === undefined ? nothing : html`<p id=${id} part="error" class="error" role="alert">${text}</p>`,
    /** `aria-invalid` and `aria-describedby` of a field: set on the field named. */
    at: (field: string | ((f: string) => boolean)) => {
      const named =
        o.status === 'invalid' && o.form === form && (typeof field === 'string' ? o.field === field : field(o.field));
      return { invalid: named ? 'true' : 'false', describedBy: named ? id : nothing };
    },
  };
}

/** Announces what was done last. `name` names a dealer. */
export function renderStepStatus(
  steps: AssessmentSteps,
  common: CommonMessages,
  name: (id: string) => string,
): TemplateResult {
  const t = stepMessages(common.intlLocale);
  const o = steps.outcome;
  const d = o.status === 'done' ? o.done : undefined;
  const text =
    d?.kind === 'decided'
      ? t.decided(name(d.dealerId), d.refused)
      : d?.kind === 'published'
        ? t.published(d.version)
        : d?.kind === 'fund'
          ? t.fundSaved(d.halfYear)
          : '';
  return html`<p part="status step-status" class="status" role="status">${text}</p>`;
}

/**
 * The form of an assessment's awaited step before the sales centre's: the director's and deputy's
 * scores item by item with their total, the signer's name, and (after the director's step) a
 * reason to send it back to the step before.
 */
export function renderStepForm(
  steps: AssessmentSteps,
  a: Assessment,
  common: CommonMessages,
  stepName: string,
  dealer: string,
): TemplateResult {
  const step = a.awaiting;
  if (step === null || step === 'sales-centre') return html``;
  const t = stepMessages(common.intlLocale);
  const p = problemOf(steps, a.id, t, common);
  const id = (part: string) => `${part}-${a.id}`;
  const scores = steps.scores(a);
  const scoring = step === 'director' || step === 'deputy';
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = (n: string) => (form.elements.namedItem(n) as HTMLInputElement | HTMLTextAreaElement | null)?.value;
    const back = (e.submitter as HTMLButtonElement | null)?.value === 'refuse';
    void steps.decide(a, field('signer') ?? '', back ? (field('reason') ?? '') : undefined);
  };
  const signer = p.at(id('signer'));
  const reason = p.at(id('reason'));
  return html`<form part="step-form" class="bar" novalidate aria-label=${t.form(stepName, dealer)} @submit=${submit}>
    ${
      scoring
        ? html`${a.sheet.items.map((item) => {
            const f = p.at(`score-${a.id}-${item.key}`);
            return html`<label for=${id(`score-${item.key}`)}>${t.itemScore(item.label, item.points)}</label>
                <input
                  id=${id(`score-${item.key}`)}
                  part="score"
                  type="number"
                  inputmode="numeric"
                  min="0"
                  max=${item.points}
                  step="1"
                  .value=${scores[item.key] ?? ''}
                  aria-invalid=${f.invalid}
                  aria-describedby=${f.describedBy}
                  @input=${(e: Event) => steps.setScore(a, item.key, (e.target as HTMLInputElement).value)}
                />`;
          })}
            <output part="score-total" for=${a.sheet.items.map((i) => id(`score-${i.key}`)).join(' ')}
              >${t.total(steps.total(a))}</output
            >`
        : nothing
    }
    <label for=${id('signer')}>${t.signerName}</label>
    <input
      id=${id('signer')}
      name="signer"
      maxlength="80"
      autocomplete="name"
      aria-invalid=${signer.invalid}
      aria-describedby=${signer.describedBy}
    />
    ${
      step === 'director'
        ? nothing
        : html`<label for=${id('reason')}>${t.reason}</label>
            <textarea
              id=${id('reason')}
              name="reason"
              maxlength="500"
              rows="2"
              aria-invalid=${reason.invalid}
              aria-describedby=${reason.describedBy}
            ></textarea>`
    }
    ${p.message}
    <button type="submit" part="step-sign-button" value="sign" ?disabled=${steps.busy === a.id}>${t.sign[step]}</button>
    ${
      step === 'director'
        ? nothing
        : html`<button type="submit" part="step-refuse-button" value="refuse" ?disabled=${steps.busy === a.id}>
            ${t.sendBack[step]}
          </button>`
    }
  </form>`;
}

/**
 * The editor of the centre's next sheet version: items, their points and the total, published at
 * exactly 100, and the score bands with their rewards (`./assessment-bands.js`).
 */
export function renderSheetEditor(steps: AssessmentSteps, common: CommonMessages, centreId: string): TemplateResult {
  const t = stepMessages(common.intlLocale);
  const p = problemOf(steps, 'sheet', t, common);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    void steps.publish(centreId);
  };
  const cell = (i: number, field: 'key' | 'label' | 'points', label: string) => {
    const f =
      field === 'points' ? p.at((x) => x === `item-${i}-points` || x === 'sheet-total') : p.at(`item-${i}-${field}`);
    return html`<td>
      <input
        part="sheet-${field}"
        aria-label=${`${label} ${i + 1}`}
        inputmode=${field === 'points' ? 'numeric' : nothing}
        size=${field === 'label' ? 28 : field === 'points' ? 4 : 14}
        .value=${steps.items[i]?.[field] ?? ''}
        aria-invalid=${f.invalid}
        aria-describedby=${f.describedBy}
        @input=${(e: Event) => steps.setItem(i, field, (e.target as HTMLInputElement).value)}
      />
    </td>`;
  };
  return html`<form part="sheet-editor" class="pay" novalidate aria-labelledby="sheet-title" @submit=${submit}>
    <h4 id="sheet-title">${t.sheetTitle(steps.sheet?.version)}</h4>
    <div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="sheet-title">
      <table part="sheet-items" class="standing">
        <thead>
          <tr>
            <th scope="col">${t.itemKey}</th>
            <th scope="col">${t.itemLabel}</th>
            <th scope="col">${t.itemPoints}</th>
            <td></td>
          </tr>
        </thead>
        <tbody>
          ${steps.items.map(
            (item, i) => html`<tr part="sheet-item">
              ${cell(i, 'key', t.itemKey)}${cell(i, 'label', t.itemLabel)}${cell(i, 'points', t.itemPoints)}
              <td>
                <button type="button" part="remove-item-button" @click=${() => steps.removeItem(i)}>
                  ${t.removeItem(item.key || String(i + 1))}
                </button>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p part="sheet-total">${t.sheetTotal(steps.sheetTotal)}</p>
    <div class="bar">
      <button type="button" part="add-item-button" @click=${() => steps.addItem()}>${t.addItem}</button>
    </div>
    ${steps.bandsView?.renderBands(steps, common, p.at)}
    ${p.message}
    <div class="bar">
      <button type="submit" part="publish-button" ?disabled=${steps.busy === 'sheet'}>${t.publish}</button>
    </div>
  </form>`;
}

/**
 * The reward funds' ledger — each half-year's budgeted, fines in, paid and left — with a form on
 * each to change its budget, and one to set a new half-year's fund.
 */
export function renderLedger(
  steps: AssessmentSteps,
  funds: readonly RewardFund[],
  common: CommonMessages,
  centreId: string | undefined,
): TemplateResult {
  const t = stepMessages(common.intlLocale);
  const money = (fen: number) => formatMoney(fen, common.intlLocale);
  const revise = (fund: RewardFund) => (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('budget') as HTMLInputElement;
    void steps.revise(fund, input.value);
  };
  const table = funds.length
    ? html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="fund-caption">
        <table part="funds" class="standing">
          <caption id="fund-caption">${t.fundCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.colHalfYear}</th>
              <th scope="col" class="num">${t.colBudgeted}</th>
              <th scope="col" class="num">${t.colFines}</th>
              <th scope="col" class="num">${t.colPaid}</th>
              <th scope="col" class="num">${t.colLeft}</th>
              <th scope="col">${t.revise}</th>
            </tr>
          </thead>
          <tbody>
            ${funds.map((f) => {
              const p = problemOf(steps, f.id, t, common);
              const at = p.at(`budget-${f.id}`);
              return html`<tr part="fund" data-fund=${f.id}>
                <th scope="row">${f.halfYear}</th>
                <td class="num">${money(f.budgetedFen)}</td>
                <td class="num">${money(f.finesFen)}</td>
                <td class="num">${money(f.paidFen)}</td>
                <td class="num">${money(f.leftFen)}</td>
                <td>
                  <form part="fund-budget" class="bar" novalidate @submit=${revise(f)}>
                    <label for=${`budget-${f.id}`}>${t.newBudget(f.halfYear)}</label>
                    <input
                      id=${`budget-${f.id}`}
                      name="budget"
                      inputmode="decimal"
                      aria-invalid=${at.invalid}
                      aria-describedby=${at.describedBy}
                    />
                    ${p.message}
                    <button type="submit" part="revise-button" ?disabled=${steps.busy === f.id}>${t.revise}</button>
                  </form>
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`
    : html`<p part="message" class="message">${t.noFund}</p>`;
  if (centreId === undefined) return table;
  const p = problemOf(steps, 'fund', t, common);
  const half = p.at('fund-half-year');
  const budget = p.at('fund-budget');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = (n: string) => (form.elements.namedItem(n) as HTMLInputElement).value.trim();
    void steps.setFund(centreId, field('halfYear'), field('budget'));
  };
  return html`${table}
    <form part="fund-form" class="bar" novalidate aria-labelledby="fund-title" @submit=${submit}>
      <h4 id="fund-title">${t.fundTitle}</h4>
      <label for="fund-half-year">${t.halfYear}</label>
      <input
        id="fund-half-year"
        name="halfYear"
        aria-invalid=${half.invalid}
        aria-describedby=${half.describedBy}
      />
      <label for="fund-budget">${t.budget}</label>
      <input
        id="fund-budget"
        name="budget"
        inputmode="decimal"
        aria-invalid=${budget.invalid}
        aria-describedby=${budget.describedBy}
      />
      ${p.message}
      <button type="submit" part="set-fund-button" ?disabled=${steps.busy === 'fund'}>${t.setFund}</button>
    </form>`;
}
