import { isClubApiError } from '@clubkit/client';
import type { Dealer, Salesperson } from '@clubkit/core/alliance';
import { describe, expect, it } from 'vitest';
import { PlainHost, sectionApi } from '../testing/section.js';
import { promotionBoardClient } from './promotions-client.js';
import { checkPromotion, promotionMessages, PromotionSection, type PromotionDraft } from './promotions.js';

// The demo club's today is 2026-11-27.
const board = sectionApi(promotionBoardClient);

const draft: PromotionDraft = {
  title: '年終衝量獎勵',
  from: '2026-11-27',
  to: '2026-12-31',
  reward: '３００',
  description: '',
};

async function loaded(client = board.client): Promise<PromotionSection> {
  const section = new PromotionSection(new PlainHost(), client);
  await section.load();
  return section;
}

function ready(section: PromotionSection) {
  const state = section.state;
  if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
  const [centre] = state.centres;
  if (!centre) throw new Error('The demo alliance has no sales centre');
  return centre;
}

async function enrolledIn(promotionId: string): Promise<string[]> {
  return (await board.client.promotions.enrolments(promotionId).page()).data.map((e) => e.dealerId);
}

/** The promotion the tests set up, as the section shows it. */
const mine = (section: PromotionSection) => ready(section).promotions.find((p) => p.promotion.title === draft.title);

const codeOf = (error: unknown) => (isClubApiError(error) ? error.code : String(error));

describe('PromotionSection', () => {
  let member: Dealer;
  let promotionId = '';
  let demoCount = 0;

  // First, so that the requests a refusal leaves in flight end before the Club API stops.
  it('keeps a refused session as its error state and never rejects', async () => {
    const section = await loaded(board.clientWith('ss_revoked'));
    expect(section.state.status).toBe('error');
  });

  it('loads the demo centre’s promotions with their enrolments and member dealers, and offers its staff every form', async () => {
    const host = new PlainHost();
    const section = new PromotionSection(host, board.client);
    expect(section.state.status).toBe('loading');
    // Before the session is read, nothing may be submitted.
    expect(section.mayCreate('ctr_any')).toBe(false);
    await section.load();
    const centre = ready(section);
    const listed = (await board.client.promotions.list().page()).data;
    demoCount = listed.length;
    // The demo: this month's 有獎訂貨 with the three members enrolled (the first paid), next month's in kind.
    expect(centre.promotions.map((p) => p.promotion.id).sort()).toEqual(listed.map((p) => p.id).sort());
    const byTitle = (title: string) => centre.promotions.find((p) => p.promotion.title === title);
    const orders = byTitle('聯銷體成員有獎訂貨');
    expect(orders?.enrolments.map((e) => e.reward?.amountFen ?? null).sort()).toEqual([30_000, null, null]);
    expect(byTitle('新品推廣：成員專享搭贈')?.enrolments).toEqual([]);
    const members = (await board.client.dealers.list({ status: 'member' }).page()).data;
    expect(centre.members.map((d) => d.id)).toEqual(members.map((d) => d.id));
    member = centre.members[0] as Dealer;
    expect([section.mayCreate(centre.centre.id), section.mayPay(centre.centre.id), section.mayEnrol(member)]).toEqual([
      true,
      true,
      true,
    ]);
    // Another centre's forms are not the staff's.
    expect(section.mayCreate('ctr_elsewhere')).toBe(false);
    expect(host.updates).toBe(1);
  });

  it('names the first field to fix and sends nothing', async () => {
    const section = await loaded();
    const centreId = ready(section).centre.id;
    for (const [change, field] of [
      [{ title: '  ' }, 'title'],
      [{ from: '' }, 'from'],
      [{ to: '2026-11-26' }, 'to'],
      [{ reward: '12.345' }, 'reward'],
      [{ reward: '-1' }, 'reward'],
      [{ reward: '0' }, 'description'],
    ] as const) {
      await section.create(centreId, { ...draft, ...change });
      expect(section.outcome).toEqual({ status: 'invalid', field });
    }
    expect((await board.client.promotions.list().page()).data).toHaveLength(demoCount);
  });

  it('sets up a promotion from the typed fields, the reward in yuan as typed (full-width digits too)', async () => {
    const section = await loaded();
    const centreId = ready(section).centre.id;
    await section.create(centreId, draft);
    expect(section.outcome).toEqual({ status: 'created', title: draft.title });
    const made = (await board.client.promotions.list().page()).data.find((p) => p.title === draft.title);
    expect(made).toMatchObject({
      centreId,
      title: draft.title,
      from: '2026-11-27',
      to: '2026-12-31',
      rewardFen: 30_000,
    });
    expect(ready(section).promotions.map((p) => p.promotion.id)).toContain(made?.id);
    promotionId = made?.id ?? '';
    expect(checkPromotion(centreId, { ...draft, reward: '0', description: '訂貨滿十箱贈一箱' })).toEqual({
      body: {
        centreId,
        title: draft.title,
        from: draft.from,
        to: draft.to,
        rewardFen: 0,
        description: '訂貨滿十箱贈一箱',
      },
    });
  });

  it('enrols a member dealer, refuses a second enrolment and keeps one', async () => {
    const section = await loaded();
    await section.enrol(promotionId, member.id);
    expect(section.outcome).toEqual({ status: 'enrolled', dealer: member.name, title: draft.title });
    expect(mine(section)?.enrolments.map((e) => e.dealerId)).toEqual([member.id]);
    await section.enrol(promotionId, member.id);
    const outcome = section.outcome;
    expect(outcome.status === 'refused' && codeOf(outcome.error)).toBe('alliance/already-enrolled');
    expect(await enrolledIn(promotionId)).toEqual([member.id]);
  });

  it('refuses an enrolment before the promotion’s first day and stores nothing', async () => {
    const section = await loaded();
    // The demo's second promotion starts next month.
    const later = ready(section).promotions.find((p) => p.promotion.from > '2026-11-27')?.promotion;
    if (!later) throw new Error('The demo has no promotion of next month');
    await section.enrol(later.id, member.id);
    const outcome = section.outcome;
    expect(outcome.status === 'refused' && codeOf(outcome.error)).toBe('alliance/outside-promotion-period');
    expect(await enrolledIn(later.id)).toEqual([]);
    expect(ready(section).promotions.find((p) => p.promotion.id === later.id)?.enrolments).toEqual([]);
  });

  it('pays the reward once, and refuses a second payment', async () => {
    const section = await loaded();
    const enrolment = mine(section)?.enrolments[0];
    if (!enrolment) throw new Error('expected an enrolment');
    await section.pay(promotionId, enrolment.id);
    expect(section.outcome).toEqual({ status: 'paid', dealer: member.name, amountFen: 30_000 });
    expect(mine(section)?.enrolments[0]?.reward).toEqual({ paidOn: '2026-11-27', amountFen: 30_000 });
    await section.pay(promotionId, enrolment.id);
    const outcome = section.outcome;
    expect(outcome.status === 'refused' && codeOf(outcome.error)).toBe('alliance/reward-already-paid');
  });

  it('offers a salesperson only the enrolment of their own dealers, as the Club API allows', async () => {
    const people = (await board.api.adminCall('GET', '/v1/alliance/salespeople')) as { data: Salesperson[] };
    const own = people.data.find((p) => p.id === member.salespersonId);
    if (!own) throw new Error('The demo member dealer has no salesperson');
    const client = await board.clientAs({ role: 'alliance', centreId: own.centreId, salespersonId: own.id });
    const section = await loaded(client);
    const centre = ready(section);
    expect([section.mayCreate(centre.centre.id), section.mayPay(centre.centre.id)]).toEqual([false, false]);
    expect(centre.members.map((d) => d.id)).toContain(member.id);
    expect(centre.members.every((d) => d.salespersonId === own.id && section.mayEnrol(d))).toBe(true);
    // What the form would not offer, the Club API refuses all the same.
    await section.create(centre.centre.id, { ...draft, title: '業務員的活動' });
    const outcome = section.outcome;
    expect(outcome.status === 'refused' && codeOf(outcome.error)).toBe('access/forbidden');
    expect((await board.client.promotions.list().page()).data.map((p) => p.title)).not.toContain('業務員的活動');
  });
});

describe('promotionMessages', () => {
  it('words each refusal by its problem type in the three locales, Traditional Chinese by default', () => {
    expect(promotionMessages('fr').refusals['alliance/already-enrolled']).toBe('此經銷商已參加此活動。');
    expect(promotionMessages('zh-Hans').refusals['alliance/reward-already-paid']).toBe('此经销商的奖励已发放过。');
    expect(promotionMessages('en').refusals['alliance/outside-promotion-period']).toBe(
      'Today is outside the promotion’s enrolment days: not enrolled.',
    );
    expect(promotionMessages('en').loaded(1)).toBe('1 promotion loaded.');
  });
});
