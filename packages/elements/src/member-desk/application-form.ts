// The member desk's application form, loaded on demand (`import('./application-form.js')`) when the
// desk first opens it: its state, its checks, its view and its words in the three locales. A branch
// operator applies for the own branch, the administrator for the branch chosen; the application may
// name the campaign it came from, one of those running on the day (A2 §1's report).
import { isClubApiError } from '@clubkit/client';
import { addDays, addMonths, compareDates, dateInZone, isCalendarDate } from '@clubkit/core/shared';
import type { StaffPrincipal } from '@clubkit/core/access';
import type { Branch, NewApplicationInput } from '@clubkit/core/api';
import type { Campaign, MembershipApplication } from '@clubkit/core/membership';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import { formatCalendarDate } from '../shared/intl.js';
import type { ApplicationFormClient } from './application-client.js';
import {
  applicationEn,
  applicationZhHans,
  applicationZhHant,
  type ApplicationFormMessages,
} from './application-messages.js';
import type { MemberDeskMessages } from './messages.js';

const WORDS: Record<string, ApplicationFormMessages> = { en: applicationEn, 'zh-Hans': applicationZhHans };

/** The form's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function applicationMessages(locale: string): ApplicationFormMessages {
  return WORDS[locale] ?? applicationZhHant;
}

/** The form's fields as typed, by their names. */
export const APPLICATION_FIELDS = [
  'branch',
  'tier',
  'name',
  'phone',
  'email',
  'plate',
  'policy-number',
  'policy-start',
  'policy-end',
  'campaign',
] as const;
/** A field of the application form. */
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** Why a field is refused: empty, a policy ending before it starts, a campaign the Club API refused. */
export type ApplicationProblem = 'required' | 'endBeforeStart' | 'campaignNotRunning' | 'campaignUnknown';

const REQUIRED: readonly ApplicationField[] = [
  'branch',
  'name',
  'phone',
  'plate',
  'policy-number',
  'policy-start',
  'policy-end',
];

/**
 * The problems of a form as typed, checked before anything is sent: the required fields, the
 * policy's days (calendar dates written `YYYY-MM-DD`, by core's `isCalendarDate`) and its end
 * not before its start (core's `compareDates`, the policy schema's rule). Empty when it may be sent.
 */
export function checkApplication(
  values: Readonly<Partial<Record<ApplicationField, string>>>,
): Partial<Record<ApplicationField, ApplicationProblem>> {
  const problems: Partial<Record<ApplicationField, ApplicationProblem>> = {};
  for (const field of REQUIRED) if (!values[field]?.trim()) problems[field] = 'required';
  for (const field of ['policy-start', 'policy-end'] as const)
    if (!problems[field] && !isCalendarDate(values[field]?.trim())) problems[field] = 'required';
  const start = values['policy-start']?.trim() ?? '';
  const end = values['policy-end']?.trim() ?? '';
  if (!problems['policy-start'] && !problems['policy-end'] && compareDates(start, end) > 0)
    problems['policy-end'] = 'endBeforeStart';
  return problems;
}

/** The body of `POST /v1/applications` from a checked form; the campaign only when one is chosen. */
export function applicationBody(values: Readonly<Partial<Record<ApplicationField, string>>>): NewApplicationInput {
  const v = (field: ApplicationField) => values[field]?.trim() ?? '';
  return {
    branchId: v('branch'),
    tier: v('tier') === 'vip' ? 'vip' : 'standard',
    applicant: { name: v('name'), phone: v('phone'), ...(v('email') ? { email: v('email') } : {}) },
    plate: v('plate'),
    policy: { number: v('policy-number'), start: v('policy-start'), end: v('policy-end') },
    ...(v('campaign') ? { campaignId: v('campaign') } : {}),
  };
}

/** The campaign field's problem when the Club API refused the campaign, or undefined for any other refusal. */
export function campaignProblem(error: unknown): ApplicationProblem | undefined {
  if (!isClubApiError(error)) return undefined;
  if (error.code === 'membership/campaign-not-running') return 'campaignNotRunning';
  return error.issues.some((i) => i.path[0] === 'campaignId') ? 'campaignUnknown' : undefined;
}

/** The choices the form offers: the campaigns running today, and the branches when the staff member chooses one. */
export type ApplicationChoices =
  | { status: 'loading' }
  | { status: 'ready'; campaigns: Campaign[]; branches: Branch[] | undefined }
  | { status: 'error'; error: unknown };

/** The last submission: none, sent, or refused with nothing stored. */
export type ApplicationOutcome =
  | { status: 'none' }
  | { status: 'submitting' }
  | { status: 'submitted'; application: MembershipApplication; campaign: string | undefined }
  | { status: 'refused'; error: unknown };

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The application form's state: the campaigns running on `today` (the club's day) and, for a staff
 * member who chooses the branch, the branches; the fields' problems; the last submission. The Club
 * API decides (a campaign must run on the day of submission, `membership/campaign-not-running`);
 * this checks what it can before sending, sends, and keeps the refusal. Headless: any
 * `ReactiveControllerHost`.
 */
export class ApplicationForm {
  readonly #host: ReactiveControllerHost;
  readonly #client: ApplicationFormClient;
  /** The club's day the form offers campaigns for. */
  readonly today: string;
  /** The branch a branch operator applies for; undefined when the staff member chooses one. */
  readonly ownBranch: string | undefined;
  #choices: ApplicationChoices = { status: 'loading' };
  #outcome: ApplicationOutcome = { status: 'none' };
  #problems: Partial<Record<ApplicationField, ApplicationProblem>> = {};

  constructor(
    host: ReactiveControllerHost,
    client: ApplicationFormClient,
    today: string,
    ownBranch: string | undefined,
  ) {
    this.#host = host;
    this.#client = client;
    this.today = today;
    this.ownBranch = ownBranch;
  }

  /** The campaigns and branches offered. */
  get choices(): ApplicationChoices {
    return this.#choices;
  }

  /** The last submission's outcome. */
  get outcome(): ApplicationOutcome {
    return this.#outcome;
  }

  /** The fields' problems, by field. */
  get problems(): Readonly<Partial<Record<ApplicationField, ApplicationProblem>>> {
    return this.#problems;
  }

  /** Loads the campaigns running today and, without an own branch, the branches. Never rejects. */
  async load(): Promise<void> {
    try {
      const [campaigns, branches] = await Promise.all([
        all(this.#client.campaigns.list({ runningOn: this.today, limit: 100 })),
        this.ownBranch ? Promise.resolve(undefined) : all(this.#client.branches.list({ limit: 100 })),
      ]);
      this.#choices = { status: 'ready', campaigns, branches };
    } catch (error) {
      this.#choices = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }

  /**
   * Checks and submits the form's values; a branch operator's own branch is used whatever the form
   * holds. Resolves true when submitted; false with `problems` (nothing sent) or a refused
   * `outcome` (nothing stored). Never rejects.
   */
  async submit(values: Readonly<Partial<Record<ApplicationField, string>>>): Promise<boolean> {
    if (this.#outcome.status === 'submitting') return false;
    const typed = this.ownBranch ? { ...values, branch: this.ownBranch } : values;
    this.#problems = checkApplication(typed);
    if (Object.keys(this.#problems).length) {
      this.#host.requestUpdate();
      return false;
    }
    this.#outcome = { status: 'submitting' };
    this.#host.requestUpdate();
    try {
      const application = await this.#client.memberships.apply(applicationBody(typed));
      const choices = this.#choices;
      const campaign =
        choices.status === 'ready' ? choices.campaigns.find((c) => c.id === application.campaignId)?.name : undefined;
      this.#outcome = { status: 'submitted', application, campaign };
      return true;
    } catch (error) {
      const problem = campaignProblem(error);
      if (problem) this.#problems = { campaign: problem };
      this.#outcome = { status: 'refused', error };
      return false;
    } finally {
      this.#host.requestUpdate();
    }
  }
}

/** What the view needs from the desk: its words, and what to do on submit and cancel. */
export interface ApplicationFormView {
  common: CommonMessages & MemberDeskMessages;
  submit: (e: SubmitEvent) => Promise<void>;
  cancel: () => void;
}

/** The application form's view; `submit` reads the form's fields by their names ({@link APPLICATION_FIELDS}). */
export function renderApplicationForm(form: ApplicationForm, view: ApplicationFormView): TemplateResult {
  const common = view.common;
  const t = applicationMessages(common.intlLocale);
  const day = (d: string) => formatCalendarDate(d, common.intlLocale, 'medium');
  const choices = form.choices;
  const outcome = form.outcome;
  const said: Record<ApplicationProblem, string> = {
    required: t.required,
    endBeforeStart: t.endBeforeStart,
    campaignNotRunning: t.campaignNotRunning,
    campaignUnknown: t.campaignUnknown,
  };
  const problem = (field: ApplicationField) => {
    const p = form.problems[field];
    return p ? said[p] : undefined;
  };
  const aria = (field: ApplicationField, hint = false) => {
    const ids = [...(hint ? [`app-${field}-hint`] : []), ...(problem(field) ? [`app-${field}-error`] : [])].join(' ');
    return { invalid: problem(field) ? 'true' : 'false', described: ids || nothing };
  };
  const error = (field: ApplicationField) =>
    problem(field)
      ? html`<p id="app-${field}-error" part="field-error" class="field-error">${problem(field)}</p>`
      : nothing;
  const text = (field: ApplicationField, label: string, value = '', optional = false) => {
    const isDay = field === 'policy-start' || field === 'policy-end';
    const a = aria(field, isDay);
    return html`<label class="field" for="app-${field}">${label}${optional ? t.optional : ''}</label>
      <input id="app-${field}" name=${field} type="text" autocomplete="off" maxlength="100" .value=${value}
        ?required=${!optional} aria-invalid=${a.invalid} aria-describedby=${a.described} />
      ${isDay ? html`<p id="app-${field}-hint" class="note hint">${common.mdCampaignDayHint}</p>` : nothing}
      ${error(field)}`;
  };
  const start = form.today;
  const end = addDays(addMonths(start, 12), -1);
  const busy = outcome.status === 'submitting';
  const branch = () => {
    if (form.ownBranch) return html`<p class="note">${t.ownBranch(form.ownBranch)}</p>`;
    const a = aria('branch');
    const branches = choices.status === 'ready' ? (choices.branches ?? []) : [];
    return html`<label class="field" for="app-branch">${t.branch}</label>
      <select id="app-branch" name="branch" required aria-invalid=${a.invalid} aria-describedby=${a.described}>
        <option value=""></option>
        ${branches.map((b) => html`<option value=${b.id}>${b.name}</option>`)}
      </select>
      ${error('branch')}`;
  };
  const campaign = () => {
    const a = aria('campaign', true);
    const campaigns = choices.status === 'ready' ? choices.campaigns : [];
    return html`<label class="field" for="app-campaign">${t.campaign}${t.optional}</label>
      <select id="app-campaign" name="campaign" aria-invalid=${a.invalid} aria-describedby=${a.described}>
        <option value="">${t.noCampaign}</option>
        ${campaigns.map((c) => html`<option value=${c.id}>${t.campaignOption(c.name, day(c.from), day(c.to))}</option>`)}
      </select>
      <p id="app-campaign-hint" class="note hint">${t.campaignHint(day(form.today))}</p>
      ${error('campaign')}`;
  };
  return html`<form part="application-form" class="step-form" novalidate aria-labelledby="app-title" @submit=${view.submit}>
      <h4 id="app-title" tabindex="-1">${t.title}</h4>
      ${
        choices.status === 'error'
          ? html`<div part="error" class="error" role="alert"><p>${describeError(choices.error, common)}</p></div>`
          : choices.status === 'loading'
            ? html`<p class="note">${common.loading}</p>`
            : nothing
      }
      ${branch()}
      <label class="field" for="app-tier">${t.tier}</label>
      <select id="app-tier" name="tier">
        <option value="standard">${common.mdTiers.standard}</option>
        <option value="vip">${common.mdTiers.vip}</option>
      </select>
      ${text('name', t.name)} ${text('phone', t.phone)} ${text('email', t.email, '', true)} ${text('plate', t.plate)}
      ${text('policy-number', t.policyNumber)} ${text('policy-start', t.policyStart, start)}
      ${text('policy-end', t.policyEnd, end)} ${campaign()}
      ${
        outcome.status === 'refused'
          ? html`<div part="error" class="error" role="alert" id="app-error" tabindex="-1">
              <p>${t.refused(form.problems.campaign ? (problem('campaign') ?? '') : describeError(outcome.error, common))}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" part="submit-button" class="primary" ?disabled=${busy || choices.status !== 'ready'}>${t.submit}</button>
        <button type="button" part="cancel-button" @click=${view.cancel}>${t.cancel}</button>
      </div>
    </form>`;
}

/** The line that says an application was submitted, for the desk's status. */
export function submittedLine(form: ApplicationForm, common: CommonMessages): string {
  const outcome = form.outcome;
  return outcome.status === 'submitted'
    ? applicationMessages(common.intlLocale).submitted(outcome.application.applicant.name, outcome.campaign)
    : '';
}

/**
 * The form as the desk shows it: opened, submitted (then closed with its line said) or cancelled,
 * moving focus as it goes. `focus` takes a selector in the desk; `submitted` runs after an
 * application is stored (the desk reloads its queue).
 */
export class ApplicationPanel {
  readonly form: ApplicationForm;
  /** Whether the form is shown (rather than the button that opens it). */
  open = true;
  /** The last application submitted, in words, for the desk's status line. */
  line = '';
  readonly #host: ReactiveControllerHost;
  readonly #focus: (selector: string) => void;
  readonly #submitted: () => void;

  constructor(
    host: ReactiveControllerHost,
    client: ApplicationFormClient,
    principal: StaffPrincipal | undefined,
    focus: (selector: string) => void,
    submitted: () => void,
  ) {
    this.#host = host;
    this.#focus = focus;
    this.#submitted = submitted;
    // A branch operator applies for the own branch; the administrator chooses one.
    const ownBranch = principal?.role === 'branch' ? principal.branchId : undefined;
    this.form = new ApplicationForm(host, client, dateInZone(new Date(), 'Asia/Shanghai'), ownBranch);
    this.reopen();
  }

  /** Shows the form again, with the campaigns running today read again. */
  reopen(): void {
    this.open = true;
    this.line = '';
    this.#focus('#app-title');
    void this.form.load();
    this.#host.requestUpdate();
  }

  /** The form, in the desk's words. */
  render(common: CommonMessages & MemberDeskMessages): TemplateResult {
    this.#common = common;
    return renderApplicationForm(this.form, { common, submit: this.#submit, cancel: this.#cancel });
  }

  #common: CommonMessages | undefined;

  #submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const values: Partial<Record<ApplicationField, string>> = {};
    for (const [name, value] of new FormData(e.currentTarget as HTMLFormElement))
      if (typeof value === 'string') values[name as ApplicationField] = value;
    if (await this.form.submit(values)) {
      this.line = this.#common ? submittedLine(this.form, this.#common) : '';
      this.open = false;
      this.#focus('#apply-button');
      this.#submitted();
    } else {
      const first = Object.keys(this.form.problems)[0];
      this.#focus(first ? `#app-${first}` : '#app-error');
    }
    this.#host.requestUpdate();
  };

  #cancel = (): void => {
    this.open = false;
    this.#focus('#apply-button');
    this.#host.requestUpdate();
  };
}
