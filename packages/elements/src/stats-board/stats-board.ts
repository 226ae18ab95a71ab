import { formatMoney } from '@clubkit/core/shared';
import { campaignSentenceOn } from '@clubkit/core/membership';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonMessages } from '../messages/common.js';
import { builtInLocale } from '../messages/messages.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { formatCalendarDate } from '../shared/intl.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { baseStyles } from '../shared/styles.js';
import {
  barLength,
  boardSections,
  chartTop,
  type BoardChart,
  type BoardSection,
  type ColumnUnit,
} from './board-charts.js';
import { statsBoardKit, type StatsBoardClient } from './client.js';
import { statsBoardCatalog, type StatsBoardMessages } from './messages.js';
import { MAX_YEAR_BUCKETS, PeriodProblem, type PeriodBucket, type StatsPeriod } from './period.js';
import { StatsBoardController, StatsBoardStatus, type StatsBoardState } from './stats-board-controller.js';
import { statsBoardStyles } from './stats-board.styles.js';

type M = CommonMessages & StatsBoardMessages;

/** Number formats per locale, made once. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, unit: ColumnUnit): Intl.NumberFormat {
  const key = `${unit} ${locale}`;
  let format = numberFormats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = unit === 'rate' ? { style: 'percent', maximumFractionDigits: 1 } : {};
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat(undefined, options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * The club's statistics for a chosen period, as charts read at a glance, each with a table of the
 * same numbers: memberships by branch, tier and state and applications against decisions per
 * month; the service desk's complaints resolved on time and complainants satisfied per month; the
 * dealer alliance's sales against the market per county. It shows the sections the signed-in
 * staff member's role may read (administrator: all; branch operator: its branch's members; service
 * desk: complaints; alliance: sales). The period defaults to the last twelve months, the current
 * one through today. Its state lives in a {@link StatsBoardController} (`controller`). Needs a base
 * URL and a session endpoint that answers staff session tokens (`ss_…`), from `<club-provider>` or
 * its own attributes.
 *
 * Each chart's table is always in the page for assistive technology (visually hidden), and shown
 * in place of the chart with the chart's "show as table" toggle.
 *
 * @summary The club's statistics for a period, as charts with tables, for the people who run the club.
 * @tagname club-stats-board
 *
 * @event club-error - `ClubErrorEvent`: loading the board failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The board's heading.
 * @csspart period - The period form.
 * @csspart from-input - The period's first day.
 * @csspart to-input - The period's last day.
 * @csspart apply-button - The button that shows the chosen period.
 * @csspart period-error - Why the chosen period cannot be shown.
 * @csspart status - The polite status line (loading, loaded).
 * @csspart message - A message in place of the board (not configured, signed out, no section).
 * @csspart section - Each section; also `section-members`, `section-desk`, `section-alliance`.
 * @csspart section-title - A section's heading.
 * @csspart note - The line under a section's heading (the day memberships are counted on).
 * @csspart figures - The list of a section's key figures.
 * @csspart figure-label - A key figure's label.
 * @csspart figure-value - A key figure's value.
 * @csspart chart - Each chart with its table (a `figure`); also `chart-<id>`.
 * @csspart chart-title - A chart's title.
 * @csspart chart-summary - The sentence under a chart that says its numbers in words (the campaigns chart: the club report's).
 * @csspart table-toggle - The toggle that shows a chart's table in place of its bars.
 * @csspart graphic - The drawn chart (hidden from assistive technology, which reads the table).
 * @csspart legend - A chart's legend.
 * @csspart swatch - A legend entry's colour.
 * @csspart row - A chart's row (a branch, a month, a county).
 * @csspart row-label - A row's label.
 * @csspart track - The SVG a bar is drawn in.
 * @csspart bar - A bar (an SVG `rect`); also `bar-1` … `bar-3` by series.
 * @csspart value - A bar's value.
 * @csspart axis - The scale under a chart: zero and its top.
 * @csspart table - A chart's table.
 * @csspart empty - Shown instead of a chart with no row.
 * @csspart error - The error box (`role=alert`).
 * @csspart error-message - The error's text.
 * @csspart retry-button - The retry button in the error box.
 * @csspart income - With `manage-income`: the administrator's activities and advertising income (a chunk loaded when it opens).
 * @csspart income-button - The button that opens it.
 * @csspart activities - The activities table; `activity` each row.
 * @csspart activity-form - The form that sets up an activity; `create-button` its button.
 * @csspart ad-form - The form that records advertising income; `record-button` its button.
 * @csspart form-error - Why a form was not saved.
 *
 * @cssproperty [--club-chart-1=#0b5cad] - The first series' colour (3:1 or more against the surface).
 * @cssproperty [--club-chart-2=#b35900] - The second series' colour.
 * @cssproperty [--club-chart-3=#6b3fa0] - The third series' colour.
 * @cssproperty [--club-chart-grid=#d1d9e0] - The gridlines at the scale's quarters.
 * @cssproperty [--club-chart-bar-height=0.875rem] - A bar's thickness.
 * @cssproperty [--club-color-accent=#0b5cad] - The buttons.
 * @cssproperty [--club-color-danger=#b42318] - Errors.
 * @cssproperty [--club-color-muted=#59636e] - Labels and notes.
 * @cssproperty [--club-color-border=#d1d9e0] - Section and table borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-stats-board></club-stats-board>
 * </club-provider>
 */
export class ClubStatsBoard extends ClubElement<M, StatsBoardClient> {
  static override styles = [baseStyles, statsBoardStyles, controlStyles, alertStyles];
  static override catalog = statsBoardCatalog;
  /** Its reports with a staff session from the session endpoint. */
  static override kit = statsBoardKit;
  static override readonly tagName = 'club-stats-board';
  static override properties = {
    ...ClubElement.properties,
    from: {},
    to: {},
    manageIncome: { type: Boolean, attribute: 'manage-income' },
    _draft: { state: true },
    _problem: { state: true },
    _tables: { state: true },
  };

  /** The period's first day (`YYYY-MM-DD`) to show first; with `to`, replaces the default period. */
  from?: string;
  /** The period's last day (`YYYY-MM-DD`) to show first. */
  to?: string;
  /**
   * Offers the administrator's activities and advertising income under the revenue (A5 §4.2 2–4),
   * loaded when opened. It is offered only to a staff member whose role reads the revenue and may
   * set up activities and record advertising income (core's `can()`); others see the revenue alone.
   * @default false
   */
  manageIncome = false;

  /** @ignore The dates in the period form, as typed. */
  protected _draft: StatsPeriod | undefined;
  /** @ignore Why the typed period cannot be shown. */
  protected _problem: PeriodProblem = PeriodProblem.ok;
  /** @ignore The charts shown as tables. */
  protected _tables: ReadonlySet<string> = new Set();

  readonly #board = new StatsBoardController(this, () => this.club.memberClient);
  /** The income section's view once opened (a chunk of its own, `./income.js`). */
  #income: ((t: M) => TemplateResult) | undefined;
  #reported: unknown;
  #focusAfterRetry = false;

  /** The headless controller behind the element: its state, `period`, `setPeriod()`, `reload()`, `retry()`. */
  get controller(): StatsBoardController {
    return this.#board;
  }

  protected override clubChanged(): void {
    this.#income = undefined;
    void this.#board.sync();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('from') || changed.has('to')) && this.from && this.to) {
      this._problem = this.#board.setPeriod({ from: this.from, to: this.to });
      this._draft = undefined;
    }
  }

  protected override render(): TemplateResult {
    const state = this.#board.state;
    const t = this.t;
    return html`<div id="base" part="base" class="base" aria-busy=${state.status === StatsBoardStatus.loading ? 'true' : 'false'} tabindex="-1">
      <h2 part="title" class="title">${t.statsTitle}</h2>
      ${state.status === StatsBoardStatus.idle || state.status === StatsBoardStatus.signedOut ? nothing : this.#period(t)}
      <p part="status" class="status" role="status">${this.#status(state, t)}</p>
      ${this.#body(state, t)}
      ${
        // Once open, the section stays through the board's reloads (a form sent keeps its focus).
        // A role whose session may not submit the section's forms is not offered it.
        this.manageIncome &&
        (this.#income ||
          (state.status === StatsBoardStatus.ready && state.report.managesIncome && state.report.sections.revenue))
          ? (this.#income?.(t) ??
            html`<button type="button" part="income-button" @click=${this.#openIncome}>${t.statsIncomeOpen}</button>`)
          : nothing
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#board.state;
    if (state.status === StatsBoardStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
    if (this.#focusAfterRetry && state.status !== StatsBoardStatus.error) {
      this.#focusAfterRetry = false;
      this.renderRoot.querySelector<HTMLElement>('#base')?.focus();
    }
  }

  #periodText(period: StatsPeriod, t: M): string {
    return t.statsPeriodText(
      formatCalendarDate(period.from, t.intlLocale, 'medium'),
      formatCalendarDate(period.to, t.intlLocale, 'medium'),
    );
  }

  #status(state: StatsBoardState, t: M): string {
    if (state.status === StatsBoardStatus.loading) return t.loading;
    if (state.status === StatsBoardStatus.ready) return t.statsLoaded(this.#periodText(state.report.period, t));
    return '';
  }

  #period(t: M): TemplateResult {
    const draft = this._draft ?? this.#board.period;
    const problem = this._problem;
    const invalid = problem === PeriodProblem.ok ? 'false' : 'true';
    const message =
      problem === PeriodProblem.reversed
        ? t.statsPeriodReversed
        : problem === PeriodProblem.tooLong
          ? t.statsPeriodTooLong(MAX_YEAR_BUCKETS)
          : problem === PeriodProblem.invalid
            ? t.statsPeriodInvalid
            : '';
    return html`<form part="period" class="period" novalidate @submit=${this.#apply}>
      <fieldset>
        <legend>${t.statsPeriod}</legend>
        <span class="field">
          <label for="from">${t.statsFrom}</label>
          <input id="from" part="from-input" type="date" required .value=${live(draft.from)} aria-invalid=${invalid}
            aria-describedby="period-error" @input=${this.#typed} />
        </span>
        <span class="field">
          <label for="to">${t.statsTo}</label>
          <input id="to" part="to-input" type="date" required .value=${live(draft.to)} aria-invalid=${invalid}
            aria-describedby="period-error" @input=${this.#typed} />
        </span>
        <button id="apply" type="submit" part="apply-button" class="apply primary">${t.statsApply}</button>
      </fieldset>
      <p id="period-error" part="period-error" class="period-error">${message}</p>
    </form>`;
  }

  #typed = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const draft = this._draft ?? this.#board.period;
    this._draft = { ...draft, [input.id === 'from' ? 'from' : 'to']: input.value };
  };

  #apply = (event: SubmitEvent): void => {
    event.preventDefault();
    const period = this._draft ?? this.#board.period;
    this._problem = this.#board.setPeriod(period);
    if (this._problem === PeriodProblem.ok) this._draft = undefined;
  };

  #body(state: StatsBoardState, t: M): TemplateResult | typeof nothing {
    switch (state.status) {
      case StatsBoardStatus.idle:
        return html`<p part="message" class="message">${t.statsNotConfigured}</p>`;
      case StatsBoardStatus.signedOut:
        return html`<p part="message" class="message">${t.statsSignedOut}</p>`;
      case StatsBoardStatus.loading:
        return nothing;
      case StatsBoardStatus.error:
        return html`<div part="error" class="error" role="alert">
          <p id="error-message" part="error-message">${describeError(state.error, t)}</p>
          <button type="button" part="retry-button" class="retry" aria-describedby="error-message" @click=${this.#retry}>${t.retry}</button>
        </div>`;
      case StatsBoardStatus.ready: {
        const sections = boardSections(state.report, t, {
          bucket: (b) => this.#bucket(b, t.intlLocale),
          date: (d) => formatCalendarDate(d, t.intlLocale, 'medium'),
          month: (m) => this.#bucket({ key: m, unit: 'month', from: `${m}-01`, to: `${m}-01` }, t.intlLocale),
          // The report's sentence is core's, in the built-in locale nearest the board's.
          campaigns: (report) => campaignSentenceOn(report, builtInLocale(this.club.locale)),
        });
        if (sections.length === 0) return html`<p part="message" class="message">${t.statsNoSections}</p>`;
        return html`${sections.map((s) => this.#section(s, t))}`;
      }
    }
  }

  #bucket(bucket: PeriodBucket, locale: string): string {
    if (bucket.unit === 'year') return bucket.key;
    const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', timeZone: 'UTC' };
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options);
    }
    return format.format(new Date(`${bucket.key}-01T00:00:00Z`));
  }

  #number(value: number | null, unit: ColumnUnit, t: M): string {
    if (value === null) return t.statsNoRate;
    return unit === 'money' ? formatMoney(value, t.intlLocale) : numberFormat(t.intlLocale, unit).format(value);
  }

  #section(section: BoardSection, t: M): TemplateResult {
    const titleId = `section-${section.id}`;
    return html`<section part="section section-${section.id}" class="section" aria-labelledby=${titleId}>
      <h3 id=${titleId} part="section-title" class="section-title">${section.title}</h3>
      ${section.note ? html`<p part="note" class="note">${section.note}</p>` : nothing}
      <dl part="figures" class="figures">
        ${section.figures.map(
          (f) => html`<div class="figure">
            <dt part="figure-label">${f.label}</dt>
            <dd part="figure-value">${this.#number(f.value, f.unit, t)}</dd>
          </div>`,
        )}
      </dl>
      ${section.charts.map((c) => this.#chart(c, t))}
    </section>`;
  }

  #chart(chart: BoardChart, t: M): TemplateResult {
    const asTable = this._tables.has(chart.id);
    const titleId = `chart-${chart.id}-title`;
    const tableId = `chart-${chart.id}-table`;
    const empty = chart.rows.length === 0;
    return html`<figure part="chart chart-${chart.id}" class="chart" aria-labelledby=${titleId}>
      <figcaption class="chart-head">
        <h4 id=${titleId} part="chart-title" class="chart-title">${chart.title}</h4>
        ${
          empty
            ? nothing
            : html`<button type="button" part="table-toggle" class="toggle" aria-pressed=${asTable ? 'true' : 'false'}
              aria-controls=${tableId} @click=${() => this.#toggle(chart.id)}>${t.statsShowTable}</button>`
        }
      </figcaption>
      ${
        empty
          ? html`<p part="empty" class="empty">${t.statsNoData}</p>`
          : html`${asTable ? nothing : this.#graphic(chart, t)}${this.#table(chart, tableId, asTable, t)}`
      }
      ${chart.summary ? html`<p part="chart-summary" class="summary">${chart.summary}</p>` : nothing}
    </figure>`;
  }

  #toggle(id: string): void {
    const tables = new Set(this._tables);
    if (!tables.delete(id)) tables.add(id);
    this._tables = tables;
  }

  #graphic(chart: BoardChart, t: M): TemplateResult {
    const top = chartTop(chart);
    const unit = chart.columns[chart.bars[0] ?? 0]?.unit ?? 'count';
    return html`<div part="graphic" class="graphic" aria-hidden="true">
      <ul part="legend" class="legend">
        ${chart.bars.map(
          (column, i) => html`<li>
            <svg part="swatch" class="swatch" width="12" height="12" viewBox="0 0 12 12" focusable="false">
              <rect class="s${i + 1}" width="12" height="12" rx="2"></rect>
            </svg>
            ${chart.columns[column]?.label}
          </li>`,
        )}
      </ul>
      ${chart.rows.map(
        (row, r) => html`<div part="row" class="row">
          <span part="row-label" class="row-label">${row.label}</span>
          <span class="bars">
            ${chart.bars.map((column, i) => {
              const value = chart.values[r]?.[column] ?? null;
              return html`<span class="bar-line">
                <svg part="track" class="track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                  <line class="grid" x1="25" x2="25" y1="0" y2="10" vector-effect="non-scaling-stroke"></line>
                  <line class="grid" x1="50" x2="50" y1="0" y2="10" vector-effect="non-scaling-stroke"></line>
                  <line class="grid" x1="75" x2="75" y1="0" y2="10" vector-effect="non-scaling-stroke"></line>
                  <rect part="bar bar-${i + 1}" class="bar s${i + 1}" x="0" y="0" height="10" width=${barLength(value, top)}></rect>
                </svg>
                <span part="value" class="value">${this.#number(value, chart.columns[column]?.unit ?? 'count', t)}</span>
              </span>`;
            })}
          </span>
        </div>`,
      )}
      <div part="axis" class="axis"><span>${this.#number(0, unit, t)}</span><span>${this.#number(top, unit, t)}</span></div>
    </div>`;
  }

  #table(chart: BoardChart, id: string, shown: boolean, t: M): TemplateResult {
    const cell = (value: number | null | undefined, column: number) =>
      html`<td>${this.#number(value ?? null, chart.columns[column]?.unit ?? 'count', t)}</td>`;
    return html`<div class=${shown ? 'table-wrap' : 'visually-hidden'}>
      <table id=${id} part="table" class="table">
        <caption>${chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">${chart.rowHeader}</th>
            ${chart.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${chart.rows.map(
            (row, r) => html`<tr>
              <th scope="row">${row.label}</th>
              ${chart.columns.map((_, c) => cell(chart.values[r]?.[c], c))}
            </tr>`,
          )}
        </tbody>
        ${
          chart.total
            ? html`<tfoot>
              <tr>
                <th scope="row">${t.statsTotal}</th>
                ${chart.columns.map((_, c) => cell(chart.total?.[c], c))}
              </tr>
            </tfoot>`
            : nothing
        }
      </table>
    </div>`;
  }

  /** Loads the income section and its client (chunks of their own), and moves focus to its heading. */
  #openIncome = async (): Promise<void> => {
    try {
      const [view, client] = await Promise.all([import('./income.js'), this.club.memberClient?.income?.()]);
      if (client) this.#income = await view.openIncome(this, client, () => void this.#board.reload());
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#income-title')?.focus();
    } catch (error) {
      this.dispatchEvent(new ClubErrorEvent(error));
    }
  };

  #retry = (): void => {
    this.#focusAfterRetry = true;
    void this.#board.retry();
  };
}
