import { createClubTransport, type Transport } from '@clubkit/client';
import { allianceResource } from '@clubkit/client/operator';
import type { Assessment } from '@clubkit/core/alliance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { assessmentBoardClient, type AssessmentBoardClient } from './assessment-client.js';
import { AssessmentSteps } from './assessment-steps.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;
let transport: Transport;
let client: AssessmentBoardClient;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), merchants: 5 });
  const token = await api.staffToken({ role: 'alliance' });
  transport = createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } });
  client = assessmentBoardClient(transport);
});
afterAll(() => api.close());

async function loaded(): Promise<AssessmentSteps> {
  const steps = new AssessmentSteps(new PlainHost(), client, () => Promise.resolve());
  await steps.load();
  return steps;
}
const awaitingStep = async (step: Assessment['awaiting']) => {
  const [a] = (await client.assessments.list({ awaiting: step ?? undefined }).page()).data;
  if (!a) throw new Error(`no assessment awaits ${String(step)}`);
  return a;
};

describe('AssessmentSteps', () => {
  it('sends the branch’s step back to the deputy only with a reason and the signer’s name', async () => {
    const steps = await loaded();
    const a = await awaitingStep('branch');
    await steps.decide(a, '版納分公司 王建', ' ');
    expect(steps.outcome).toEqual({
      status: 'invalid',
      form: a.id,
      field: `reason-${a.id}`,
      problem: { why: 'reason' },
    });
    await steps.decide(a, ' ', '分數需重新評定');
    expect(steps.outcome).toMatchObject({ status: 'invalid', field: `signer-${a.id}` });
    expect((await client.assessments.list({ awaiting: 'branch' }).page()).data.map((x) => x.id)).toContain(a.id);
    await steps.decide(a, '版納分公司 王建', '分數需重新評定');
    expect(steps.outcome).toEqual({
      status: 'done',
      form: a.id,
      done: { kind: 'decided', dealerId: a.dealerId, refused: true },
    });
    const back = await awaitingStep('deputy');
    expect([back.id, back.returned]).toEqual([a.id, { from: 'branch', reason: '分數需重新評定' }]);
  });

  it('stops a deputy’s score above its item’s points at its field, then signs the corrected scores with their total', async () => {
    const steps = await loaded();
    const a = await awaitingStep('deputy');
    const [first, second] = a.sheet.items;
    if (!first || !second) throw new Error('the demo sheet has items');
    steps.setScore(a, first.key, String(first.points + 1));
    await steps.decide(a, '岩溫');
    expect(steps.outcome).toEqual({
      status: 'invalid',
      form: a.id,
      field: `score-${a.id}-${first.key}`,
      problem: { why: 'score', points: first.points },
    });
    expect((await awaitingStep('deputy')).scores).toEqual(a.scores);
    steps.setScore(a, first.key, String(first.points));
    steps.setScore(a, second.key, '2.5');
    await steps.decide(a, '岩溫');
    expect(steps.outcome).toMatchObject({ field: `score-${a.id}-${second.key}` });
    steps.setScore(a, second.key, '0');
    const expected = a.scores.map((s) =>
      s.key === first.key ? { ...s, score: first.points } : s.key === second.key ? { ...s, score: 0 } : s,
    );
    const total = expected.reduce((sum, s) => sum + s.score, 0);
    expect(steps.total(a)).toBe(total);
    await steps.decide(a, '岩溫');
    expect(steps.outcome).toMatchObject({ status: 'done' });
    const signed = await awaitingStep('branch');
    expect([signed.id, signed.scores, signed.totalScore, signed.returned]).toEqual([a.id, expected, total, null]);
  });

  it('publishes a new sheet version only when its items are filled in and add up to exactly 100', async () => {
    const steps = await loaded();
    const before = steps.sheet;
    if (!before) throw new Error('the demo has a sheet');
    steps.setItem(0, 'points', String((before.items[0]?.points ?? 0) - 1));
    expect(steps.sheetTotal).toBe(99);
    await steps.publish(before.centreId);
    expect(steps.outcome).toEqual({
      status: 'invalid',
      form: 'sheet',
      field: 'sheet-total',
      problem: { why: 'sheet', total: 99 },
    });
    steps.addItem();
    steps.setItem(before.items.length, 'label', '報表及時');
    steps.setItem(before.items.length, 'points', '1');
    await steps.publish(before.centreId);
    expect(steps.outcome).toMatchObject({ status: 'invalid', field: `item-${before.items.length}-key` });
    expect((await client.assessmentSheets.list().page()).data).toHaveLength(1);
    steps.setItem(before.items.length, 'key', 'reports');
    await steps.publish(before.centreId);
    expect(steps.outcome).toEqual({ status: 'done', form: 'sheet', done: { kind: 'published', version: 2 } });
    expect(steps.sheet).toMatchObject({
      version: 2,
      items: [
        ...before.items.map((item, i) => (i === 0 ? { ...item, points: item.points - 1 } : item)),
        { key: 'reports', label: '報表及時', points: 1 },
      ],
      bands: before.bands,
    });
    steps.removeItem(before.items.length);
    expect(steps.sheetTotal).toBe(99);
  });

  it('sets a half-year’s fund and changes a budget in yuan, stopping a malformed one and showing the Club API’s refusal', async () => {
    const steps = await loaded();
    const [fund] = (await client.rewardFunds.list().page()).data;
    if (!fund) throw new Error('the demo has a fund');
    await steps.setFund(fund.centreId, '2027-H3', '100');
    expect(steps.outcome).toMatchObject({ status: 'invalid', field: 'fund-half-year' });
    await steps.setFund(fund.centreId, '2027-H1', '12.345');
    expect(steps.outcome).toMatchObject({ status: 'invalid', field: 'fund-budget' });
    await steps.setFund(fund.centreId, '2027-H1', '15000.5');
    expect(steps.outcome).toMatchObject({ status: 'done', done: { kind: 'fund', halfYear: '2027-H1' } });
    const [set] = (await client.rewardFunds.list({ halfYear: '2027-H1' }).page()).data;
    expect([set?.budgetedFen, set?.finesFen, set?.leftFen]).toEqual([1_500_050, 0, 1_500_050]);
    await steps.revise(fund, '0');
    expect(steps.outcome).toMatchObject({ status: 'error', form: fund.id });
    await steps.revise(fund, '25000');
    expect(steps.outcome).toMatchObject({ status: 'done', form: fund.id });
    const [revised] = (await client.rewardFunds.list({ halfYear: fund.halfYear }).page()).data;
    expect(revised?.budgetedFen).toBe(2_500_000);
  });

  it('shows a late report’s fine in its half-year’s fund as fines in', async () => {
    const [fund] = (await client.rewardFunds.list().page()).data;
    if (!fund) throw new Error('the demo has a fund');
    const alliance = allianceResource(transport);
    const [salesperson] = (await alliance.salespeople.list().page()).data;
    const month = `${fund.halfYear.slice(0, 4)}-${fund.halfYear.endsWith('H1') ? '06' : '12'}`;
    await alliance.penalties.create({ kind: 'late-report', salespersonId: salesperson?.id ?? '', month });
    const [after] = (await client.rewardFunds.list({ halfYear: fund.halfYear }).page()).data;
    expect([after?.finesFen, after?.leftFen]).toEqual([fund.finesFen + 5_000, fund.leftFen + 5_000]);
    expect(after?.fines.at(-1)).toMatchObject({ kind: 'late-report', month, amountFen: 5_000 });
  });
});
