// The board's assessment section, loaded on demand (`import('./assessments.js')`) when the sales
// centre opens it: its controller, its view and its words in the three locales.
import { formatMoney } from '@clubkit/core/shared';
import type { Assessment, RewardFund } from '@clubkit/core/alliance';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { describeError } from '../shared/errors.js';
import type { AllianceBoardState } from './alliance-board-controller.js';
import type { AssessmentBoardClient } from './assessment-client.js';
import type { AssessmentSteps } from './assessment-steps.js';
import { assessmentZhHant, type AssessmentMessages } from './assessment-messages.js';
import { assessmentEn } from './locales/assessment-en.js';
import { assessmentZhHans } from './locales/assessment-zh-hans.js';
import type { OpenSection } from './lazy-section.js';
import { mayNothing, staffMay, type May } from './section-access.js';

type StepsView = typeof import('./assessment-steps-view.js');

const WORDS: Record<string, AssessmentMessages> = { en: assessmentEn, 'zh-Hans': assessmentZhHans };

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function assessmentMessages(locale: string): AssessmentMessages {
  return WORDS[locale] ?? assessmentZhHant;
}

/** The section's state: the assessments and reward funds the caller sees, once loaded. */
export type AssessmentSectionState =
  | { status: 'loading' }
  | { status: 'ready'; assessments: Assessment[]; funds: RewardFund[] }
  | { status: 'error'; error: unknown };

/** The outcome of the last decision: announced, or refused with the Club API's reason. */
export type DecisionOutcome =
  | { status: 'none' }
  | { status: 'done'; dealerId: string; refused: boolean }
  | { status: 'invalid'; assessmentId: string }
  | { status: 'error'; assessmentId: string; error: unknown };

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/**
 * The sales centre's assessments (A1): every half-yearly assessment the caller sees with its score,
 * reward and the step it awaits, the sales centre's own step signed or refused here, and the reward
 * funds' ledger (budgeted, paid, left). The rules run on the server (core's `decideAssessmentStep`
 * and `payReward`); this only asks and shows. Headless: it works with any `ReactiveControllerHost`.
 */
export class AssessmentSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: AssessmentBoardClient;
  #state: AssessmentSectionState = { status: 'loading' };
  #outcome: DecisionOutcome = { status: 'none' };
  #busy: string | undefined;
  #steps: { view: StepsView; steps: AssessmentSteps } | undefined;
  #may: May = mayNothing;

  constructor(host: ReactiveControllerHost, client: AssessmentBoardClient) {
    this.#host = host;
    this.#client = client;
  }

  /** The assessments and funds shown. */
  get state(): AssessmentSectionState {
    return this.#state;
  }

  /** The last decision's outcome. */
  get outcome(): DecisionOutcome {
    return this.#outcome;
  }

  /** The assessment whose decision is being sent, if any. */
  get busy(): string | undefined {
    return this.#busy;
  }

  /** The other steps, the sheet editor and the fund ledger (a chunk of their own), once loaded. */
  get steps(): { view: StepsView; steps: AssessmentSteps } | undefined {
    return this.#steps;
  }

  /**
   * Whether the signed-in staff member may sign or send back `step` of the assessment, as the Club
   * API decides it (core's `can()`): the director's and deputy's in the dealer's territory (its
   * salesperson too), the branch's, region's and sales centre's by the centre's own staff.
   */
  maySign(a: Assessment, step: string): boolean {
    const own = step === 'director' || step === 'deputy' ? a.salespersonId : null;
    return this.#may('act', {
      type: 'alliance-assessment',
      centreId: a.centreId,
      ...(own === null ? {} : { salespersonId: own }),
    });
  }

  /** Whether the signed-in staff member may publish the centre's sheet and set its reward funds (its staff, not its salespeople). */
  mayEdit(centreId: string): boolean {
    return (
      this.#may('create', { type: 'assessment-sheet', centreId }) &&
      this.#may('create', { type: 'reward-fund', centreId })
    );
  }

  /** Loads who is signed in, the assessments, funds and sheet versions again. Never rejects. */
  async load(): Promise<void> {
    const options = { limit: 100 };
    try {
      const [assessments, funds, view, may] = await Promise.all([
        all(this.#client.assessments.list(options)),
        all(this.#client.rewardFunds.list(options)),
        import('./assessment-steps-view.js'),
        staffMay(this.#client.staffSessions),
      ]);
      this.#may = may;
      this.#steps ??= { view, steps: new view.AssessmentSteps(this.#host, this.#client, () => this.load()) };
      await this.#steps.steps.load();
      this.#state = { status: 'ready', assessments, funds };
    } catch (error) {
      this.#state = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }

  /**
   * Signs (approves and files) or refuses the sales centre's step of an assessment in the signer's
   * name; a refusal needs a reason. Never rejects: the Club API's refusal (say
   * `alliance/reward-exceeds-fund`) is `outcome.error`.
   */
  async decide(assessment: Assessment, signerName: string, reason?: string): Promise<void> {
    const refused = reason !== undefined;
    if (refused && !reason.trim()) {
      this.#outcome = { status: 'invalid', assessmentId: assessment.id };
      this.#host.requestUpdate();
      return;
    }
    this.#busy = assessment.id;
    this.#host.requestUpdate();
    const step = 'sales-centre' as const;
    try {
      await this.#client.assessments.decide(
        assessment.id,
        refused ? { outcome: 'refused', step, signerName, reason } : { outcome: 'signed', step, signerName },
      );
      this.#outcome = { status: 'done', dealerId: assessment.dealerId, refused };
      await this.load();
    } catch (error) {
      this.#outcome = { status: 'error', assessmentId: assessment.id, error };
    }
    this.#busy = undefined;
    this.#host.requestUpdate();
  }
}

/**
 * The section's view: the assessments table with the sales centre's form on each assessment that
 * awaits it, and the reward fund ledger. `board` is the board's state, whose dealers name the rows.
 */
export function renderAssessments(
  section: AssessmentSection,
  common: CommonMessages,
  board: AllianceBoardState,
): TemplateResult {
  const t = assessmentMessages(common.intlLocale);
  const state = section.state;
  const outcome = section.outcome;
  const names = new Map(board.status === 'ready' ? board.dealers.map((d) => [d.dealerId, d.name]) : []);
  const name = (id: string) => names.get(id) ?? id;
  const s = section.steps;
  const centre =
    s?.steps.sheet?.centreId ??
    (state.status === 'ready' ? (state.funds[0]?.centreId ?? state.assessments[0]?.centreId) : undefined);
  const status =
    state.status === 'loading'
      ? common.loading
      : outcome.status === 'done'
        ? t.decided(name(outcome.dealerId), outcome.refused)
        : state.status === 'ready'
          ? t.loaded(state.assessments.length, state.assessments.filter((a) => a.awaiting === 'sales-centre').length)
          : '';
  return html`<p part="status" class="status" role="status">${status}</p>
    ${
      state.status === 'error'
        ? html`<div part="error" class="error" role="alert"><p>${describeError(state.error, common)}</p></div>`
        : nothing
    }
    ${s ? s.view.renderStepStatus(s.steps, common, name) : nothing}
    ${
      state.status === 'ready' && s
        ? html`${assessmentTable(section, state.assessments, t, common, name)}
          ${s.view.renderLedger(s.steps, state.funds, common, centre && section.mayEdit(centre) ? centre : undefined)}
          ${centre && section.mayEdit(centre) ? s.view.renderSheetEditor(s.steps, common, centre) : nothing}`
        : nothing
    }`;
}

function assessmentTable(
  section: AssessmentSection,
  assessments: readonly Assessment[],
  t: AssessmentMessages,
  common: CommonMessages,
  name: (id: string) => string,
): TemplateResult {
  if (assessments.length === 0) return html`<p part="message" class="message">${t.empty}</p>`;
  const money = (fen: number) => formatMoney(fen, common.intlLocale);
  return html`<div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="asm-caption">
    <table part="assessment-list" class="standing">
      <caption id="asm-caption">${t.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.colDealer}</th>
          <th scope="col">${t.colHalfYear}</th>
          <th scope="col" class="num">${t.colScore}</th>
          <th scope="col" class="num">${t.colReward}</th>
          <th scope="col">${t.colStep}</th>
        </tr>
      </thead>
      <tbody>
        ${assessments.map(
          (a) => html`<tr part="assessment" data-assessment=${a.id}>
            <th scope="row">${name(a.dealerId)}</th>
            <td>${a.halfYear}</td>
            <td class="num">${t.score(a.totalScore)}</td>
            <td class="num">${money(a.rewardFen)}</td>
            <td>
              <span part="step">${t.steps[a.awaiting ?? 'filed']}</span>
              ${a.returned ? html`<span part="returned" class="note">${t.returned(a.returned.reason)}</span>` : nothing}
              ${
                !a.awaiting || !section.maySign(a, a.awaiting)
                  ? nothing
                  : a.awaiting === 'sales-centre'
                    ? decisionForm(section, a, t, common, name(a.dealerId))
                    : section.steps
                      ? section.steps.view.renderStepForm(
                          section.steps.steps,
                          a,
                          common,
                          t.steps[a.awaiting],
                          name(a.dealerId),
                        )
                      : nothing
              }
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

function decisionForm(
  section: AssessmentSection,
  a: Assessment,
  t: AssessmentMessages,
  common: CommonMessages,
  dealer: string,
): TemplateResult {
  const outcome = section.outcome;
  const problem =
    (outcome.status === 'invalid' || outcome.status === 'error') && outcome.assessmentId === a.id ? outcome : undefined;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
    const refuse = (e.submitter as HTMLButtonElement | null)?.value === 'refuse';
    void section.decide(a, field('signer'), refuse ? field('reason') : undefined);
  };
  const id = (part: string) => `${part}-${a.id}`;
  return html`<form part="decision" class="bar" aria-label=${`${t.sign}: ${dealer}`} @submit=${submit}>
    <label for=${id('signer')}>${t.signerName}</label>
    <input id=${id('signer')} name="signer" required maxlength="80" autocomplete="name" />
    <label for=${id('reason')}>${t.reason}</label>
    <textarea id=${id('reason')} name="reason" maxlength="500" rows="2"></textarea>
    ${
      problem
        ? html`<p part="error" class="error" role="alert">
          ${problem.status === 'invalid' ? t.reasonRequired : t.refused(describeError(problem.error, common))}
        </p>`
        : nothing
    }
    <button type="submit" part="sign-button" value="sign" ?disabled=${section.busy === a.id}>${t.sign}</button>
    <button type="submit" part="refuse-button" value="refuse" ?disabled=${section.busy === a.id}>${t.refuse}</button>
  </form>`;
}

/** Opens the section for the board (see `./lazy-section.js`): its state kept by the board, its view in the board's words. */
export function open(host: ReactiveControllerHost, client: AssessmentBoardClient): OpenSection {
  const section = new AssessmentSection(host, client);
  return { load: () => section.load(), render: (common, board) => renderAssessments(section, common, board) };
}
