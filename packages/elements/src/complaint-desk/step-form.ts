// The step forms of an opened complaint (assign, escalate, resolve, follow up, reopen, close, flag),
// loaded on demand (`import('./step-form.js')`) when the desk first chooses a step: their fields,
// their checks and the event each sends.
import type { ComplaintEventRequest } from '@clubkit/core/api';
import type { ComplaintEventType } from '@clubkit/core/service';
import { html, nothing, type TemplateResult } from 'lit';
import type { DeskWords as M } from './section.js';

/** The fields of the step forms, by the step that asks for them. */
const FIELDS: Readonly<Record<ComplaintEventType, readonly string[]>> = {
  assign: ['department', 'dueAt'],
  escalate: ['to', 'reason'],
  resolve: ['resolution', 'signedBy'],
  followUp: ['satisfied', 'comment'],
  reopen: ['reason'],
  close: [],
  flagMalicious: ['reason'],
};
const OPTIONAL = new Set(['comment']);

/** `YYYY-MM-DDTHH:mm` of an instant in the browser's time zone: a `datetime-local` value. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The form of the step chosen, with its fields' errors; `submit` reads it with {@link readStep}. */
export function renderStepForm(
  step: ComplaintEventType,
  t: M,
  errors: Readonly<Record<string, string>>,
  submitting: boolean,
  submit: (e: SubmitEvent) => Promise<void>,
  cancel: () => void,
): TemplateResult {
  const error = (name: string) => errors[name];
  const described = (name: string) => (error(name) ? `${name}-error` : nothing);
  const invalid = (name: string) => (error(name) ? 'true' : 'false');
  const message = (name: string) =>
    error(name) ? html`<p id="${name}-error" part="field-error" class="field-error">${error(name)}</p>` : nothing;
  const text = (name: string, label: string, long = false) =>
    html`<label class="field" for=${name}>${label}</label>
      ${
        long
          ? html`<textarea id=${name} name=${name} rows="3" ?required=${!OPTIONAL.has(name)} aria-invalid=${invalid(name)} aria-describedby=${described(name)}></textarea>`
          : html`<input id=${name} name=${name} ?required=${!OPTIONAL.has(name)} aria-invalid=${invalid(name)} aria-describedby=${described(name)} />`
      }
      ${message(name)}`;
  const fields: Record<string, () => TemplateResult> = {
    department: () =>
      html`<label class="field" for="department">${t.deskDepartment}</label>
        <select id="department" name="department">
          ${Object.entries(t.deskDepartments).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>`,
    dueAt: () =>
      html`<label class="field" for="dueAt">${t.deskDueAt}</label>
        <input id="dueAt" name="dueAt" type="datetime-local" required .value=${localInput(Date.now() + 86_400_000)}
          aria-invalid=${invalid('dueAt')} aria-describedby=${described('dueAt')} />
        ${message('dueAt')}`,
    to: () =>
      html`<label class="field" for="to">${t.deskEscalateTo}</label>
        <select id="to" name="to">
          ${Object.entries(t.deskLevels).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>`,
    reason: () => text('reason', t.deskReason, true),
    resolution: () => text('resolution', t.deskResolution, true),
    signedBy: () => text('signedBy', t.deskSignedBy),
    satisfied: () =>
      html`<fieldset class="choice">
        <legend>${t.deskSatisfied}</legend>
        <label><input type="radio" name="satisfied" value="true" checked /> ${t.deskYes}</label>
        <label><input type="radio" name="satisfied" value="false" /> ${t.deskNo}</label>
      </fieldset>`,
    comment: () => text('comment', t.deskComment, true),
  };
  return html`<form part="step-form" class="step-form" novalidate aria-labelledby="step-title" @submit=${submit}>
    <h5 id="step-title">${t.deskEvents[step]}</h5>
    ${FIELDS[step].map((name) => fields[name]?.() ?? nothing)}
    <div class="actions">
      <button type="submit" part="submit-button" class="primary" ?disabled=${submitting}>${t.deskEvents[step]}</button>
      <button type="button" part="cancel-button" @click=${cancel}>${t.deskCancel}</button>
    </div>
  </form>`;
}

/**
 * Reads a step form: the event to send, or the fields' errors (an empty required field, a deadline
 * not in the future) when there is one to fix first.
 */
export function readStep(
  step: ComplaintEventType,
  form: HTMLFormElement,
  t: M,
): { errors: Record<string, string>; event?: ComplaintEventRequest } {
  const data = new FormData(form);
  const value = (name: string) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry.trim() : '';
  };
  const errors: Record<string, string> = {};
  for (const name of FIELDS[step])
    if (!OPTIONAL.has(name) && name !== 'satisfied' && value(name) === '') errors[name] = t.deskRequired;
  const dueMs = step === 'assign' ? new Date(value('dueAt')).getTime() : NaN;
  if (step === 'assign' && !errors['dueAt'] && !(dueMs > Date.now())) errors['dueAt'] = t.deskDueInPast;
  if (Object.keys(errors).length > 0) return { errors };
  const event: ComplaintEventRequest =
    step === 'assign'
      ? { type: step, department: value('department') as never, dueAt: new Date(dueMs).toISOString() }
      : step === 'escalate'
        ? { type: step, to: value('to') as never, reason: value('reason') }
        : step === 'resolve'
          ? { type: step, resolution: value('resolution'), signedBy: value('signedBy') }
          : step === 'followUp'
            ? {
                type: step,
                satisfied: value('satisfied') === 'true',
                ...(value('comment') ? { comment: value('comment') } : {}),
              }
            : step === 'close'
              ? { type: step }
              : { type: step, reason: value('reason') };
  return { errors, event };
}
