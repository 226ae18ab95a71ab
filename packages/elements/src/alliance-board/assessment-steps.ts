// The assessment section's other steps and its editors, loaded on demand with the section
// (`import('./assessment-steps.js')`): the director's and deputy's scores item by item, the branch's
// and region's check, each signed or sent back with a reason; a new version of the 100-point sheet;
// and the half-year reward funds with their fines, budgeted and changed. The rules run on the
// server (core's `decideAssessmentStep`, `publishSheet`, `openRewardFund`, `reviseRewardFund`); the
// checks here only name a field before anything is sent.
import { isWholeFen, yuan } from '@clubkit/core/shared';
import type { Assessment, AssessmentSheet, ItemScore, RewardBand, RewardFund, SheetItem } from '@clubkit/core/alliance';
import type { ReactiveControllerHost } from 'lit';
import type { renderBands } from './assessment-bands.js';
import type { AssessmentBoardClient } from './assessment-client.js';
import { stepsZhHant, type AssessmentStepMessages } from './assessment-steps-messages.js';
import { stepsEn } from './locales/assessment-steps-en.js';
import { stepsZhHans } from './locales/assessment-steps-zh-hans.js';

const WORDS: Record<string, AssessmentStepMessages> = { en: stepsEn, 'zh-Hans': stepsZhHans };

/** The forms' words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function stepMessages(locale: string): AssessmentStepMessages {
  return WORDS[locale] ?? stepsZhHant;
}

/** Why a form was stopped before sending, named at its field. */
export type StepProblem =
  | { why: 'signer' }
  | { why: 'reason' }
  | { why: 'score'; points: number }
  | { why: 'sheet'; total: number }
  | { why: 'item' }
  | { why: 'band-order' }
  | { why: 'half-year' }
  | { why: 'budget' };

/** What was done last, announced. */
export type StepAnnouncement =
  | { kind: 'decided'; dealerId: string; refused: boolean }
  | { kind: 'published'; version: number }
  | { kind: 'fund'; halfYear: string };

/** The last form's outcome: done, stopped at a field, or refused by the Club API. */
export type StepOutcome =
  | { status: 'none' }
  | { status: 'done'; form: string; done: StepAnnouncement }
  | { status: 'invalid'; form: string; field: string; problem: StepProblem }
  | { status: 'error'; form: string; error: unknown };

/** An item of the sheet being edited, as typed. */
export interface ItemDraft {
  key: string;
  label: string;
  points: string;
}

/** A score band of the sheet being edited, as typed: its lowest score and its reward in yuan. */
export interface BandDraft {
  minScore: string;
  reward: string;
}

const SCORING = ['director', 'deputy'];
/** The most bands a sheet has (core's `NewAssessmentSheet`). */
const BANDS_MAX = 20;
const KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;
const HALF_YEAR = /^\d{4}-H[12]$/;
const whole = (text: string, min: number, max: number): number | undefined => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};
const fenOf = (text: string): number | undefined => {
  const n = Number(text);
  return text.trim() !== '' && Number.isFinite(n) && n >= 0 && isWholeFen(n) ? yuan(n) : undefined;
};

/**
 * The assessment steps before the sales centre's, the sheet editor and the fund ledger (A1 聯銷體主任
 * 的職責 6, 考核及獎罰規定 6). Headless: it works with any `ReactiveControllerHost`; `reload` loads the
 * section's assessments and funds again after a change.
 */
export class AssessmentSteps {
  readonly #host: ReactiveControllerHost;
  readonly #client: AssessmentBoardClient;
  readonly #reload: () => Promise<void>;
  readonly #scores = new Map<string, Record<string, string>>();
  #sheets: AssessmentSheet[] = [];
  #items: ItemDraft[] = [];
  #bands: BandDraft[] = [];
  #outcome: StepOutcome = { status: 'none' };
  /** The score bands' view, a chunk loaded with the sheets. */
  bandsView: { renderBands: typeof renderBands } | undefined;
  #busy: string | undefined;

  constructor(host: ReactiveControllerHost, client: AssessmentBoardClient, reload: () => Promise<void>) {
    this.#host = host;
    this.#client = client;
    this.#reload = reload;
  }

  /** The sheet version in force (the newest), if any. */
  get sheet(): AssessmentSheet | undefined {
    return this.#sheets.reduce<AssessmentSheet | undefined>((a, s) => (a && a.version > s.version ? a : s), undefined);
  }

  /** The items of the next version, as typed. */
  get items(): readonly ItemDraft[] {
    return this.#items;
  }

  /** The score bands of the next version, as typed. */
  get bands(): readonly BandDraft[] {
    return this.#bands;
  }

  /** The last form's outcome. */
  get outcome(): StepOutcome {
    return this.#outcome;
  }

  /** The form being sent, if any. */
  get busy(): string | undefined {
    return this.#busy;
  }

  /** Loads the sheet versions; the editor starts from the one in force. Rejects as the client does. */
  async load(): Promise<void> {
    this.bandsView ??= await import('./assessment-bands.js');
    const sheets: AssessmentSheet[] = [];
    for await (const s of this.#client.assessmentSheets.list({ limit: 100 })) sheets.push(s);
    this.#sheets = sheets;
    this.#items = (this.sheet?.items ?? []).map((i) => ({ key: i.key, label: i.label, points: String(i.points) }));
    this.#bands = (this.sheet?.bands ?? []).map((b) => ({
      minScore: String(b.minScore),
      reward: String(b.rewardFen / 100),
    }));
    this.#host.requestUpdate();
  }

  /** An assessment's scores as typed, from its own until changed. */
  scores(a: Assessment): Record<string, string> {
    return this.#scores.get(a.id) ?? Object.fromEntries(a.scores.map((s) => [s.key, String(s.score)]));
  }

  /** The typed scores added up (a field not yet a number counts 0). */
  total(a: Assessment): number {
    return Object.values(this.scores(a)).reduce((sum, v) => sum + (whole(v, 0, 100) ?? 0), 0);
  }

  /** Types an item's score. */
  setScore(a: Assessment, key: string, value: string): void {
    this.#scores.set(a.id, { ...this.scores(a), [key]: value });
    this.#host.requestUpdate();
  }

  /**
   * Signs the awaited step in the signer's name (the director and deputy with the scores typed) or,
   * with a reason, sends it back to the step before. Stops at the field first: a score that is not
   * a whole number up to the item's points, a refusal without a reason. Never rejects.
   */
  async decide(a: Assessment, signerName: string, reason?: string): Promise<void> {
    const form = a.id;
    const step = a.awaiting;
    if (step === null) return;
    if (!signerName.trim()) return this.#stop(form, `signer-${form}`, { why: 'signer' });
    if (reason !== undefined) {
      if (!reason.trim()) return this.#stop(form, `reason-${form}`, { why: 'reason' });
      return this.#send(form, { kind: 'decided', dealerId: a.dealerId, refused: true }, () =>
        this.#client.assessments.decide(a.id, { outcome: 'refused', step, signerName, reason }),
      );
    }
    const typed = this.scores(a);
    const scores: ItemScore[] = [];
    if (SCORING.includes(step)) {
      for (const item of a.sheet.items) {
        const score = whole(typed[item.key] ?? '', 0, item.points);
        if (score === undefined)
          return this.#stop(form, `score-${form}-${item.key}`, { why: 'score', points: item.points });
        scores.push({ key: item.key, score });
      }
    }
    return this.#send(form, { kind: 'decided', dealerId: a.dealerId, refused: false }, () =>
      this.#client.assessments.decide(a.id, {
        outcome: 'signed',
        step,
        signerName,
        ...(scores.length > 0 ? { scores } : {}),
      }),
    );
  }

  /** Types a field of the next version's item `i`. */
  setItem(i: number, field: keyof ItemDraft, value: string): void {
    this.#items = this.#items.map((item, at) => (at === i ? { ...item, [field]: value } : item));
    this.#host.requestUpdate();
  }

  /** Adds an empty item to the next version. */
  addItem(): void {
    this.#items = [...this.#items, { key: '', label: '', points: '' }];
    this.#host.requestUpdate();
  }

  /** Removes item `i` from the next version. */
  removeItem(i: number): void {
    this.#items = this.#items.filter((_, at) => at !== i);
    this.#host.requestUpdate();
  }

  /** Types a field of the next version's band `i`. */
  setBand(i: number, field: keyof BandDraft, value: string): void {
    this.#bands = this.#bands.map((band, at) => (at === i ? { ...band, [field]: value } : band));
    this.#host.requestUpdate();
  }

  /** Adds an empty band to the next version, up to 20. */
  addBand(): void {
    if (this.#bands.length < BANDS_MAX) this.#bands = [...this.#bands, { minScore: '', reward: '' }];
    this.#host.requestUpdate();
  }

  /** Removes band `i` from the next version. */
  removeBand(i: number): void {
    this.#bands = this.#bands.filter((_, at) => at !== i);
    this.#host.requestUpdate();
  }

  /** The next version's points added up (a field not yet a number counts 0). */
  get sheetTotal(): number {
    return this.#items.reduce((sum, i) => sum + (whole(i.points, 1, 100) ?? 0), 0);
  }

  /**
   * Publishes the items and the score bands typed as the centre's next sheet version. Stops at the
   * field first, as the Club API would refuse it (core's `publishSheet`): an item not filled in,
   * points not adding up to exactly 100, a band's score not a whole number from 0 to 100 or its
   * reward not an amount of whole fen, a band's score not above the band before's. Never rejects.
   */
  async publish(centreId: string): Promise<void> {
    const items: SheetItem[] = [];
    for (const [i, d] of this.#items.entries()) {
      const points = whole(d.points, 1, 100);
      const bad = !KEY.test(d.key) ? 'key' : !d.label.trim() ? 'label' : points === undefined ? 'points' : undefined;
      if (bad || points === undefined) return this.#stop('sheet', `item-${i}-${bad ?? 'points'}`, { why: 'item' });
      items.push({ key: d.key, label: d.label.trim(), points });
    }
    if (this.sheetTotal !== 100) return this.#stop('sheet', 'sheet-total', { why: 'sheet', total: this.sheetTotal });
    const bands: RewardBand[] = [];
    for (const [i, d] of this.#bands.entries()) {
      const minScore = whole(d.minScore, 0, 100);
      const rewardFen = fenOf(d.reward);
      if (minScore === undefined) return this.#stop('sheet', `band-${i}-minScore`, { why: 'score', points: 100 });
      if (rewardFen === undefined) return this.#stop('sheet', `band-${i}-reward`, { why: 'budget' });
      if (minScore <= (bands.at(-1)?.minScore ?? -1))
        return this.#stop('sheet', `band-${i}-minScore`, { why: 'band-order' });
      bands.push({ minScore, rewardFen });
    }
    let version = 0;
    await this.#send(
      'sheet',
      () => ({ kind: 'published', version }),
      async () => {
        version = (await this.#client.assessmentSheets.create({ centreId, items, bands })).version;
        await this.load();
      },
    );
  }

  /** Sets a half-year's reward fund with a budget typed in yuan. Stops at the field first. Never rejects. */
  async setFund(centreId: string, halfYear: string, budget: string): Promise<void> {
    if (!HALF_YEAR.test(halfYear)) return this.#stop('fund', 'fund-half-year', { why: 'half-year' });
    const budgetedFen = fenOf(budget);
    if (budgetedFen === undefined) return this.#stop('fund', 'fund-budget', { why: 'budget' });
    return this.#send('fund', { kind: 'fund', halfYear }, () =>
      this.#client.rewardFunds.create({ centreId, halfYear, budgetedFen }),
    );
  }

  /** Changes a fund's budget, typed in yuan. Stops at the field first. Never rejects. */
  async revise(fund: RewardFund, budget: string): Promise<void> {
    const budgetedFen = fenOf(budget);
    if (budgetedFen === undefined) return this.#stop(fund.id, `budget-${fund.id}`, { why: 'budget' });
    return this.#send(fund.id, { kind: 'fund', halfYear: fund.halfYear }, () =>
      this.#client.rewardFunds.revise(fund.id, budgetedFen),
    );
  }

  /** Names the field that stops a form; nothing is sent. */
  #stop(form: string, field: string, problem: StepProblem): Promise<void> {
    this.#outcome = { status: 'invalid', form, field, problem };
    this.#host.requestUpdate();
    return Promise.resolve();
  }

  async #send(
    form: string,
    done: StepAnnouncement | (() => StepAnnouncement),
    run: () => Promise<unknown>,
  ): Promise<void> {
    this.#busy = form;
    this.#host.requestUpdate();
    try {
      await run();
      this.#scores.delete(form);
      this.#outcome = { status: 'done', form, done: typeof done === 'function' ? done() : done };
      await this.#reload();
    } catch (error) {
      this.#outcome = { status: 'error', form, error };
    }
    this.#busy = undefined;
    this.#host.requestUpdate();
  }
}
