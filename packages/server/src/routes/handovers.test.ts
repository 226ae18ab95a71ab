import type { Page } from '@clubkit/core/api';
import type { Handover } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedKey } from '../services/keys.js';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-30T00:00:00.000Z');
/** The next shift of the garden property's front desk: another person, so another actor. */
let gardenNext: CreatedKey;
let gardenThird: CreatedKey;
let lakeDesk: CreatedKey;
const tick = () => (now = new Date(now.getTime() + 60_000));
const handover = (res: TestResponse) => res.body as Handover;
const stored = async () =>
  (
    await t.server.db
      .selectFrom('handovers')
      .select(['id', 'status', 'desk_key', 'previous_id'])
      .orderBy('id')
      .execute()
  ).map((row) => ({ ...row }));
const event = (key: CreatedKey, id: string, body: Record<string, unknown>) => {
  tick();
  return t.call('POST', `/v1/handovers/${id}/events`, { key: key.secret, body });
};

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
  const desk = (propertyId: string) => t.server.createKey({ kind: 'secret', principal: { role: 'desk', propertyId } });
  gardenNext = await desk('prp_garden');
  gardenThird = await desk('prp_garden');
  lakeDesk = await desk('prp_lake');
});
afterAll(() => t.close());

describe('shift hand-overs', () => {
  let first: Handover;
  let second: Handover;

  it("writes a desk's first hand-over for the writer's own property, and shows it as the desk's latest", async () => {
    expect((await t.call('GET', '/v1/handovers/latest', { key: t.keys.gardenDesk.secret })).status).toBe(404);
    const res = await t.call('POST', '/v1/handovers', {
      key: t.keys.gardenDesk.secret,
      body: { log: '早班：接待 12 位客戶。', items: ['1203 室鑰匙待業主領取', '電梯 2 號異響'] },
    });
    expect(res.status, res.text).toBe(201);
    first = handover(res);
    expect(first).toMatchObject({ status: 'handed-over', propertyId: 'prp_garden', questions: [] });
    expect(first.previousId).toBeUndefined();
    expect(first.handedOverBy).toBe(`key:${t.keys.gardenDesk.id}`);
    expect(first.items.map((i) => i.key)).toEqual([`${first.id}#1`, `${first.id}#2`]);
    expect((await t.call('GET', '/v1/handovers/latest', { key: gardenNext.secret })).body).toEqual(first);
  });

  it('refuses a new hand-over while the latest is not taken over, and stores nothing', async () => {
    const before = await stored();
    tick();
    const res = await t.call('POST', '/v1/handovers', { key: gardenNext.secret, body: { log: '中班。' } });
    expect([res.status, problem(res).code]).toEqual([409, 'handover/previous-pending']);
    expect(await stored()).toEqual(before);
  });

  it('takes over only once the writer answered every question; the writer cannot take over their own', async () => {
    expect((await event(gardenNext, first.id, { type: 'ask', text: '鑰匙放在哪個抽屜？' })).status).toBe(200);
    const early = await event(gardenNext, first.id, { type: 'accept' });
    expect([early.status, problem(early).code]).toEqual([409, 'handover/invalid-transition']);
    const own = await event(t.keys.gardenDesk, first.id, { type: 'accept' });
    expect([own.status, problem(own).code]).toEqual([409, 'handover/invalid-transition']);
    const wrongAnswerer = await event(gardenNext, first.id, { type: 'answer', question: 0, text: '不知道' });
    expect(wrongAnswerer.status).toBe(409);
    const next = await t.call('GET', `/v1/handovers/${first.id}/next-events`, { key: gardenNext.secret });
    expect(next.body).toEqual({ events: ['ask', 'answer', 'refuse'] });

    const answered = await event(t.keys.gardenDesk, first.id, { type: 'answer', question: 0, text: '左邊第二個。' });
    expect(handover(answered).questions[0]?.answer?.text).toBe('左邊第二個。');
    const accepted = await event(gardenNext, first.id, { type: 'accept' });
    expect(accepted.status, accepted.text).toBe(200);
    expect(handover(accepted)).toMatchObject({ status: 'accepted', acceptedBy: `key:${gardenNext.id}` });
    expect((await stored()).map((row) => row.status)).toEqual(['accepted']);
  });

  it('carries every open item into the next hand-over; an unknown done key is refused at its index', async () => {
    tick();
    const bad = await t.call('POST', '/v1/handovers', {
      key: gardenNext.secret,
      body: { log: '中班。', done: [`${first.id}#1`, 'hov_nope#1'] },
    });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual([['done', 1]]);

    const res = await t.call('POST', '/v1/handovers', {
      key: gardenNext.secret,
      body: { log: '中班：處理兩宗投訴。', items: ['3 樓茶水間漏水'], done: [`${first.id}#1`] },
    });
    expect(res.status, res.text).toBe(201);
    second = handover(res);
    expect(second.previousId).toBe(first.id);
    expect(second.items.map((i) => [i.key, i.done === undefined ? 'open' : 'done'])).toEqual([
      [`${first.id}#1`, 'done'],
      [`${first.id}#2`, 'open'],
      [`${second.id}#1`, 'open'],
    ]);
  });

  it('lets one of two shifts handing over at once after the same hand-over through, not both', async () => {
    expect((await event(gardenThird, second.id, { type: 'accept' })).status).toBe(200);
    tick();
    const both = await Promise.all(
      [t.keys.gardenDesk, gardenThird].map((key) =>
        t.call('POST', '/v1/handovers', { key: key.secret, body: { log: '晚班。' } }),
      ),
    );
    expect(both.map((res) => res.status).sort()).toEqual([201, 409]);
    expect(both.map((res) => (res.status === 409 ? problem(res).code : 'ok')).sort()).toEqual([
      'handover/previous-pending',
      'ok',
    ]);
    const successors = (await stored()).filter((row) => row.previous_id === second.id);
    expect(successors).toHaveLength(1);
  });

  it('records a refusal; after the manager reviews it the next hand-over may follow, carrying its items', async () => {
    const latest = handover(await t.call('GET', '/v1/handovers/latest', { key: gardenNext.secret }));
    const writer = latest.handedOverBy === `key:${t.keys.gardenDesk.id}` ? t.keys.gardenDesk : gardenThird;
    const refused = await event(gardenNext, latest.id, { type: 'refuse', reason: '現金未點清' });
    expect(handover(refused)).toMatchObject({ status: 'refused', refusal: { reason: '現金未點清' } });
    tick();
    const blocked = await t.call('POST', '/v1/handovers', { key: gardenNext.secret, body: { log: '夜班。' } });
    expect([blocked.status, problem(blocked).code]).toEqual([409, 'handover/previous-pending']);
    const ownReview = await event(writer, latest.id, { type: 'review' });
    expect(ownReview.status).toBe(409);
    const reviewed = await event(t.keys.admin, latest.id, { type: 'review', note: '已與兩班核對現金。' });
    expect(handover(reviewed)).toMatchObject({ status: 'reviewed', review: { note: '已與兩班核對現金。' } });
    tick();
    const after = await t.call('POST', '/v1/handovers', { key: gardenNext.secret, body: { log: '夜班。' } });
    expect(after.status, after.text).toBe(201);
    expect(
      handover(after)
        .items.filter((i) => i.done === undefined)
        .map((i) => i.key),
    ).toEqual([`${first.id}#2`, `${second.id}#1`]);
  });

  it('replays a retried hand-over with its idempotency key instead of writing it twice', async () => {
    const latest = handover(await t.call('GET', '/v1/handovers/latest', { key: gardenNext.secret }));
    expect((await event(gardenThird, latest.id, { type: 'accept' })).status).toBe(200);
    tick();
    const send = () =>
      t.call('POST', '/v1/handovers', {
        key: gardenThird.secret,
        body: { log: '早班。' },
        headers: { 'Idempotency-Key': 'handover-retry-1' },
      });
    const a = await send();
    const b = await send();
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(handover(b).id).toBe(handover(a).id);
    expect((await stored()).filter((row) => row.previous_id === latest.id)).toHaveLength(1);
  });
});

describe('hand-overs of other desks', () => {
  it("keeps a property's desk to its own hand-overs: it neither writes, lists nor reads another's", async () => {
    tick();
    const lake = handover(await t.call('POST', '/v1/handovers', { key: lakeDesk.secret, body: { log: '湖畔早班。' } }));
    expect(lake.propertyId).toBe('prp_lake');
    const write = await t.call('POST', '/v1/handovers', {
      key: t.keys.gardenDesk.secret,
      body: { log: 'x', propertyId: 'prp_lake' },
    });
    expect([write.status, problem(write).code]).toEqual([403, 'access/forbidden']);
    const list = await t.call('GET', '/v1/handovers?propertyId=prp_lake', { key: t.keys.gardenDesk.secret });
    expect((list.body as Page<Handover>).data).toEqual([]);
    const read = await t.call('GET', `/v1/handovers/${lake.id}`, { key: t.keys.gardenDesk.secret });
    expect([403, 404]).toContain(read.status);
    const act = await t.call('POST', `/v1/handovers/${lake.id}/events`, {
      key: t.keys.gardenDesk.secret,
      body: { type: 'accept' },
    });
    expect([403, 404]).toContain(act.status);
    expect(handover(await t.call('GET', `/v1/handovers/${lake.id}`, { key: lakeDesk.secret })).status).toBe(
      'handed-over',
    );
    // The desk of every property reads the lake's, and lists it by property.
    const all = await t.call('GET', '/v1/handovers?propertyId=prp_lake', { key: t.keys.desk.secret });
    expect((all.body as Page<Handover>).data.map((h) => h.id)).toEqual([lake.id]);
  });

  it("keeps the club's own desk (no property) apart from the properties' desks", async () => {
    tick();
    const own = await t.call('POST', '/v1/handovers', { key: t.keys.desk.secret, body: { log: '總台早班。' } });
    expect(own.status, own.text).toBe(201);
    expect(handover(own).propertyId).toBeUndefined();
    const latest = await t.call('GET', '/v1/handovers/latest', { key: t.keys.admin.secret });
    expect(handover(latest).id).toBe(handover(own).id);
    const garden = await t.call('GET', '/v1/handovers?status=handed-over', { key: t.keys.gardenDesk.secret });
    expect((garden.body as Page<Handover>).data.every((h) => h.propertyId === 'prp_garden')).toBe(true);
  });

  it('refuses other roles and bad input', async () => {
    for (const key of [t.keys.north, t.keys.merchant, t.keys.alliance]) {
      const res = await t.call('POST', '/v1/handovers', { key: key.secret, body: { log: 'x' } });
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    expect((await t.call('GET', '/v1/handovers', {})).status).toBe(401);
    const empty = await t.call('POST', '/v1/handovers', { key: t.keys.desk.secret, body: { log: '' } });
    expect(empty.status).toBe(400);
    expect(issuePaths(empty)).toEqual([['log']]);
    const unknownEvent = await t.call('POST', '/v1/handovers/hov_x/events', {
      key: t.keys.desk.secret,
      body: { type: 'sign' },
    });
    expect(unknownEvent.status).toBe(400);
    expect((await t.call('GET', '/v1/handovers/cmp_1', { key: t.keys.desk.secret })).status).toBe(400);
  });
});

describe('the desk’s latest hand-over', () => {
  it('is the end of the chain, even when hand-overs are written in one instant', async () => {
    const fixed = await startTestServer({ clock: () => new Date('2026-11-30T08:00:00.000Z') });
    try {
      const other = await fixed.server.createKey({
        kind: 'secret',
        principal: { role: 'desk', propertyId: 'prp_garden' },
      });
      const write = (key: string, log: string) =>
        fixed.call('POST', '/v1/handovers', { key, body: { log } }).then((res) => res.body as Handover);
      let previous = await write(fixed.keys.gardenDesk.secret, '第一班。');
      const chain = [previous.id];
      for (const [writer, taker] of [
        [other, fixed.keys.gardenDesk],
        [fixed.keys.gardenDesk, other],
        [other, fixed.keys.gardenDesk],
      ] as const) {
        const taken = await fixed.call('POST', `/v1/handovers/${previous.id}/events`, {
          key: writer.secret,
          body: { type: 'accept' },
        });
        expect(taken.status, taken.text).toBe(200);
        previous = await write(writer.secret, `接班後 ${String(chain.length)}`);
        expect(previous.previousId).toBe(chain.at(-1));
        chain.push(previous.id);
        const latest = await fixed.call('GET', '/v1/handovers/latest', { key: taker.secret });
        expect((latest.body as Handover).id).toBe(previous.id);
      }
    } finally {
      await fixed.close();
    }
  });
});
