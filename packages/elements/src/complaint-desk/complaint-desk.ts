import type { Complaint, ComplaintEventType } from '@clubkit/core/service';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatInstant } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { complaintDeskKit, type ComplaintDeskClient } from './client.js';
import {
  ComplaintDeskController,
  ComplaintDeskStatus,
  ComplaintQueue,
  type ComplaintDeskState,
  type QueueEntry,
} from './complaint-desk-controller.js';
import { complaintDeskStyles } from './complaint-desk.styles.js';
import type { FormDrafts } from './drafts.js';
import type { DeskSection } from './section.js';
import { ReturnVisitsController, ReturnVisitsStatus, type DueVisit } from './return-visits-controller.js';
import { complaintDeskCatalog, type ComplaintDeskMessages } from './messages.js';

type M = CommonMessages & ComplaintDeskMessages;
type Kind = 'conduct' | 'surveys';

const QUEUES = Object.values(ComplaintQueue);

/**
 * The service desk's complaints (A4 §3.3), for the desk's staff: a queue by status — what waits
 * for action with the overdue ones first and marked, then by deadline — a complaint's record and
 * history, and each step core's workflow allows it now: assign to a department with a deadline,
 * escalate, resolve with the department head's signature, follow up with the complainant's
 * satisfaction, reopen, close, flag as malicious; and today's return visits after resolved
 * complaints, the overdue ones first and marked, each opening the complaint it follows up. What
 * the desk types in a section or a step form is kept while it opens a complaint, until sent. The
 * Club API checks every step and records who took it and when. Its state lives in a
 * {@link ComplaintDeskController} (`controller`) and a {@link ReturnVisitsController} (`visits`). Needs a
 * base URL and a session endpoint that answers staff session tokens (`ss_…`), from
 * `<club-provider>` or its own attributes.
 *
 * @summary The service desk's complaint queue and each complaint's next steps, for the desk's staff.
 * @tagname club-complaint-desk
 *
 * @event club-error - `ClubErrorEvent`: loading the queue failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The desk's heading.
 * @csspart queue-select - The queue picker.
 * @csspart status - The polite status line.
 * @csspart message - A message in place of the queue (not configured, signed out, empty).
 * @csspart queue - The list of complaints.
 * @csspart entry - A complaint of the queue; also `entry-overdue` when overdue.
 * @csspart entry-button - The button that opens it.
 * @csspart overdue - The overdue mark.
 * @csspart complaint - The opened complaint.
 * @csspart back-button - The button back to the queue.
 * @csspart record - The complaint's fields.
 * @csspart history - The complaint's history.
 * @csspart steps - The next steps' buttons.
 * @csspart step-button - A next step's button.
 * @csspart step-form - The form of the step chosen.
 * @csspart field-error - A field's error.
 * @csspart submit-button - The step form's submit button.
 * @csspart cancel-button - The step form's cancel button.
 * @csspart error - An error box (`role=alert`).
 * @csspart retry-button - The retry button in the queue's or the visits' error box.
 * @csspart more-button - The button that shows the queue's next page.
 * @csspart visits - The return visits due today.
 * @csspart visits-status - Their polite status line.
 * @csspart visit-list - The list of visits.
 * @csspart visit - A visit due; also `visit-overdue` when its appointment has passed.
 * @csspart visit-button - The button that opens the complaint a visit follows up.
 * @csspart conduct - The staff conduct complaints (a chunk loaded when opened): `conduct-form`, `witnesses`, `evidence`.
 * @csspart conduct-button - The button that opens it.
 * @csspart conduct-form - The form that logs a complaint about a staff member's conduct.
 * @csspart staff-options - The conduct form's list of staff members whose name starts with what was typed (a listbox).
 * @csspart staff-option - One staff member of that list, with their role.
 * @csspart staff-status - What the staff member lookup found, that nobody matched, or the choice.
 * @csspart witnesses - Its witness rows.
 * @csspart evidence - Its evidence rows.
 * @csspart add-button - Adds a witness or evidence row.
 * @csspart surveys - The feedback surveys (a chunk loaded when opened).
 * @csspart surveys-button - The button that opens it.
 * @csspart survey-stats - The month's satisfaction.
 * @csspart survey-form - The new questionnaire form.
 * @csspart send-form - The form that sends a questionnaire to a unit's owner.
 * @csspart survey-requests - The requests awaiting answers.
 * @csspart survey-request - One of them.
 * @csspart answer-button - Opens a request's answer form.
 * @csspart answer-form - The form that records an owner's answers.
 *
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons.
 * @cssproperty [--club-color-danger=#b42318] - Errors and the overdue mark.
 * @cssproperty [--club-color-muted=#59636e] - Labels and notes.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-complaint-desk></club-complaint-desk>
 * </club-provider>
 */
export class ClubComplaintDesk extends ClubElement<M, ComplaintDeskClient> {
  static override styles = [baseStyles, complaintDeskStyles, controlStyles, alertStyles];
  static override catalog = complaintDeskCatalog;
  /** Its complaints with a staff session from the session endpoint. */
  static override kit = complaintDeskKit;
  static override readonly tagName = 'club-complaint-desk';
  static override properties = {
    ...ClubElement.properties,
    pageSize: { type: Number, attribute: 'page-size' },
    _step: { state: true },
    _errors: { state: true },
  };

  /** How many complaints a page of the queue shows (1–100); "show more" shows the next page. @default 20 */
  pageSize = 20;

  /** @ignore The step whose form is open. */
  protected _step: ComplaintEventType | undefined;
  /** @ignore The step form's field errors, by field. */
  protected _errors: Readonly<Record<string, string>> = {};

  readonly #desk = new ComplaintDeskController(this, () => this.club.memberClient, { pageSize: () => this.pageSize });
  readonly #visits = new ReturnVisitsController(this, () => this.club.memberClient);
  #reported: unknown;
  #focus: string | undefined;
  /** Where focus goes back to when the opened complaint is closed. */
  #returnTo: string | undefined;
  /** The sections loaded on demand, once opened, and the conduct module (it also renders a conduct record). */
  #sections: Partial<Record<Kind, DeskSection>> = {};
  #conduct: typeof import('./conduct.js') | undefined;
  #stepForms: typeof import('./step-form.js') | undefined;
  /** What the desk typed in the sections' and the steps' forms, kept until sent or cleared (a chunk loaded with them). */
  #drafts: FormDrafts | undefined;
  /** The step whose form was open on each complaint left, so it opens again with its draft. */
  readonly #openSteps = new Map<string, ComplaintEventType>();

  /** The headless controller behind the element: its `state`, `opened`, `action`, `open()`, `act()`. */
  get controller(): ComplaintDeskController {
    return this.#desk;
  }

  /** The headless controller of the return visits due: its `state` and `reload()`. */
  get visits(): ReturnVisitsController {
    return this.#visits;
  }

  protected override clubChanged(): void {
    // Another client: the sections open again with it.
    this.#sections = {};
    void this.#desk.sync();
    void this.#visits.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#desk.state;
    const opened = this.#desk.opened;
    const t = this.t;
    return html`<div part="base" class="base" aria-busy=${state.status === ComplaintDeskStatus.loading ? 'true' : 'false'}>
      <h2 part="title" class="title">${t.deskTitle}</h2>
      ${opened.status === 'none' ? html`${this.#queue(state, t)}${this.#returnVisits(t)}${this.#records(t)}` : this.#complaint(t)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('pageSize') && changed.get('pageSize') !== undefined) void this.#desk.reload();
    const state = this.#desk.state;
    if (state.status === ComplaintDeskStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
    this.#drafts?.restore(this.renderRoot);
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      if (target) {
        this.#focus = undefined;
        target.focus();
      }
    }
  }

  #queue(state: ComplaintDeskState, t: M): TemplateResult {
    if (state.status === ComplaintDeskStatus.idle)
      return html`<p part="message" class="message">${t.deskNotConfigured}</p>`;
    if (state.status === ComplaintDeskStatus.signedOut)
      return html`<p part="message" class="message">${t.deskSignedOut}</p>`;
    const status =
      state.status === ComplaintDeskStatus.loading
        ? t.loading
        : state.status === ComplaintDeskStatus.ready
          ? t.deskLoaded(state.entries.length)
          : '';
    return html`<div class="bar">
        <label class="field"
          >${t.deskQueue}
          <select part="queue-select" id="queue" @change=${this.#pickQueue}>
            ${QUEUES.map((q) => html`<option value=${q} ?selected=${q === this.#desk.queue}>${t.deskQueues[q]}</option>`)}
          </select>
        </label>
      </div>
      <p part="status" class="status" role="status">${status}</p>
      ${
        state.status === ComplaintDeskStatus.error
          ? html`<div part="error" class="error" role="alert">
            <p id="queue-error">${describeError(state.error, t)}</p>
            <button type="button" part="retry-button" aria-describedby="queue-error" @click=${this.#retry}>${t.retry}</button>
          </div>`
          : nothing
      }
      ${state.status === ComplaintDeskStatus.ready ? this.#entries(state.entries, state.truncated, t) : nothing}
      ${state.status === ComplaintDeskStatus.ready && state.more ? this.#moreButton(t) : nothing}`;
  }

  #entries(entries: readonly QueueEntry[], truncated: boolean, t: M): TemplateResult {
    if (entries.length === 0) return html`<p part="message" class="message">${t.deskEmpty}</p>`;
    return html`<ul part="queue" class="queue">
        ${entries.map(
          ({ complaint: c, overdue }) =>
            html`<li part=${overdue ? 'entry entry-overdue' : 'entry'} class="entry">
              <button type="button" part="entry-button" class="entry-button" data-id=${c.id} @click=${this.#openEntry}>
                <span class="line">
                  <span class="reference">${c.reference}</span>
                  ${overdue ? html`<span part="overdue" class="overdue">${t.deskOverdue}</span>` : nothing}
                  <span class="chip">${t.deskStatuses[c.status]}</span>
                </span>
                <span class="line muted">
                  <span>${t.deskCategories[c.category]}</span>
                  ${c.deadline ? html`<span>${t.deskDueBy(formatInstant(c.deadline, t.intlLocale))}</span>` : nothing}
                </span>
                <span class="summary">${c.content}</span>
              </button>
            </li>`,
        )}
      </ul>
      ${truncated ? html`<p class="note">${t.deskTruncated}</p>` : nothing}`;
  }

  #moreButton(t: M): TemplateResult {
    const more = this.#desk.more;
    return html`${
      more.status === 'error'
        ? html`<div part="error" class="error" role="alert"><p id="more-error">${describeError(more.error, t)}</p></div>`
        : nothing
    }
      <button type="button" part="more-button" class="more" aria-describedby=${more.status === 'error' ? 'more-error' : nothing}
        ?disabled=${more.status === 'loading'} @click=${this.#showMore}>${more.status === 'loading' ? t.loading : t.deskMore}</button>`;
  }

  #returnVisits(t: M): TemplateResult | typeof nothing {
    const state = this.#visits.state;
    if (state.status === ReturnVisitsStatus.idle || state.status === ReturnVisitsStatus.signedOut) return nothing;
    const status =
      state.status === ReturnVisitsStatus.loading
        ? t.loading
        : state.status === ReturnVisitsStatus.ready
          ? t.deskVisitsLoaded(state.visits.length)
          : '';
    return html`<section part="visits" class="visits" aria-labelledby="visits-title">
      <h3 id="visits-title">${t.deskVisitsTitle}</h3>
      <p part="visits-status" class="status" role="status">${status}</p>
      ${
        state.status === ReturnVisitsStatus.error
          ? html`<div part="error" class="error" role="alert">
            <p id="visits-error">${describeError(state.error, t)}</p>
            <button type="button" part="retry-button" aria-describedby="visits-error" @click=${this.#retryVisits}>${t.retry}</button>
          </div>`
          : nothing
      }
      ${state.status === ReturnVisitsStatus.ready ? this.#visitList(state.visits, state.truncated, t) : nothing}
    </section>`;
  }

  /** The conduct complaints and the feedback surveys: each a chunk loaded with its client when opened. */
  #records(t: M): unknown {
    const status = this.#desk.state.status;
    if (
      !this.club.memberClient?.records ||
      status === ComplaintDeskStatus.idle ||
      status === ComplaintDeskStatus.signedOut
    )
      return nothing;
    // Only the sections whose forms the signed-in staff member can submit (core's rules).
    const forms = this.#desk.forms;
    return (['conduct', 'surveys'] as const)
      .filter((kind) => forms?.[kind])
      .map(
        (kind) => html`<section part=${kind} class="visits" aria-labelledby="${kind}-heading">
        <h3 id="${kind}-heading" tabindex="-1">${t.deskSections[kind]}</h3>
        ${
          this.#sections[kind]?.render(t) ??
          html`<button type="button" part="${kind}-button" data-kind=${kind} @click=${this.#openSection}>${t.deskOpen(t.deskSections[kind])}</button>`
        }
      </section>`,
      );
  }

  #openSection = async (e: Event): Promise<void> => {
    const kind = (e.currentTarget as HTMLElement).dataset['kind'] as Kind;
    const load = this.club.memberClient?.records;
    try {
      const [view, client] = await Promise.all([
        kind === 'conduct' ? this.#conductView() : import('./surveys.js'),
        load?.(),
        this.#keepDrafts(),
      ]);
      if (!client) return;
      this.#sections = { ...this.#sections, [kind]: view.open(this, client, () => void this.#desk.reload()) };
      this.#focus = `#${kind}-heading`;
      this.requestUpdate();
    } catch (error) {
      this.dispatchEvent(new ClubErrorEvent(error));
    }
  };

  async #conductView(): Promise<typeof import('./conduct.js')> {
    this.#conduct ??= await import('./conduct.js');
    this.requestUpdate();
    return this.#conduct;
  }

  #visitList(visits: readonly DueVisit[], truncated: boolean, t: M): TemplateResult {
    if (visits.length === 0) return html`<p part="message" class="message">${t.deskVisitsEmpty}</p>`;
    return html`<ul part="visit-list" class="queue">
        ${visits.map(({ visit: v, overdue }) => {
          const details = [v.unit, v.phone].filter(Boolean).join(' · ');
          return html`<li part=${overdue ? 'visit visit-overdue' : 'visit'} class="entry visit">
            <span class="line">
              <span class="reference">${v.customer}</span>
              ${overdue ? html`<span part="overdue" class="overdue">${t.deskOverdue}</span>` : nothing}
              <span class="muted">${t.deskVisitAt(formatInstant(v.appointmentAt, t.intlLocale))}</span>
            </span>
            ${details ? html`<span class="muted">${details}</span>` : nothing}
            <span>${v.purpose}</span>
            ${
              v.subject
                ? html`<button type="button" part="visit-button" class="visit-button" data-id=${v.subject.id} data-visit=${v.id} @click=${this.#openVisit}>
                  ${t.deskVisitOpen(v.customer)}
                </button>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${truncated ? html`<p class="note">${t.deskVisitsTruncated}</p>` : nothing}`;
  }

  #complaint(t: M): TemplateResult {
    const opened = this.#desk.opened;
    const back = html`<button type="button" part="back-button" class="back" @click=${this.#back}>${t.deskBack}</button>`;
    if (opened.status === 'loading')
      return html`${back}
        <p part="status" class="status" role="status">${t.loading}</p>`;
    if (opened.status === 'error')
      return html`${back}
        <div part="error" class="error" role="alert"><p>${describeError(opened.error, t)}</p></div>`;
    if (opened.status !== 'ready') return html``;
    const c = opened.complaint;
    return html`${back}
      <section part="complaint" class="complaint" aria-labelledby="complaint-title">
        <h3 id="complaint-title" tabindex="-1">${t.deskComplaintTitle(c.reference)}</h3>
        ${this.#record(c, t)}
        <h4>${t.deskHistory}</h4>
        <ol part="history" class="history">
          ${c.history.map(
            (e) =>
              html`<li>
                <span class="when">${formatInstant(e.at, t.intlLocale)}</span>
                <span>${t.deskEvents[e.type]}</span>
              </li>`,
          )}
        </ol>
        <h4>${t.deskNextSteps}</h4>
        ${this.#steps(opened.complaint, opened.next, t)}
      </section>`;
  }

  #record(c: Complaint, t: M): TemplateResult {
    const row = (label: string, value: unknown) =>
      value === undefined || value === '' ? nothing : html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<dl part="record" class="record">
      ${row(t.deskStatus, t.deskStatuses[c.status])} ${row(t.deskCategory, t.deskCategories[c.category])}
      ${row(t.deskComplainant, c.name)} ${row(t.deskPhone, c.phone)} ${row(t.deskContent, c.content)}
      ${row(t.deskReceivedAt, formatInstant(c.receivedAt, t.intlLocale))}
      ${row(t.deskDeadline, c.deadline && formatInstant(c.deadline, t.intlLocale))}
      ${row(t.deskDepartment, c.department && t.deskDepartments[c.department])}
      ${row(t.deskResolution, c.resolution && t.deskResolutionBy(c.resolution.text, c.resolution.signedBy))}
      ${row(t.deskSatisfaction, c.satisfaction === undefined ? undefined : c.satisfaction ? t.deskYes : t.deskNo)}
      ${row(t.deskMalicious, c.malicious?.reason)} ${c.conduct && this.#conduct?.renderConductRecord(c.conduct, t)}
    </dl>`;
  }

  #steps(complaint: Complaint, next: readonly ComplaintEventType[], t: M): TemplateResult {
    // A step form the Club API would refuse is not offered (core's rules, once they have loaded).
    if (next.length > 0 && !this.#desk.forms?.steps(complaint))
      return html`<p part="status" class="note">${t.deskNotYourSteps}</p>`;
    const action = this.#desk.action;
    const announce =
      action.status === 'done'
        ? t.deskTaken(t.deskEvents[action.type])
        : action.status === 'submitting'
          ? t.loading
          : '';
    return html`<p part="status" class="status" role="status">${announce}</p>
      ${
        action.status === 'error'
          ? html`<div part="error" class="error" role="alert" id="step-error">
            <p>${t.deskRefused(t.deskEvents[action.type], describeError(action.error, t))}</p>
          </div>`
          : nothing
      }
      ${next.length === 0 ? html`<p class="note">${t.deskNoSteps}</p>` : nothing}
      ${
        this._step && next.includes(this._step)
          ? html`<div data-draft=${this.#stepDraft(this._step)}>${
              this.#stepForms?.renderStepForm(
                this._step,
                t,
                this._errors,
                this.#desk.action.status === 'submitting',
                this.#submit,
                this.#cancel,
              ) ?? html`<p class="status">${t.loading}</p>`
            }</div>`
          : html`<div part="steps" class="steps">
            ${next.map(
              (type) =>
                html`<button type="button" part="step-button" class=${type === 'flagMalicious' ? 'quiet' : ''} data-step=${type} @click=${this.#chooseStep}>
                  ${t.deskEvents[type]}
                </button>`,
            )}
          </div>`
      }`;
  }

  /** The draft key of a step's form on the complaint opened. */
  #stepDraft(step: ComplaintEventType): string {
    const opened = this.#desk.opened;
    return `step:${opened.status === 'ready' ? opened.complaint.id : ''}:${step}`;
  }

  /** Remembers the step form open on the complaint being left, so it opens again with its draft. */
  #leaveComplaint(): void {
    const opened = this.#desk.opened;
    if (opened.status === 'ready' && this._step) this.#openSteps.set(opened.complaint.id, this._step);
  }

  #pickQueue = (e: Event): void => {
    void this.#desk.setQueue((e.target as HTMLSelectElement).value as ComplaintQueue);
  };

  #retry = (): void => {
    void this.#desk.retry();
  };

  #showMore = async (): Promise<void> => {
    const before = this.#desk.state;
    const shown = before.status === ComplaintDeskStatus.ready ? before.entries.length : 0;
    if (!(await this.#desk.showMore())) {
      this.#focus = '[part~="more-button"]';
      this.requestUpdate();
      return;
    }
    // Focus goes to the first complaint the page added, so the keyboard reads on from there.
    const after = this.#desk.state;
    const first = after.status === ComplaintDeskStatus.ready ? after.entries[shown] : undefined;
    this.#focus = first ? `.entry-button[data-id="${first.complaint.id}"]` : '#queue';
    this.requestUpdate();
  };

  #retryVisits = (): void => {
    void this.#visits.reload();
  };

  #openVisit = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    const id = button.dataset['id'];
    if (!id) return;
    this.#open(id, `.visit-button[data-visit="${button.dataset['visit'] ?? ''}"]`);
  };

  #openEntry = (e: Event): void => {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    if (!id) return;
    this.#open(id, `.entry-button[data-id="${id}"]`);
  };

  /** Opens a complaint; `returnTo` is where focus goes back when it is closed. */
  #open(id: string, returnTo: string): void {
    this.#leaveComplaint();
    this._step = this.#openSteps.get(id);
    if (this._step) this.#loadStepForms();
    this._errors = {};
    this.#returnTo = returnTo;
    this.#focus = '#complaint-title';
    void this.#desk.open(id).then(() => {
      const opened = this.#desk.opened;
      // A conduct complaint's record (staff member, handler, witnesses, evidence) comes with the conduct chunk.
      if (opened.status === 'ready' && opened.complaint.conduct) void this.#conductView();
      this.requestUpdate();
    });
  }

  #back = (): void => {
    this.#leaveComplaint();
    this._step = undefined;
    this.#desk.close();
    this.#focus = this.#returnTo ?? '#queue';
    this.#returnTo = undefined;
  };

  /** The step forms are a chunk of their own, loaded when the desk first takes a step. */
  #loadStepForms(): void {
    if (!this.#stepForms)
      void Promise.all([import('./step-form.js'), this.#keepDrafts()]).then(
        ([m]) => {
          this.#stepForms = m;
          this.requestUpdate();
        },
        (error: unknown) => this.dispatchEvent(new ClubErrorEvent(error)),
      );
  }

  /** Starts keeping what is typed in the desk's forms, once a section or a step form is first opened. */
  async #keepDrafts(): Promise<void> {
    if (this.#drafts) return;
    const { FormDrafts } = await import('./drafts.js');
    this.#drafts ??= new FormDrafts(this.renderRoot);
  }

  #chooseStep = (e: Event): void => {
    this.#loadStepForms();
    this._step = (e.currentTarget as HTMLElement).dataset['step'] as ComplaintEventType;
    this._errors = {};
    this.#focus = '.step-form :is(input, select, textarea, button)';
  };

  #cancel = (): void => {
    const opened = this.#desk.opened;
    if (opened.status === 'ready') this.#openSteps.delete(opened.complaint.id);
    this._step = undefined;
    this._errors = {};
    this.#focus = '[part~="step-button"]';
  };

  #submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const step = this._step;
    if (!step || !this.#stepForms) return;
    const { errors, event } = this.#stepForms.readStep(step, e.currentTarget as HTMLFormElement, this.t);
    this._errors = errors;
    const first = Object.keys(errors)[0];
    if (first || !event) {
      this.#focus = `#${first}`;
      return;
    }
    const draft = this.#stepDraft(step);
    const opened = this.#desk.opened;
    const taken = await this.#desk.act(event);
    if (taken) {
      // Sent: its draft is done with.
      this.#drafts?.forget(draft);
      if (opened.status === 'ready') this.#openSteps.delete(opened.complaint.id);
      this._step = undefined;
      this.#focus = '#complaint-title';
    } else {
      this.#focus = '#step-error';
    }
    this.requestUpdate();
  };
}
