import type { Page } from '@clubkit/core/api';
import type { PropertyUnit, Survey, SurveyRequest } from '@clubkit/core/service';
import { periodBounds, surveyStats, type SurveyStats } from '@clubkit/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedKey } from '../services/keys.js';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-02T02:00:00.000Z');
const tick = (minutes = 1) => (now = new Date(now.getTime() + minutes * 60_000));
let lakeDesk: CreatedKey;
let garden: PropertyUnit;
let lake: PropertyUnit;
let survey: Survey;

const questions = [
  { id: 'overall', kind: 'rating', prompt: '您對物業服務整體是否滿意？' },
  { id: 'cleaning', kind: 'rating', prompt: '公共區域清潔' },
  { id: 'suggestions', kind: 'text', prompt: '您有什麼建議？' },
];

async function unitOf(propertyId: string, number: string): Promise<PropertyUnit> {
  const res = await t.call('POST', '/v1/units', {
    key: t.keys.desk.secret,
    body: { propertyId, number, owner: { name: `業主 ${number}`, phone: '138 0013 8000' } },
  });
  expect(res.status, res.text).toBe(201);
  return res.body as PropertyUnit;
}

function send(key: string, surveyId: string, unitId: string): Promise<TestResponse> {
  tick();
  return t.call('POST', `/v1/surveys/${surveyId}/requests`, { key, body: { unitId } });
}

function answer(key: string, requestId: string, answers: unknown[]): Promise<TestResponse> {
  tick();
  return t.call('POST', `/v1/survey-requests/${requestId}/answers`, { key, body: { answers } });
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => now, timeZone: 'Asia/Shanghai' });
  lakeDesk = await t.server.createKey({ kind: 'secret', principal: { role: 'desk', propertyId: 'prp_lake' } });
  garden = await unitOf('prp_garden', 'A-1203');
  lake = await unitOf('prp_lake', 'L-8');
});
afterAll(() => t.close());

describe('feedback surveys', () => {
  let request: SurveyRequest;

  it('writes a questionnaire for the property desk’s own property', async () => {
    const res = await t.call('POST', '/v1/surveys', {
      key: t.keys.gardenDesk.secret,
      body: { title: '2026 年第四季意見徵詢', questions },
    });
    expect(res.status, res.text).toBe(201);
    survey = res.body as Survey;
    expect(survey).toMatchObject({ propertyId: 'prp_garden', questions });
    const elsewhere = await t.call('POST', '/v1/surveys', {
      key: t.keys.gardenDesk.secret,
      body: { title: 'x', propertyId: 'prp_lake', questions },
    });
    expect(elsewhere.status).toBe(403);
    const twice = await t.call('POST', '/v1/surveys', {
      key: t.keys.gardenDesk.secret,
      body: { title: 'x', questions: [questions[0], questions[0]] },
    });
    expect([twice.status, issuePaths(twice)]).toEqual([400, [['questions']]]);
  });

  it('has no route that changes a questionnaire once written', async () => {
    const res = await t.call('PATCH', `/v1/surveys/${survey.id}`, {
      key: t.keys.admin.secret,
      body: { title: 'changed' },
    });
    expect(res.status).toBe(404);
    expect((await t.call('GET', `/v1/surveys/${survey.id}`, { key: t.keys.admin.secret })).body).toEqual(survey);
  });

  it('sends it to a unit’s owner of record, of its own property only', async () => {
    const res = await send(t.keys.gardenDesk.secret, survey.id, garden.id);
    expect(res.status, res.text).toBe(201);
    request = res.body as SurveyRequest;
    expect(request).toMatchObject({ surveyId: survey.id, unitId: garden.id, propertyId: 'prp_garden' });
    expect(request.owner.name).toBe('業主 A-1203');
    const wrong = await send(t.keys.desk.secret, survey.id, lake.id);
    expect([wrong.status, problem(wrong).code]).toEqual([422, 'survey/wrong-property']);
    const hidden = await send(lakeDesk.secret, survey.id, lake.id);
    expect(hidden.status).toBe(404);
  });

  it('refuses an answer to an unknown question and a rating outside 1–5, recording nothing', async () => {
    const unknown = await answer(t.keys.gardenDesk.secret, request.id, [{ questionId: 'parking', rating: 5 }]);
    expect([unknown.status, problem(unknown).code]).toEqual([422, 'survey/unknown-question']);
    const tooHigh = await answer(t.keys.gardenDesk.secret, request.id, [{ questionId: 'overall', rating: 6 }]);
    expect(tooHigh.status).toBe(400);
    const mismatch = await answer(t.keys.gardenDesk.secret, request.id, [{ questionId: 'overall', text: '好' }]);
    expect([mismatch.status, problem(mismatch).code]).toEqual([422, 'survey/answer-mismatch']);
    const stored = await t.call('GET', `/v1/survey-requests/${request.id}`, { key: t.keys.gardenDesk.secret });
    expect((stored.body as SurveyRequest).answeredAt).toBeUndefined();
  });

  it('records the answers once; a second answer is refused and changes nothing', async () => {
    const answers = [
      { questionId: 'overall', rating: 4 },
      { questionId: 'cleaning', rating: 2 },
      { questionId: 'suggestions', text: '電梯等候時間長' },
    ];
    const res = await answer(t.keys.gardenDesk.secret, request.id, answers);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ answers, recordedBy: `key:${t.keys.gardenDesk.id}` });
    const again = await answer(t.keys.desk.secret, request.id, [{ questionId: 'overall', rating: 5 }]);
    expect([again.status, problem(again).code]).toEqual([409, 'survey/already-answered']);
    const stored = await t.call('GET', `/v1/survey-requests/${request.id}`, { key: t.keys.admin.secret });
    expect((stored.body as SurveyRequest).answers).toEqual(answers);
    const other = await answer(lakeDesk.secret, request.id, answers);
    expect(other.status).toBe(404);
  });

  it('lists the requests of a survey, answered or not, for the desk’s own property', async () => {
    const second = (await send(t.keys.gardenDesk.secret, survey.id, garden.id)).body as SurveyRequest;
    const list = async (key: string, query: string) =>
      ((await t.call('GET', `/v1/survey-requests${query}`, { key })).body as Page<SurveyRequest>).data.map((r) => r.id);
    // Listed in id order; under the test's fixed clock two ids of one millisecond order by their random part.
    expect((await list(t.keys.gardenDesk.secret, `?surveyId=${survey.id}`)).sort()).toEqual(
      [request.id, second.id].sort(),
    );
    expect(await list(t.keys.gardenDesk.secret, '?answered=false')).toEqual([second.id]);
    expect(await list(t.keys.gardenDesk.secret, '?answered=true')).toEqual([request.id]);
    expect(await list(lakeDesk.secret, '')).toEqual([]);
    const surveys = await t.call('GET', '/v1/surveys', { key: lakeDesk.secret });
    expect((surveys.body as Page<Survey>).data).toEqual([]);
  });
});

describe('survey statistics per period', () => {
  it('reports sent, answered and the share of ratings of 4 or 5, in the period and the property', async () => {
    // November in the club's time zone: one answered request above (ratings 4 and 2), one open.
    const november = '?from=2026-11-01&to=2026-11-30';
    const res = await t.call('GET', `/v1/stats/surveys${november}`, { key: t.keys.gardenDesk.secret });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ sent: 2, answered: 1, ratings: 2, satisfiedRatings: 1, satisfactionRate: 0.5 });
    const lakeStats = await t.call('GET', `/v1/stats/surveys${november}`, { key: lakeDesk.secret });
    expect(lakeStats.body).toMatchObject({ sent: 0, answered: 0, ratings: 0, satisfactionRate: null });
    const october = await t.call('GET', '/v1/stats/surveys?from=2026-10-01&to=2026-10-31', {
      key: t.keys.admin.secret,
    });
    expect((october.body as SurveyStats).sent).toBe(0);
  });

  it('counts an answer at the last instant of the period and not one at the next day’s first', async () => {
    const open = (
      (await t.call('GET', '/v1/survey-requests?answered=false', { key: t.keys.admin.secret }))
        .body as Page<SurveyRequest>
    ).data[0] as SurveyRequest;
    // 2026-11-30 23:59 in Shanghai is 15:59 UTC.
    now = new Date('2026-11-30T15:59:00.000Z');
    const res = await t.call('POST', `/v1/survey-requests/${open.id}/answers`, {
      key: t.keys.admin.secret,
      body: { answers: [{ questionId: 'overall', rating: 5 }] },
    });
    expect(res.status, res.text).toBe(200);
    now = new Date('2026-12-02T00:00:00.000Z');
    const november = await t.call('GET', '/v1/stats/surveys?from=2026-11-01&to=2026-11-30', {
      key: t.keys.admin.secret,
    });
    expect(november.body).toMatchObject({ answered: 2, ratings: 3, satisfiedRatings: 2 });
    const december = await t.call('GET', '/v1/stats/surveys?from=2026-12-01&to=2026-12-31', {
      key: t.keys.admin.secret,
    });
    expect(december.body).toMatchObject({ answered: 0, ratings: 0, satisfactionRate: null });
  });

  it('equals core’s in-memory survey report for the same requests and period', async () => {
    const all = (await t.call('GET', '/v1/survey-requests?limit=100', { key: t.keys.admin.secret }))
      .body as Page<SurveyRequest>;
    const res = await t.call('GET', '/v1/stats/surveys?from=2026-11-01&to=2026-11-30', { key: t.keys.admin.secret });
    const bounds = periodBounds({ from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' });
    const stats = res.body as SurveyStats;
    expect(stats).toEqual(surveyStats(all.data, bounds, stats.asOf));
  });

  it('is refused to roles outside the service desk', async () => {
    const res = await t.call('GET', '/v1/stats/surveys', { key: t.keys.north.secret });
    expect(res.status).toBe(403);
  });
});
