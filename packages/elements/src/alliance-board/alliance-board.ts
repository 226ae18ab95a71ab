import { formatMoney } from '@clubkit/core/shared';
import type { DealerStanding, PayStatement, Salesperson } from '@clubkit/core/alliance';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { ClubElement } from '../shared/club-element.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { alertStyles } from '../shared/alert.styles.js';
import { controlStyles } from '../shared/control.styles.js';
import { formatCalendarDate, formatList } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { AllianceBoardController, AllianceBoardStatus, type AllianceBoardState } from './alliance-board-controller.js';
import { allianceBoardStyles } from './alliance-board.styles.js';
import { allianceBoardKit, type AllianceBoardClient } from './client.js';
import type { OpenSection, SectionChunk } from './lazy-section.js';
import { allianceBoardCatalog, type AllianceBoardMessages, type SectionPart } from './messages.js';

type LazyKey = 'assessments' | 'secondaryLists' | 'timeRules' | 'primaryDealer' | 'promotions';
/** The sections loaded on demand, in the board's order: the client's part, the section's part, its chunk. */
const LAZY: readonly [LazyKey, SectionPart, () => Promise<SectionChunk<never>>][] = [
  ['assessments', 'assessments', () => import('./assessments.js')],
  ['secondaryLists', 'secondary-lists', () => import('./secondary-lists.js')],
  ['timeRules', 'time-rules', () => import('./time-rules.js')],
  ['primaryDealer', 'primary-dealer', () => import('./primary-dealer.js')],
  ['promotions', 'promotions', () => import('./promotions.js')],
];

type M = CommonMessages & AllianceBoardMessages;

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
/** A formatter of the locale, made once; the runtime's default locale when the tag is unknown. */
function format<F extends Intl.NumberFormat | Intl.DateTimeFormat>(
  kind: string,
  locale: string,
  make: (locale: string | undefined) => F,
): F {
  const key = `${kind} ${locale}`;
  let f = formats.get(key) as F | undefined;
  if (!f) {
    try {
      f = make(locale);
    } catch {
      f = make(undefined);
    }
    formats.set(key, f);
  }
  return f;
}
const count = (n: number, locale: string) => format('count', locale, (l) => new Intl.NumberFormat(l)).format(n);
const percent = (rate: number, locale: string) =>
  format('percent', locale, (l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 1 })).format(
    rate,
  );
/** `YYYY-MM` as the month it names, e.g. `2026年11月`, `November 2026`. */
const monthName = (month: string, locale: string) =>
  format(
    'month',
    locale,
    (l) => new Intl.DateTimeFormat(l, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  ).format(new Date(`${month}-01T00:00:00Z`));

/**
 * The dealer alliance's sales centre (A1), for its staff: each member and revoked dealer by county
 * for a chosen month — sales against the county's market, the share, and its standing by the
 * charter's 70 % rule exactly as the Club API judges it with core's `dealerStanding`: met, short,
 * **warned** after two months short in a row (marked and said in words: another short month
 * revokes it), revocable at the third, unreported, revoked (with the day and grounds) — and a
 * salesperson's pay statement for the same month (core's `payStatement`: base × 70 % + base × 30 %
 * × network completion + the visit fund, less report penalties). The month, the county and the
 * salesperson are chosen with native selects. A third section, loaded when opened, lists the
 * half-yearly 100-point assessments with the step each awaits, lets the sales centre approve and
 * file (paying the reward from the half-year's fund) or send back with a reason those awaiting it,
 * and shows the reward funds' ledger. A fourth, also loaded when opened, shows each filer's newest
 * secondary-dealer list (二級客戶一覽表) with the one-or-two choice per county against its market
 * volume, each primary dealer's ten largest, and a form that lists candidates and files them.
 * A fifth, also loaded when opened, shows the alliance's time
 * rules — each sales centre's first half-year from its founding day, the visit fund (500 CNY a month
 * only in that half-year) and whether the visit list goes to it weekly or monthly — and the
 * dealers whose plaque was taken back after a counterfeit finding. A sixth shows each sales
 * centre's primary dealer and its history, a seventh its member-only promotions (優惠政策) with the
 * member dealers taking part and their rewards. Each section opened on demand shows its forms only
 * to a role the Club API accepts them from (core's `can()` on the staff session's principal), and
 * a read-only view to a role that only reads. Its state lives in an
 * {@link AllianceBoardController} (`controller`). Needs a base URL and a session endpoint that
 * answers staff session tokens (`ss_…`) of the alliance role (or the administrator), from
 * `<club-provider>` or its own attributes.
 *
 * @summary The alliance's dealers by county with their 70 % standing for a month, and a salesperson's pay statement.
 * @tagname club-alliance-board
 *
 * @event club-error - `ClubErrorEvent`: loading the standing failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The board's heading.
 * @csspart month-select - The month choice.
 * @csspart county-select - The county choice.
 * @csspart status - The polite status line.
 * @csspart message - A message in place of the table (not configured, signed out, empty).
 * @csspart scroll - The standing table's scrolling region, focusable so a narrow screen scrolls it by keyboard.
 * @csspart standing - The standing table.
 * @csspart row - A dealer's row; also `row-<level>` (`row-warned`, `row-revoked`, …).
 * @csspart level - A dealer's standing; also `level-<level>`.
 * @csspart level-note - What the standing means, in words.
 * @csspart pay - The pay statement's section.
 * @csspart salesperson-select - The salesperson choice.
 * @csspart statement - The pay statement's lines.
 * @csspart total - The pay statement's total line.
 * @csspart assessments - The half-yearly assessments' section (a chunk loaded when it opens).
 * @csspart assessments-button - The button that opens it.
 * @csspart assessment-list - The assessments table.
 * @csspart assessment - An assessment's row; `step` its step, `returned` a refusal's reason.
 * @csspart step - The step an assessment awaits, or filed.
 * @csspart returned - Why an assessment was sent back.
 * @csspart decision - The sales centre's form on an assessment awaiting it.
 * @csspart sign-button - Approves and files the assessment (its reward is paid from the fund).
 * @csspart refuse-button - Sends it back to the region with the reason given.
 * @csspart funds - The reward fund ledger: budgeted, fines in, paid, left per half-year.
 * @csspart fund - A half-year's row of the ledger.
 * @csspart secondary-lists - The secondary-dealer lists' section (a chunk loaded when it opens).
 * @csspart secondary-lists-button - The button that opens it.
 * @csspart secondary-list - A filer's newest list; `candidate` its rows (`chosen` too when chosen).
 * @csspart choose-button - Chooses a candidate for its county or takes it back (`aria-pressed`).
 * @csspart county-choices - Each county's choice against its market volume; `county-choice` one county.
 * @csspart largest - A primary dealer's ten largest secondary dealers; `top` its rows.
 * @csspart list-form - The form that lists candidates and files them; `add-button`, `file-button`, `draft`.
 * @csspart step-status - Announces a step signed or sent back, a sheet published, a fund saved.
 * @csspart step-form - The form of an awaited step before the sales centre's: director, deputy, branch, region.
 * @csspart score - An item's score field on the director's and deputy's forms.
 * @csspart score-total - The scores typed, added up out of 100.
 * @csspart step-sign-button - Signs the step in the signer's name.
 * @csspart step-refuse-button - Sends the step back to the one before, with the reason given.
 * @csspart sheet-editor - The form of the sheet's next version.
 * @csspart sheet-items - Its items table; `sheet-item` a row, `sheet-key`, `sheet-label`, `sheet-points` its fields.
 * @csspart sheet-item - An item's row.
 * @csspart sheet-key - An item's key field.
 * @csspart sheet-label - An item's label field.
 * @csspart sheet-points - An item's points field.
 * @csspart sheet-total - The items' points added up.
 * @csspart add-item-button - Adds an item.
 * @csspart remove-item-button - Removes an item.
 * @csspart publish-button - Publishes the version (only at exactly 100 points).
 * @csspart fund-budget - A fund's form to change its budget.
 * @csspart revise-button - Changes the budget.
 * @csspart fund-form - The form to set a half-year's fund.
 * @csspart set-fund-button - Sets it.
 * @csspart time-rules - The time-rules section (a chunk loaded when it opens): each sales centre's
 *   first half-year, visit fund and visit-list cadence, and the plaques taken back.
 * @csspart time-rules-button - The button that opens it.
 * @csspart calendar - The time-rules table; `centre-calendar` a centre's row.
 * @csspart primary-dealer - The primary-dealer section (a chunk loaded when it opens): each sales centre's
 *   primary dealer, every one it has had, and the form that records a replacement.
 * @csspart primary-dealer-button - The button that opens it.
 * @csspart primary-dealers - A centre's table of primary dealers; `primary-term` a row, `current` the current one.
 * @csspart replacement-form - The replacement form; `replace-button` its submit button.
 * @csspart read-only - Said in place of a form to a role that may only read the section.
 * @csspart promotions - The member-only promotions' section (a chunk loaded when it opens).
 * @csspart promotions-button - The button that opens it.
 * @csspart promotion-list - A centre's promotions table; `promotion` a row.
 * @csspart promotion - A promotion's row: title, enrolment days, reward, the member dealers taking part.
 * @csspart enrolment - A dealer taking part, with `reward-state` (paid on a day, or not) and its `pay-button`.
 * @csspart reward-state - Whether a dealer's reward is paid, and when.
 * @csspart pay-button - Pays a dealer's reward (shown to the centre's staff only).
 * @csspart enrol-form - Enrols a member dealer in a promotion; `enrol-button` its submit button.
 * @csspart promotion-form - Sets up a promotion (shown to the centre's staff only); `create-button` its submit button.
 * @csspart centre-calendar - A sales centre's row: founded, first half-year, visit fund, visit lists.
 * @csspart plaques - The plaques taken back for selling counterfeits; `plaque` a dealer's row.
 * @csspart plaque - A dealer whose plaque was taken back, and the day.
 * @csspart error - An error box (`role=alert`).
 * @csspart retry-button - The retry button in the error box.
 *
 * @cssproperty [--club-color-success=#1a7f37] - The met standing.
 * @cssproperty [--club-color-warning=#9a6700] - The short standing.
 * @cssproperty [--club-color-danger=#b42318] - Errors, the warned, revocable and revoked standings.
 * @cssproperty [--club-color-accent=#0b5cad] - Focus rings.
 * @cssproperty [--club-color-muted=#59636e] - Labels and notes.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-alliance-board></club-alliance-board>
 * </club-provider>
 */
export class ClubAllianceBoard extends ClubElement<M, AllianceBoardClient> {
  static override styles = [baseStyles, allianceBoardStyles, controlStyles, alertStyles];
  static override catalog = allianceBoardCatalog;
  /** The alliance's standing and pay with a staff session from the session endpoint. */
  static override kit = allianceBoardKit;
  static override readonly tagName = 'club-alliance-board';

  readonly #board = new AllianceBoardController(this, () => this.club.memberClient);
  #reported: unknown;
  /** The sections loaded on demand that have been opened, by part. */
  readonly #sections = new Map<SectionPart, OpenSection>();

  /** The headless controller behind the element: its `state`, `pay`, `setMonth()`, `setCounty()`, `showPay()`. */
  get controller(): AllianceBoardController {
    return this.#board;
  }

  protected override clubChanged(): void {
    // Another client: the assessment section opens again with it.
    if (this.#board.state.status !== AllianceBoardStatus.ready) {
      this.#sections.clear();
    }
    void this.#board.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#board.state;
    const t = this.t;
    const busy = state.status === AllianceBoardStatus.loading || this.#board.pay.status === 'loading';
    return html`<div part="base" class="base" aria-busy=${busy ? 'true' : 'false'}>
      <h2 part="title" class="title">${t.allianceTitle}</h2>
      ${
        state.status === AllianceBoardStatus.idle
          ? html`<p part="message" class="message">${t.allianceNotConfigured}</p>`
          : state.status === AllianceBoardStatus.signedOut
            ? html`<p part="message" class="message">${t.allianceSignedOut}</p>`
            : html`${this.#bar(t)}${this.#standing(state, t)}${this.#pay(t)}${this.#lazy(t)}`
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#board.state;
    if (state.status === AllianceBoardStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
  }

  #bar(t: M): TemplateResult {
    const board = this.#board;
    return html`<div class="bar">
      <label class="field" for="month">${t.allianceMonth}</label>
      <select part="month-select" id="month" @change=${this.#pickMonth}>
        ${board.months.map(
          (m) => html`<option value=${m} ?selected=${m === board.month}>${monthName(m, t.intlLocale)}</option>`,
        )}
      </select>
      <label class="field" for="county">${t.allianceCounty}</label>
      <select part="county-select" id="county" @change=${this.#pickCounty}>
        <option value="" ?selected=${board.countyId === undefined}>${t.allianceAllCounties}</option>
        ${board.counties.map(
          (c) => html`<option value=${c.id} ?selected=${c.id === board.countyId}>${c.name}</option>`,
        )}
      </select>
    </div>`;
  }

  #standing(state: AllianceBoardState, t: M): TemplateResult {
    const status =
      state.status === AllianceBoardStatus.loading
        ? t.loading
        : state.status === AllianceBoardStatus.ready
          ? t.allianceLoaded(
              monthName(state.month, t.intlLocale),
              state.dealers.length,
              state.dealers.filter((d) => d.level === 'warned').length,
            )
          : '';
    return html`<p part="status" class="status" role="status">${status}</p>
      ${
        state.status === AllianceBoardStatus.error
          ? html`<div part="error" class="error" role="alert">
            <p id="board-error">${describeError(state.error, t)}</p>
            <button type="button" part="retry-button" aria-describedby="board-error" @click=${this.#retry}>${t.retry}</button>
          </div>`
          : nothing
      }
      ${state.status === AllianceBoardStatus.ready ? this.#table(state.dealers, state.month, t) : nothing}`;
  }

  #table(dealers: readonly DealerStanding[], month: string, t: M): TemplateResult {
    if (dealers.length === 0) return html`<p part="message" class="message">${t.allianceEmpty}</p>`;
    const names = new Map(this.#board.counties.map((c) => [c.id, c.name]));
    const figure = (n: number | null) => (n === null ? t.allianceNoFigure : count(n, t.intlLocale));
    return html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="standing-caption">
      <table part="standing" class="standing">
        <caption id="standing-caption">${t.allianceCaption(monthName(month, t.intlLocale))}</caption>
        <thead>
          <tr>
            <th scope="col">${t.allianceColCounty}</th>
            <th scope="col">${t.allianceColDealer}</th>
            <th scope="col">${t.allianceColStanding}</th>
            <th scope="col" class="num">${t.allianceColSales}</th>
            <th scope="col" class="num">${t.allianceColMarket}</th>
            <th scope="col" class="num">${t.allianceColShare}</th>
          </tr>
        </thead>
        <tbody>
          ${dealers.map(
            (d) => html`<tr part="row row-${d.level}" class="row ${d.level}" data-dealer=${d.dealerId}>
              <td>${names.get(d.countyId) ?? d.countyId}</td>
              <th scope="row">${d.name}</th>
              <td>
                <span part="level level-${d.level}" class="level ${d.level}"
                  >${d.level === 'warned' || d.level === 'revocable' ? html`<span aria-hidden="true">⚠ </span>` : nothing}${t.allianceLevels[d.level]}</span
                >
                <span part="level-note" class="note">${this.#note(d, t)}</span>
              </td>
                <td class="num">${figure(d.sales)}</td>
              <td class="num">${figure(d.marketSales)}</td>
              <td class="num">${d.share === null ? t.allianceNoFigure : percent(d.share, t.intlLocale)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #note(d: DealerStanding, t: M): string {
    if (d.level === 'revoked' && d.revocation)
      return t.allianceRevoked(
        formatCalendarDate(d.revocation.on, t.intlLocale, 'medium'),
        formatList(
          d.revocation.reasons.map((r) => t.allianceReasons[r]),
          t.intlLocale,
        ),
      );
    return t.allianceLevelNote(d.level, d.shortfallStreak);
  }

  #pay(t: M): TemplateResult {
    const board = this.#board;
    const people = board.salespeople;
    const state = board.state;
    if (state.status !== AllianceBoardStatus.ready && people.length === 0) return html``;
    const pay = board.pay;
    return html`<section part="pay" class="pay" aria-labelledby="pay-title">
      <h3 id="pay-title">${t.alliancePayTitle}</h3>
      ${
        people.length === 0
          ? html`<p part="message" class="message">${t.allianceNoSalespeople}</p>`
          : html`<div class="bar">
              <label class="field" for="salesperson">${t.allianceSalesperson}</label>
              <select part="salesperson-select" id="salesperson" @change=${this.#pickSalesperson}>
                <option value="" ?selected=${board.salespersonId === undefined}>${t.allianceChooseSalesperson}</option>
                ${people.map(
                  (s) => html`<option value=${s.id} ?selected=${s.id === board.salespersonId}>${s.name}</option>`,
                )}
              </select>
            </div>`
      }
      <p part="status" class="status" role="status">${pay.status === 'loading' ? t.loading : ''}</p>
      ${
        pay.status === 'error'
          ? html`<div part="error" class="error" role="alert">
              <p>${t.alliancePayRefused(describeError(pay.error, t))}</p>
            </div>`
          : nothing
      }
      ${pay.status === 'ready' ? this.#statement(pay.statement, people, t) : nothing}
    </section>`;
  }

  #statement(s: PayStatement, people: readonly Salesperson[], t: M): TemplateResult {
    const name = people.find((p) => p.id === s.salespersonId)?.name ?? s.salespersonId;
    const money = (fen: number) => formatMoney(fen, t.intlLocale);
    const p = s.pay;
    const line = (label: string, value: string, part = '') =>
      html`<div class="line" part=${part || nothing}><dt>${label}</dt><dd>${value}</dd></div>`;
    return html`<h4 class="caption">${t.alliancePayCaption(name, monthName(s.month, t.intlLocale))}</h4>
      <dl part="statement" class="statement">
        ${line(
          t.alliancePayNetworkLabel,
          t.alliancePayNetwork(
            s.network.covered,
            s.network.counted,
            percent(s.network.completion, t.intlLocale),
            formatCalendarDate(s.countedOn, t.intlLocale, 'medium'),
          ),
        )}
        ${line(t.alliancePayFixed, money(p.fixedFen))} ${line(t.alliancePayNetworkPart, money(p.networkFen))}
        ${line(t.alliancePayVisitFund, money(p.visitFundFen))}
        ${line(t.alliancePayReports(s.lateReports, s.missingReports), p.deductionsFen > 0 ? `−${money(p.deductionsFen)}` : money(0))}
        ${p.unrecoveredFen > 0 ? line(t.alliancePayUnrecovered, money(p.unrecoveredFen)) : nothing}
        ${line(t.alliancePayTotal, money(p.totalFen), 'total')}
      </dl>`;
  }

  /**
   * The sections loaded on demand, each offered when the client has its part: its heading, then
   * its view once open or the button that opens it.
   */
  #lazy(t: M): TemplateResult[] {
    const client = this.club.memberClient;
    return LAZY.map(([key, part, chunk]) => {
      const open = this.#sections.get(part);
      const [title, label] = t.allianceSections[part];
      return client?.[key]
        ? html`<section part=${part} class="pay" aria-labelledby="${part}-title">
            <h3 id="${part}-title" tabindex="-1">${title}</h3>
            ${open?.render(t, this.#board.state) ?? html`<button type="button" part="${part}-button" @click=${() => this.#open(key, part, chunk)}>${label}</button>`}
          </section>`
        : html``;
    });
  }

  /**
   * Opens a section loaded on demand: its chunk and its client load together, the section is kept
   * and loads its data, and focus follows to the section's heading (not lost with the removed
   * button). A failed load is reported as a `club-error` event.
   */
  async #open(key: LazyKey, part: SectionPart, chunk: () => Promise<SectionChunk<never>>): Promise<void> {
    const load = this.club.memberClient?.[key];
    if (!load) return;
    try {
      const [view, client] = await Promise.all([chunk(), load()]);
      const section = view.open(this, client as never);
      this.#sections.set(part, section);
      this.requestUpdate();
      await section.load();
      this.renderRoot.querySelector<HTMLElement>(`#${part}-title`)?.focus();
    } catch (error) {
      this.dispatchEvent(new ClubErrorEvent(error));
    }
  }

  #pickMonth = (e: Event): void => {
    void this.#board.setMonth((e.target as HTMLSelectElement).value);
  };

  #pickCounty = (e: Event): void => {
    void this.#board.setCounty((e.target as HTMLSelectElement).value || undefined);
  };

  #pickSalesperson = (e: Event): void => {
    void this.#board.showPay((e.target as HTMLSelectElement).value || undefined);
  };

  #retry = (): void => {
    void this.#board.retry();
  };
}
