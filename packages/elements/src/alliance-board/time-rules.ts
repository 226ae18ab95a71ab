// The board's time-rules section, loaded on demand (`import('./time-rules.js')`) when the sales
// centre opens it: its controller, its view and its words in the three locales.
import { formatMoney } from '@clubkit/core/shared';
import type { AllianceCalendar, Dealer, SalesCentre } from '@clubkit/core/alliance';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import { formatCalendarDate } from '../shared/intl.js';
import type { TimeRulesBoardClient } from './time-rules-client.js';
import { timeRulesEn, timeRulesZhHans, timeRulesZhHant, type TimeRulesMessages } from './time-rules-messages.js';
import type { OpenSection } from './lazy-section.js';

const WORDS: Record<string, TimeRulesMessages> = { en: timeRulesEn, 'zh-Hans': timeRulesZhHans };

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function timeRulesMessages(locale: string): TimeRulesMessages {
  return WORDS[locale] ?? timeRulesZhHant;
}

/** One sales centre and its time rules today. */
export interface CentreCalendar {
  centre: SalesCentre;
  calendar: AllianceCalendar;
}

/** The section's state: each centre's calendar and the plaques taken back, once loaded. */
export type TimeRulesState =
  | { status: 'loading' }
  | { status: 'ready'; centres: CentreCalendar[]; withdrawn: Dealer[] }
  | { status: 'error'; error: unknown };

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The alliance's time rules for the sales centre (A1 考核及獎罰規定 1, 3): for each centre the
 * caller sees, its founding day, its first half-year (the visit fund's 500 CNY a month, weekly
 * visit lists) and whether it is over (no fund, one list a month), as the Club API computes them
 * with core's `allianceCalendar` for the club's today; and the dealers whose plaque was taken back
 * after a counterfeit finding. This only asks and shows. Headless: any `ReactiveControllerHost`.
 */
export class TimeRulesSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: TimeRulesBoardClient;
  #state: TimeRulesState = { status: 'loading' };

  constructor(host: ReactiveControllerHost, client: TimeRulesBoardClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The calendars and plaques shown. */
  get state(): TimeRulesState {
    return this.#state;
  }

  /** Loads every centre's calendar and the dealers' plaques. Never rejects. */
  async load(): Promise<void> {
    const options = { limit: 100 };
    try {
      const [centres, dealers] = await Promise.all([
        all(this.#client.centres.list(options)),
        all(this.#client.dealers.list(options)),
      ]);
      const calendars = await Promise.all(
        centres.map(async (centre) => ({ centre, calendar: await this.#client.centres.calendar(centre.id) })),
      );
      this.#state = {
        status: 'ready',
        centres: calendars,
        withdrawn: dealers.filter((d) => d.plaque.withdrawnOn !== null),
      };
    } catch (error) {
      this.#state = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }
}

/** The section's view: the calendar of each centre, then the plaques taken back. */
export function renderTimeRules(section: TimeRulesSection, common: CommonMessages): TemplateResult {
  const t = timeRulesMessages(common.intlLocale);
  const state = section.state;
  const status =
    state.status === 'loading'
      ? common.loading
      : state.status === 'ready'
        ? t.loaded(state.centres.length, state.withdrawn.length)
        : '';
  return html`<p part="status" class="status" role="status">${status}</p>
    ${
      state.status === 'error'
        ? html`<div part="error" class="error" role="alert"><p>${describeError(state.error, common)}</p></div>`
        : nothing
    }
    ${state.status === 'ready' ? html`${calendarTable(state.centres, t, common)}${plaqueTable(state.withdrawn, t, common)}` : nothing}`;
}

function calendarTable(
  centres: readonly CentreCalendar[],
  t: TimeRulesMessages,
  common: CommonMessages,
): TemplateResult {
  if (centres.length === 0) return html`<p part="message" class="message">${t.empty}</p>`;
  const day = (d: string) => formatCalendarDate(d, common.intlLocale, 'medium');
  return html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="time-caption">
    <table part="calendar" class="standing">
      <caption id="time-caption">${t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colCentre}</th>
          <th scope="col">${t.colFounded}</th>
          <th scope="col">${t.colHalfYear}</th>
          <th scope="col">${t.colFund}</th>
          <th scope="col">${t.colLists}</th>
        </tr>
      </thead>
      <tbody>
        ${centres.map(({ centre, calendar: c }) => {
          const running = c.inFirstHalfYear;
          return html`<tr part="centre-calendar" data-centre=${centre.id} data-cadence=${c.visitList?.cadence ?? ''}>
            <th scope="row">${centre.name}</th>
            <td>${day(c.firstHalfYear.from)}</td>
            <td>${t.halfYear(day(c.firstHalfYear.lastDay), running)}</td>
            <td>${t.fund(formatMoney(c.visitFundFen, common.intlLocale), running)}</td>
            <td>${c.visitList ? t.lists(c.visitList.cadence, c.listsDue.length) : '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function plaqueTable(dealers: readonly Dealer[], t: TimeRulesMessages, common: CommonMessages): TemplateResult {
  if (dealers.length === 0) return html`<p part="message" class="message">${t.noPlaques}</p>`;
  return html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="plaque-caption">
    <table part="plaques" class="standing">
      <caption id="plaque-caption">${t.plaqueCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colDealer}</th>
          <th scope="col">${t.colWithdrawn}</th>
        </tr>
      </thead>
      <tbody>
        ${dealers.map(
          (d) => html`<tr part="plaque" data-dealer=${d.id}>
            <th scope="row">${d.name}</th>
            <td>${d.plaque.withdrawnOn ? formatCalendarDate(d.plaque.withdrawnOn, common.intlLocale, 'medium') : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Opens the section for the board (see `./lazy-section.js`): its state kept by the board, its view in the board's words. */
export function open(host: ReactiveControllerHost, client: TimeRulesBoardClient): OpenSection {
  const section = new TimeRulesSection(host, client);
  return { load: () => section.load(), render: (common) => renderTimeRules(section, common) };
}
