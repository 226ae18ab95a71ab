import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AssessmentSheet, HalfYear, rewardForScore } from './assessment-sheet.js';
import { AllianceErrorCode } from './errors.js';
import { assertAllianceMember, type Dealer } from './network.js';

// A dealer's half-yearly assessment and its approval chain (A1 聯銷體主任的職責 6): scored by the
// alliance director and deputy together, verified by the branch and then the region, approved and
// filed by the sales centre. Each step is signed in turn by its role; a refused step goes back,
// with its reason, to the step before it, which may correct and sign again.

/** The steps of an assessment, in order; each is signed by the role it names. */
export const AssessmentStep = {
  /** The alliance director (聯銷體主任) scores the sheet. */
  director: 'director',
  /** The deputy director (副主任) scores with the director and countersigns. */
  deputy: 'deputy',
  /** The branch (分公司) verifies. */
  branch: 'branch',
  /** The region (大區) verifies. */
  region: 'region',
  /** The sales centre (銷售中心) approves and files; the reward is paid. */
  salesCentre: 'sales-centre',
} as const;
/** A step of an assessment. */
export type AssessmentStep = (typeof AssessmentStep)[keyof typeof AssessmentStep];

/** The steps in the order they are signed. */
export const ASSESSMENT_STEPS: readonly AssessmentStep[] = Object.values(AssessmentStep);

/** The steps that score: the director and deputy may correct the scores as they sign. */
export const SCORING_STEPS: readonly AssessmentStep[] = [AssessmentStep.director, AssessmentStep.deputy];

const StepSchema = z.enum(Object.values(AssessmentStep));
const SignerName = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

/** The score of one item of the sheet. */
export const ItemScore = z.object({ key: z.string().check(z.maxLength(40)), score: z.int().check(z.minimum(0)) });
/** The score of one item. */
export type ItemScore = z.infer<typeof ItemScore>;

/** One signature or refusal in the chain: the step, who signed for its role, when, and who entered it. */
export const AssessmentSignature = z.object({
  step: StepSchema,
  outcome: z.enum(['signed', 'refused']),
  /** The person who signed for the step's role, as stated by whoever entered it. */
  signerName: SignerName,
  /** Why a refused step was sent back. */
  reason: z.optional(z.string()),
  at: IsoInstant,
  /** The operator who entered it, as the audit log names them: `staff:stf_…` or `key:key_…`. */
  enteredBy: z.string(),
});
/** One signature or refusal in the chain. */
export type AssessmentSignature = z.infer<typeof AssessmentSignature>;

/** Body of a new assessment: the dealer, the half-year and a score for every item of the sheet. */
export const NewAssessment = z.object({
  dealerId: entityId(IdPrefix.dealer),
  halfYear: HalfYear,
  scores: z.array(ItemScore).check(z.maxLength(50)),
});
/** Body of a new assessment. */
export type NewAssessment = z.infer<typeof NewAssessment>;

/** A step signed or refused: a refusal needs its reason; the scoring steps may correct the scores. */
export const AssessmentDecision = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('signed'),
    step: StepSchema,
    signerName: SignerName,
    scores: z.optional(z.array(ItemScore).check(z.maxLength(50))),
  }),
  z.object({
    outcome: z.literal('refused'),
    step: StepSchema,
    signerName: SignerName,
    reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  }),
]);
/** A step signed or refused. */
export type AssessmentDecision = z.infer<typeof AssessmentDecision>;

/** A dealer's half-yearly 100-point assessment with its approval chain. */
export const Assessment = z.object({
  id: entityId(IdPrefix.assessment),
  centreId: entityId(IdPrefix.salesCentre),
  salespersonId: z.nullable(entityId(IdPrefix.salesperson)),
  dealerId: entityId(IdPrefix.dealer),
  halfYear: HalfYear,
  /** The sheet version it is scored on, kept whole: a later version does not change it. */
  sheet: AssessmentSheet,
  scores: z.array(ItemScore),
  /** The scores added up, out of 100. */
  totalScore: z.int().check(z.minimum(0)),
  /** `in-progress` while a step awaits its signature, `filed` once the sales centre signed. */
  status: z.enum(['in-progress', 'filed']),
  /** The step whose signature is awaited, or null once filed. */
  awaiting: z.nullable(StepSchema),
  /** The last refusal, while its step has not been signed again. */
  returned: z.nullable(z.object({ from: StepSchema, reason: z.string() })),
  signatures: z.array(AssessmentSignature),
  /** The reward the score earns by the sheet's bands, paid from the reward fund when filed. */
  rewardFen: NonNegativeFen,
  createdAt: IsoInstant,
  filedAt: z.nullable(IsoInstant),
});
/** A dealer's half-yearly assessment. */
export type Assessment = z.infer<typeof Assessment>;

/**
 * The scores checked against the sheet: every item exactly once, in the sheet's order, none above
 * the item's points (`alliance/score-above-points`); an unknown or missing item is invalid input.
 */
export function checkScores(sheet: Pick<AssessmentSheet, 'items'>, scores: readonly ItemScore[]): ItemScore[] {
  const given = new Map<string, number>();
  scores.forEach((s, i) => {
    const item = sheet.items.find((it) => it.key === s.key);
    if (!item || given.has(s.key)) {
      const message = item ? `${s.key} is scored twice` : `the sheet has no item ${s.key}`;
      throw new ClubError(INVALID_INPUT, `Invalid scores: ${message}`, {
        issues: [{ path: ['scores', i, 'key'], code: 'custom', message }],
      });
    }
    if (s.score > item.points) {
      throw new ClubError(
        AllianceErrorCode.scoreAbovePoints,
        `${s.key} scores at most ${item.points} points, not ${s.score}`,
        { details: { key: s.key, score: s.score, points: item.points } },
      );
    }
    given.set(s.key, s.score);
  });
  return sheet.items.map((item, i) => {
    const score = given.get(item.key);
    if (score === undefined) {
      const message = `${item.key} has no score`;
      throw new ClubError(INVALID_INPUT, `Invalid scores: ${message}`, {
        issues: [{ path: ['scores', i], code: 'custom', message }],
      });
    }
    return { key: item.key, score };
  });
}

function scored(sheet: AssessmentSheet, scores: readonly ItemScore[]) {
  const checked = checkScores(sheet, scores);
  const totalScore = checked.reduce((sum, s) => sum + s.score, 0);
  return { scores: checked, totalScore, rewardFen: rewardForScore(sheet.bands, totalScore) };
}

/**
 * Opens a dealer's assessment for a half-year on the sheet given (the centre's current version),
 * with the director's scores; it then awaits the director's signature. Only a member dealer is
 * assessed: another throws `alliance/not-a-member`.
 */
export function openAssessment(
  dealer: Pick<Dealer, 'id' | 'centreId' | 'salespersonId' | 'status'>,
  sheet: AssessmentSheet,
  input: NewAssessment,
  options: { id: string; now: string },
): Assessment {
  const body = parseInput(NewAssessment, { ...input, dealerId: dealer.id }, 'assessment');
  assertAllianceMember(dealer);
  return {
    id: options.id,
    centreId: dealer.centreId,
    salespersonId: dealer.salespersonId,
    dealerId: dealer.id,
    halfYear: body.halfYear,
    sheet,
    ...scored(sheet, body.scores),
    status: 'in-progress',
    awaiting: AssessmentStep.director,
    returned: null,
    signatures: [],
    createdAt: options.now,
    filedAt: null,
  };
}

function outOfOrder(a: Assessment, step: AssessmentStep, why: string): ClubError {
  return new ClubError(AllianceErrorCode.stepOutOfOrder, `Assessment ${a.id}: ${why}`, {
    details: { step, awaiting: a.awaiting },
  });
}

/**
 * Signs or refuses the awaited step. A signature moves the assessment to the next step (the sales
 * centre's files it); a refusal sends it back to the step before, with its reason. Throws
 * `alliance/step-out-of-order` for any other step, a filed assessment, or a refusal of the
 * director's step, which has no step before it; scores given at a step that does not score are
 * invalid input.
 */
export function decideAssessmentStep(
  assessment: Assessment,
  input: AssessmentDecision,
  options: { now: string; enteredBy: string },
): Assessment {
  const d = parseInput(AssessmentDecision, input, 'assessment decision');
  const a = assessment;
  if (a.awaiting === null) throw outOfOrder(a, d.step, 'it is filed already');
  if (d.step !== a.awaiting) throw outOfOrder(a, d.step, `the ${a.awaiting} step is awaited, not ${d.step}`);
  const at = { at: options.now, enteredBy: options.enteredBy };
  const index = ASSESSMENT_STEPS.indexOf(d.step);
  if (d.outcome === 'refused') {
    const previous = ASSESSMENT_STEPS[index - 1];
    if (previous === undefined) throw outOfOrder(a, d.step, 'the first step has no step to send back to');
    const signature = { step: d.step, outcome: d.outcome, signerName: d.signerName, reason: d.reason, ...at };
    return {
      ...a,
      awaiting: previous,
      returned: { from: d.step, reason: d.reason },
      signatures: [...a.signatures, signature],
    };
  }
  if (d.scores !== undefined && !SCORING_STEPS.includes(d.step)) {
    const message = `the ${d.step} step verifies the scores; only the director and deputy score`;
    throw new ClubError(INVALID_INPUT, `Invalid decision: ${message}`, {
      issues: [{ path: ['scores'], code: 'custom', message }],
    });
  }
  const next = ASSESSMENT_STEPS[index + 1] ?? null;
  return {
    ...a,
    ...(d.scores === undefined ? {} : scored(a.sheet, d.scores)),
    status: next === null ? 'filed' : 'in-progress',
    awaiting: next,
    returned: null,
    signatures: [...a.signatures, { step: d.step, outcome: d.outcome, signerName: d.signerName, ...at }],
    filedAt: next === null ? options.now : null,
  };
}
