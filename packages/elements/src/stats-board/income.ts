// The board's income section, loaded on demand (`import('./income.js')`) when the administrator
// opens it: its controller, its view and its words in the three locales.
import { formatMoney, yuan } from '@clubkit/core/shared';
import { ActivityKind, MAX_ACTIVITY_PLACE_LENGTH, type Activity, type NewActivity } from '@clubkit/core/vip';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { isAmountYuan, parseAmountYuan } from '../shared/amount.js';
import { describeError } from '../shared/errors.js';
import type { IncomeBoardClient } from './income-client.js';
import { incomeZhHant, type IncomeMessages } from './income-messages.js';
import { incomeEn } from './locales/income-en.js';
import { incomeZhHans } from './locales/income-zh-hans.js';

const WORDS: Record<string, IncomeMessages> = { en: incomeEn, 'zh-Hans': incomeZhHans };

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function incomeMessages(locale: string): IncomeMessages {
  return WORDS[locale] ?? incomeZhHant;
}

/** Which form: a new activity, or advertising income. */
export type IncomeForm = 'activity' | 'ad';

/** The outcome of the last form sent: announced, a field to fix, or the Club API's refusal. */
export type IncomeOutcome =
  | { status: 'none' }
  | { status: 'created'; title: string }
  | { status: 'recorded'; amountFen: number }
  | { status: 'invalid'; form: IncomeForm; field: string }
  | { status: 'too-long'; form: IncomeForm; field: string }
  | { status: 'error'; form: IncomeForm; error: unknown };

/** The fields of the two forms, as typed. */
export type IncomeFields = Readonly<Record<string, string>>;

/** A whole number of fen from typed yuan, or undefined when the text is not an amount. */
function fenOf(text: string | undefined): number | undefined {
  const amount = parseAmountYuan(text ?? '');
  return amount !== undefined && isAmountYuan(amount) ? yuan(amount) : undefined;
}

/**
 * The administrator's side of the VIP club's other income (A5 §4.2 2–4): the activities with the
 * seats taken, a form that sets up an activity and one that records a merchant's advertising. The
 * rules run on the server (core's `NewActivity` and `NewAdIncome`); this reads the typed amounts as
 * fen and reports the first field to fix. Headless: it works with any `ReactiveControllerHost`.
 */
export class IncomeSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: IncomeBoardClient;
  readonly #saved: () => void;
  #activities: Activity[] | undefined;
  #loadError: unknown;
  #outcome: IncomeOutcome = { status: 'none' };
  #busy = false;

  /** `saved` runs after each form the Club API took: the board reloads its revenue. */
  constructor(host: ReactiveControllerHost, client: IncomeBoardClient, saved: () => void) {
    this.#host = host;
    this.#client = client;
    this.#saved = saved;
  }

  /** The activities, once loaded. */
  get activities(): readonly Activity[] | undefined {
    return this.#activities;
  }

  /** Why the activities could not be loaded, if they could not. */
  get loadError(): unknown {
    return this.#loadError;
  }

  /** The last form's outcome. */
  get outcome(): IncomeOutcome {
    return this.#outcome;
  }

  /** Whether a form is being sent. */
  get busy(): boolean {
    return this.#busy;
  }

  /** Loads the activities again (the first 100). Never rejects. */
  async load(): Promise<void> {
    try {
      const out: Activity[] = [];
      for await (const a of this.#client.activities.list({ limit: 100 })) out.push(a);
      this.#activities = out;
      this.#loadError = undefined;
    } catch (error) {
      this.#loadError = error;
    }
    this.#host.requestUpdate();
  }

  /** Sets up an activity from the form's fields. Never rejects. */
  async createActivity(fields: IncomeFields): Promise<void> {
    const priceFen = fenOf(fields.price);
    const capacity = Number(fields.capacity);
    const missing = ['title', 'startsOn', 'endsOn', 'signUpFrom', 'signUpUntil'].find((f) => !fields[f]?.trim());
    const field =
      missing ??
      (!Number.isInteger(capacity) || capacity < 1 ? 'capacity' : priceFen === undefined ? 'price' : undefined);
    if (field !== undefined || priceFen === undefined) {
      this.#invalid('activity', field ?? 'price');
      return;
    }
    // Optional; the Club API trims it and takes up to MAX_ACTIVITY_PLACE_LENGTH characters.
    const place = fields.place?.trim() ?? '';
    if (place.length > MAX_ACTIVITY_PLACE_LENGTH) {
      this.#outcome = { status: 'too-long', form: 'activity', field: 'place' };
      this.#host.requestUpdate();
      return;
    }
    const kind = Object.values(ActivityKind).find((k) => k === fields.kind) ?? ActivityKind.selfDriveTrip;
    const body: NewActivity = {
      kind,
      title: fields.title?.trim() ?? '',
      ...(place ? { place } : {}),
      startsOn: fields.startsOn ?? '',
      endsOn: fields.endsOn ?? '',
      capacity,
      priceFen,
      signUpFrom: fields.signUpFrom ?? '',
      signUpUntil: fields.signUpUntil ?? '',
    };
    await this.#send('activity', async () => {
      const activity = await this.#client.activities.create(body);
      this.#outcome = { status: 'created', title: activity.title };
      await this.load();
    });
  }

  /** Records a merchant's advertising income from the form's fields. Never rejects. */
  async recordAd(fields: IncomeFields): Promise<void> {
    const amountFen = fenOf(fields.amount);
    const field =
      ['merchantId'].find((f) => !fields[f]?.trim()) ??
      (amountFen === undefined || amountFen < 1 ? 'amount' : ['from', 'to'].find((f) => !fields[f]));
    if (field !== undefined || amountFen === undefined) {
      this.#invalid('ad', field ?? 'amount');
      return;
    }
    const note = fields.note?.trim();
    await this.#send('ad', async () => {
      const income = await this.#client.adIncome.create({
        merchantId: fields.merchantId?.trim() ?? '',
        amountFen,
        from: fields.from ?? '',
        to: fields.to ?? '',
        ...(note ? { note } : {}),
      });
      this.#outcome = { status: 'recorded', amountFen: income.amountFen };
    });
  }

  #invalid(form: IncomeForm, field: string): void {
    this.#outcome = { status: 'invalid', form, field };
    this.#host.requestUpdate();
  }

  async #send(form: IncomeForm, run: () => Promise<void>): Promise<void> {
    this.#busy = true;
    this.#host.requestUpdate();
    try {
      await run();
      this.#saved();
    } catch (error) {
      this.#outcome = { status: 'error', form, error };
    }
    this.#busy = false;
    this.#host.requestUpdate();
  }
}

/** The fields of a submitted form, by name. */
function fieldsOf(form: HTMLFormElement): IncomeFields {
  return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, typeof v === 'string' ? v : '']));
}

/**
 * Opens the section on a host (the stats board): loads the activities and answers the section's
 * view, to render in the host's messages. `saved` runs after each form the Club API took.
 */
export async function openIncome(
  host: ReactiveControllerHost,
  client: IncomeBoardClient,
  saved: () => void,
): Promise<(common: CommonMessages) => TemplateResult> {
  const section = new IncomeSection(host, client, saved);
  await section.load();
  return (common) => renderIncome(section, common);
}

/** The section's view: its heading, the activities table, then the two forms, each with its own error line. */
export function renderIncome(section: IncomeSection, common: CommonMessages): TemplateResult {
  const t = incomeMessages(common.intlLocale);
  const money = (fen: number) => formatMoney(fen, common.intlLocale);
  const o = section.outcome;
  const status =
    o.status === 'created'
      ? t.created(o.title)
      : o.status === 'recorded'
        ? t.recorded(money(o.amountFen))
        : section.activities
          ? t.loaded(section.activities.length)
          : section.loadError === undefined
            ? common.loading
            : '';
  const labels: Record<string, string> = {
    title: t.title,
    place: t.place,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
    capacity: t.capacity,
    price: t.priceYuan,
    signUpFrom: t.signUpFrom,
    signUpUntil: t.signUpUntil,
    merchantId: t.merchantId,
    amount: t.amountYuan,
    from: t.from,
    to: t.to,
  };
  const problem = (form: IncomeForm) =>
    o.status === 'invalid' && o.form === form
      ? t.fieldInvalid(labels[o.field] ?? o.field)
      : o.status === 'too-long' && o.form === form
        ? t.tooLong(t.colPlace, MAX_ACTIVITY_PLACE_LENGTH)
        : o.status === 'error' && o.form === form
          ? t.refused(describeError(o.error, common))
          : '';
  const invalid = (form: IncomeForm, name: string) =>
    (o.status === 'invalid' || o.status === 'too-long') && o.form === form && o.field === name ? 'true' : 'false';
  const input = (form: IncomeForm, name: string, type: string, extra: { min?: string; max?: string } = {}) =>
    html`<label for=${`in-${name}`}>${labels[name]}</label>
      <input id=${`in-${name}`} name=${name} type=${type} required min=${extra.min ?? nothing} max=${extra.max ?? nothing}
        inputmode=${type === 'text' && (name === 'price' || name === 'amount') ? 'decimal' : nothing}
        aria-invalid=${invalid(form, name)} aria-describedby=${`${form}-error`} />`;
  const submit = (form: IncomeForm) => (e: SubmitEvent) => {
    e.preventDefault();
    const fields = fieldsOf(e.target as HTMLFormElement);
    void (form === 'activity' ? section.createActivity(fields) : section.recordAd(fields));
  };
  return html`<section part="income" class="section" aria-labelledby="income-title">
    <h3 id="income-title" class="section-title" tabindex="-1">${t.heading}</h3>
    <p part="income-status" class="status" role="status">${status}</p>
    ${
      section.loadError === undefined
        ? nothing
        : html`<div part="error" class="error" role="alert"><p>${describeError(section.loadError, common)}</p></div>`
    }
    ${section.activities ? activityTable(section.activities, t, money) : nothing}
    <form part="activity-form" class="field" aria-labelledby="new-activity" novalidate @submit=${submit('activity')}>
      <h4 id="new-activity">${t.newActivity}</h4>
      <label for="in-kind">${t.kind}</label>
      <select id="in-kind" name="kind">
        ${Object.values(ActivityKind).map((k) => html`<option value=${k}>${t.kinds[k]}</option>`)}
      </select>
      ${input('activity', 'title', 'text')}
      <label for="in-place">${t.place}</label>
      <input id="in-place" name="place" type="text" aria-invalid=${invalid('activity', 'place')} aria-describedby="activity-error" />
      ${input('activity', 'startsOn', 'date')} ${input('activity', 'endsOn', 'date')}
      ${input('activity', 'capacity', 'number', { min: '1', max: '10000' })} ${input('activity', 'price', 'text')}
      ${input('activity', 'signUpFrom', 'date')} ${input('activity', 'signUpUntil', 'date')}
      <p id="activity-error" part="form-error" class="period-error" role="alert">${problem('activity')}</p>
      <button type="submit" part="create-button" class="primary" ?disabled=${section.busy}>${t.create}</button>
    </form>
    <form part="ad-form" class="field" aria-labelledby="new-ad" novalidate @submit=${submit('ad')}>
      <h4 id="new-ad">${t.newAd}</h4>
      ${input('ad', 'merchantId', 'text')} ${input('ad', 'amount', 'text')} ${input('ad', 'from', 'date')}
      ${input('ad', 'to', 'date')}
      <label for="in-note">${t.note}</label>
      <input id="in-note" name="note" type="text" maxlength="200" aria-describedby="ad-error" />
      <p id="ad-error" part="form-error" class="period-error" role="alert">${problem('ad')}</p>
      <button type="submit" part="record-button" class="primary" ?disabled=${section.busy}>${t.record}</button>
    </form>
  </section>`;
}

function activityTable(activities: readonly Activity[], t: IncomeMessages, money: (fen: number) => string) {
  if (activities.length === 0) return html`<p part="message" class="message">${t.empty}</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="act-caption">
    <table part="activities" class="table">
      <caption id="act-caption">${t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colTitle}</th>
          <th scope="col">${t.colKind}</th>
          <th scope="col">${t.colPlace}</th>
          <th scope="col">${t.colDays}</th>
          <th scope="col">${t.colSeats}</th>
          <th scope="col">${t.colPrice}</th>
        </tr>
      </thead>
      <tbody>
        ${activities.map(
          (a) => html`<tr part="activity" data-activity=${a.id}>
            <th scope="row">${a.title}</th>
            <td>${t.kinds[a.kind]}</td>
            <td part="place">${a.place ?? ''}</td>
            <td>${a.startsOn === a.endsOn ? a.startsOn : `${a.startsOn} – ${a.endsOn}`}</td>
            <td>${t.seats(a.seatsTaken, a.capacity)}</td>
            <td>${money(a.priceFen)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
