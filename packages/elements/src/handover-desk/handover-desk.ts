import { isClubApiError } from '@clubkit/client';
import { openItems, unansweredQuestions, type Handover, type HandoverItem } from '@clubkit/core/service';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatInstant } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { handoverDeskKit, type HandoverDeskClient } from './client.js';
import {
  HandoverDeskController,
  HandoverDeskStatus,
  mayHandOver,
  type HandoverAction,
} from './handover-desk-controller.js';
import { handoverDeskStyles } from './handover-desk.styles.js';
import { handoverDeskCatalog, type HandoverDeskMessages } from './messages.js';

type M = CommonMessages & HandoverDeskMessages;

/** What the writer of the next hand-over has typed: kept across reloads and refusals until it is handed over. */
interface Draft {
  log: string;
  newItems: string;
  done: Set<string>;
}

const emptyDraft = (): Draft => ({ log: '', newItems: '', done: new Set() });

/** The new items typed one per line, blank lines left out. */
const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The front desk's shift hand-over (A4 §3.9.1 1, 前臺交接班制度), for the desk's staff: the desk's
 * latest hand-over — its log, the items still open and those done this shift, the questions with
 * their answers, its status, who wrote it and when. The incoming shift asks about it, takes it
 * over once every question has its answer (the button says why it waits) or refuses it with a
 * reason; its writer answers the questions; a colleague or the manager reviews it with an
 * optional note. Once it is taken over, the next shift writes its own: a log, the carried open
 * items as "done this shift" checkboxes, and new items one per line. Who may do what is the Club
 * API's answer with core's rules; a refusal is worded, and the form keeps what was typed. Its
 * state lives in a {@link HandoverDeskController} (`controller`). Needs a base URL and a session
 * endpoint that answers staff session tokens (`ss_…`) of the desk role (or the administrator),
 * from `<club-provider>` or its own attributes.
 *
 * @summary The desk's latest shift hand-over: read, ask, answer, take over or refuse, review, and write the next.
 * @tagname club-handover-desk
 *
 * @event club-error - `ClubErrorEvent`: loading the hand-over failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The desk's heading.
 * @csspart status - The polite status line.
 * @csspart reload-button - Reads the desk's latest hand-over again.
 * @csspart message - A message in place of the hand-over (not configured, signed out, none yet).
 * @csspart handover - The latest hand-over's section.
 * @csspart handover-status - The latest hand-over's status; also `handover-status-<status>`.
 * @csspart meta - Who wrote it and when; who took it over, refused or reviewed it.
 * @csspart log - The hand-over's log.
 * @csspart items - A list of items (open, or done this shift).
 * @csspart item - An item; also `item-done` once done.
 * @csspart questions - The questions with their answers.
 * @csspart question - A question.
 * @csspart answer - A question's answer, or that it has none yet.
 * @csspart form - A form: asking, answering, refusing, reviewing, writing the next hand-over.
 * @csspart submit-button - A form's button.
 * @csspart accept-button - The take-over button; `aria-disabled` while a question waits.
 * @csspart field-error - A field's error.
 * @csspart error - An error box (`role=alert`).
 * @csspart retry-button - The retry button in the error box.
 *
 * @cssproperty [--club-color-success=#1a7f37] - The taken-over and reviewed status.
 * @cssproperty [--club-color-warning=#9a6700] - The awaiting status.
 * @cssproperty [--club-color-danger=#b42318] - Errors and the refused status.
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons and focus rings.
 * @cssproperty [--club-color-muted=#59636e] - Labels and notes.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-handover-desk></club-handover-desk>
 * </club-provider>
 */
export class ClubHandoverDesk extends ClubElement<M, HandoverDeskClient> {
  static override styles = [baseStyles, handoverDeskStyles, controlStyles, alertStyles];
  static override catalog = handoverDeskCatalog;
  /** The desk's hand-overs with a staff session from the session endpoint. */
  static override kit = handoverDeskKit;
  static override readonly tagName = 'club-handover-desk';
  static override properties = {
    ...ClubElement.properties,
    propertyId: { attribute: 'property-id' },
    _errors: { state: true },
  };

  /**
   * The property whose front desk it is (`prp_…`); unset for the signed-in staff member's own
   * desk (a property's desk staff: their property; otherwise the club's own desk).
   */
  propertyId?: string;

  /** @ignore The forms' field errors, by field id. */
  protected _errors: Readonly<Record<string, string>> = {};

  readonly #desk = new HandoverDeskController(this, () => this.club.memberClient, {
    propertyId: () => this.propertyId || undefined,
  });
  #draft: Draft = emptyDraft();
  /** The open items of the hand-over the draft follows, kept while a refusal shows the form. */
  #carried: readonly HandoverItem[] = [];
  #reported: unknown;
  #focus: string | undefined;

  /** The headless controller behind the element: its `state`, `action`, `ask()`, `accept()`, `handOver()`… */
  get controller(): HandoverDeskController {
    return this.#desk;
  }

  protected override clubChanged(): void {
    void this.#desk.sync();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('propertyId')) void this.#desk.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#desk.state;
    const t = this.t;
    return html`<div part="base" class="base" aria-busy=${this.#desk.loading ? 'true' : 'false'}>
      <h2 part="title" class="title">${t.hovTitle}</h2>
      ${
        state.status === HandoverDeskStatus.idle
          ? html`<p part="message" class="message">${t.hovNotConfigured}</p>`
          : state.status === HandoverDeskStatus.signedOut
            ? html`<p part="message" class="message">${t.hovSignedOut}</p>`
            : this.#body(t)
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#desk.state;
    if (state.status === HandoverDeskStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      if (target) {
        this.#focus = undefined;
        target.focus();
      }
    }
  }

  #who(actor: string, me: string, t: M): string {
    return actor === me ? t.hovYou : t.hovStaff(actor.replace(/^staff:/, ''));
  }

  #body(t: M): TemplateResult {
    const state = this.#desk.state;
    const action = this.#desk.action;
    const status = this.#desk.loading
      ? t.loading
      : action.status === 'done'
        ? t.hovDone(t.hovActions[action.kind])
        : state.status === HandoverDeskStatus.ready
          ? state.latest
            ? t.hovLoaded(t.hovStatuses[state.latest.status])
            : t.hovNone
          : '';
    return html`<div class="bar">
        <p part="status" class="status" role="status">${status}</p>
        ${
          state.status === HandoverDeskStatus.ready
            ? html`<button type="button" part="reload-button" id="reload" @click=${this.#retry}>${t.hovReload}</button>`
            : nothing
        }
      </div>
      ${
        state.status === HandoverDeskStatus.error
          ? html`<div part="error" class="error" role="alert">
            <p id="load-error">${describeError(state.error, t)}</p>
            <button type="button" part="retry-button" aria-describedby="load-error" @click=${this.#retry}>${t.retry}</button>
          </div>`
          : nothing
      }
      ${state.status === HandoverDeskStatus.ready && state.latest ? this.#latest(state.latest, state.me, state.next, t) : nothing}
      ${state.status === HandoverDeskStatus.ready ? this.#writeForm(state.latest, t) : nothing}`;
  }

  #refusal(action: HandoverAction, kinds: readonly string[], t: M): TemplateResult | typeof nothing {
    if (action.status !== 'error' || !kinds.includes(action.kind)) return nothing;
    const code = isClubApiError(action.error) ? action.error.code : undefined;
    const reason =
      code === 'handover/previous-pending'
        ? t.hovPreviousPending
        : code === 'handover/invalid-transition'
          ? t.hovNotNow
          : describeError(action.error, t);
    return html`<div part="error" class="error" role="alert" id="action-error" tabindex="-1">
      <p>${t.hovRefused(t.hovActions[action.kind], reason)}</p>
    </div>`;
  }

  #latest(h: Handover, me: string, next: readonly string[], t: M): TemplateResult {
    const action = this.#desk.action;
    const submitting = action.status === 'submitting';
    const open = openItems(h);
    const done = h.items.filter((item) => item.done !== undefined);
    const writer = h.handedOverBy === me;
    const waiting = unansweredQuestions(h);
    // The shift that took it over or refused it is not its reviewer: the manager or duty supervisor is.
    const decided = h.acceptedBy === me || h.refusal?.by === me;
    const item = (i: HandoverItem) =>
      html`<li part=${i.done ? 'item item-done' : 'item'} class=${i.done ? 'done-item' : ''}>
        ${i.text}
        ${
          // Who opened an item is said when another shift did: the writer's own items carry the heading's name.
          i.openedBy === h.handedOverBy
            ? nothing
            : html`<span class="muted">（${t.hovOpenedBy(this.#who(i.openedBy, me, t), formatInstant(i.openedAt, t.intlLocale))}）</span>`
        }
      </li>`;
    return html`<section part="handover" class="handover" aria-labelledby="handover-title">
      <h3 id="handover-title" tabindex="-1">${t.hovLatest}</h3>
      <p part="meta" class="meta">
        <span part="handover-status handover-status-${h.status}" class="chip ${h.status}">${t.hovStatuses[h.status]}</span>
        ${t.hovWrittenBy(this.#who(h.handedOverBy, me, t), formatInstant(h.handedOverAt, t.intlLocale))}
      </p>
      ${h.acceptedBy ? html`<p part="meta" class="meta">${t.hovAcceptedBy(this.#who(h.acceptedBy, me, t))}</p>` : nothing}
      ${h.refusal ? html`<p part="meta" class="meta">${t.hovRefusedBy(this.#who(h.refusal.by, me, t), h.refusal.reason)}</p>` : nothing}
      ${h.review ? html`<p part="meta" class="meta">${t.hovReviewedBy(this.#who(h.review.by, me, t), h.review.note ?? '')}</p>` : nothing}
      <h4>${t.hovLog}</h4>
      <p part="log" class="log">${h.log}</p>
      <h4 id="open-items">${t.hovOpenItems(open.length)}</h4>
      ${open.length ? html`<ul part="items" class="items" aria-labelledby="open-items">${open.map(item)}</ul>` : html`<p class="muted">${t.hovNoItems}</p>`}
      ${
        done.length
          ? html`<h4 id="done-items">${t.hovDoneItems(done.length)}</h4>
            <ul part="items" class="items" aria-labelledby="done-items">${done.map(item)}</ul>`
          : nothing
      }
      <h4 id="questions">${t.hovQuestions(h.questions.length)}</h4>
      ${
        h.questions.length
          ? html`<ol part="questions" class="questions" aria-labelledby="questions">
            ${h.questions.map(
              (q, i) => html`<li part="question">
                <p>${t.hovAskedBy(this.#who(q.askedBy, me, t))} ${q.text}</p>
                <p part="answer" class="muted">${q.answer ? t.hovAnswer(q.answer.text, this.#who(q.answer.by, me, t)) : t.hovUnanswered}</p>
                ${writer && !q.answer && next.includes('answer') ? this.#answerForm(i, t) : nothing}
              </li>`,
            )}
          </ol>`
          : html`<p class="muted">${t.hovNoQuestions}</p>`
      }
      ${this.#refusal(action, ['ask', 'answer', 'accept', 'refuse', 'review'], t)}
      ${
        !writer && next.includes('refuse')
          ? html`${this.#textForm('ask', 'question', t.hovQuestionField, true, submitting, t)}
            <div class="actions">
              <button type="button" part="accept-button" id="accept" class="primary"
                aria-disabled=${waiting > 0 || submitting ? 'true' : 'false'}
                aria-describedby=${waiting > 0 ? 'accept-waits' : nothing} @click=${this.#accept}>${t.hovActions.accept}</button>
            </div>
            ${waiting > 0 ? html`<p id="accept-waits" class="hint">${t.hovAcceptWaits(waiting)}</p>` : nothing}
            ${this.#textForm('refuse', 'reason', t.hovReasonField, true, submitting, t)}`
          : nothing
      }
      ${!writer && !decided && next.includes('review') ? this.#textForm('review', 'note', t.hovNoteField, false, submitting, t) : nothing}
    </section>`;
  }

  #field(id: string, label: string, required: boolean, hint?: string): TemplateResult {
    const error = this._errors[id];
    const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<label class="field" for=${id}>${label}</label>
      <textarea id=${id} name=${id} rows="3" ?required=${required} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}></textarea>
      ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
      ${error ? html`<p id="${id}-error" part="field-error" class="field-error">${error}</p>` : nothing}`;
  }

  #textForm(
    kind: 'ask' | 'refuse' | 'review',
    id: string,
    label: string,
    required: boolean,
    submitting: boolean,
    t: M,
  ): TemplateResult {
    return html`<form part="form" class="form" novalidate data-form=${kind} @submit=${this.#submitText}>
      ${this.#field(id, label, required)}
      <div class="actions">
        <button type="submit" part="submit-button" id="${kind}-submit" ?disabled=${submitting}>${t.hovActions[kind]}</button>
      </div>
    </form>`;
  }

  #answerForm(question: number, t: M): TemplateResult {
    const id = `answer-${String(question)}`;
    return html`<form part="form" class="form" novalidate data-question=${question} @submit=${this.#submitAnswer}>
      ${this.#field(id, t.hovAnswerField(question + 1), true)}
      <div class="actions">
        <button type="submit" part="submit-button" id="${id}-submit" ?disabled=${this.#desk.action.status === 'submitting'}>${t.hovActions.answer}</button>
      </div>
    </form>`;
  }

  #writeForm(latest: Handover | undefined, t: M): TemplateResult | typeof nothing {
    const action = this.#desk.action;
    const refused = action.status === 'error' && action.kind === 'handOver';
    const may = mayHandOver(latest);
    if (!may && !refused) return nothing;
    // The carried items are the latest's open ones; after a refusal, those the draft was written against.
    if (may) this.#carried = latest ? openItems(latest) : [];
    const draft = this.#draft;
    return html`<form part="form" class="form write" novalidate aria-labelledby="write-title" data-form="handOver" @submit=${this.#submitHandOver}>
      <h3 id="write-title" tabindex="-1">${t.hovWrite}</h3>
      ${this.#refusal(action, ['handOver'], t)}
      ${may ? nothing : html`<p class="hint">${t.hovWriteWaits}</p>`}
      <label class="field" for="log">${t.hovLog}</label>
      <textarea id="log" name="log" rows="5" required aria-invalid=${this._errors['log'] ? 'true' : 'false'}
        aria-describedby=${this._errors['log'] ? 'log-error' : nothing} .value=${draft.log} @input=${this.#typeLog}></textarea>
      ${this._errors['log'] ? html`<p id="log-error" part="field-error" class="field-error">${this._errors['log']}</p>` : nothing}
      ${
        this.#carried.length
          ? html`<fieldset>
            <legend>${t.hovCarried}</legend>
            ${this.#carried.map(
              (item, i) => html`<div class="check">
                <input type="checkbox" id="carried-${i}" name="done" value=${item.key} .checked=${draft.done.has(item.key)}
                  aria-describedby="carried-${i}-text" @change=${this.#tickDone} />
                <label for="carried-${i}"><span id="carried-${i}-text">${item.text}</span> — ${t.hovDoneThisShift}</label>
              </div>`,
            )}
          </fieldset>`
          : nothing
      }
      <label class="field" for="new-items">${t.hovNewItems}</label>
      <textarea id="new-items" name="new-items" rows="3" aria-describedby="new-items-hint" .value=${draft.newItems}
        @input=${this.#typeItems}></textarea>
      <p id="new-items-hint" class="hint">${t.hovNewItemsHint}</p>
      <div class="actions">
        <button type="submit" part="submit-button" id="handover-submit" class="primary" ?disabled=${action.status === 'submitting'}>${t.hovActions.handOver}</button>
      </div>
    </form>`;
  }

  #typeLog = (e: Event): void => {
    this.#draft.log = (e.target as HTMLTextAreaElement).value;
  };

  #typeItems = (e: Event): void => {
    this.#draft.newItems = (e.target as HTMLTextAreaElement).value;
  };

  #tickDone = (e: Event): void => {
    const box = e.target as HTMLInputElement;
    if (box.checked) this.#draft.done.add(box.value);
    else this.#draft.done.delete(box.value);
  };

  #retry = (): void => {
    void this.#desk.retry();
  };

  /** After an action: the hand-over's heading when it went through, the refusal when not. */
  #after(taken: boolean, success = '#handover-title'): void {
    this.#focus = taken ? success : '#action-error';
    this.requestUpdate();
  }

  #accept = async (): Promise<void> => {
    const state = this.#desk.state;
    // While a question waits, the button says why (its description) and does nothing.
    if (state.status !== HandoverDeskStatus.ready || !state.latest || unansweredQuestions(state.latest) > 0) return;
    if (this.#desk.action.status === 'submitting') return;
    this._errors = {};
    this.#after(await this.#desk.accept());
  };

  #submitText = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const kind = form.dataset['form'];
    const field = form.querySelector('textarea');
    if (!field || (kind !== 'ask' && kind !== 'refuse' && kind !== 'review')) return;
    const text = field.value.trim();
    if (kind !== 'review' && text === '') {
      this._errors = { [field.id]: this.t.hovRequired };
      this.#focus = `#${field.id}`;
      return;
    }
    this._errors = {};
    const taken =
      kind === 'ask'
        ? await this.#desk.ask(text)
        : kind === 'refuse'
          ? await this.#desk.refuse(text)
          : await this.#desk.review(text || undefined);
    if (taken) field.value = '';
    this.#after(taken, kind === 'ask' ? '#question' : '#handover-title');
  };

  #submitAnswer = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const question = Number(form.dataset['question']);
    const field = form.querySelector('textarea');
    if (!field) return;
    const text = field.value.trim();
    if (text === '') {
      this._errors = { [field.id]: this.t.hovRequired };
      this.#focus = `#${field.id}`;
      return;
    }
    this._errors = {};
    this.#after(await this.#desk.answer(question, text));
  };

  #submitHandOver = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const draft = this.#draft;
    if (draft.log.trim() === '') {
      this._errors = { log: this.t.hovRequired };
      this.#focus = '#log';
      return;
    }
    this._errors = {};
    const carried = new Set(this.#carried.map((item) => item.key));
    const written = await this.#desk.handOver({
      log: draft.log.trim(),
      items: linesOf(draft.newItems),
      done: [...draft.done].filter((key) => carried.has(key)),
    });
    if (written) this.#draft = emptyDraft();
    this.#after(written !== undefined);
  };
}
