import { isClubApiError } from '@clubkit/client';
import { describe, expect, it } from 'vitest';
import { PlainHost, sectionApi } from '../testing/section.js';
import { assessmentBoardClient } from './assessment-client.js';
import { assessmentMessages, AssessmentSection } from './assessments.js';

const board = sectionApi(assessmentBoardClient);

async function loaded(): Promise<AssessmentSection> {
  const section = new AssessmentSection(new PlainHost(), board.client);
  await section.load();
  return section;
}

describe('AssessmentSection', () => {
  it('loads the assessments and reward funds the sales centre sees, as the Club API lists them', async () => {
    const section = await loaded();
    const listed = (await board.client.assessments.list().page()).data;
    const state = section.state;
    if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
    expect(state.assessments.map((a) => a.id)).toEqual(listed.map((a) => a.id));
    expect(state.assessments.filter((a) => a.awaiting === 'sales-centre')).toHaveLength(1);
    expect(state.funds.map((f) => [f.budgetedFen, f.paidFen, f.leftFen])).toEqual([[2_000_000, 200_000, 1_800_000]]);
  });

  it('refuses to send back without a reason and asks the Club API nothing', async () => {
    const section = await loaded();
    const state = section.state;
    const awaiting =
      state.status === 'ready' ? state.assessments.find((a) => a.awaiting === 'sales-centre') : undefined;
    if (!awaiting) throw new Error('no assessment awaits the sales centre');
    await section.decide(awaiting, '趙志強', '  ');
    expect(section.outcome).toEqual({ status: 'invalid', assessmentId: awaiting.id });
    expect((await board.client.assessments.list({ awaiting: 'sales-centre' }).page()).data.map((a) => a.id)).toEqual([
      awaiting.id,
    ]);
  });

  it('sends an assessment back to the region with its reason, and keeps the Club API’s refusal of a step out of turn', async () => {
    const section = await loaded();
    const state = section.state;
    const awaiting =
      state.status === 'ready' ? state.assessments.find((a) => a.awaiting === 'sales-centre') : undefined;
    if (!awaiting) throw new Error('no assessment awaits the sales centre');
    await section.decide(awaiting, '趙志強', '獎勵基金本期餘額待確認');
    expect(section.outcome).toEqual({ status: 'done', dealerId: awaiting.dealerId, refused: true });
    const after =
      section.state.status === 'ready' ? section.state.assessments.find((a) => a.id === awaiting.id) : undefined;
    expect([after?.awaiting, after?.returned]).toEqual([
      'region',
      { from: 'sales-centre', reason: '獎勵基金本期餘額待確認' },
    ]);
    // The same (now stale) row signed again: the region's step is awaited, not the sales centre's.
    await section.decide(awaiting, '趙志強');
    const outcome = section.outcome;
    expect(outcome.status === 'error' && isClubApiError(outcome.error) && outcome.error.code).toBe(
      'alliance/step-out-of-order',
    );
    expect(section.busy).toBeUndefined();
  });

  it('offers the centre’s staff every step, the sheet and the funds, and a salesperson only the scoring of their own dealers, as the Club API decides', async () => {
    const staff = await loaded();
    const state = staff.state;
    if (state.status !== 'ready') throw new Error('expected ready');
    const a = state.assessments[0];
    if (!a) throw new Error('The demo has no assessment');
    expect(['director', 'deputy', 'branch', 'region', 'sales-centre'].map((step) => staff.maySign(a, step))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([staff.mayEdit(a.centreId), staff.mayEdit('ctr_elsewhere')]).toEqual([true, false]);

    const own = state.assessments.find((x) => x.salespersonId !== null);
    if (!own?.salespersonId) throw new Error('The demo has no assessment of a salesperson’s dealer');
    const client = await board.clientAs({ role: 'alliance', centreId: own.centreId, salespersonId: own.salespersonId });
    const reader = new AssessmentSection(new PlainHost(), client);
    await reader.load();
    expect(reader.state.status).toBe('ready');
    expect(['director', 'deputy', 'branch', 'region', 'sales-centre'].map((step) => reader.maySign(own, step))).toEqual(
      [true, true, false, false, false],
    );
    expect(reader.mayEdit(own.centreId)).toBe(false);
    // What the board would not offer, the Club API refuses all the same.
    if (own.awaiting === 'sales-centre') {
      await reader.decide(own, '李業務');
      const outcome = reader.outcome;
      expect(outcome.status === 'error' && isClubApiError(outcome.error) && outcome.error.code).toBe(
        'access/forbidden',
      );
    }
  });

  it('speaks Traditional Chinese unless English or Simplified Chinese is asked for', () => {
    expect(assessmentMessages('en').sign).toBe('Approve and file');
    expect(assessmentMessages('zh-Hans').sign).toBe('审批备档');
    expect(assessmentMessages('ja').sign).toBe('審批備檔');
  });
});
