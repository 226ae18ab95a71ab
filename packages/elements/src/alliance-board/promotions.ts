// The board's promotions section, loaded on demand (`import('./promotions.js')`) when it opens:
// its controller, its view and its words in the three locales.
import { isClubApiError } from '@clubkit/client';
import { formatMoney, yuan } from '@clubkit/core/shared';
import type { Dealer, Promotion, PromotionEnrolment, SalesCentre } from '@clubkit/core/alliance';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { isAmountYuan, parseAmountYuan } from '../shared/amount.js';
import { describeError } from '../shared/errors.js';
import { formatCalendarDate } from '../shared/intl.js';
import type { PromotionBoardClient } from './promotions-client.js';
import {
  promotionEn,
  promotionZhHans,
  promotionZhHant,
  type PromotionField,
  type PromotionMessages,
} from './promotions-messages.js';
import { mayNothing, staffMay, type May } from './section-access.js';
import type { OpenSection } from './lazy-section.js';

const WORDS: Record<string, PromotionMessages> = { en: promotionEn, 'zh-Hans': promotionZhHans };

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function promotionMessages(locale: string): PromotionMessages {
  return WORDS[locale] ?? promotionZhHant;
}

/** A promotion with the dealers enrolled in it. */
export interface PromotionWithEnrolments {
  promotion: Promotion;
  enrolments: PromotionEnrolment[];
}

/** One sales centre, its promotions, and the member dealers the caller may enrol. */
export interface CentrePromotions {
  centre: SalesCentre;
  promotions: PromotionWithEnrolments[];
  members: Dealer[];
}

/** The section's state: each centre's promotions once loaded. */
export type PromotionState =
  { status: 'loading' } | { status: 'ready'; centres: CentrePromotions[] } | { status: 'error'; error: unknown };

/** A promotion as its form gives it: the amount in yuan as typed. */
export interface PromotionDraft {
  title: string;
  from: string;
  to: string;
  reward: string;
  description: string;
}

/** The outcome of the last action: none yet, done (announced), a field to fix, or refused by the Club API. */
export type PromotionOutcome =
  | { status: 'none' }
  | { status: 'created'; title: string }
  | { status: 'enrolled'; dealer: string; title: string }
  | { status: 'paid'; dealer: string; amountFen: number }
  | { status: 'invalid'; field: PromotionField }
  | { status: 'refused'; error: unknown };

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The first field of a draft to fix before it is sent, or the body to send. */
export function checkPromotion(
  centreId: string,
  d: PromotionDraft,
): { field: PromotionField } | { body: Parameters<PromotionBoardClient['promotions']['create']>[0] } {
  const title = d.title.trim();
  const description = d.description.trim();
  if (title === '') return { field: 'title' };
  if (d.from === '') return { field: 'from' };
  if (d.to === '' || d.to < d.from) return { field: 'to' };
  const amount = parseAmountYuan(d.reward);
  if (amount === undefined || !isAmountYuan(amount)) return { field: 'reward' };
  const rewardFen = yuan(amount);
  if (rewardFen === 0 && description === '') return { field: 'description' };
  return {
    body: { centreId, title, from: d.from, to: d.to, rewardFen, ...(description === '' ? {} : { description }) },
  };
}

/**
 * A sales centre's member-only promotions (A1 優惠政策 2, 效果預測 2): each promotion with its
 * days and reward, the member dealers taking part and their rewards; setting one up, enrolling a
 * member dealer and paying a reward, each offered only to a role the Club API accepts it from
 * (core's `can()` on the staff session's principal). The Club API decides who is a member and
 * when (core's `enrolInPromotion`, `payPromotionReward`); this asks, shows and sends. Headless:
 * any `ReactiveControllerHost`.
 */
export class PromotionSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: PromotionBoardClient;
  #state: PromotionState = { status: 'loading' };
  #outcome: PromotionOutcome = { status: 'none' };
  #may: May = mayNothing;
  #busy = false;

  constructor(host: ReactiveControllerHost, client: PromotionBoardClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The centres and their promotions shown. */
  get state(): PromotionState {
    return this.#state;
  }

  /** The last action's outcome. */
  get outcome(): PromotionOutcome {
    return this.#outcome;
  }

  /** True while an action is being sent. */
  get busy(): boolean {
    return this.#busy;
  }

  /** Whether the signed-in staff member may set up a promotion of the centre. */
  mayCreate(centreId: string): boolean {
    return this.#may('create', { type: 'promotion', centreId });
  }

  /** Whether the signed-in staff member may pay the centre's promotion rewards. */
  mayPay(centreId: string): boolean {
    return this.#may('act', { type: 'promotion', centreId });
  }

  /** Whether the signed-in staff member may enrol the dealer (a salesperson their own). */
  mayEnrol(dealer: Dealer): boolean {
    return this.#may('create', {
      type: 'promotion-enrolment',
      centreId: dealer.centreId,
      ...(dealer.salespersonId === null ? {} : { salespersonId: dealer.salespersonId }),
    });
  }

  /** Loads who is signed in, every centre's promotions with their enrolments, and the member dealers. Never rejects. */
  async load(): Promise<void> {
    const options = { limit: 100 };
    const c = this.#client;
    try {
      const [may, centres, members, promotions] = await Promise.all([
        staffMay(c.staffSessions),
        all(c.centres.list(options)),
        all(c.dealers.list({ ...options, status: 'member' })),
        all(c.promotions.list(options)),
      ]);
      const enrolled = await Promise.all(
        promotions.map(async (promotion) => ({
          promotion,
          enrolments: await all(c.promotions.enrolments(promotion.id, options)),
        })),
      );
      this.#may = may;
      this.#state = {
        status: 'ready',
        centres: centres.map((centre) => ({
          centre,
          promotions: enrolled.filter((p) => p.promotion.centreId === centre.id),
          members: members.filter((d) => d.centreId === centre.id),
        })),
      };
    } catch (error) {
      this.#state = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }

  /** Sets up a promotion of the centre from the typed fields; nothing is sent while a field needs fixing. Never rejects. */
  create(centreId: string, draft: PromotionDraft): Promise<void> {
    const checked = checkPromotion(centreId, draft);
    if ('field' in checked) {
      this.#outcome = { status: 'invalid', field: checked.field };
      this.#host.requestUpdate();
      return Promise.resolve();
    }
    return this.#send(async () => {
      const p = await this.#client.promotions.create(checked.body);
      return { status: 'created', title: p.title };
    });
  }

  /** Enrols a member dealer in a promotion today. Never rejects: a refusal is the outcome. */
  enrol(promotionId: string, dealerId: string): Promise<void> {
    return this.#send(async () => {
      await this.#client.promotions.enrol(promotionId, { dealerId });
      return {
        status: 'enrolled',
        dealer: this.#dealerName(dealerId),
        title: this.#promotion(promotionId)?.title ?? '',
      };
    });
  }

  /** Pays an enrolled dealer the promotion's reward today. Never rejects: a refusal is the outcome. */
  pay(promotionId: string, enrolmentId: string): Promise<void> {
    return this.#send(async () => {
      const paid = await this.#client.promotions.payReward(promotionId, enrolmentId);
      return { status: 'paid', dealer: this.#dealerName(paid.dealerId), amountFen: paid.reward?.amountFen ?? 0 };
    });
  }

  /** The name of a dealer the section knows, else its id. */
  #dealerName(id: string): string {
    const centres = this.#state.status === 'ready' ? this.#state.centres : [];
    return centres.flatMap((c) => c.members).find((d) => d.id === id)?.name ?? id;
  }

  #promotion(id: string): Promotion | undefined {
    const centres = this.#state.status === 'ready' ? this.#state.centres : [];
    return centres.flatMap((c) => c.promotions).find((p) => p.promotion.id === id)?.promotion;
  }

  /** Sends one action, keeps its outcome and reads the promotions again after it is done. */
  async #send(action: () => Promise<PromotionOutcome>): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    this.#host.requestUpdate();
    try {
      const done = await action();
      await this.load();
      this.#outcome = done;
    } catch (error) {
      this.#outcome = { status: 'refused', error };
    } finally {
      this.#busy = false;
      this.#host.requestUpdate();
    }
  }
}

/** A refusal in the section's words when its problem type is one it knows, else the Club API's reason. */
function refusal(error: unknown, t: PromotionMessages, common: CommonMessages): string {
  if (isClubApiError(error) && (error.status ?? 500) < 500) {
    const known = (t.refusals as Record<string, string | undefined>)[error.code];
    if (known) return known;
  }
  return t.refused(describeError(error, common));
}

/** The section's view: each centre's promotions, and the forms the signed-in role may submit. */
export function renderPromotions(section: PromotionSection, common: CommonMessages): TemplateResult {
  const t = promotionMessages(common.intlLocale);
  const state = section.state;
  const outcome = section.outcome;
  const money = (fen: number) => formatMoney(fen, common.intlLocale);
  const status =
    state.status === 'loading'
      ? common.loading
      : outcome.status === 'created'
        ? t.created(outcome.title)
        : outcome.status === 'enrolled'
          ? t.enrolled(outcome.dealer, outcome.title)
          : outcome.status === 'paid'
            ? t.paid(outcome.dealer, money(outcome.amountFen))
            : state.status === 'ready'
              ? t.loaded(state.centres.reduce((n, c) => n + c.promotions.length, 0))
              : '';
  const problem =
    state.status === 'error'
      ? describeError(state.error, common)
      : outcome.status === 'refused'
        ? refusal(outcome.error, t, common)
        : outcome.status === 'invalid'
          ? t.invalid[outcome.field]
          : '';
  return html`<p part="status" class="status" role="status">${status}</p>
    ${problem ? html`<div part="error" class="error" role="alert"><p>${problem}</p></div>` : nothing}
    ${
      state.status === 'ready'
        ? state.centres.length === 0
          ? html`<p part="message" class="message">${t.empty}</p>`
          : state.centres.map((c, i) => centreView(section, c, i, t, common, money))
        : nothing
    }`;
}

function centreView(
  section: PromotionSection,
  c: CentrePromotions,
  i: number,
  t: PromotionMessages,
  common: CommonMessages,
  money: (fen: number) => string,
): TemplateResult {
  const day = (d: string) => formatCalendarDate(d, common.intlLocale, 'medium');
  const names = new Map(c.members.map((d) => [d.id, d.name]));
  const mayPay = section.mayPay(c.centre.id);
  const mayCreate = section.mayCreate(c.centre.id);
  const enrollable = c.members.filter((d) => section.mayEnrol(d));
  const caption = `prm-caption-${i}`;
  const table =
    c.promotions.length === 0
      ? html`<p part="message" class="message">${t.none}</p>`
      : html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby=${caption}>
          <table part="promotion-list" class="standing fit" data-centre=${c.centre.id}>
            <caption id=${caption}>${t.caption(c.centre.name)}</caption>
            <thead>
              <tr>
                <th scope="col">${t.colTitle}</th>
                <th scope="col">${t.colPeriod}</th>
                <th scope="col">${t.colReward}</th>
                <th scope="col">${t.colEnrolled}</th>
              </tr>
            </thead>
            <tbody>
              ${c.promotions.map(
                ({ promotion: p, enrolments }) => html`<tr part="promotion" data-promotion=${p.id}>
                  <th scope="row">${p.title}</th>
                  <td>${t.period(day(p.from), day(p.to))}</td>
                  <td>${t.reward(money(p.rewardFen), p.description)}</td>
                  <td>
                    ${
                      enrolments.length === 0
                        ? t.noEnrolment
                        : html`<ul class="enrolments">
                          ${enrolments.map((e) => {
                            const name = names.get(e.dealerId) ?? e.dealerId;
                            return html`<li part="enrolment" data-enrolment=${e.id}>
                              ${name}：<span part="reward-state">${e.reward ? t.paidOn(day(e.reward.paidOn)) : t.unpaid}</span>
                              ${
                                !e.reward && mayPay
                                  ? html`<button
                                      type="button"
                                      id=${`pay-${e.id}`}
                                      part="pay-button"
                                      aria-label=${t.payLabel(name)}
                                      ?disabled=${section.busy}
                                      @click=${() => void section.pay(p.id, e.id)}
                                    >
                                      ${t.pay}
                                    </button>`
                                  : nothing
                              }
                            </li>`;
                          })}
                        </ul>`
                    }
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
  return html`${table}${mayCreate && mayPay ? nothing : html`<p part="read-only" class="note">${t.readOnly}</p>`}
    ${c.promotions.length > 0 ? enrolForm(section, c, enrollable, i, t) : nothing}
    ${mayCreate ? createForm(section, c.centre, i, t) : nothing}`;
}

function enrolForm(
  section: PromotionSection,
  { centre, promotions }: CentrePromotions,
  members: Dealer[],
  i: number,
  t: PromotionMessages,
): TemplateResult {
  const id = (name: string) => `prm-${name}-${i}`;
  if (members.length === 0) return html`<p part="message" class="message">${t.noMember}</p>`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    void section.enrol(value('promotion'), value('dealer'));
  };
  return html`<form part="enrol-form" class="bar" aria-labelledby=${id('enrol')} @submit=${submit}>
    <h4 id=${id('enrol')}>${t.enrolTitle(centre.name)}</h4>
    <label for=${id('promotion')}>${t.promotion}</label>
    <select id=${id('promotion')} name="promotion">
      ${promotions.map((p) => html`<option value=${p.promotion.id}>${p.promotion.title}</option>`)}
    </select>
    <label for=${id('dealer')}>${t.dealer}</label>
    <select id=${id('dealer')} name="dealer">
      ${members.map((d) => html`<option value=${d.id}>${d.name}</option>`)}
    </select>
    <button type="submit" part="enrol-button" ?disabled=${section.busy}>${t.enrol}</button>
  </form>`;
}

function createForm(section: PromotionSection, centre: SalesCentre, i: number, t: PromotionMessages): TemplateResult {
  const id = (name: string) => `prm-${name}-${i}`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
    void section.create(centre.id, {
      title: value('title'),
      from: value('from'),
      to: value('to'),
      reward: value('reward'),
      description: value('description'),
    });
  };
  return html`<form part="promotion-form" class="bar" aria-labelledby=${id('create')} @submit=${submit} novalidate>
    <h4 id=${id('create')}>${t.createTitle(centre.name)}</h4>
    <label for=${id('title')}>${t.title}</label>
    <input id=${id('title')} name="title" maxlength="120" required />
    <label for=${id('from')}>${t.from}</label>
    <input id=${id('from')} name="from" type="date" required />
    <label for=${id('to')}>${t.to}</label>
    <input id=${id('to')} name="to" type="date" required />
    <label for=${id('reward')}>${t.rewardYuan}</label>
    <input id=${id('reward')} name="reward" inputmode="decimal" required aria-describedby=${id('reward-help')} />
    <span id=${id('reward-help')} class="note">${t.rewardHelp}</span>
    <label for=${id('description')}>${t.description}</label>
    <input id=${id('description')} name="description" maxlength="500" />
    <button type="submit" part="create-button" ?disabled=${section.busy}>${t.create}</button>
  </form>`;
}

/** Opens the section for the board (see `./lazy-section.js`): its state kept by the board, its view in the board's words. */
export function open(host: ReactiveControllerHost, client: PromotionBoardClient): OpenSection {
  const section = new PromotionSection(host, client);
  return { load: () => section.load(), render: (common) => renderPromotions(section, common) };
}
