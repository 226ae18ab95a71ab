import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import {
  applyHandoverEvent,
  handOver,
  isTakenOver,
  nextHandoverEvents,
  openItems,
  unansweredQuestions,
  type Handover,
} from './handover.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 8, minutes)).toISOString();

function errorOf(fn: () => unknown): { code: string; details: Record<string, unknown>; paths: unknown[] } {
  try {
    fn();
  } catch (e) {
    if (!isClubError(e)) throw e;
    return { code: e.code, details: e.details, paths: e.issues.map((i) => i.path) };
  }
  throw new Error('expected a ClubError');
}

const first = (): Handover =>
  handOver(
    undefined,
    { log: '早班：接待 12 位客戶。', items: ['1203 室鑰匙待業主領取', '電梯 2 號異響，已報工程部'] },
    { id: 'hov_1', now: at(0), actor: '早班 李' },
  );

/** `h` taken over by the next shift. */
const accepted = (h: Handover, actor = '中班 王', minutes = 5): Handover =>
  applyHandoverEvent(h, { type: 'accept', actor, at: at(minutes) });

describe('handOver', () => {
  it("opens a desk's first hand-over with its new items, signed by the writer", () => {
    const h = first();
    expect(h).toMatchObject({ id: 'hov_1', status: 'handed-over', handedOverBy: '早班 李', handedOverAt: at(0) });
    expect(h.previousId).toBeUndefined();
    expect(h.items.map((i) => [i.key, i.done])).toEqual([
      ['hov_1#1', undefined],
      ['hov_1#2', undefined],
    ]);
    expect(h.history).toEqual([{ type: 'handOver', actor: '早班 李', at: at(0), details: { items: 2, done: 0 } }]);
  });

  it('carries every open item of the previous hand-over: the done ones marked, the rest still open', () => {
    const next = handOver(
      accepted(first()),
      { log: '中班：處理兩宗投訴。', items: ['3 樓茶水間漏水'], done: ['hov_1#1'] },
      { id: 'hov_2', now: at(60), actor: '中班 王', propertyId: 'prp_1' },
    );
    expect(next.previousId).toBe('hov_1');
    expect(next.propertyId).toBe('prp_1');
    expect(next.items.map((i) => [i.key, i.done?.by])).toEqual([
      ['hov_1#1', '中班 王'],
      ['hov_1#2', undefined],
      ['hov_2#1', undefined],
    ]);
    expect(openItems(next).map((i) => i.key)).toEqual(['hov_1#2', 'hov_2#1']);
    // An item keeps who opened it, across shifts.
    expect(next.items[1]).toMatchObject({ openedBy: '早班 李', openedAt: at(0) });

    // The done item is not carried further; the open ones are, again.
    const third = handOver(
      accepted(next, '晚班 陳', 65),
      { log: '晚班。' },
      { id: 'hov_3', now: at(120), actor: '晚班 陳' },
    );
    expect(third.items.map((i) => i.key)).toEqual(['hov_1#2', 'hov_2#1']);
  });

  it('refuses a new hand-over while the previous one is not taken over, and after a refusal until it is reviewed', () => {
    const pending = first();
    expect(
      errorOf(() => handOver(pending, { log: 'x' }, { id: 'hov_2', now: at(60), actor: '中班 王' })),
    ).toMatchObject({
      code: 'handover/previous-pending',
      details: { previousId: 'hov_1', status: 'handed-over' },
    });
    const refused = applyHandoverEvent(pending, { type: 'refuse', actor: '中班 王', at: at(5), reason: '現金未點清' });
    expect(isTakenOver(refused)).toBe(false);
    expect(errorOf(() => handOver(refused, { log: 'x' }, { id: 'hov_2', now: at(60), actor: '中班 王' })).code).toBe(
      'handover/previous-pending',
    );
    const settled = applyHandoverEvent(refused, { type: 'review', actor: '客服主任 張', at: at(30), note: '已核對' });
    expect(isTakenOver(settled)).toBe(true);
    expect(handOver(settled, { log: 'x' }, { id: 'hov_2', now: at(60), actor: '中班 王' }).items).toHaveLength(2);
  });

  it('refuses a done key that is not an open item of the previous hand-over, at its index', () => {
    const e = errorOf(() =>
      handOver(
        accepted(first()),
        { log: 'x', done: ['hov_1#2', 'hov_9#1'] },
        { id: 'hov_2', now: at(60), actor: '中班 王' },
      ),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.paths).toEqual([['done', 1]]);
    // With no previous hand-over, nothing can be done.
    expect(
      errorOf(() => handOver(undefined, { log: 'x', done: ['hov_1#1'] }, { id: 'hov_1', now: at(0), actor: 'a' }))
        .paths,
    ).toEqual([['done', 0]]);
  });

  it('refuses an empty log, a blank item and a bad id', () => {
    expect(errorOf(() => handOver(undefined, { log: '' }, { id: 'hov_1', now: at(0), actor: 'a' })).code).toBe(
      'invalid-input',
    );
    expect(
      errorOf(() => handOver(undefined, { log: 'x', items: [''] }, { id: 'hov_1', now: at(0), actor: 'a' })).code,
    ).toBe('invalid-input');
    expect(errorOf(() => handOver(undefined, { log: 'x' }, { id: 'cmp_1', now: at(0), actor: 'a' })).code).toBe(
      'invalid-input',
    );
  });
});

describe('applyHandoverEvent', () => {
  it('takes over only once every question has its answer from the writer', () => {
    let h = applyHandoverEvent(first(), { type: 'ask', actor: '中班 王', at: at(1), text: '鑰匙放在哪個抽屜？' });
    expect(nextHandoverEvents(h)).toEqual(['ask', 'answer', 'refuse']);
    expect(unansweredQuestions(h)).toBe(1);
    expect(errorOf(() => accepted(h))).toMatchObject({
      code: 'handover/invalid-transition',
      details: { status: 'handed-over', event: 'accept', reason: '1 question(s) still have no answer' },
    });
    h = applyHandoverEvent(h, { type: 'answer', actor: '早班 李', at: at(2), question: 0, text: '左邊第二個。' });
    expect(h.questions[0]?.answer).toEqual({ text: '左邊第二個。', at: at(2), by: '早班 李' });
    expect(unansweredQuestions(h)).toBe(0);
    const taken = accepted(h);
    expect(taken).toMatchObject({ status: 'accepted', acceptedBy: '中班 王' });
    expect(taken.history.map((e) => e.type)).toEqual(['handOver', 'ask', 'answer', 'accept']);
  });

  it('lets only the writer answer, each question once, and only a question that was asked', () => {
    const h = applyHandoverEvent(first(), { type: 'ask', actor: '中班 王', at: at(1), text: '?' });
    const reason = (fn: () => unknown) => errorOf(fn).details['reason'];
    expect(
      reason(() => applyHandoverEvent(h, { type: 'answer', actor: '中班 王', at: at(2), question: 0, text: 'a' })),
    ).toMatch(/only the shift that wrote/);
    expect(
      reason(() => applyHandoverEvent(h, { type: 'answer', actor: '早班 李', at: at(2), question: 3, text: 'a' })),
    ).toMatch(/no question 3/);
    const answered = applyHandoverEvent(h, { type: 'answer', actor: '早班 李', at: at(2), question: 0, text: 'a' });
    expect(
      reason(() =>
        applyHandoverEvent(answered, { type: 'answer', actor: '早班 李', at: at(3), question: 0, text: 'b' }),
      ),
    ).toMatch(/already has its answer/);
  });

  it('does not let the writer ask about, take over, refuse or review their own hand-over', () => {
    const h = first();
    for (const event of [{ type: 'ask', text: '?' }, { type: 'accept' }, { type: 'refuse', reason: 'r' }] as const) {
      expect(errorOf(() => applyHandoverEvent(h, { ...event, actor: '早班 李', at: at(1) })).code).toBe(
        'handover/invalid-transition',
      );
    }
    expect(errorOf(() => applyHandoverEvent(accepted(h), { type: 'review', actor: '早班 李', at: at(9) })).code).toBe(
      'handover/invalid-transition',
    );
  });

  it('records a refusal with its reason; a reviewed hand-over takes no more events', () => {
    const refused = applyHandoverEvent(first(), { type: 'refuse', actor: '中班 王', at: at(5), reason: '現金未點清' });
    expect(refused.refusal).toEqual({ reason: '現金未點清', by: '中班 王', at: at(5) });
    expect(nextHandoverEvents(refused)).toEqual(['review']);
    const reviewed = applyHandoverEvent(refused, { type: 'review', actor: '客服主任 張', at: at(6) });
    expect(reviewed.review).toEqual({ by: '客服主任 張', at: at(6) });
    expect(nextHandoverEvents(reviewed)).toEqual([]);
    expect(errorOf(() => applyHandoverEvent(reviewed, { type: 'ask', actor: 'x', at: at(7), text: '?' })).code).toBe(
      'handover/invalid-transition',
    );
  });

  it('refuses an event dated before the last one', () => {
    expect(errorOf(() => applyHandoverEvent(first(), { type: 'accept', actor: '中班 王', at: at(-1) })).code).toBe(
      'service/event-out-of-order',
    );
  });
});
