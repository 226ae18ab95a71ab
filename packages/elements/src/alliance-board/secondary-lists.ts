// The board's secondary-dealer list section, loaded on demand (`import('./secondary-lists.js')`):
// its controller, its view and its words in the three locales.
import type {
  AllianceCounty,
  LargestSecondaryDealers,
  ListGrade,
  NewListEntry,
  SecondaryList,
} from '@clubkit/core/alliance';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import type { AllianceBoardState } from './alliance-board-controller.js';
import type { SecondaryListBoardClient } from './secondary-list-client.js';
import {
  secondaryListEn,
  secondaryListZhHans,
  secondaryListZhHant,
  type SecondaryListMessages,
} from './secondary-list-messages.js';
import type { OpenSection } from './lazy-section.js';

const WORDS: Record<string, SecondaryListMessages> = { en: secondaryListEn, 'zh-Hans': secondaryListZhHans };

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function secondaryListMessages(locale: string): SecondaryListMessages {
  return WORDS[locale] ?? secondaryListZhHant;
}

/** The section's state: each filer's newest list the caller sees, and the ten largest over them. */
export type SecondaryListState =
  | { status: 'loading' }
  | { status: 'ready'; lists: SecondaryList[]; largest: LargestSecondaryDealers }
  | { status: 'error'; error: unknown };

/** The outcome of the last action: announced, or refused with the Club API's reason. */
export type SecondaryListOutcome =
  | { status: 'none' }
  | { status: 'drafted' }
  | { status: 'incomplete' }
  | { status: 'filed'; count: number }
  | { status: 'chosen'; name: string; chosen: boolean }
  | { status: 'error'; error: unknown };

const GRADES: readonly ListGrade[] = ['good', 'fair', 'poor'];

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The secondary-dealer list (二級客戶一覽表, A1): a salesperson lists candidates in a draft and files
 * it with the region, chooses one or two per county on their newest list, and the market manager
 * sees each primary dealer's ten largest. The rules run on the server (core's `chooseCandidate`
 * and `largestSecondaryDealers`); this only asks and shows. Headless: any `ReactiveControllerHost`.
 */
export class SecondaryListSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: SecondaryListBoardClient;
  #state: SecondaryListState = { status: 'loading' };
  #outcome: SecondaryListOutcome = { status: 'none' };
  #draft: NewListEntry[] = [];
  #busy = false;

  constructor(host: ReactiveControllerHost, client: SecondaryListBoardClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The lists and the ten largest shown. */
  get state(): SecondaryListState {
    return this.#state;
  }

  /** The last action's outcome. */
  get outcome(): SecondaryListOutcome {
    return this.#outcome;
  }

  /** The candidates listed but not filed yet. */
  get draft(): readonly NewListEntry[] {
    return this.#draft;
  }

  /** True while a filing or a choice is being sent. */
  get busy(): boolean {
    return this.#busy;
  }

  /** Loads each filer's newest list and the ten largest again. Never rejects. */
  async load(): Promise<void> {
    try {
      const [lists, largest] = await Promise.all([
        all(this.#client.secondaryLists.list({ limit: 100 })),
        this.#client.secondaryLists.largest(),
      ]);
      const current = new Set(largest.lists.map((l) => l.id));
      this.#state = { status: 'ready', lists: lists.filter((l) => current.has(l.id)), largest };
    } catch (error) {
      this.#state = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }

  /** Adds a candidate to the draft; one without a county, names or a whole volume is not added. */
  add(entry: NewListEntry): void {
    const complete =
      entry.countyId !== '' &&
      entry.name.trim() !== '' &&
      entry.primaryDealer.trim() !== '' &&
      Number.isInteger(entry.monthlyVolume) &&
      entry.monthlyVolume >= 0;
    if (complete) this.#draft = [...this.#draft, entry];
    this.#outcome = { status: complete ? 'drafted' : 'incomplete' };
    this.#host.requestUpdate();
  }

  /** Files the draft with the sales centre; kept when the Club API refuses it. Never rejects. */
  async file(centreId: string): Promise<void> {
    if (this.#draft.length === 0) return;
    await this.#send(async () => {
      const list = await this.#client.secondaryLists.create({ centreId, entries: this.#draft });
      this.#draft = [];
      this.#outcome = { status: 'filed', count: list.entries.length };
    });
  }

  /** Chooses a line for its county or takes it back. Never rejects: a refusal is `outcome.error`. */
  async choose(list: SecondaryList, line: number, chosen: boolean): Promise<void> {
    const name = list.entries.find((e) => e.line === line)?.name ?? String(line);
    await this.#send(async () => {
      await this.#client.secondaryLists.choose(list.id, { line, chosen });
      this.#outcome = { status: 'chosen', name, chosen };
    });
  }

  async #send(action: () => Promise<void>): Promise<void> {
    this.#busy = true;
    this.#host.requestUpdate();
    try {
      await action();
    } catch (error) {
      this.#outcome = { status: 'error', error };
    }
    // Read again after a refusal too: a list a newer one replaced gives way to the newest.
    await this.load();
    this.#busy = false;
    this.#host.requestUpdate();
  }
}

/** The section's view: the status, each current list with its choices, the ten largest, and the filing form. */
export function renderSecondaryLists(
  section: SecondaryListSection,
  common: CommonMessages,
  board: AllianceBoardState,
): TemplateResult {
  const t = secondaryListMessages(common.intlLocale);
  const state = section.state;
  const outcome = section.outcome;
  const counties = board.status === 'ready' ? board.counties : [];
  const people = new Map(board.status === 'ready' ? board.salespeople.map((s) => [s.id, s.name]) : []);
  const status =
    state.status === 'loading'
      ? common.loading
      : outcome.status === 'chosen'
        ? t.chosen(outcome.name, outcome.chosen)
        : outcome.status === 'filed'
          ? t.filed(outcome.count)
          : outcome.status === 'drafted'
            ? t.drafted(section.draft.length)
            : state.status === 'ready'
              ? t.loaded(state.lists.length, state.largest.primaryDealers.length)
              : '';
  const problem =
    outcome.status === 'error'
      ? t.refused(describeError(outcome.error, common))
      : state.status === 'error'
        ? describeError(state.error, common)
        : undefined;
  return html`<p part="status" class="status" role="status">${status}</p>
    ${problem ? html`<div part="error" class="error" role="alert"><p>${problem}</p></div>` : nothing}
    ${
      state.status === 'ready'
        ? html`${
            state.lists.length === 0
              ? html`<p part="message" class="message">${t.empty}</p>`
              : state.lists.map((l) => listTable(section, l, t, common, counties, people))
          }
          ${largestTables(state.largest, t, common, counties)}`
        : nothing
    }
    ${counties.length > 0 ? filingForm(section, t, counties) : nothing}`;
}

function listTable(
  section: SecondaryListSection,
  list: SecondaryList,
  t: SecondaryListMessages,
  common: CommonMessages,
  counties: readonly AllianceCounty[],
  people: ReadonlyMap<string, string>,
): TemplateResult {
  const number = new Intl.NumberFormat(common.intlLocale);
  const percent = new Intl.NumberFormat(common.intlLocale, { style: 'percent', maximumFractionDigits: 1 });
  const countyName = (id: string) => counties.find((c) => c.id === id)?.name ?? id;
  const filer = list.salespersonId === null ? t.centreFiler : (people.get(list.salespersonId) ?? list.salespersonId);
  const caption = `sdl-caption-${list.id}`;
  return html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby=${caption}>
    <table part="secondary-list" class="standing fit" data-list=${list.id}>
      <caption id=${caption}>${t.listCaption(filer, list.filedOn)}</caption>
      <thead>
        <tr>
          <th scope="col" class="num">${t.colLine}</th>
          <th scope="col">${t.colName}</th>
          <th scope="col">${t.colCounty}</th>
          <th scope="col">${t.colPrimary}</th>
          <th scope="col">${t.colGrades}</th>
          <th scope="col" class="num">${t.colVolume}</th>
          <th scope="col">${t.colChoice}</th>
        </tr>
      </thead>
      <tbody>
        ${list.entries.map(
          (e) => html`<tr part=${e.chosen ? 'candidate chosen' : 'candidate'} data-line=${e.line}>
            <td class="num">${e.line}</td>
            <th scope="row">${e.name}</th>
            <td>${countyName(e.countyId)}</td>
            <td>${e.primaryDealer}</td>
            <td>${[e.businessState, e.developmentPotential, e.leaderQuality].map((g) => t.grades[g]).join(' / ')}</td>
            <td class="num">${number.format(e.monthlyVolume)}</td>
            <td>
              <button
                type="button"
                part="choose-button"
                aria-pressed=${e.chosen ? 'true' : 'false'}
                aria-label=${`${t.choose}: ${e.name}`}
                ?disabled=${section.busy}
                @click=${() => void section.choose(list, e.line, !e.chosen)}
              >
                ${t.choose}
              </button>
            </td>
          </tr>`,
        )}
      </tbody>
    </table></div>
    <ul part="county-choices" class="note">
      ${list.counties.map(
        (c) =>
          html`<li part="county-choice" data-county=${c.countyId}>
            ${t.county(
              countyName(c.countyId),
              c.chosen.length,
              c.marketVolume === null ? null : number.format(c.marketVolume),
              c.share === null ? null : percent.format(c.share),
              c.suggested,
            )}
          </li>`,
      )}
    </ul>`;
}

function largestTables(
  view: LargestSecondaryDealers,
  t: SecondaryListMessages,
  common: CommonMessages,
  counties: readonly AllianceCounty[],
): TemplateResult {
  const number = new Intl.NumberFormat(common.intlLocale);
  const countyName = (id: string) => counties.find((c) => c.id === id)?.name ?? id;
  return html`<h4>${t.largestTitle}</h4>
    ${view.primaryDealers.map(
      (p, i) => html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby=${`sdl-top-${i}`}>
        <table part="largest" class="standing fit">
          <caption id=${`sdl-top-${i}`}>${t.largestCaption(p.primaryDealer, p.listed)}</caption>
          <thead>
            <tr>
              <th scope="col" class="num">${t.colRank}</th>
              <th scope="col">${t.colName}</th>
              <th scope="col">${t.colCounty}</th>
              <th scope="col" class="num">${t.colVolume}</th>
            </tr>
          </thead>
          <tbody>
            ${p.largest.map(
              (c) => html`<tr part=${c.chosen ? 'top chosen' : 'top'}>
                <td class="num">${c.rank}</td>
                <th scope="row">${c.name}</th>
                <td>${countyName(c.countyId)}</td>
                <td class="num">${number.format(c.monthlyVolume)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`,
    )}`;
}

function filingForm(
  section: SecondaryListSection,
  t: SecondaryListMessages,
  counties: readonly AllianceCounty[],
): TemplateResult {
  const add = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const grade = (name: string) => GRADES.find((g) => g === value(name)) ?? 'fair';
    const volume = value('volume');
    section.add({
      countyId: value('county'),
      name: value('name'),
      primaryDealer: value('primary'),
      businessState: grade('state'),
      developmentPotential: grade('potential'),
      leaderQuality: grade('leader'),
      monthlyVolume: volume === '' ? Number.NaN : Number(volume),
    });
    if (section.outcome.status === 'drafted') (form.elements.namedItem('name') as HTMLInputElement).value = '';
  };
  const gradeSelect = (name: string, label: string) =>
    html`<label for=${`sdl-${name}`}>${label}</label>
      <select id=${`sdl-${name}`} name=${name}>
        ${GRADES.map((g) => html`<option value=${g} ?selected=${g === 'fair'}>${t.grades[g]}</option>`)}
      </select>`;
  const centreId = counties[0]?.centreId ?? '';
  return html`<form part="list-form" class="bar" aria-labelledby="sdl-form-title" @submit=${add}>
    <h4 id="sdl-form-title">${t.formTitle}</h4>
    <label for="sdl-county">${t.colCounty}</label>
    <select id="sdl-county" name="county" required>
      ${counties.map((c) => html`<option value=${c.id}>${c.name}</option>`)}
    </select>
    <label for="sdl-name">${t.colName}</label>
    <input id="sdl-name" name="name" required maxlength="80" autocomplete="organization" />
    <label for="sdl-primary">${t.colPrimary}</label>
    <input id="sdl-primary" name="primary" required maxlength="80" />
    ${gradeSelect('state', t.businessState)} ${gradeSelect('potential', t.developmentPotential)}
    ${gradeSelect('leader', t.leaderQuality)}
    <label for="sdl-volume">${t.colVolume}</label>
    <input id="sdl-volume" name="volume" type="number" inputmode="numeric" min="0" step="1" required />
    ${outcomeIncomplete(section, t)}
    <button type="submit" part="add-button" ?disabled=${section.busy}>${t.add}</button>
    <button
      type="button"
      part="file-button"
      ?disabled=${section.busy || section.draft.length === 0}
      @click=${() => void section.file(centreId)}
    >
      ${t.file}
    </button>
    ${
      section.draft.length > 0
        ? html`<ul part="draft" class="note">
            ${section.draft.map((d) => html`<li>${d.name}</li>`)}
          </ul>`
        : nothing
    }
  </form>`;
}

function outcomeIncomplete(section: SecondaryListSection, t: SecondaryListMessages): TemplateResult | typeof nothing {
  return section.outcome.status === 'incomplete'
    ? html`<p part="error" class="error" role="alert">${t.incomplete}</p>`
    : nothing;
}

/** Opens the section for the board (see `./lazy-section.js`): its state kept by the board, its view in the board's words. */
export function open(host: ReactiveControllerHost, client: SecondaryListBoardClient): OpenSection {
  const section = new SecondaryListSection(host, client);
  return { load: () => section.load(), render: (common, board) => renderSecondaryLists(section, common, board) };
}
