// The desk's conduct complaint section, loaded on demand (`import('./conduct.js')`) when the desk
// opens it: its controller and its form. Its words come with the survey section's (records-*.ts).
import type { NewConductComplaintBody } from '@clubkit/core/api';
import type { ComplaintCategory, ComplaintChannel } from '@clubkit/core/service';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { describeError } from '../shared/errors.js';
import type { DeskRecordsClient } from './records-client.js';
import type { ConductRecord, DeskSection, DeskWords } from './section.js';
import { deskRecordsMessages } from './records-words.js';
import type { DeskRecordsMessages } from './records-messages.js';
import type { StaffPicker } from './staff-picker.js';

/** The outcome of the last filing: logged with its reference, refused, or none yet. */
export type ConductOutcome =
  | { status: 'none' }
  | { status: 'submitting' }
  | { status: 'done'; reference: string }
  | { status: 'error'; error: unknown };

/** What the desk typed: the complaint form, the staff member chosen, and the rows of witnesses and evidence. */
export type ConductForm = Readonly<Record<string, string>>;

/** The most witnesses and pieces of evidence the form offers rows for (core's `CONDUCT_LIST_MAX`). */
const ROWS_MAX = 20;
// In the form's order, so focus goes to the first field to fix.
const REQUIRED = ['staffId', 'name', 'phone', 'unit', 'content'] as const;

/**
 * A complaint about a staff member's conduct (A4 §3.3.6 5) as the desk logs it: the complaint
 * form, the staff member complained about, the witnesses (證明人) and the evidence (證物). The
 * server makes the staff member's manager its handler and never shows it to the staff member.
 * Headless: it works with any `ReactiveControllerHost`; `filed` runs after a complaint is logged.
 */
export class ConductSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: DeskRecordsClient;
  readonly #filed: () => void;
  #witnesses = 1;
  #evidence = 1;
  #errors: Readonly<Record<string, string>> = {};
  #outcome: ConductOutcome = { status: 'none' };
  #picker: typeof import('./staff-picker.js') | undefined;
  /** The staff member picker, once its chunk has loaded. */
  picker: StaffPicker | undefined;

  constructor(host: ReactiveControllerHost, client: DeskRecordsClient, filed: () => void = () => {}) {
    this.#host = host;
    this.#client = client;
    this.#filed = filed;
  }

  /** Loads the staff member picker (a chunk of its own); resolves once it shows. */
  async loadPicker(): Promise<void> {
    this.#picker ??= await import('./staff-picker.js');
    if (this.#host instanceof Element && this.#host.shadowRoot) this.#picker.adoptPickerStyles(this.#host.shadowRoot);
    this.picker ??= new this.#picker.StaffPicker(this.#host, this.#client.complaints.conductStaff);
    this.#host.requestUpdate();
  }

  /** Shows `error` as the section's refusal (the picker's chunk did not load). */
  fail(error: unknown): void {
    this.#outcome = { status: 'error', error };
    this.#host.requestUpdate();
  }

  /** The picker's view, or a loading line until its chunk is there. */
  renderPicker(t: DeskWords, w: DeskRecordsMessages): unknown {
    return this.picker && this.#picker
      ? this.#picker.renderStaffPicker(this.picker, t, w, this.#errors['staffId'])
      : html`<p class="status">${t.loading}</p>`;
  }

  /** How many witness rows the form shows. */
  get witnesses(): number {
    return this.#witnesses;
  }

  /** How many evidence rows the form shows. */
  get evidence(): number {
    return this.#evidence;
  }

  /** The form's field errors, by field name. */
  get errors(): Readonly<Record<string, string>> {
    return this.#errors;
  }

  /** Resolves once the host has rendered the section's last change. */
  get rendered(): Promise<boolean> {
    return this.#host.updateComplete;
  }

  /** The last filing's outcome. */
  get outcome(): ConductOutcome {
    return this.#outcome;
  }

  /** Offers one more witness (`witness`) or evidence (`evidence`) row, up to 20. */
  addRow(kind: 'witness' | 'evidence'): void {
    if (kind === 'witness') this.#witnesses = Math.min(ROWS_MAX, this.#witnesses + 1);
    else this.#evidence = Math.min(ROWS_MAX, this.#evidence + 1);
    this.#host.requestUpdate();
  }

  /**
   * Logs the complaint. Empty required fields (and a witness without a name, a piece of evidence
   * without a description) are named in `errors` and nothing is sent; rows left blank are skipped.
   * Resolves true when the Club API logged it; never rejects (its refusal is `outcome.error`).
   */
  async file(form: ConductForm, t: Pick<DeskRecordsMessages, 'required' | 'staffIdInvalid'>): Promise<boolean> {
    const value = (name: string) => (form[name] ?? '').trim();
    const errors: Record<string, string> = {};
    for (const name of REQUIRED) if (!value(name)) errors[name] = t.required;
    // The staff member is chosen from the picker's list: its hidden field holds the id.
    if (errors['staffId']) errors['staffId'] = t.staffIdInvalid;
    const witnesses: NonNullable<NewConductComplaintBody['conduct']['witnesses']> = [];
    for (let i = 0; i < this.#witnesses; i += 1) {
      const [name, phone, statement] = ['name', 'phone', 'statement'].map((f) => value(`w${i}-${f}`));
      if (!name && !phone && !statement) continue;
      if (!name) errors[`w${i}-name`] = t.required;
      witnesses.push({ name: name ?? '', ...(phone ? { phone } : {}), ...(statement ? { statement } : {}) });
    }
    const evidence: NonNullable<NewConductComplaintBody['conduct']['evidence']> = [];
    for (let i = 0; i < this.#evidence; i += 1) {
      const [description, reference] = ['description', 'reference'].map((f) => value(`e${i}-${f}`));
      if (!description && !reference) continue;
      if (!description) errors[`e${i}-description`] = t.required;
      evidence.push({ description: description ?? '', ...(reference ? { reference } : {}) });
    }
    this.#errors = errors;
    if (Object.keys(errors).length > 0) {
      this.#outcome = { status: 'none' };
      this.#host.requestUpdate();
      return false;
    }
    this.#outcome = { status: 'submitting' };
    this.#host.requestUpdate();
    try {
      const complaint = await this.#client.complaints.createConduct({
        name: value('name'),
        phone: value('phone'),
        subject: { unit: value('unit') },
        content: value('content'),
        channel: value('channel') as ComplaintChannel,
        category: value('category') as ComplaintCategory,
        conduct: { staffId: value('staffId'), witnesses, evidence },
      });
      this.#outcome = { status: 'done', reference: complaint.reference };
      this.#witnesses = 1;
      this.#evidence = 1;
      this.picker?.clear();
      this.#filed();
    } catch (error) {
      this.#outcome = { status: 'error', error };
    }
    this.#host.requestUpdate();
    return this.#outcome.status === 'done';
  }
}

/** The form's values by field name, as typed. */
function formValues(form: HTMLFormElement): ConductForm {
  const out: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') out[name] = value;
  return out;
}

/**
 * The section's view: what a conduct complaint is, its form (the staff member picker, the complaint, the witness and evidence rows with their add buttons), the status line and
 * the Club API's refusal. After a filing the form is emptied and focus goes to the status line.
 */
export function renderConduct(section: ConductSection, t: DeskWords): TemplateResult {
  const w = deskRecordsMessages(t.intlLocale);
  const outcome = section.outcome;
  const errors = section.errors;
  const problem = (name: string) =>
    errors[name] ? html`<p id="cd-${name}-error" part="field-error" class="field-error">${errors[name]}</p>` : nothing;
  const input = (name: string, label: string, options: { required?: boolean; long?: boolean; help?: string } = {}) => {
    const described = [options.help ? `cd-${name}-help` : '', errors[name] ? `cd-${name}-error` : '']
      .filter(Boolean)
      .join(' ');
    const attrs = {
      id: `cd-${name}`,
      invalid: errors[name] ? 'true' : 'false',
      described: described || nothing,
    };
    return html`<label class="field" for=${attrs.id}>${label}</label>
      ${
        options.long
          ? html`<textarea id=${attrs.id} name=${name} rows="3" ?required=${options.required} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}></textarea>`
          : html`<input id=${attrs.id} name=${name} ?required=${options.required} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described} />`
      }
      ${options.help ? html`<p id="cd-${name}-help" class="note">${options.help}</p>` : nothing}
      ${problem(name)}`;
  };
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const filed = await section.file(formValues(form), w);
    if (filed) form.reset();
    await section.rendered;
    const first = Object.keys(section.errors)[0];
    (form.getRootNode() as ShadowRoot).querySelector<HTMLElement>(first ? `#cd-${first}` : '#cd-status')?.focus();
  };
  const status =
    outcome.status === 'done' ? w.filed(outcome.reference) : outcome.status === 'submitting' ? t.loading : '';
  return html`<p class="note">${w.conductIntro}</p>
    <p part="status" class="status" role="status" id="cd-status" tabindex="-1">${status}</p>
    ${
      outcome.status === 'error'
        ? html`<div part="error" class="error" role="alert"><p>${w.refused(describeError(outcome.error, t))}</p></div>`
        : nothing
    }
    <form part="conduct-form" class="step-form" data-draft="conduct" novalidate aria-labelledby="conduct-heading" @submit=${submit}>
      ${section.renderPicker(t, w)}
      ${input('name', w.name, { required: true })} ${input('phone', w.phone, { required: true })}
      ${input('unit', w.unit, { required: true })} ${input('content', w.content, { required: true, long: true })}
      <label class="field" for="cd-channel">${w.channel}</label>
      <select id="cd-channel" name="channel">
        ${Object.entries(w.channels).map(([value, label]) => html`<option value=${value} ?selected=${value === 'visit'}>${label}</option>`)}
      </select>
      <label class="field" for="cd-category">${w.category}</label>
      <select id="cd-category" name="category">
        ${Object.entries(t.deskCategories).map(
          ([value, label]) => html`<option value=${value} ?selected=${value === 'service-attitude'}>${label}</option>`,
        )}
      </select>
      <fieldset part="witnesses" class="step-form">
        <legend>${w.witnesses}</legend>
        ${Array.from(
          { length: section.witnesses },
          (_, i) => html`<fieldset class="step-form">
            <legend>${w.witness(i + 1)}</legend>
            ${input(`w${i}-name`, w.witnessName)} ${input(`w${i}-phone`, w.phone)}
            ${input(`w${i}-statement`, w.statement, { long: true })}
          </fieldset>`,
        )}
        <button type="button" part="add-button" data-row="witness" @click=${() => section.addRow('witness')}>${w.addWitness}</button>
      </fieldset>
      <fieldset part="evidence" class="step-form">
        <legend>${w.evidence}</legend>
        ${Array.from(
          { length: section.evidence },
          (_, i) => html`<fieldset class="step-form">
            <legend>${w.exhibit(i + 1)}</legend>
            ${input(`e${i}-description`, w.description)} ${input(`e${i}-reference`, w.reference)}
          </fieldset>`,
        )}
        <button type="button" part="add-button" data-row="evidence" @click=${() => section.addRow('evidence')}>${w.addEvidence}</button>
      </fieldset>
      <div class="actions">
        <button type="submit" part="submit-button" class="primary" ?disabled=${outcome.status === 'submitting'}>${w.file}</button>
      </div>
    </form>`;
}

/** Opens the section over the desk (`changed` reloads its queue after a filing): the desk's `DeskSectionModule`. */
export function open(host: ReactiveControllerHost, client: DeskRecordsClient, changed: () => void): DeskSection {
  const section = new ConductSection(host, client, changed);
  section.loadPicker().catch((error: unknown) => section.fail(error));
  return { render: (t) => renderConduct(section, t) };
}

/** A conduct complaint's part of its record: the staff member, the handler, the witnesses and the evidence. */
export function renderConductRecord(conduct: ConductRecord, t: DeskWords): TemplateResult {
  const w = deskRecordsMessages(t.intlLocale);
  const row = (label: string, value: unknown) => html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
  const list = (label: string, items: readonly string[]) =>
    items.length === 0 ? nothing : row(label, html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`);
  const join = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' · ');
  // Names as they were when the complaint was logged; a record from before names were kept shows ids.
  return html`${row(w.accused, conduct.staffName ?? conduct.staffId)} ${row(w.handler, conduct.handlerName ?? conduct.handlerId)}
    ${list(
      w.witnesses,
      conduct.witnesses.map((x) => join(x.name, x.phone, x.statement)),
    )}
    ${list(
      w.evidence,
      conduct.evidence.map((x) => join(x.description, x.reference)),
    )}`;
}
