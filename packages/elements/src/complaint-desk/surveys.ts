// The desk's feedback survey section (意見徵詢, A4 §3.3.5 3), loaded on demand
// (`import('./surveys.js')`) when the desk opens it: its controller and its view.
import type { Survey, SurveyAnswer, SurveyQuestion, SurveyRequest } from '@clubkit/core/service';
import type { SurveyStats } from '@clubkit/core/stats';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import { formatInstant } from '../shared/intl.js';
import type { DeskRecordsClient } from './records-client.js';
import type { DeskSection } from './section.js';
import type { DeskRecordsMessages } from './records-messages.js';
import { deskRecordsMessages } from './records-words.js';

/** The section's state: the questionnaires and the requests awaiting answers, once loaded. */
export type SurveySectionState =
  | { status: 'loading' }
  | { status: 'ready'; surveys: Survey[]; waiting: SurveyRequest[] }
  | { status: 'error'; error: unknown };

/** The month's satisfaction report (`GET /v1/stats/surveys`). */
export type SurveyReportState =
  | { status: 'loading'; month: string }
  | { status: 'ready'; month: string; stats: SurveyStats }
  | { status: 'error'; month: string; error: unknown };

/** The outcome of the last action: done (with what to announce), a field to fix, or refused. */
export type SurveyOutcome =
  | { status: 'none' }
  | { status: 'busy' }
  | { status: 'created'; title: string }
  | { status: 'sent'; owner: string; unit: string }
  | { status: 'answered'; owner: string }
  | { status: 'invalid'; field: string; message: string }
  | { status: 'error'; error: unknown };

async function first<T>(items: AsyncIterable<T>, limit: number): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) {
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}

/** A form field's text (empty when absent). */
function field(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

/** `YYYY-MM` → its first and last day, `YYYY-MM-DD`. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [y = 0, m = 0] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The current month, `YYYY-MM`, in the browser's time zone. */
function thisMonth(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/**
 * Feedback surveys as the desk runs them: it writes a questionnaire (ratings from 1 to 5 and free
 * text), sends it to a unit's owner of record by house number, records the owner's answers once,
 * and reads the month's satisfaction (the share of ratings of 4 or 5, core's rule, counted by the
 * Club API). Headless: it works with any `ReactiveControllerHost`. No method rejects.
 */
export class SurveySection {
  readonly #host: ReactiveControllerHost;
  readonly #client: DeskRecordsClient;
  #state: SurveySectionState = { status: 'loading' };
  #report: SurveyReportState = { status: 'loading', month: thisMonth() };
  #outcome: SurveyOutcome = { status: 'none' };
  #answering: string | undefined;

  constructor(host: ReactiveControllerHost, client: DeskRecordsClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The questionnaires and the requests awaiting answers. */
  get state(): SurveySectionState {
    return this.#state;
  }

  /** The satisfaction report of the month shown. */
  get report(): SurveyReportState {
    return this.#report;
  }

  /** The last action's outcome. */
  get outcome(): SurveyOutcome {
    return this.#outcome;
  }

  /** Resolves once the host has rendered the section's last change. */
  get rendered(): Promise<boolean> {
    return this.#host.updateComplete;
  }

  /** The request whose answer form is open, if any. */
  get answering(): string | undefined {
    return this.#answering;
  }

  #set(outcome: SurveyOutcome): void {
    this.#outcome = outcome;
    this.#host.requestUpdate();
  }

  /** Loads the questionnaires, the requests awaiting answers (the first 100 of each) and the month's report. */
  async load(): Promise<void> {
    try {
      const [surveys, waiting] = await Promise.all([
        first(this.#client.surveys.list({ limit: 100 }), 100),
        first(this.#client.surveys.requests({ answered: false, limit: 100 }), 100),
      ]);
      this.#state = { status: 'ready', surveys, waiting };
    } catch (error) {
      this.#state = { status: 'error', error };
    }
    this.#host.requestUpdate();
    await this.setMonth(this.#report.month);
  }

  /** Shows the satisfaction report of a month, `YYYY-MM`. */
  async setMonth(month: string): Promise<void> {
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    this.#report = { status: 'loading', month };
    this.#host.requestUpdate();
    try {
      const stats = await this.#client.stats.surveys(monthPeriod(month));
      if (this.#report.month === month) this.#report = { status: 'ready', month, stats };
    } catch (error) {
      if (this.#report.month === month) this.#report = { status: 'error', month, error };
    }
    this.#host.requestUpdate();
  }

  /** Writes a questionnaire; questions with an empty prompt are left out. Resolves true when written. */
  async create(
    title: string,
    questions: readonly Pick<SurveyQuestion, 'kind' | 'prompt'>[],
    t: Pick<DeskRecordsMessages, 'required' | 'needQuestion'>,
  ): Promise<boolean> {
    const asked = questions.filter((q) => q.prompt.trim());
    if (!title.trim()) return this.#invalid('sv-title', t.required);
    if (asked.length === 0) return this.#invalid('sv-q0-prompt', t.needQuestion);
    this.#set({ status: 'busy' });
    try {
      const survey = await this.#client.surveys.create({
        title: title.trim(),
        questions: asked.map((q, i) => ({ id: `q${i + 1}`, kind: q.kind, prompt: q.prompt.trim() })),
      });
      await this.load();
      this.#set({ status: 'created', title: survey.title });
      return true;
    } catch (error) {
      this.#set({ status: 'error', error });
      return false;
    }
  }

  /** Sends a questionnaire to the owner of the unit with this house number. Resolves true when sent. */
  async send(
    surveyId: string,
    unitNumber: string,
    t: Pick<DeskRecordsMessages, 'required' | 'noUnit'>,
  ): Promise<boolean> {
    const number = unitNumber.trim();
    if (!number) return this.#invalid('sv-unit', t.required);
    this.#set({ status: 'busy' });
    try {
      const [unit] = await first(this.#client.units.list({ number, limit: 1 }), 1);
      if (!unit) return this.#invalid('sv-unit', t.noUnit(number));
      const request = await this.#client.surveys.send(surveyId, unit.id);
      await this.load();
      this.#set({ status: 'sent', owner: request.owner.name, unit: unit.number });
      return true;
    } catch (error) {
      this.#set({ status: 'error', error });
      return false;
    }
  }

  /** Opens the answer form of a request (undefined closes it). */
  openAnswers(requestId: string | undefined): void {
    this.#answering = requestId;
    this.#outcome = { status: 'none' };
    this.#host.requestUpdate();
  }

  /** Records a request's answers; unanswered questions are left out. Resolves true when recorded. */
  async answer(
    request: SurveyRequest,
    answers: readonly SurveyAnswer[],
    t: Pick<DeskRecordsMessages, 'needAnswer'>,
  ): Promise<boolean> {
    if (answers.length === 0) return this.#invalid(`sv-${request.id}-0`, t.needAnswer);
    this.#set({ status: 'busy' });
    try {
      await this.#client.surveys.answer(request.id, { answers: [...answers] });
      this.#answering = undefined;
      await this.load();
      this.#set({ status: 'answered', owner: request.owner.name });
      return true;
    } catch (error) {
      this.#set({ status: 'error', error });
      return false;
    }
  }

  #invalid(field: string, message: string): false {
    this.#set({ status: 'invalid', field, message });
    return false;
  }
}

/** What the status line announces for the outcome, or the loaded state. */
function announce(section: SurveySection, w: DeskRecordsMessages, common: CommonMessages): string {
  const o = section.outcome;
  const s = section.state;
  if (o.status === 'busy' || s.status === 'loading') return common.loading;
  if (o.status === 'created') return w.created(o.title);
  if (o.status === 'sent') return w.sent(o.owner, o.unit);
  if (o.status === 'answered') return w.answered(o.owner);
  return s.status === 'ready' ? w.surveysLoaded(s.surveys.length, s.waiting.length) : '';
}

/**
 * The section's view: the status line, the month's satisfaction, the new questionnaire form, the
 * send form and the requests awaiting answers, each with its answer form. After an action focus
 * goes to the field to fix, else to the status line.
 */
export function renderSurveys(section: SurveySection, common: CommonMessages): TemplateResult {
  const w = deskRecordsMessages(common.intlLocale);
  const state = section.state;
  const o = section.outcome;
  return html`<p part="status" class="status" role="status" id="sv-status" tabindex="-1">${announce(section, w, common)}</p>
    ${
      o.status === 'error' || state.status === 'error'
        ? html`<div part="error" class="error" role="alert">
          <p>${w.refused(describeError(o.status === 'error' ? o.error : state.status === 'error' ? state.error : undefined, common))}</p>
        </div>`
        : nothing
    }
    ${report(section, w, common)}
    ${state.status === 'ready' ? html`${createForm(section, w)}${sendForm(section, state.surveys, w)}${waitingList(section, state, w, common)}` : nothing}`;
}

/** A field's error from the outcome, tied to its field. */
function fieldError(section: SurveySection, field: string): TemplateResult | typeof nothing {
  const o = section.outcome;
  return o.status === 'invalid' && o.field === field
    ? html`<p id="${field}-error" part="field-error" class="field-error">${o.message}</p>`
    : nothing;
}

function invalidAttrs(section: SurveySection, field: string): { invalid: string; described: string | typeof nothing } {
  const o = section.outcome;
  const bad = o.status === 'invalid' && o.field === field;
  return { invalid: bad ? 'true' : 'false', described: bad ? `${field}-error` : nothing };
}

/** After an action: focus on the field to fix, else on the status line. */
async function focusAfter(section: SurveySection, within: Element): Promise<void> {
  const root = within.getRootNode() as ShadowRoot | Document;
  await section.rendered;
  const o = section.outcome;
  root.querySelector<HTMLElement>(o.status === 'invalid' ? `#${o.field}` : '#sv-status')?.focus();
}

function report(section: SurveySection, w: DeskRecordsMessages, common: CommonMessages): TemplateResult {
  const r = section.report;
  const count = (n: number) => new Intl.NumberFormat(common.intlLocale).format(n);
  const rate = (n: number | null) =>
    n === null
      ? undefined
      : new Intl.NumberFormat(common.intlLocale, { style: 'percent', maximumFractionDigits: 1 }).format(n);
  return html`<h4>${w.statsTitle}</h4>
    <label class="field" for="sv-month">${w.month}</label>
    <input id="sv-month" type="month" .value=${r.month} @change=${(e: Event) => void section.setMonth((e.target as HTMLInputElement).value)} />
    <p part="survey-stats" class="note">
      ${
        r.status === 'loading'
          ? common.loading
          : r.status === 'error'
            ? describeError(r.error, common)
            : w.stats(count(r.stats.sent), count(r.stats.answered), rate(r.stats.satisfactionRate))
      }
    </p>`;
}

const QUESTION_ROWS = 3;

function createForm(section: SurveySection, w: DeskRecordsMessages): TemplateResult {
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => field(data, name);
    const questions = Array.from({ length: QUESTION_ROWS }, (_, i) => ({
      kind: text(`q${i}-kind`) === 'text' ? ('text' as const) : ('rating' as const),
      prompt: text(`q${i}-prompt`),
    }));
    if (await section.create(text('title'), questions, w)) form.reset();
    await focusAfter(section, form);
  };
  const title = invalidAttrs(section, 'sv-title');
  return html`<form part="survey-form" class="step-form" data-draft="survey-new" novalidate aria-labelledby="sv-new" @submit=${submit}>
    <h5 id="sv-new">${w.newSurvey}</h5>
    <label class="field" for="sv-title">${w.surveyTitle}</label>
    <input id="sv-title" name="title" required maxlength="200" aria-invalid=${title.invalid} aria-describedby=${title.described} />
    ${fieldError(section, 'sv-title')}
    ${Array.from({ length: QUESTION_ROWS }, (_, i) => {
      const prompt = invalidAttrs(section, `sv-q${i}-prompt`);
      return html`<fieldset class="step-form">
        <legend>${w.question(i + 1)}</legend>
        <label class="field" for="sv-q${i}-prompt">${w.prompt}</label>
        <input id="sv-q${i}-prompt" name="q${i}-prompt" maxlength="300" aria-invalid=${prompt.invalid} aria-describedby=${prompt.described} />
        ${fieldError(section, `sv-q${i}-prompt`)}
        <label class="field" for="sv-q${i}-kind">${w.kind}</label>
        <select id="sv-q${i}-kind" name="q${i}-kind">
          ${Object.entries(w.kinds).map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>
      </fieldset>`;
    })}
    <div class="actions"><button type="submit" part="submit-button" class="primary" ?disabled=${section.outcome.status === 'busy'}>${w.create}</button></div>
  </form>`;
}

function sendForm(section: SurveySection, surveys: readonly Survey[], w: DeskRecordsMessages): TemplateResult {
  if (surveys.length === 0) return html`<p part="message" class="message">${w.noSurvey}</p>`;
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    if (await section.send(field(data, 'survey'), field(data, 'unit'), w)) form.reset();
    await focusAfter(section, form);
  };
  const unit = invalidAttrs(section, 'sv-unit');
  return html`<form part="send-form" class="step-form" data-draft="survey-send" novalidate aria-labelledby="sv-send" @submit=${submit}>
    <h5 id="sv-send">${w.sendTitle}</h5>
    <label class="field" for="sv-survey">${w.survey}</label>
    <select id="sv-survey" name="survey">
      ${surveys.map((s) => html`<option value=${s.id}>${s.title}</option>`)}
    </select>
    <label class="field" for="sv-unit">${w.unit}</label>
    <input id="sv-unit" name="unit" required maxlength="40" aria-invalid=${unit.invalid} aria-describedby=${unit.described} />
    ${fieldError(section, 'sv-unit')}
    <div class="actions"><button type="submit" part="submit-button" class="primary" ?disabled=${section.outcome.status === 'busy'}>${w.send}</button></div>
  </form>`;
}

function waitingList(
  section: SurveySection,
  state: Extract<SurveySectionState, { status: 'ready' }>,
  w: DeskRecordsMessages,
  common: CommonMessages,
): TemplateResult {
  const titles = new Map(state.surveys.map((s) => [s.id, s]));
  return html`<h5>${w.waitingTitle}</h5>
    ${
      state.waiting.length === 0
        ? html`<p part="message" class="message">${w.noWaiting}</p>`
        : html`<ul part="survey-requests" class="queue">
          ${state.waiting.map((r) => {
            const survey = titles.get(r.surveyId);
            return html`<li part="survey-request" class="entry" data-request=${r.id}>
              <span>${w.request(r.owner.name, survey?.title ?? r.surveyId, formatInstant(r.sentAt, common.intlLocale))}</span>
              ${
                section.answering === r.id && survey
                  ? answerForm(section, r, survey, w)
                  : html`<button type="button" part="answer-button" data-request=${r.id}
                      @click=${(e: Event) => {
                        section.openAnswers(r.id);
                        const root = (e.currentTarget as Element).getRootNode() as ShadowRoot;
                        void section.rendered.then(() => root.querySelector<HTMLElement>(`#sv-${r.id}-0`)?.focus());
                      }}>${w.record(r.owner.name)}</button>`
              }
            </li>`;
          })}
        </ul>`
    }`;
}

function answerForm(
  section: SurveySection,
  request: SurveyRequest,
  survey: Survey,
  w: DeskRecordsMessages,
): TemplateResult {
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const answers: SurveyAnswer[] = [];
    for (const q of survey.questions) {
      const value = field(data, q.id).trim();
      if (!value) continue;
      answers.push(
        q.kind === 'rating' ? { questionId: q.id, rating: Number(value) } : { questionId: q.id, text: value },
      );
    }
    await section.answer(request, answers, w);
    await focusAfter(section, form);
  };
  const id = (i: number) => `sv-${request.id}-${i}`;
  return html`<form part="answer-form" class="step-form" data-draft="answer:${request.id}" novalidate aria-label=${w.record(request.owner.name)} @submit=${submit}>
    ${survey.questions.map((q, i) => {
      const attrs = invalidAttrs(section, id(i));
      return html`<label class="field" for=${id(i)}>${q.prompt}</label>
        ${
          q.kind === 'rating'
            ? html`<select id=${id(i)} name=${q.id} aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}>
              <option value="">—</option>
              ${w.ratings.map((label, n) => html`<option value=${n + 1}>${label}</option>`)}
            </select>`
            : html`<textarea id=${id(i)} name=${q.id} rows="2" maxlength="1000" aria-invalid=${attrs.invalid} aria-describedby=${attrs.described}></textarea>`
        }
        ${fieldError(section, id(i))}`;
    })}
    <div class="actions">
      <button type="submit" part="submit-button" class="primary" ?disabled=${section.outcome.status === 'busy'}>${w.saveAnswers}</button>
      <button type="button" part="cancel-button" @click=${() => section.openAnswers(undefined)}>${w.cancel}</button>
    </div>
  </form>`;
}

/** Opens the section over the desk and loads its surveys: the desk's `DeskSectionModule`. */
export function open(host: ReactiveControllerHost, client: DeskRecordsClient): DeskSection {
  const section = new SurveySection(host, client);
  void section.load();
  return { render: (t) => renderSurveys(section, t) };
}
