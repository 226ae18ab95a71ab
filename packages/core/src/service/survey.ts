import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError } from '../shared/errors.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { ServiceErrorCode } from './errors.js';
import { Actor, Phone, recordOptions, text } from './fields.js';
import type { PropertyUnit } from './unit.js';

// Feedback surveys (意見徵詢): the desk "regularly runs feedback surveys to learn what owners think
// and find problems early" (A4 §3.3.5 3, 經常開展反饋調查) and collects owners' opinions (A4 §1.1,
// 收集反饋客戶意見與建議). The desk writes a questionnaire — ratings from 1 to 5 and free text —
// sends it to a unit's owner, and records the answers once. A questionnaire never changes once
// written: a changed one is a new survey, so every answer keeps the questions it answered.

/** The kinds of question a survey asks. */
export const SurveyQuestionKind = {
  /** A rating from 1 (very dissatisfied) to 5 (very satisfied). */
  rating: 'rating',
  /** Free text. */
  text: 'text',
} as const;
/** A kind of survey question. */
export type SurveyQuestionKind = (typeof SurveyQuestionKind)[keyof typeof SurveyQuestionKind];

/** The lowest and highest rating. */
export const SURVEY_RATING = { min: 1, max: 5 } as const;
/**
 * A rating at or above this counts as satisfied: 4 (satisfied) and 5 (very satisfied) on the
 * five-point scale. Decision: the source asks only whether the owner is satisfied (A4 §3.3.6 6,
 * 是否滿意); the scale's upper two points are that "yes".
 */
export const SATISFIED_RATING = 4;

/** One question of a survey, with a key its answers name. */
export const SurveyQuestion = z.object({
  /** The question's key within its survey, e.g. `cleaning`. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/)),
  kind: z.enum(SurveyQuestionKind),
  /** The question as the owner reads it. */
  prompt: text(300),
});
/** One question of a survey. */
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

const uniqueQuestionIds = z.refine<SurveyQuestion[]>(
  (questions) => new Set(questions.map((q) => q.id)).size === questions.length,
  { error: 'Each question needs its own id', params: { code: 'duplicate_question' } },
);

/** A questionnaire as the desk writes it. */
export const NewSurvey = z.object({
  title: text(200),
  /** The property whose owners it is for, `prp_…`; a property's desk writes only its own. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  questions: z.array(SurveyQuestion).check(z.minLength(1), z.maxLength(30), uniqueQuestionIds),
});
/** A new survey. */
export type NewSurvey = z.infer<typeof NewSurvey>;

/** A questionnaire: immutable once written. */
export const Survey = z.object({
  ...NewSurvey.shape,
  /** `svy_…` */
  id: entityId(IdPrefix.survey),
  createdAt: IsoInstant,
  createdBy: Actor,
});
/** A survey. */
export type Survey = z.infer<typeof Survey>;

/** One answer: a rating for a rating question, text for a text question. */
export const SurveyAnswer = z.object({
  questionId: SurveyQuestion.shape.id,
  rating: z.optional(z.int().check(z.gte(SURVEY_RATING.min), z.lte(SURVEY_RATING.max))),
  text: z.optional(text(1000)),
});
/** One answer. */
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

/** A survey sent to one unit's owner and, once they answer, their answers. */
export const SurveyRequest = z.object({
  /** `svr_…` */
  id: entityId(IdPrefix.surveyRequest),
  surveyId: entityId(IdPrefix.survey),
  unitId: entityId(IdPrefix.unit),
  propertyId: entityId(IdPrefix.property),
  /** The owner of record when it was sent. */
  owner: z.object({ name: text(100), phone: z.optional(Phone) }),
  sentAt: IsoInstant,
  sentBy: Actor,
  /** When the answers were recorded; absent while unanswered. */
  answeredAt: z.optional(IsoInstant),
  /** Who recorded them (the desk, from a form or a call). */
  recordedBy: z.optional(Actor),
  answers: z.optional(z.array(SurveyAnswer)),
});
/** A survey request. */
export type SurveyRequest = z.infer<typeof SurveyRequest>;

/** Options of {@link createSurvey}. */
export const CreateSurveyOptions = recordOptions(IdPrefix.survey);
/** Options of {@link createSurvey}. */
export type CreateSurveyOptions = z.infer<typeof CreateSurveyOptions>;

/**
 * A new questionnaire, checked: at least one question, each with its own id.
 *
 * @example
 * createSurvey({ title: '2026 年度意見徵詢', questions: [{ id: 'overall', kind: 'rating', prompt: '整體滿意度' }] }, { id: 'svy_1', now, actor: 'stf_1' })
 */
export function createSurvey(input: NewSurvey, options: CreateSurveyOptions): Survey {
  const survey = parseInput(NewSurvey, input, 'survey');
  const { id, now, actor } = parseInput(CreateSurveyOptions, options, 'survey options');
  return { ...survey, id, createdAt: now, createdBy: actor };
}

/** Options of {@link sendSurvey}. */
export const SendSurveyOptions = recordOptions(IdPrefix.surveyRequest);
/** Options of {@link sendSurvey}. */
export type SendSurveyOptions = z.infer<typeof SendSurveyOptions>;

/**
 * Sends a survey to a unit's owner of record. Throws `survey/wrong-property` when the survey is
 * for another property than the unit's.
 *
 * @example
 * sendSurvey(survey, unit, { id: 'svr_1', now: '2026-11-27T08:00:00Z', actor: 'stf_1' })
 */
export function sendSurvey(
  survey: Pick<Survey, 'id' | 'propertyId'>,
  unit: Pick<PropertyUnit, 'id' | 'propertyId' | 'owner'>,
  options: SendSurveyOptions,
): SurveyRequest {
  const { id, now, actor } = parseInput(SendSurveyOptions, options, 'survey request options');
  if (survey.propertyId !== undefined && survey.propertyId !== unit.propertyId) {
    throw new ClubError(ServiceErrorCode.surveyWrongProperty, 'The survey is for the owners of another property.', {
      details: { surveyPropertyId: survey.propertyId, unitPropertyId: unit.propertyId },
    });
  }
  return {
    id,
    surveyId: survey.id,
    unitId: unit.id,
    propertyId: unit.propertyId,
    owner: unit.owner,
    sentAt: now,
    sentBy: actor,
  };
}

/** The answers the desk records: at least one. */
export const SurveyAnswers = z.object({ answers: z.array(SurveyAnswer).check(z.minLength(1), z.maxLength(30)) });
/** The answers the desk records. */
export type SurveyAnswers = z.infer<typeof SurveyAnswers>;

function mismatch(questionId: string, reason: string): ClubError {
  return new ClubError(ServiceErrorCode.surveyAnswerMismatch, `The answer to "${questionId}" ${reason}.`, {
    details: { questionId, reason },
  });
}

function checkAnswer(answer: SurveyAnswer, question: SurveyQuestion | undefined): void {
  if (question === undefined) {
    throw new ClubError(ServiceErrorCode.surveyUnknownQuestion, `The survey has no question "${answer.questionId}".`, {
      details: { questionId: answer.questionId },
    });
  }
  const rated = answer.rating !== undefined;
  const written = answer.text !== undefined;
  if (question.kind === SurveyQuestionKind.rating && (!rated || written))
    throw mismatch(question.id, 'must be a rating from 1 to 5');
  if (question.kind === SurveyQuestionKind.text && (rated || !written)) throw mismatch(question.id, 'must be text');
}

/**
 * Records the owner's answers, once. Each answer names a question of the survey and fits its kind;
 * questions left out stay unanswered. Throws `survey/already-answered` for a second answer,
 * `survey/unknown-question`, `survey/answer-mismatch` (wrong kind, or a question twice), and
 * `service/event-out-of-order` when dated before the request was sent.
 *
 * @example
 * answerSurvey(request, survey, { answers: [{ questionId: 'overall', rating: 4 }] }, { now, actor: 'stf_1' })
 */
export function answerSurvey(
  request: SurveyRequest,
  survey: Pick<Survey, 'questions'>,
  input: SurveyAnswers,
  options: { now: string; actor: string },
): SurveyRequest {
  if (request.answeredAt !== undefined) {
    throw new ClubError(ServiceErrorCode.surveyAlreadyAnswered, 'This survey has been answered already.', {
      details: { requestId: request.id, answeredAt: request.answeredAt },
    });
  }
  const { answers } = parseInput(SurveyAnswers, input, 'survey answers');
  const byId = new Map(survey.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  for (const answer of answers) {
    checkAnswer(answer, byId.get(answer.questionId));
    if (seen.has(answer.questionId)) throw mismatch(answer.questionId, 'is given twice');
    seen.add(answer.questionId);
  }
  if (Date.parse(options.now) < Date.parse(request.sentAt)) {
    throw new ClubError(ServiceErrorCode.eventOutOfOrder, 'The answers are dated before the survey was sent.', {
      details: { at: options.now, lastAt: request.sentAt },
    });
  }
  return { ...request, answeredAt: options.now, recordedBy: options.actor, answers };
}

/** The ratings of one answered request: how many, and how many satisfied (≥ {@link SATISFIED_RATING}). */
export function surveyRatings(request: Pick<SurveyRequest, 'answers'>): { ratings: number; satisfied: number } {
  const ratings = (request.answers ?? []).flatMap((a) => (a.rating === undefined ? [] : [a.rating]));
  return { ratings: ratings.length, satisfied: ratings.filter((r) => r >= SATISFIED_RATING).length };
}
