import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { answerSurvey, createSurvey, sendSurvey, surveyRatings, type Survey, type SurveyRequest } from './survey.js';

const now = '2026-11-02T02:00:00.000Z';
const survey: Survey = createSurvey(
  {
    title: '2026 年第四季意見徵詢',
    propertyId: 'prp_garden',
    questions: [
      { id: 'overall', kind: 'rating', prompt: '您對物業服務整體是否滿意？' },
      { id: 'cleaning', kind: 'rating', prompt: '公共區域清潔' },
      { id: 'suggestions', kind: 'text', prompt: '您有什麼建議？' },
    ],
  },
  { id: 'svy_1', now, actor: 'stf_desk' },
);
const unit = { id: 'unt_1', propertyId: 'prp_garden', owner: { name: '王小明', phone: '138 0013 8000' } };
const request: SurveyRequest = sendSurvey(survey, unit, { id: 'svr_1', now, actor: 'stf_desk' });
const later = '2026-11-05T09:00:00.000Z';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isClubError(e) ? e.code : 'not a ClubError';
  }
  return undefined;
}

describe('a survey questionnaire', () => {
  it('needs at least one question and a distinct id for each', () => {
    const base = { title: 'x', questions: [] as Survey['questions'] };
    expect(codeOf(() => createSurvey(base, { id: 'svy_2', now, actor: 'stf_desk' }))).toBe('invalid-input');
    const twice = { id: 'a', kind: 'rating' as const, prompt: 'p' };
    expect(codeOf(() => createSurvey({ ...base, questions: [twice, twice] }, { id: 'svy_2', now, actor: 'x' }))).toBe(
      'invalid-input',
    );
  });

  it('is sent to the unit’s owner of record, of the survey’s own property only', () => {
    expect(request).toMatchObject({ surveyId: 'svy_1', unitId: 'unt_1', propertyId: 'prp_garden', sentAt: now });
    expect(request.owner.name).toBe('王小明');
    const elsewhere = { ...unit, propertyId: 'prp_tower' };
    expect(codeOf(() => sendSurvey(survey, elsewhere, { id: 'svr_2', now, actor: 'x' }))).toBe('survey/wrong-property');
    expect(codeOf(() => sendSurvey({ id: 'svy_9' }, elsewhere, { id: 'svr_2', now, actor: 'x' }))).toBeUndefined();
  });
});

describe('answering a survey', () => {
  const answers = [
    { questionId: 'overall', rating: 4 },
    { questionId: 'suggestions', text: '電梯等候時間長' },
  ];

  it('records the answers once, with who recorded them and when', () => {
    const answered = answerSurvey(request, survey, { answers }, { now: later, actor: 'stf_desk' });
    expect(answered).toMatchObject({ answeredAt: later, recordedBy: 'stf_desk', answers });
    expect(codeOf(() => answerSurvey(answered, survey, { answers }, { now: later, actor: 'stf_desk' }))).toBe(
      'survey/already-answered',
    );
  });

  it('refuses an answer to a question the survey does not ask', () => {
    const unknown = [{ questionId: 'parking', rating: 5 }];
    expect(codeOf(() => answerSurvey(request, survey, { answers: unknown }, { now: later, actor: 'x' }))).toBe(
      'survey/unknown-question',
    );
  });

  it('refuses a rating outside 1–5, text for a rating, a rating for text and a question twice', () => {
    const run = (list: { questionId: string; rating?: number; text?: string }[]) =>
      codeOf(() => answerSurvey(request, survey, { answers: list }, { now: later, actor: 'x' }));
    expect(run([{ questionId: 'overall', rating: 0 }])).toBe('invalid-input');
    expect(run([{ questionId: 'overall', rating: 6 }])).toBe('invalid-input');
    expect(run([{ questionId: 'overall', rating: 1 }])).toBeUndefined();
    expect(run([{ questionId: 'overall', rating: 5 }])).toBeUndefined();
    expect(run([{ questionId: 'overall', text: '好' }])).toBe('survey/answer-mismatch');
    expect(run([{ questionId: 'suggestions', rating: 3 }])).toBe('survey/answer-mismatch');
    const overall = { questionId: 'overall', rating: 4 };
    expect(run([overall, overall])).toBe('survey/answer-mismatch');
    expect(run([])).toBe('invalid-input');
  });

  it('refuses answers dated before the survey was sent', () => {
    expect(
      codeOf(() => answerSurvey(request, survey, { answers }, { now: '2026-11-01T00:00:00.000Z', actor: 'x' })),
    ).toBe('service/event-out-of-order');
  });
});

describe('survey ratings', () => {
  it('counts 4 and 5 as satisfied, 3 and below as not', () => {
    const rated = (...ratings: number[]) =>
      surveyRatings({ answers: ratings.map((rating, i) => ({ questionId: `q${String(i)}`, rating })) });
    expect(rated(4, 5)).toEqual({ ratings: 2, satisfied: 2 });
    expect(rated(3, 1, 2)).toEqual({ ratings: 3, satisfied: 0 });
    expect(surveyRatings({})).toEqual({ ratings: 0, satisfied: 0 });
  });
});
