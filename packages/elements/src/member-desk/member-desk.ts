import { isClubApiError } from '@clubkit/client';
import { addDays, addMonths, dateInZone } from '@clubkit/core/shared';
import type { PolicyTerms } from '@clubkit/core/api';
import {
  maskCardNumber,
  membershipStateOn,
  type Campaign,
  type Membership,
  type MembershipApplication,
} from '@clubkit/core/membership';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatCalendarDate, formatInstant } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { memberDeskKit, type MemberDeskClient } from './client.js';
import {
  MemberDeskController,
  MemberDeskStatus,
  searchQuery,
  type MemberDeskActionKind,
  type MemberDeskState,
} from './member-desk-controller.js';
import { memberDeskStyles } from './member-desk.styles.js';
import { memberDeskCatalog, type MemberDeskMessages } from './messages.js';

type M = CommonMessages & MemberDeskMessages;
type ApplicationFormModule = typeof import('./application-form.js');

/** The search form's text fields, by the Club API's filter names. */
const TEXT_FILTERS = ['q', 'plate', 'cardNumber', 'phone'] as const;
const STATES = ['active', 'grace', 'pending', 'expired', 'cancelled'] as const;
const APPLICATION_STATUSES = ['submitted', 'approved', 'rejected'] as const;

/** A renewal or card replacement waiting for the operator's confirmation. */
type Pending =
  { kind: 'renew'; membership: Membership; policy: PolicyTerms } | { kind: 'replace'; membership: Membership };

/**
 * Member management for the club's administrator and branch operators (A2 §1, §3): the
 * applications the branches submitted — approve, or reject with a reason — the multi-condition
 * member search, a member's record (vehicles, policies, memberships and their cards), renewal of
 * a membership with the next policy and replacement of a lost card, each confirmed first. The
 * Club API decides what the signed-in staff member sees and may do: a branch operator finds only
 * the own branch's members, and a refused step is shown in words with nothing changed. Its state
 * lives in a {@link MemberDeskController} (`controller`). Needs a base URL and a session endpoint
 * that answers staff session tokens (`ss_…`), from `<club-provider>` or its own attributes.
 *
 * @summary The member desk: applications, member search and records, renewals and lost cards, for the club's staff.
 * @tagname club-member-desk
 *
 * @event club-error - `ClubErrorEvent`: loading the applications failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The desk's heading.
 * @csspart message - A message in place of the desk (not configured, signed out).
 * @csspart search-form - The member search's form.
 * @csspart search-button - Its submit button.
 * @csspart status - A polite status line.
 * @csspart results - The table of members found.
 * @csspart open-button - The button that opens a member's record.
 * @csspart applications - The table of applications.
 * @csspart approve-button - An application's approve button.
 * @csspart reject-button - An application's reject button.
 * @csspart reject-form - The form with the rejection's reason.
 * @csspart record - The opened member's record.
 * @csspart back-button - The button back to the search.
 * @csspart membership - A membership of the record with its card.
 * @csspart renew-button - A membership's renew button.
 * @csspart replace-button - A card's replace button.
 * @csspart renew-form - The renewal's form.
 * @csspart confirm - A confirmation box.
 * @csspart confirm-button - Its confirm button.
 * @csspart cancel-button - A form's or confirmation's cancel button.
 * @csspart field-error - A field's error.
 * @csspart campaigns - The club's marketing campaigns, which applications name.
 * @csspart campaign-list - Their list, each with its days and whether it runs today.
 * @csspart campaign-form - The form that sets a campaign up (with `manage-campaigns`, for the administrator).
 * @csspart apply-button - The button that opens the application form (for whom may submit one).
 * @csspart application-form - The application form, with the campaign it came from; loaded when first opened.
 * @csspart error - An error box (`role=alert`).
 *
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons.
 * @cssproperty [--club-color-danger=#b42318] - Errors and the reject button.
 * @cssproperty [--club-color-muted=#59636e] - Labels and notes.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-member-desk></club-member-desk>
 * </club-provider>
 */
export class ClubMemberDesk extends ClubElement<M, MemberDeskClient> {
  static override styles = [baseStyles, memberDeskStyles, controlStyles, alertStyles];
  static override catalog = memberDeskCatalog;
  /** Members, applications and cards with a staff session from the session endpoint. */
  static override kit = memberDeskKit;
  static override readonly tagName = 'club-member-desk';
  static override properties = {
    ...ClubElement.properties,
    _rejecting: { state: true },
    _renewing: { state: true },
    _pending: { state: true },
    _errors: { state: true },
    manageCampaigns: { type: Boolean, attribute: 'manage-campaigns' },
  };

  /**
   * Shows the form that sets up a marketing campaign on this page, to a staff member whose role may
   * set one up (core's `can()`: the club's administrator); others see the list only. Attribute:
   * `manage-campaigns`.
   */
  manageCampaigns = false;
  /** The campaign form (a chunk of its own), loaded for whom it is shown. */
  #campaignForm: InstanceType<(typeof import('./campaign-form.js'))['CampaignFormPanel']> | undefined;
  #campaignFormLoad: Promise<unknown> | undefined;

  /** @ignore The application whose rejection form is open. */
  protected _rejecting: MembershipApplication | undefined;
  /** @ignore The membership whose renewal form is open. */
  protected _renewing: Membership | undefined;
  /** @ignore The step waiting for confirmation. */
  protected _pending: Pending | undefined;
  /** @ignore Field errors, by field id. */
  protected _errors: Readonly<Record<string, string>> = {};
  /** The application form (a chunk of its own) once first opened. */
  #apply: InstanceType<ApplicationFormModule['ApplicationPanel']> | undefined;

  readonly #desk = new MemberDeskController(this, () => this.club.memberClient);
  #reported: unknown;
  #focus: string | undefined;

  /** The headless controller behind the element: its `state`, `results`, `opened`, `action`, `search()`, `approve()`… */
  get controller(): MemberDeskController {
    return this.#desk;
  }

  protected override clubChanged(): void {
    this.#apply = undefined;
    void this.#desk.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#desk.state;
    const t = this.t;
    const body =
      state.status === MemberDeskStatus.idle
        ? html`<p part="message" class="message">${t.mdNotConfigured}</p>`
        : state.status === MemberDeskStatus.signedOut
          ? html`<p part="message" class="message">${t.mdSignedOut}</p>`
          : this.#desk.opened.status === 'none'
            ? html`${this.#search(t)} ${this.#applications(state, t)}`
            : this.#record(t);
    return html`<div part="base" class="base" aria-busy=${state.status === MemberDeskStatus.loading ? 'true' : 'false'}>
      <h2 part="title" class="title">${t.mdTitle}</h2>
      ${body}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#mayManageCampaigns() && !this.#campaignFormLoad)
      this.#campaignFormLoad = import('./campaign-form.js').then(
        (m) => {
          this.#campaignForm = new m.CampaignFormPanel(this, this.#desk, (selector) => (this.#focus = selector));
          this.requestUpdate();
        },
        (error: unknown) => this.dispatchEvent(new ClubErrorEvent(error)),
      );
    const state = this.#desk.state;
    if (state.status === MemberDeskStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
    if (this.#focus) {
      // The first of the selectors (separated by `|`) that finds an element: a fallback after.
      const target = this.#focus
        .split('|')
        .map((selector) => this.renderRoot.querySelector<HTMLElement>(selector))
        .find((found) => found !== null);
      if (target) {
        this.#focus = undefined;
        target.focus();
      }
    }
  }

  /** An error in words: the Club API's refusals (403, 404) said plainly, the rest as the other widgets say them. */
  #describe(error: unknown, t: M): string {
    if (isClubApiError(error) && error.status === 403) return t.mdForbidden;
    if (isClubApiError(error) && error.status === 404) return t.mdNotFound;
    return describeError(error, t);
  }

  #date(date: string, t: M): string {
    return formatCalendarDate(date, t.intlLocale, 'medium');
  }

  #fieldError(id: string): TemplateResult | typeof nothing {
    const error = this._errors[id];
    return error ? html`<p id="${id}-error" part="field-error" class="field-error">${error}</p>` : nothing;
  }

  #search(t: M): TemplateResult {
    const results = this.#desk.results;
    const labels: Record<(typeof TEXT_FILTERS)[number], string> = {
      q: t.mdFilterQ,
      plate: t.mdFilterPlate,
      cardNumber: t.mdFilterCard,
      phone: t.mdFilterPhone,
    };
    const announce =
      results.status === 'loading' ? t.loading : results.status === 'ready' ? t.mdFound(results.members.length) : '';
    const formError = this._errors['search'];
    return html`<section class="panel" aria-labelledby="search-title">
      <h3 id="search-title">${t.mdSearchTitle}</h3>
      <form part="search-form" class="search" novalidate aria-describedby=${formError ? 'search-error' : nothing} @submit=${this.#submitSearch}>
        ${TEXT_FILTERS.map(
          (name) =>
            html`<label class="field"
              >${labels[name]}<input id=${name} name=${name} autocomplete="off" maxlength="50" /></label>`,
        )}
        <label class="field"
          >${t.mdFilterStatus}
          <select id="status" name="status">
            <option value="">${t.mdAny}</option>
            ${STATES.map((s) => html`<option value=${s}>${t.mdStates[s]}</option>`)}
          </select>
        </label>
        <label class="field"
          >${t.mdFilterTier}
          <select id="tier" name="tier">
            <option value="">${t.mdAny}</option>
            <option value="standard">${t.mdTiers.standard}</option>
            <option value="vip">${t.mdTiers.vip}</option>
          </select>
        </label>
        <div class="actions">
          <button type="submit" part="search-button" class="primary" ?disabled=${results.status === 'loading'}>${t.mdSearch}</button>
        </div>
      </form>
      ${formError ? html`<p id="search-error" part="field-error" class="field-error" role="alert">${formError}</p>` : nothing}
      <p part="status" class="status" role="status">${announce}</p>
      ${
        results.status === 'error'
          ? html`<div part="error" class="error" role="alert"><p>${this.#describe(results.error, t)}</p></div>`
          : nothing
      }
      ${
        results.status === 'ready'
          ? results.members.length === 0
            ? html`<p class="note">${t.mdNoneFound}</p>`
            : html`<table part="results" class="table">
                <caption class="visually-hidden">${t.mdSearchTitle}</caption>
                <thead>
                  <tr><th scope="col">${t.mdName}</th><th scope="col">${t.mdPhone}</th><th scope="col">${t.mdBranch}</th><th scope="col">${t.mdActions}</th></tr>
                </thead>
                <tbody>
                  ${results.members.map(
                    (m) => html`<tr>
                      <th scope="row">${m.name}</th>
                      <td>${m.phone}</td>
                      <td>${m.branchId}</td>
                      <td>
                        <button type="button" part="open-button" class="open-button" data-id=${m.id} aria-label=${t.mdOpen(m.name)} @click=${this.#openMember}>
                          ${t.mdOpen('').trim()}
                        </button>
                      </td>
                    </tr>`,
                  )}
                </tbody>
              </table>
              ${results.truncated ? html`<p class="note">${t.mdTruncated}</p>` : nothing}`
          : nothing
      }
    </section>`;
  }

  #applications(state: MemberDeskState, t: M): TemplateResult {
    const announce =
      state.status === MemberDeskStatus.loading
        ? t.loading
        : state.status === MemberDeskStatus.ready
          ? t.mdApplicationsLoaded(state.applications.length)
          : '';
    return html`<section class="panel" aria-labelledby="apps-title">
      <h3 id="apps-title">${t.mdApplicationsTitle}</h3>
      <label class="field"
        >${t.mdApplicationsStatus}
        <select id="app-status" @change=${this.#pickStatus}>
          ${APPLICATION_STATUSES.map(
            (s) =>
              html`<option value=${s} ?selected=${s === this.#desk.applicationStatus}>${t.mdApplicationStatuses[s]}</option>`,
          )}
        </select>
      </label>
      <p part="status" class="status" role="status">${this.#apply?.line || announce}</p>
      ${this.#applyForm()}
      ${this.#actionOutcome(t, ['approve', 'reject'])}
      ${
        state.status === MemberDeskStatus.error
          ? html`<div part="error" class="error" role="alert">
              <p id="queue-error">${this.#describe(state.error, t)}</p>
              <button type="button" aria-describedby="queue-error" @click=${this.#retry}>${t.retry}</button>
            </div>`
          : nothing
      }
      ${state.status === MemberDeskStatus.ready ? this.#applicationTable(state.applications, state.truncated, state.campaigns, t) : nothing}
      ${this._rejecting ? this.#rejectForm(this._rejecting, t) : nothing}
    </section>
    ${state.status === MemberDeskStatus.ready ? this.#campaigns(state.campaigns, t) : nothing}`;
  }

  /** The club's campaigns, which applications name; with `manage-campaigns`, the form that sets one up. */
  #campaigns(campaigns: readonly Campaign[], t: M): TemplateResult {
    // The club's day, as the membership states are read (the demo club's zone).
    const today = dateInZone(new Date(), 'Asia/Shanghai');
    return html`<section part="campaigns" class="panel" aria-labelledby="campaigns-title">
      <h3 id="campaigns-title" tabindex="-1">${t.mdCampaigns}</h3>
      ${
        campaigns.length === 0
          ? html`<p class="note">${t.mdNoCampaigns}</p>`
          : html`<ul part="campaign-list" class="campaigns">
              ${campaigns.map(
                (c) => html`<li>
                  <strong>${c.name}</strong> ${t.mdPeriod(this.#date(c.from, t), this.#date(c.to, t))}
                  ${c.from <= today && today <= c.to ? html`<span class="running">${t.mdCampaignRunning}</span>` : nothing}
                </li>`,
              )}
            </ul>`
      }
      ${this.#mayManageCampaigns() ? html`${this.#actionOutcome(t, ['campaign'])}${this.#campaignForm?.render(t)}` : nothing}
    </section>`;
  }

  /** Whether this page shows the campaign form and the staff member may set a campaign up (core's `can()`). */
  #mayManageCampaigns(): boolean {
    return this.manageCampaigns && this.#desk.may('create', { type: 'campaign' });
  }

  /** What the last step did, or why it was refused; for the steps of this part of the desk. */
  #actionOutcome(t: M, kinds: readonly MemberDeskActionKind[]): TemplateResult {
    const action = this.#desk.action;
    if (action.status === 'idle' || action.status === 'invalid' || !kinds.includes(action.kind)) return html``;
    if (action.status === 'submitting') return html`<p class="note">${t.loading}</p>`;
    if (action.status === 'error')
      return html`<div part="error" class="error" role="alert" id="action-error" tabindex="-1">
        <p>${t.mdRefused(t.mdSteps[action.kind], this.#describe(action.error, t))}</p>
      </div>`;
    const card = action.cardNumber ? maskCardNumber(action.cardNumber) : '';
    const said =
      action.kind === 'approve'
        ? t.mdApproved(action.member?.name ?? '')
        : action.kind === 'reject'
          ? t.mdRejected
          : action.kind === 'renew'
            ? t.mdRenewed(card)
            : action.kind === 'campaign'
              ? t.mdCampaignCreated(this.#campaignForm?.name ?? '')
              : t.mdReplaced(card);
    return html`<div class="done" role="status">
      <p>${said}</p>
      ${
        action.kind === 'approve' && action.member
          ? html`<button type="button" id="open-approved" data-id=${action.member.id} @click=${this.#openMember}>
              ${t.mdOpenApproved(action.member.name)}
            </button>`
          : nothing
      }
    </div>`;
  }

  #applicationTable(
    applications: readonly MembershipApplication[],
    truncated: boolean,
    campaigns: readonly Campaign[],
    t: M,
  ): TemplateResult {
    if (applications.length === 0) return html`<p class="note">${t.mdNoApplications}</p>`;
    const busy = this.#desk.action.status === 'submitting';
    return html`<table part="applications" class="table">
        <caption class="visually-hidden">${t.mdApplicationsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">${t.mdName}</th><th scope="col">${t.mdPhone}</th><th scope="col">${t.mdPlate}</th>
            <th scope="col">${t.mdTierLabel}</th><th scope="col">${t.mdBranch}</th><th scope="col">${t.mdPolicy}</th>
            <th scope="col">${t.mdSubmittedAt}</th><th scope="col">${t.mdCampaigns}</th><th scope="col">${t.mdActions}</th>
          </tr>
        </thead>
        <tbody>
          ${applications.map(
            (a) => html`<tr>
              <th scope="row">${a.applicant.name}</th>
              <td>${a.applicant.phone}</td>
              <td>${a.plate}</td>
              <td>${t.mdTiers[a.tier]}</td>
              <td>${a.branchId}</td>
              <td>${a.policy.number}<br />${t.mdPeriod(this.#date(a.policy.start, t), this.#date(a.policy.end, t))}</td>
              <td>${formatInstant(a.submittedAt, t.intlLocale)}</td>
              <td>${(a.campaignId && campaigns.find((c) => c.id === a.campaignId)?.name) || t.mdNoCampaign}</td>
              <td>
                ${
                  a.status === 'submitted' && this.#desk.may('decide', { type: 'application', branchId: a.branchId })
                    ? html`<div class="actions">
                        <button type="button" part="approve-button" class="primary" data-id=${a.id} ?disabled=${busy}
                          aria-label=${`${t.mdSteps.approve} ${a.applicant.name}`} @click=${this.#approve}>${t.mdSteps.approve}</button>
                        <button type="button" part="reject-button" class="danger" data-id=${a.id} ?disabled=${busy}
                          aria-label=${`${t.mdSteps.reject} ${a.applicant.name}`} @click=${this.#startReject}>${t.mdSteps.reject}</button>
                      </div>`
                    : (a.rejectionReason ?? t.mdApplicationStatuses[a.status])
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${truncated ? html`<p class="note">${t.mdTruncated}</p>` : nothing}`;
  }

  #rejectForm(application: MembershipApplication, t: M): TemplateResult {
    const error = this._errors['reason'];
    return html`<form part="reject-form" class="step-form" novalidate aria-labelledby="reject-title" @submit=${this.#submitReject}>
      <h4 id="reject-title">${t.mdRejectTitle(application.applicant.name)}</h4>
      <label class="field" for="reason">${t.mdReason}</label>
      <textarea id="reason" name="reason" rows="3" maxlength="500" required aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'reason-error' : nothing}></textarea>
      ${this.#fieldError('reason')}
      <div class="actions">
        <button type="submit" part="submit-button" class="danger" ?disabled=${this.#desk.action.status === 'submitting'}>${t.mdSteps.reject}</button>
        <button type="button" part="cancel-button" @click=${this.#cancelReject}>${t.mdCancel}</button>
      </div>
    </form>`;
  }

  #record(t: M): TemplateResult {
    const opened = this.#desk.opened;
    const back = html`<button type="button" part="back-button" class="back" @click=${this.#back}>${t.mdBack}</button>`;
    if (opened.status === 'loading')
      return html`${back}
        <p part="status" class="status" role="status">${t.loading}</p>`;
    if (opened.status === 'error')
      return html`${back}
        <div part="error" class="error" role="alert" id="record-error" tabindex="-1"><p>${this.#describe(opened.error, t)}</p></div>`;
    if (opened.status !== 'ready') return html``;
    const { member, vehicles, policies, memberships } = opened.record;
    const row = (label: string, value: string | undefined) =>
      value ? html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
    return html`${back}
      <section part="record" class="record" aria-labelledby="record-title">
        <h3 id="record-title" tabindex="-1">${t.mdRecordTitle(member.name)}</h3>
        <dl class="fields">
          ${row(t.mdName, member.name)} ${row(t.mdPhone, member.phone)} ${row(t.mdEmail, member.email)}
          ${row(t.mdBranch, member.branchId)}
        </dl>
        <h4>${t.mdVehicles}</h4>
        ${
          vehicles.length
            ? html`<ul class="plain">${vehicles.map((v) => html`<li>${v.plate}${v.model ? `（${v.model}）` : ''}</li>`)}</ul>`
            : html`<p class="note">${t.mdNoVehicles}</p>`
        }
        <h4>${t.mdPolicies}</h4>
        ${
          policies.length
            ? html`<ul class="plain">
                ${policies.map(
                  (p) =>
                    html`<li>${p.number} · ${p.plate} · ${t.mdPeriod(this.#date(p.start, t), this.#date(p.end, t))}</li>`,
                )}
              </ul>`
            : html`<p class="note">${t.mdNoPolicies}</p>`
        }
        <h4>${t.mdMemberships}</h4>
        ${this.#actionOutcome(t, ['renew', 'replace'])}
        ${memberships.length ? memberships.map((m) => this.#membership(m, member.branchId, t)) : html`<p class="note">${t.mdNoMemberships}</p>`}
        ${this._renewing ? this.#renewForm(this._renewing, t) : nothing} ${this._pending ? this.#confirm(this._pending, t) : nothing}
      </section>`;
  }

  #membership(m: Membership, branchId: string, t: M): TemplateResult {
    const state = membershipStateOn(m, dateInZone(new Date(), 'Asia/Shanghai'));
    const busy =
      this.#desk.action.status === 'submitting' || this._pending !== undefined || this._renewing !== undefined;
    const masked = maskCardNumber(m.card.number);
    return html`<div part="membership" class="membership">
      <dl class="fields">
        <div class="row"><dt>${t.mdPlate}</dt><dd>${m.plate}</dd></div>
        <div class="row"><dt>${t.mdTierLabel}</dt><dd>${t.mdTiers[m.tier]}</dd></div>
        <div class="row"><dt>${t.mdState}</dt><dd>${t.mdStates[state]}</dd></div>
        <div class="row"><dt>${t.mdValid}</dt><dd>${t.mdPeriod(this.#date(m.validFrom, t), this.#date(m.validUntil, t))}</dd></div>
        <div class="row"><dt>${t.mdMemberSince}</dt><dd>${this.#date(m.memberSince, t)}</dd></div>
        <div class="row"><dt>${t.mdCard}</dt><dd>${masked}（${t.mdCardStatuses[m.card.status]}）</dd></div>
      </dl>
      ${
        state === 'cancelled' || !this.#desk.may('update', { type: 'membership', branchId })
          ? nothing
          : html`<div class="actions">
              <button type="button" part="renew-button" data-id=${m.id} ?disabled=${busy}
                aria-label=${`${t.mdSteps.renew} ${m.plate}`} @click=${this.#startRenew}>${t.mdSteps.renew}</button>
              ${
                m.card.status === 'active' && this.#desk.may('update', { type: 'card', branchId })
                  ? html`<button type="button" part="replace-button" data-id=${m.id} ?disabled=${busy}
                      aria-label=${`${t.mdSteps.replace} ${masked}`} @click=${this.#startReplace}>${t.mdSteps.replace}</button>`
                  : nothing
              }
            </div>`
      }
    </div>`;
  }

  #renewForm(m: Membership, t: M): TemplateResult {
    const start = addDays(m.activeUntil, 1);
    const end = addDays(addMonths(start, 12), -1);
    const input = (id: string, label: string, type: string, value: string) => {
      const error = this._errors[id];
      return html`<label class="field" for=${id}>${label}</label>
        <input id=${id} name=${id} type=${type} required .value=${value} maxlength="40"
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing} />
        ${this.#fieldError(id)}`;
    };
    return html`<form part="renew-form" class="step-form" novalidate aria-labelledby="renew-title" @submit=${this.#submitRenew}>
      <h4 id="renew-title">${t.mdRenewTitle(m.plate)}</h4>
      ${input('policy-number', t.mdPolicyNumber, 'text', '')} ${input('policy-start', t.mdPolicyStart, 'date', start)}
      ${input('policy-end', t.mdPolicyEnd, 'date', end)}
      <div class="actions">
        <button type="submit" part="submit-button" class="primary">${t.mdSteps.renew}</button>
        <button type="button" part="cancel-button" @click=${this.#cancelPending}>${t.mdCancel}</button>
      </div>
    </form>`;
  }

  #confirm(pending: Pending, t: M): TemplateResult {
    const m = pending.membership;
    const question =
      pending.kind === 'renew'
        ? t.mdConfirmRenew(
            m.plate,
            pending.policy.number,
            this.#date(pending.policy.start, t),
            this.#date(pending.policy.end, t),
          )
        : t.mdConfirmReplace(maskCardNumber(m.card.number));
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question">
      <p id="confirm-question">${question}</p>
      <div class="actions">
        <button type="button" part="confirm-button" id="confirm-button" class=${pending.kind === 'replace' ? 'danger' : 'primary'}
          ?disabled=${this.#desk.action.status === 'submitting'} @click=${this.#confirmPending}>${t.mdConfirm}</button>
        <button type="button" part="cancel-button" @click=${this.#cancelPending}>${t.mdCancel}</button>
      </div>
    </div>`;
  }

  /** The button that opens the application form, or the form: for whom the Club API accepts one from. */
  #applyForm(): TemplateResult | typeof nothing {
    // An application of the staff member's own scope: a branch operator's branch, any for the administrator.
    if (
      !this.club.memberClient?.applicationForm ||
      !this.#desk.may('create', { ...this.#desk.principal, type: 'application' })
    )
      return nothing;
    return this.#apply?.open
      ? this.#apply.render(this.t)
      : html`<button type="button" part="apply-button" id="apply-button" @click=${this.#openApplication}>${this.t.mdApply}</button>`;
  }

  /** Opens the application form, loading it (a chunk of its own, with its client) the first time. */
  #openApplication = (): void => {
    const load = this.club.memberClient?.applicationForm;
    if (this.#apply) this.#apply.reopen();
    else if (load)
      void Promise.all([import('./application-form.js'), load()]).then(
        ([view, client]) => {
          this.#apply = new view.ApplicationPanel(
            this,
            client,
            this.#desk.principal,
            (selector) => (this.#focus = selector),
            () => void this.#desk.reload(),
          );
        },
        (error: unknown) => this.dispatchEvent(new ClubErrorEvent(error)),
      );
  };

  #submitSearch = (e: SubmitEvent): void => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const filters: Record<string, string> = {};
    for (const [name, value] of form) if (typeof value === 'string') filters[name] = value;
    const query = searchQuery(filters);
    if (!query) {
      this._errors = { search: this.t.mdSearchEmpty };
      this.#focus = '#q';
      return;
    }
    this._errors = {};
    void this.#desk.search(query);
  };

  #pickStatus = (e: Event): void => {
    this._rejecting = undefined;
    this.#desk.clearAction();
    void this.#desk.setApplicationStatus((e.target as HTMLSelectElement).value as MembershipApplication['status']);
  };

  #retry = (): void => {
    void this.#desk.reload();
  };

  #openMember = (e: Event): void => {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    if (!id) return;
    this._renewing = undefined;
    this._pending = undefined;
    this._rejecting = undefined;
    this._errors = {};
    this.#focus = '#record-title, #record-error';
    void this.#desk.open(id).then(() => this.requestUpdate());
  };

  #back = (): void => {
    const opened = this.#desk.opened;
    const id = opened.status === 'ready' ? opened.record.member.id : opened.status === 'none' ? '' : opened.id;
    this._renewing = undefined;
    this._pending = undefined;
    this.#desk.close();
    this.#focus = id && this.#desk.results.status === 'ready' ? `.open-button[data-id="${id}"]|#q` : '#q';
  };

  #application(e: Event): MembershipApplication | undefined {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    const state = this.#desk.state;
    return state.status === MemberDeskStatus.ready ? state.applications.find((a) => a.id === id) : undefined;
  }

  #approve = async (e: Event): Promise<void> => {
    const application = this.#application(e);
    if (!application) return;
    this._rejecting = undefined;
    const approved = await this.#desk.approve(application.id);
    this.#focus = approved ? '#open-approved' : '#action-error';
    this.requestUpdate();
  };

  #startReject = (e: Event): void => {
    this._rejecting = this.#application(e);
    this._errors = {};
    this.#desk.clearAction();
    this.#focus = '#reason';
  };

  #cancelReject = (): void => {
    const id = this._rejecting?.id;
    this._rejecting = undefined;
    this._errors = {};
    this.#focus = id ? `[part~="reject-button"][data-id="${id}"]` : '#app-status';
  };

  #submitReject = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const application = this._rejecting;
    if (!application) return;
    const reason = new FormData(e.currentTarget as HTMLFormElement).get('reason');
    const rejected = await this.#desk.reject(application.id, typeof reason === 'string' ? reason : '');
    const action = this.#desk.action;
    if (action.status === 'invalid') {
      this._errors = { reason: this.t.mdReasonRequired };
      this.#focus = '#reason';
    } else if (rejected) {
      this._rejecting = undefined;
      this._errors = {};
      this.#focus = '#app-status';
    } else {
      this.#focus = '#action-error';
    }
    this.requestUpdate();
  };

  #membershipOf(e: Event): Membership | undefined {
    const id = (e.currentTarget as HTMLElement).dataset['id'];
    const opened = this.#desk.opened;
    return opened.status === 'ready' ? opened.record.memberships.find((m) => m.id === id) : undefined;
  }

  #startRenew = (e: Event): void => {
    this._renewing = this.#membershipOf(e);
    this._errors = {};
    this.#desk.clearAction();
    this.#focus = '#policy-number';
  };

  #startReplace = (e: Event): void => {
    const membership = this.#membershipOf(e);
    if (!membership) return;
    this._pending = { kind: 'replace', membership };
    this.#desk.clearAction();
    this.#focus = '#confirm-button';
  };

  #submitRenew = (e: SubmitEvent): void => {
    e.preventDefault();
    const membership = this._renewing;
    if (!membership) return;
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const value = (name: string) => {
      const v = form.get(name);
      return typeof v === 'string' ? v.trim() : '';
    };
    const policy = { number: value('policy-number'), start: value('policy-start'), end: value('policy-end') };
    const errors: Record<string, string> = {};
    if (!policy.number) errors['policy-number'] = this.t.mdRequired;
    if (!policy.start) errors['policy-start'] = this.t.mdRequired;
    if (!policy.end) errors['policy-end'] = this.t.mdRequired;
    else if (policy.start && policy.end < policy.start) errors['policy-end'] = this.t.mdEndBeforeStart;
    this._errors = errors;
    const first = Object.keys(errors)[0];
    if (first) {
      this.#focus = `#${first}`;
      return;
    }
    this._renewing = undefined;
    this._pending = { kind: 'renew', membership, policy };
    this.#focus = '#confirm-button';
  };

  #cancelPending = (): void => {
    const id = this._pending?.membership.id ?? this._renewing?.id;
    this._pending = undefined;
    this._renewing = undefined;
    this._errors = {};
    this.#focus = id ? `[part~="renew-button"][data-id="${id}"]` : '#record-title';
  };

  #confirmPending = async (): Promise<void> => {
    const pending = this._pending;
    if (!pending) return;
    const done =
      pending.kind === 'renew'
        ? await this.#desk.renew(pending.membership.id, pending.policy)
        : await this.#desk.replaceCard(pending.membership.card.id);
    this._pending = undefined;
    this.#focus = done ? '#record-title' : '#action-error';
    this.requestUpdate();
  };
}
