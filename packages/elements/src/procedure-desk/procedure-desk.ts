import { formatMoney, yuan } from '@clubkit/core/shared';
import type { ProcedureEventRequest, ProcedureNextStepsAnswer, TimelineEntry } from '@clubkit/core/api';
import type {
  NewProcedureRecord,
  ProcedureName,
  ProcedureParty,
  ProcedureRecord,
  PropertyUnit,
} from '@clubkit/core/service';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { isAmountYuan, parseAmountYuan } from '../shared/amount.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatInstant } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { procedureDeskKit, type ProcedureDeskClient } from './client.js';
import { timelineStatusLabel } from './timeline-status.js';
import {
  DOCUMENTS,
  GRADES,
  INSPECTORS,
  RECORD_FIELDS,
  RECORD_OPTIONAL,
  recordEvent,
  REMEDIES,
  VIOLATIONS,
  type RecordEventType,
  type RecordField,
} from './record-forms.js';
import { procedureDeskCatalog, type ProcedureDeskMessages } from './messages.js';
import {
  openedAt,
  ProcedureDeskController,
  ProcedureDeskStatus,
  type ProcedureActionKind,
  type ProcedureDeskState,
} from './procedure-desk-controller.js';
import { procedureDeskStyles } from './procedure-desk.styles.js';

type M = CommonMessages & ProcedureDeskMessages;
type EventType = ProcedureEventRequest['type'];
/** The form open: an event of the opened procedure, or a new procedure. */
type FormKind = EventType | 'create';

/** The fields of each form, and which of them may stay empty. */
const FIELDS: Readonly<Record<FormKind, readonly string[]>> = {
  rejectDrawings: ['reason'],
  resubmitDrawings: ['note'],
  assessDamages: ['damages', 'note'],
  settleFees: ['receiptNumber'],
  returnKeys: ['note'],
  ...RECORD_FIELDS,
  create: ['name', 'unitId', 'areaSqm', 'deposit'],
};
const OPTIONAL = new Set(['note', 'receiptNumber', 'deposit', ...RECORD_OPTIONAL]);
const isRecordEvent = (type: EventType): type is RecordEventType => type in RECORD_FIELDS;
const NAMES: readonly ProcedureName[] = ['move-in', 'renovation', 'move-out'];

/**
 * The property service desk's procedures (A4 §3.1, §3.2, §3.13), for the desk's staff: move-in,
 * renovation and move-out, listed open first; a procedure's steps with each party's sign-off —
 * signed (by whom, when), sent back with the reason, or waiting — and only what the Club API allows
 * it now (`GET /v1/procedures/{id}/next-steps`, core's rules): a party's sign-off, engineering
 * sending the drawings back with a reason, the damages assessed and the deposit refunded less them,
 * fees settled, keys returned; a renovation's contractor checked before the permit, its daily site
 * inspections (with the days a department missed) and violations; a move-in's missing papers with
 * the remedy offered, its meter readings, facilities list and keys. A renovation of a unit above
 * 200 m² carries security's fire review,
 * as core opens it. It starts a procedure for a unit of the archive and shows the unit's archive
 * timeline. The Club API checks every step and records who took it and when; a refusal is shown in
 * words and changes nothing. Its state lives in a {@link ProcedureDeskController} (`controller`).
 * Needs a base URL and a session endpoint that answers staff session tokens (`ss_…`), from
 * `<club-provider>` or its own attributes.
 *
 * @summary The property service desk's move-in, renovation and move-out procedures with each department's sign-off.
 * @tagname club-procedure-desk
 *
 * @event club-error - `ClubErrorEvent`: loading the list failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The desk's heading.
 * @csspart status - A polite status line.
 * @csspart message - A message in place of the list (not configured, signed out, empty).
 * @csspart list - A list of procedures (open, then finished).
 * @csspart entry - A procedure of the list; also `entry-open` while open.
 * @csspart entry-button - The button that opens it.
 * @csspart new-button - The button that opens the new-procedure form.
 * @csspart procedure - The opened procedure.
 * @csspart back-button - The button back to the list.
 * @csspart record - The procedure's fields and its deposit settlement.
 * @csspart sign-offs - The table of steps and each party's sign-off.
 * @csspart sign-off-button - A party's sign-off button, shown only when the Club API allows it now.
 * @csspart refuse-button - The button that sends the drawings back with a reason.
 * @csspart action-button - Another action the procedure takes now.
 * @csspart form - An action's form, or the new-procedure form.
 * @csspart field-error - A field's error.
 * @csspart error-summary - The list of the fields to correct (`role=alert`).
 * @csspart submit-button - A form's submit button.
 * @csspart cancel-button - A form's cancel button.
 * @csspart timeline - The unit's archive timeline.
 * @csspart error - An error box (`role=alert`).
 * @csspart retry-button - The retry button in the list's error box.
 *
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons and the open procedures' mark.
 * @cssproperty [--club-color-danger=#b42318] - Errors and refused sign-offs.
 * @cssproperty [--club-color-muted=#59636e] - Labels, notes and waiting sign-offs.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-procedure-desk></club-procedure-desk>
 * </club-provider>
 */
export class ClubProcedureDesk extends ClubElement<M, ProcedureDeskClient> {
  static override styles = [baseStyles, procedureDeskStyles, controlStyles, alertStyles];
  static override catalog = procedureDeskCatalog;
  /** Its procedures and units with a staff session from the session endpoint. */
  static override kit = procedureDeskKit;
  static override readonly tagName = 'club-procedure-desk';
  static override properties = {
    ...ClubElement.properties,
    _form: { state: true },
    _errors: { state: true },
    _newName: { state: true },
  };

  /** @ignore The form open. */
  protected _form: FormKind | undefined;
  /** @ignore The open form's field errors, by field. */
  protected _errors: Readonly<Record<string, string>> = {};
  /** @ignore The procedure the new-procedure form opens. */
  protected _newName: ProcedureName = 'renovation';

  readonly #desk = new ProcedureDeskController(this, () => this.club.memberClient);
  #reported: unknown;
  #focus: string | undefined;

  /** The headless controller behind the element: its `state`, `opened`, `action`, `signOff()`, `act()`, `create()`. */
  get controller(): ProcedureDeskController {
    return this.#desk;
  }

  protected override clubChanged(): void {
    void this.#desk.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#desk.state;
    const opened = this.#desk.opened;
    const t = this.t;
    return html`<div part="base" class="base" aria-busy=${state.status === ProcedureDeskStatus.loading ? 'true' : 'false'}>
      <h2 part="title" class="title">${t.procTitle}</h2>
      ${opened.status === 'none' ? this.#list(state, t) : this.#procedure(state, t)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#desk.state;
    if (state.status === ProcedureDeskStatus.error) {
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

  #unitLabel(state: ProcedureDeskState, unitId: string, t: M): string {
    const unit = state.status === ProcedureDeskStatus.ready ? state.units.get(unitId) : undefined;
    return t.procUnit(unit?.number ?? unitId);
  }

  #list(state: ProcedureDeskState, t: M): TemplateResult {
    if (state.status === ProcedureDeskStatus.idle)
      return html`<p part="message" class="message">${t.procNotConfigured}</p>`;
    if (state.status === ProcedureDeskStatus.signedOut)
      return html`<p part="message" class="message">${t.procSignedOut}</p>`;
    const ready = state.status === ProcedureDeskStatus.ready ? state : undefined;
    const open = ready?.procedures.filter((p) => p.status === 'open') ?? [];
    const done = ready?.procedures.filter((p) => p.status === 'done') ?? [];
    const action = this.#desk.action;
    const status =
      state.status === ProcedureDeskStatus.loading
        ? t.loading
        : action.status === 'error' && action.kind === 'create'
          ? ''
          : ready
            ? t.procLoaded(open.length, done.length)
            : '';
    return html`<p part="status" class="status" role="status">${status}</p>
      ${
        state.status === ProcedureDeskStatus.error
          ? html`<div part="error" class="error" role="alert">
            <p id="list-error">${describeError(state.error, t)}</p>
            <button type="button" part="retry-button" aria-describedby="list-error" @click=${this.#retry}>${t.retry}</button>
          </div>`
          : nothing
      }
      ${
        ready
          ? this._form === 'create'
            ? this.#newForm(ready.units, t)
            : html`<button type="button" part="new-button" id="new-procedure" class="primary" @click=${this.#openNew}>${t.procNew}</button>`
          : nothing
      }
      ${
        ready
          ? html`<h3 id="open-heading">${t.procOpenList}</h3>
            ${this.#entries(open, state, 'open-heading', t)}
            <h3 id="done-heading">${t.procDoneList}</h3>
            ${this.#entries(done, state, 'done-heading', t)}
            ${ready.truncated ? html`<p class="note">${t.procTruncated}</p>` : nothing}`
          : nothing
      }`;
  }

  #entries(list: readonly ProcedureRecord[], state: ProcedureDeskState, heading: string, t: M): TemplateResult {
    if (list.length === 0) return html`<p part="message" class="message">${t.procEmpty}</p>`;
    return html`<ul part="list" class="list" aria-labelledby=${heading}>
      ${list.map(
        (p) =>
          html`<li part=${p.status === 'open' ? 'entry entry-open' : 'entry'} class="entry">
            <button type="button" part="entry-button" class="entry-button" data-id=${p.id} @click=${this.#openEntry}>
              <span class="line">
                <span class="name">${t.procNames[p.name]}</span>
                <span>${this.#unitLabel(state, p.unitId, t)}</span>
                <span class="chip">${t.procStatuses[p.status]}</span>
              </span>
              <span class="line muted">
                <span>${t.procOpenedOn(formatInstant(openedAt(p), t.intlLocale))}</span>
                ${p.status === 'open' ? html`<span>${t.procMissing(p.progress.missing.length)}</span>` : nothing}
              </span>
            </button>
          </li>`,
      )}
    </ul>`;
  }

  #procedure(state: ProcedureDeskState, t: M): TemplateResult {
    const opened = this.#desk.opened;
    const back = html`<button type="button" part="back-button" class="back" @click=${this.#back}>${t.procBack}</button>`;
    if (opened.status === 'loading')
      return html`${back}
        <p part="status" class="status" role="status">${t.loading}</p>`;
    if (opened.status === 'error')
      return html`${back}
        <div part="error" class="error" role="alert"><p>${describeError(opened.error, t)}</p></div>`;
    if (opened.status !== 'ready') return html``;
    const p = opened.procedure;
    return html`${back}
      <section part="procedure" class="procedure" aria-labelledby="procedure-title">
        <h3 id="procedure-title" tabindex="-1">${t.procHeading(t.procNames[p.name], this.#unitLabel(state, p.unitId, t))}</h3>
        ${this.#record(p, t)} ${this.#announce(t)}
        <h4 id="sign-offs-heading">${t.procSignOffs}</h4>
        ${this.#signOffs(p, opened.next, t)}
        ${this._form === 'rejectDrawings' ? this.#eventForm('rejectDrawings', t) : nothing}
        ${this.#gaps(opened.next, t)}
        <h4>${t.procActions}</h4>
        ${this.#actions(opened.next, t)}
        <h4>${t.procTimeline}</h4>
        ${this.#timeline(opened.timeline, t)}
      </section>`;
  }

  #record(p: ProcedureRecord, t: M): TemplateResult {
    const money = (fen: number) => formatMoney(fen, t.intlLocale);
    const row = (label: string, value: unknown) =>
      value === undefined || value === '' ? nothing : html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
    const d = p.deposit;
    return html`<dl part="record" class="record">
      ${row(t.procStatus, t.procStatuses[p.status])}
      ${row(t.procArea, p.areaSqm === undefined ? undefined : t.procSqm(p.areaSqm))}
      ${row(t.procDepositHeld, p.depositFen === undefined ? undefined : money(p.depositFen))}
      ${row(t.procDamages, d && money(d.damagesFen))} ${row(t.procRefund, d && money(d.refundFen))}
      ${row(t.procCharge, d && d.chargeFen > 0 ? money(d.chargeFen) : undefined)}
      ${row(t.procFeesSettled, p.feesSettled && formatInstant(p.feesSettled.at, t.intlLocale))}
      ${row(t.procKeysReturned, p.keysReturned && formatInstant(p.keysReturned.at, t.intlLocale))}
      ${this.#records(p, t, row)}
    </dl>`;
  }

  /** The renovation's and move-in's records: contractor, inspections, violations, papers, readings, facilities, keys. */
  #records(p: ProcedureRecord, t: M, row: (label: string, value: unknown) => unknown): unknown[] {
    const l = t.procRecordLabels;
    const c = p.contractor;
    const fines = (p.violations ?? []).reduce((sum, v) => sum + (v.fineFen ?? 0), 0);
    const m = p.meterReadings;
    const items = p.facilities?.items;
    const papers = (p.missingDocuments ?? []).map((d) =>
      t.procMissingPapers(
        d.documents.map((doc) => t.procDocuments[doc]).join('、'),
        d.remedy === 'substitute' ? (d.substitute ?? '') : `${t.procRemedies[d.remedy]} ${d.appointmentOn ?? ''}`,
      ),
    );
    return [
      row(l.contractor, c && t.procContractor(c.name, t.procGrade(c.qualificationGrade))),
      row(l.inspections, p.inspections?.length ? t.procInspected(p.inspections.length) : undefined),
      row(
        l.violations,
        p.violations?.length
          ? t.procViolationsFound(p.violations.length, fines > 0 ? formatMoney(fines, t.intlLocale) : undefined)
          : undefined,
      ),
      row(l.papers, papers.length ? papers.join('；') : undefined),
      row(l.readings, m && t.procReadings(m.electricity, m.water, m.gas)),
      row(
        l.facilities,
        items && t.procFacilitiesListed(items.length, items.filter((i) => i.condition === 'defective').length),
      ),
      row(
        l.keys,
        p.keysHandedOver && t.procKeysHanded(p.keysHandedOver.keys.map((k) => `${k.label} ×${k.count}`).join('、')),
      ),
    ];
  }

  /** A renovation's days of work on which a department did not inspect the site, as the Club API answers them. */
  #gaps(next: ProcedureNextStepsAnswer, t: M): TemplateResult {
    if (next.inspectionGaps.length === 0) return html``;
    return html`<h4>${t.procGapsHeading}</h4>
      <ul part="inspection-gaps" class="gaps">
        ${next.inspectionGaps.map(
          (g) =>
            html`<li data-day=${g.day}>${t.procGap(g.day, g.missing.map((d) => t.procParties[d]).join('、'))}</li>`,
        )}
      </ul>`;
  }

  #announce(t: M): TemplateResult {
    const action = this.#desk.action;
    const name = (kind: ProcedureActionKind) => t.procActionNames[kind];
    const text =
      action.status === 'done' ? t.procTaken(name(action.kind)) : action.status === 'submitting' ? t.loading : '';
    return html`<p part="status" class="status" role="status">${text}</p>
      ${
        action.status === 'error'
          ? html`<div part="error" class="error" role="alert" id="action-error" tabindex="-1">
            <p>${t.procRefusedAction(name(action.kind), describeError(action.error, t))}</p>
          </div>`
          : nothing
      }`;
  }

  #signOffs(p: ProcedureRecord, next: ProcedureNextStepsAnswer, t: M): TemplateResult {
    const submitting = this.#desk.action.status === 'submitting';
    const rejections = p.drawings?.status === 'rejected' ? p.drawings.rejections : [];
    const refusal = rejections.at(-1);
    return html`<div class="table-wrap">
      <table part="sign-offs" aria-labelledby="sign-offs-heading">
        <thead>
          <tr>
            <th scope="col">${t.procStep}</th>
            <th scope="col">${t.procParty}</th>
            <th scope="col">${t.procState}</th>
          </tr>
        </thead>
        <tbody>
          ${p.steps.map((step) =>
            step.departments.map((department, i) => {
              const signed = p.signOffs.find((s) => s.step === step.id && s.department === department);
              const allowed = next.signOffs.some((s) => s.step === step.id && s.department === department);
              const refused = !signed && step.id === 'drawings' && department === 'engineering' ? refusal : undefined;
              const party = t.procParties[department];
              const stepName = t.procSteps[step.id] ?? step.id;
              const canRefuse =
                step.id === 'drawings' && department === 'engineering' && next.events.includes('rejectDrawings');
              return html`<tr data-step=${step.id}>
                ${i === 0 ? html`<th scope="row" rowspan=${step.departments.length}>${stepName}</th>` : nothing}
                <td>${party}</td>
                <td>
                  ${
                    signed
                      ? html`<span class="signed">${t.procSigned(signed.by, formatInstant(signed.at, t.intlLocale))}</span>`
                      : refused
                        ? html`<span class="refused">${t.procRefused(refused.reason, formatInstant(refused.at, t.intlLocale))}</span>`
                        : html`<span class="waiting">${t.procWaiting}</span>`
                  }
                  ${
                    allowed || canRefuse
                      ? html`<span class="cell-actions">
                        ${
                          allowed
                            ? html`<button type="button" part="sign-off-button" class="primary" ?disabled=${submitting}
                              data-step=${step.id} data-department=${department}
                              aria-label=${`${t.procSignAs(party)}：${stepName}`}
                              @click=${this.#signOff}>${t.procSignAs(party)}</button>`
                            : nothing
                        }
                        ${
                          canRefuse
                            ? html`<button type="button" part="refuse-button" class="quiet" data-event="rejectDrawings"
                              ?disabled=${submitting} @click=${this.#chooseEvent}>${t.procRefuse}</button>`
                            : nothing
                        }
                      </span>`
                      : nothing
                  }
                </td>
              </tr>`;
            }),
          )}
        </tbody>
      </table>
    </div>`;
  }

  #actions(next: ProcedureNextStepsAnswer, t: M): TemplateResult {
    const events = next.events.filter((type) => type !== 'rejectDrawings');
    if (this._form && this._form !== 'create' && this._form !== 'rejectDrawings' && events.includes(this._form))
      return this.#eventForm(this._form, t);
    if (events.length === 0 && next.signOffs.length === 0) return html`<p class="note">${t.procNothingNow}</p>`;
    return html`<div part="steps" class="steps">
      ${events.map(
        (type) =>
          html`<button type="button" part="action-button" data-event=${type} @click=${this.#chooseEvent}>
            ${t.procActionNames[type]}
          </button>`,
      )}
    </div>`;
  }

  #timeline(entries: readonly TimelineEntry[] | undefined, t: M): TemplateResult {
    if (!entries) return html`<p class="note">${t.procTimelineUnavailable}</p>`;
    return html`<ol part="timeline" class="timeline">
      ${entries.map(
        (e) =>
          html`<li>
            <span class="muted">${formatInstant(e.at, t.intlLocale)}</span>
            <span>${t.procTimelineKinds[e.kind]}</span>
            <span class="chip">${timelineStatusLabel(e, t.procTimelineStatuses)}</span>
          </li>`,
      )}
    </ol>`;
  }

  #field(
    name: string,
    label: string,
    control: (a: { invalid: string; described: string | typeof nothing }) => TemplateResult,
    hint?: string,
  ): TemplateResult {
    const error = this._errors[name];
    const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<label class="field" for=${name}>${label}</label>
      ${control({ invalid: error ? 'true' : 'false', described: ids || nothing })}
      ${hint ? html`<p id="${name}-hint" class="hint">${hint}</p>` : nothing}
      ${error ? html`<p id="${name}-error" part="field-error" class="field-error">${error}</p>` : nothing}`;
  }

  #input(
    name: string,
    label: string,
    options: { long?: boolean; inputmode?: string; hint?: string; type?: string } = {},
  ): TemplateResult {
    return this.#field(
      name,
      label,
      ({ invalid, described }) =>
        options.long
          ? html`<textarea id=${name} name=${name} rows="3" ?required=${!OPTIONAL.has(name)} aria-invalid=${invalid} aria-describedby=${described}></textarea>`
          : html`<input id=${name} name=${name} type=${options.type ?? 'text'} inputmode=${options.inputmode ?? nothing} ?required=${!OPTIONAL.has(name)}
              aria-invalid=${invalid} aria-describedby=${described} />`,
      options.hint,
    );
  }

  #summary(t: M, labels: Readonly<Record<string, string>>): TemplateResult {
    const names = Object.keys(this._errors);
    if (names.length === 0) return html``;
    return html`<div part="error-summary" class="error" role="alert">
      <ul>
        ${names.map((n) => html`<li>${labels[n] ?? n}：${this._errors[n]}</li>`)}
      </ul>
    </div>`;
  }

  #eventForm(type: EventType, t: M): TemplateResult {
    const submitting = this.#desk.action.status === 'submitting';
    const labels: Record<string, string> = {
      ...t.procRecordFields,
      reason: t.procReason,
      note: t.procNote,
      damages: t.procDamagesYuan,
      receiptNumber: t.procReceipt,
    };
    const f = t.procRecordFields;
    const choose = (name: RecordField, options: readonly (string | number)[], label: (o: never) => string) =>
      this.#field(
        name,
        f[name],
        ({ described }) =>
          html`<select id=${name} name=${name} aria-describedby=${described}>
            ${options.map((o) => html`<option value=${o}>${label(o as never)}</option>`)}
          </select>`,
      );
    const controls: Record<string, () => TemplateResult> = {
      ...Object.fromEntries(Object.entries(f).map(([name, label]) => [name, () => this.#input(name, label)])),
      grade: () => choose('grade', GRADES, (g: number) => t.procGrade(g)),
      department: () => choose('department', INSPECTORS, (d: (typeof INSPECTORS)[number]) => t.procParties[d]),
      violation: () => choose('violation', VIOLATIONS, (v: (typeof VIOLATIONS)[number]) => t.procViolations[v]),
      document: () => choose('document', DOCUMENTS, (d: (typeof DOCUMENTS)[number]) => t.procDocuments[d]),
      remedy: () => choose('remedy', REMEDIES, (r: (typeof REMEDIES)[number]) => t.procRemedies[r]),
      findings: () => this.#input('findings', f.findings, { long: true }),
      finding: () => this.#input('finding', f.finding, { long: true }),
      substitute: () => this.#input('substitute', f.substitute, { long: true }),
      appointmentOn: () => this.#input('appointmentOn', f.appointmentOn, { type: 'date' }),
      electricity: () => this.#input('electricity', f.electricity, { inputmode: 'decimal' }),
      water: () => this.#input('water', f.water, { inputmode: 'decimal' }),
      gas: () => this.#input('gas', f.gas, { inputmode: 'decimal' }),
      keyCount: () => this.#input('keyCount', f.keyCount, { inputmode: 'numeric' }),
      facilities: () => this.#input('facilities', f.facilities, { long: true, hint: t.procFacilitiesHint }),
      reason: () => this.#input('reason', t.procReason, { long: true }),
      note: () => this.#input('note', t.procNote, { long: true }),
      damages: () => this.#input('damages', t.procDamagesYuan, { inputmode: 'decimal' }),
      receiptNumber: () => this.#input('receiptNumber', t.procReceipt),
    };
    return html`<form part="form" class="form" novalidate aria-labelledby="form-title" data-form=${type} @submit=${this.#submitEvent}>
      <h5 id="form-title">${t.procActionNames[type]}</h5>
      ${this.#summary(t, labels)} ${FIELDS[type].map((name) => controls[name]?.() ?? nothing)}
      <div class="actions">
        <button type="submit" part="submit-button" class="primary" ?disabled=${submitting}>${t.procActionNames[type]}</button>
        <button type="button" part="cancel-button" @click=${this.#cancel}>${t.procCancel}</button>
      </div>
    </form>`;
  }

  #newForm(units: ReadonlyMap<string, PropertyUnit>, t: M): TemplateResult {
    const submitting = this.#desk.action.status === 'submitting';
    const action = this.#desk.action;
    const labels: Record<string, string> = {
      unitId: t.procUnitField,
      areaSqm: t.procAreaField,
      deposit: t.procDepositField,
    };
    return html`<form part="form" class="form" novalidate aria-labelledby="form-title" data-form="create" @submit=${this.#submitNew}>
      <h3 id="form-title">${t.procNew}</h3>
      ${
        action.status === 'error' && action.kind === 'create'
          ? html`<div part="error" class="error" role="alert" id="action-error" tabindex="-1">
            <p>${t.procRefusedAction(t.procActionNames.create, describeError(action.error, t))}</p>
          </div>`
          : nothing
      }
      ${this.#summary(t, labels)}
      ${this.#field(
        'name',
        t.procKind,
        () =>
          html`<select id="name" name="name" @change=${this.#pickName}>
            ${NAMES.map((n) => html`<option value=${n} ?selected=${n === this._newName}>${t.procNames[n]}</option>`)}
          </select>`,
      )}
      ${this.#field(
        'unitId',
        t.procUnitField,
        ({ invalid, described }) =>
          html`<select id="unitId" name="unitId" required aria-invalid=${invalid} aria-describedby=${described} @change=${this.#pickUnit}>
            <option value=""></option>
            ${[...units.values()].map((u) => html`<option value=${u.id}>${u.number}（${u.owner.name}）</option>`)}
          </select>`,
      )}
      ${this._newName === 'renovation' ? this.#input('areaSqm', t.procAreaField, { inputmode: 'decimal', hint: t.procAreaHint }) : nothing}
      ${this._newName === 'move-in' ? nothing : this.#input('deposit', t.procDepositField, { inputmode: 'decimal' })}
      <div class="actions">
        <button type="submit" part="submit-button" class="primary" ?disabled=${submitting}>${t.procSubmitNew}</button>
        <button type="button" part="cancel-button" @click=${this.#cancel}>${t.procCancel}</button>
      </div>
    </form>`;
  }

  #retry = (): void => {
    void this.#desk.retry();
  };

  #openEntry = (e: Event): void => {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    if (!id) return;
    this._form = undefined;
    this._errors = {};
    this.#focus = '#procedure-title';
    void this.#desk.open(id).then(() => this.requestUpdate());
  };

  #back = (): void => {
    const opened = this.#desk.opened;
    const id = opened.status === 'ready' ? opened.procedure.id : opened.status === 'none' ? '' : opened.id;
    this._form = undefined;
    this._errors = {};
    this.#desk.close();
    this.#focus = id ? `.entry-button[data-id="${id}"]` : '#new-procedure';
  };

  #openNew = (): void => {
    this._form = 'create';
    this._errors = {};
    this.#focus = '#name';
  };

  #pickName = (e: Event): void => {
    this._newName = (e.target as HTMLSelectElement).value as ProcedureName;
  };

  #pickUnit = (e: Event): void => {
    // The archive's area is the renovation's starting point; the desk may correct it.
    const state = this.#desk.state;
    const unit =
      state.status === ProcedureDeskStatus.ready ? state.units.get((e.target as HTMLSelectElement).value) : undefined;
    const area = this.renderRoot.querySelector<HTMLInputElement>('#areaSqm');
    if (area && area.value === '' && unit?.areaSqm !== undefined) area.value = String(unit.areaSqm);
  };

  #chooseEvent = (e: Event): void => {
    this._form = (e.currentTarget as HTMLElement).dataset['event'] as EventType;
    this._errors = {};
    this.#focus = '.form :is(input, select, textarea, button)';
  };

  #cancel = (): void => {
    const form = this._form;
    this._form = undefined;
    this._errors = {};
    this.#focus =
      form === 'create' ? '#new-procedure' : form === 'rejectDrawings' ? '[part~="refuse-button"]' : '#procedure-title';
  };

  #signOff = async (e: Event): Promise<void> => {
    const { step, department } = (e.currentTarget as HTMLElement).dataset;
    if (!step || !department) return;
    this._form = undefined;
    const taken = await this.#desk.signOff({ step, department: department as ProcedureParty });
    this.#focus = taken ? '#procedure-title' : '#action-error';
    this.requestUpdate();
  };

  /** The form's trimmed values, and the required ones left empty named in `_errors`. */
  #read(form: HTMLFormElement, kind: FormKind): { value: (name: string) => string; errors: Record<string, string> } {
    const data = new FormData(form);
    const value = (name: string) => {
      const entry = data.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const errors: Record<string, string> = {};
    for (const name of FIELDS[kind])
      if (!OPTIONAL.has(name) && name !== 'name' && form.elements.namedItem(name) && value(name) === '')
        errors[name] = this.t.procRequired;
    return { value, errors };
  }

  #refuse(errors: Record<string, string>): boolean {
    this._errors = errors;
    const first = Object.keys(errors)[0];
    if (first) this.#focus = `#${first}`;
    return first !== undefined;
  }

  #submitEvent = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const type = this._form;
    if (!type || type === 'create') return;
    const { value, errors } = this.#read(e.currentTarget as HTMLFormElement, type);
    if (isRecordEvent(type)) {
      const built = recordEvent(type, value);
      if ('problems' in built) {
        const words = { ...this.t.procRecordProblems, required: this.t.procRequired };
        const named = Object.fromEntries(
          Object.entries(built.problems).map(([name, problem]) => [name, words[problem]]),
        );
        this.#refuse(named);
        return;
      }
      await this.#take(built.event);
      return;
    }
    const damages = type === 'assessDamages' ? parseAmountYuan(value('damages')) : undefined;
    if (type === 'assessDamages' && !errors['damages'] && (damages === undefined || !isAmountYuan(damages)))
      errors['damages'] = this.t.procNotAmount;
    if (this.#refuse(errors)) return;
    const note = value('note') ? { note: value('note') } : {};
    const event: ProcedureEventRequest =
      type === 'rejectDrawings'
        ? { type, reason: value('reason') }
        : type === 'assessDamages'
          ? { type, damagesFen: yuan(damages ?? 0), ...note }
          : type === 'settleFees'
            ? { type, ...(value('receiptNumber') ? { receiptNumber: value('receiptNumber') } : {}) }
            : { type, ...note };
    await this.#take(event);
  };

  async #take(event: ProcedureEventRequest): Promise<void> {
    const taken = await this.#desk.act(event);
    if (taken) {
      this._form = undefined;
      this.#focus = '#procedure-title';
    } else {
      this.#focus = '#action-error';
    }
    this.requestUpdate();
  }

  #submitNew = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const { value, errors } = this.#read(e.currentTarget as HTMLFormElement, 'create');
    const name = this._newName;
    const area =
      name === 'renovation' && value('areaSqm') !== '' ? Number(value('areaSqm').normalize('NFKC')) : undefined;
    if (area !== undefined && !(Number.isFinite(area) && area > 0)) errors['areaSqm'] = this.t.procNotNumber;
    const deposit = value('deposit') === '' ? undefined : parseAmountYuan(value('deposit'));
    if (deposit !== undefined && !isAmountYuan(deposit)) errors['deposit'] = this.t.procNotAmount;
    if (this.#refuse(errors)) return;
    const input: NewProcedureRecord = {
      name,
      unitId: value('unitId'),
      ...(area === undefined ? {} : { areaSqm: area }),
      ...(deposit === undefined || name === 'move-in' ? {} : { depositFen: yuan(deposit) }),
    };
    const created = await this.#desk.create(input);
    if (created) {
      this._form = undefined;
      this.#focus = '#procedure-title';
    } else {
      this.#focus = '#action-error';
    }
    this.requestUpdate();
  };
}
