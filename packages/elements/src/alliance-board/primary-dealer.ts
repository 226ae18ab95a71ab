// The board's primary-dealer section, loaded on demand (`import('./primary-dealer.js')`) when the
// sales centre opens it: its controller, its view and its words in the three locales.
import type { Dealer, PrimaryDealership, ReplacementReason, SalesCentre } from '@clubkit/core/alliance';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import { formatCalendarDate } from '../shared/intl.js';
import type { PrimaryDealerBoardClient } from './primary-dealer-client.js';
import {
  primaryDealerEn,
  primaryDealerZhHans,
  primaryDealerZhHant,
  type PrimaryDealerMessages,
} from './primary-dealer-messages.js';
import type { OpenSection } from './lazy-section.js';
import { mayNothing, staffMay, type May } from './section-access.js';

const WORDS: Record<string, PrimaryDealerMessages> = { en: primaryDealerEn, 'zh-Hans': primaryDealerZhHans };
const REASONS: readonly ReplacementReason[] = ['short-of-funds', 'other'];

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function primaryDealerMessages(locale: string): PrimaryDealerMessages {
  return WORDS[locale] ?? primaryDealerZhHant;
}

/** One sales centre, its primary dealer with its history, and the members that may be developed into it. */
export interface CentrePrimaryDealer {
  centre: SalesCentre;
  dealership: PrimaryDealership;
  members: Dealer[];
}

/** The section's state: each centre's primary dealer once loaded. */
export type PrimaryDealerState =
  { status: 'loading' } | { status: 'ready'; centres: CentrePrimaryDealer[] } | { status: 'error'; error: unknown };

/** A replacement as the form gives it: the successor is `member:<dealer id>` or `dealer`. */
export interface ReplacementForm {
  successor: string;
  name: string;
  reason: ReplacementReason;
  note: string;
  on: string;
}

/** The outcome of the last replacement: none yet, recorded, or refused with the Club API's reason. */
export type ReplacementOutcome =
  { status: 'none' } | { status: 'replaced'; name: string; since: string } | { status: 'refused'; error: unknown };

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The primary dealer of each sales centre the caller sees (A1 聯銷體章程): who it is, every one it
 * has had, and its replacement — short of funds or for a stated reason, by a member dealer
 * developed into it or by another dealer. The Club API decides (core's `replacePrimaryDealer`);
 * this asks, shows and sends. Headless: any `ReactiveControllerHost`.
 */
export class PrimaryDealerSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: PrimaryDealerBoardClient;
  #state: PrimaryDealerState = { status: 'loading' };
  #outcome: ReplacementOutcome = { status: 'none' };
  #may: May = mayNothing;
  #busy = false;

  constructor(host: ReactiveControllerHost, client: PrimaryDealerBoardClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The centres and their primary dealers shown. */
  get state(): PrimaryDealerState {
    return this.#state;
  }

  /** The last replacement's outcome. */
  get outcome(): ReplacementOutcome {
    return this.#outcome;
  }

  /** True while a replacement is being sent. */
  get busy(): boolean {
    return this.#busy;
  }

  /**
   * Whether the signed-in staff member may replace the centre's primary dealer, as the Club API
   * decides it (core's `can()`): the centre's own staff, not its salespeople, who only read it.
   */
  mayReplace(centreId: string): boolean {
    return this.#may('update', { type: 'primary-dealer', centreId });
  }

  /** Loads who is signed in, every centre's primary dealer and member dealers. Never rejects. */
  async load(): Promise<void> {
    const options = { limit: 100 };
    try {
      const [may, centres, members] = await Promise.all([
        staffMay(this.#client.staffSessions),
        all(this.#client.centres.list(options)),
        all(this.#client.dealers.list({ ...options, status: 'member' })),
      ]);
      this.#may = may;
      const loaded = await Promise.all(
        centres.map(async (centre) => ({
          centre,
          dealership: await this.#client.primaryDealer.get(centre.id),
          members: members.filter((d) => d.centreId === centre.id),
        })),
      );
      this.#state = { status: 'ready', centres: loaded };
    } catch (error) {
      this.#state = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }

  /** Sends a replacement for a centre; the centre's history and members are read again after it. Never rejects. */
  async replace(centreId: string, form: ReplacementForm): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#host.requestUpdate();
    const successor = form.successor.startsWith('member:')
      ? { kind: 'member' as const, dealerId: form.successor.slice('member:'.length) }
      : { kind: 'dealer' as const, name: form.name };
    try {
      const after = await this.#client.primaryDealer.replace(centreId, {
        reason: form.reason,
        successor,
        ...(form.note.trim() === '' ? {} : { note: form.note }),
        ...(form.on === '' ? {} : { on: form.on }),
      });
      const current = after.current;
      this.#outcome = current ? { status: 'replaced', name: current.name, since: current.since } : { status: 'none' };
      await this.load();
    } catch (error) {
      this.#outcome = { status: 'refused', error };
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}

/** The section's view: each centre's primary dealers, and its replacement form for a role that may replace it. */
export function renderPrimaryDealer(section: PrimaryDealerSection, common: CommonMessages): TemplateResult {
  const t = primaryDealerMessages(common.intlLocale);
  const state = section.state;
  const day = (d: string) => formatCalendarDate(d, common.intlLocale, 'medium');
  const outcome = section.outcome;
  const status =
    state.status === 'loading'
      ? common.loading
      : outcome.status === 'replaced'
        ? t.replaced(outcome.name, day(outcome.since))
        : state.status === 'ready'
          ? t.loaded(state.centres.length)
          : '';
  return html`<p part="status" class="status" role="status">${status}</p>
    ${
      state.status === 'error' || outcome.status === 'refused'
        ? html`<div part="error" class="error" role="alert">
            <p>${describeError(state.status === 'error' ? state.error : outcome.status === 'refused' ? outcome.error : null, common)}</p>
          </div>`
        : nothing
    }
    ${
      state.status === 'ready'
        ? state.centres.length === 0
          ? html`<p part="message" class="message">${t.empty}</p>`
          : state.centres.map(
              (c, i) =>
                html`${historyTable(c, i, t, day)}${
                  section.mayReplace(c.centre.id)
                    ? replacementForm(section, c, i, t)
                    : html`<p part="read-only" class="note">${t.readOnly}</p>`
                }`,
            )
        : nothing
    }`;
}

function historyTable(
  { centre, dealership }: CentrePrimaryDealer,
  i: number,
  t: PrimaryDealerMessages,
  day: (d: string) => string,
): TemplateResult {
  return html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby=${`pdl-caption-${i}`}>
    <table part="primary-dealers" class="standing" data-centre=${centre.id}>
      <caption id=${`pdl-caption-${i}`}>${t.caption(centre.name)}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colName}</th>
          <th scope="col">${t.colSince}</th>
          <th scope="col">${t.colUntil}</th>
          <th scope="col">${t.colReason}</th>
        </tr>
      </thead>
      <tbody>
        ${dealership.history.map(
          (term) => html`<tr part=${term.ended ? 'primary-term' : 'primary-term current'} data-term=${term.id}>
            <th scope="row">${term.name}</th>
            <td>${day(term.since)}</td>
            <td>${term.ended ? day(term.ended.on) : t.current}</td>
            <td>${term.ended ? t.reason(term.ended.reason, term.ended.note) : ''}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function replacementForm(
  section: PrimaryDealerSection,
  { centre, members }: CentrePrimaryDealer,
  i: number,
  t: PrimaryDealerMessages,
): TemplateResult {
  const id = (name: string) => `pdl-${name}-${i}`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    void section.replace(centre.id, {
      successor: value('successor'),
      name: value('name'),
      reason: REASONS.find((r) => r === value('reason')) ?? 'short-of-funds',
      note: value('note'),
      on: value('on'),
    });
  };
  return html`<form part="replacement-form" class="bar" aria-labelledby=${id('title')} @submit=${submit}>
    <h4 id=${id('title')}>${t.formTitle(centre.name)}</h4>
    <label for=${id('successor')}>${t.successor}</label>
    <select id=${id('successor')} name="successor">
      <option value="dealer">${t.otherDealer}</option>
      ${members.map((d) => html`<option value=${`member:${d.id}`}>${t.member(d.name)}</option>`)}
    </select>
    <label for=${id('name')}>${t.otherName}</label>
    <input id=${id('name')} name="name" maxlength="80" autocomplete="organization" />
    <label for=${id('reason')}>${t.reasonLabel}</label>
    <select id=${id('reason')} name="reason">
      ${REASONS.map((r) => html`<option value=${r}>${t.reasons[r]}</option>`)}
    </select>
    <label for=${id('note')}>${t.note}</label>
    <input id=${id('note')} name="note" maxlength="500" aria-describedby=${id('note-help')} />
    <span id=${id('note-help')} class="note">${t.noteHelp}</span>
    <label for=${id('on')}>${t.on}</label>
    <input id=${id('on')} name="on" type="date" />
    <button type="submit" part="replace-button" ?disabled=${section.busy}>${t.submit}</button>
  </form>`;
}

/** Opens the section for the board (see `./lazy-section.js`): its state kept by the board, its view in the board's words. */
export function open(host: ReactiveControllerHost, client: PrimaryDealerBoardClient): OpenSection {
  const section = new PrimaryDealerSection(host, client);
  return { load: () => section.load(), render: (common) => renderPrimaryDealer(section, common) };
}
