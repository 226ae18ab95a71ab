import { addDays, seededRandom, startOfDayInZone } from '@clubkit/core';
import {
  applyComplaintEvent,
  applyPaidServiceEvent,
  applyRepairEvent,
  applyVisitEvent,
  complaintReference,
  createComplaint,
  createPaidService,
  createRepairOrder,
  createVisit,
  type Complaint,
  type PaidService,
  type RepairOrder,
  type Visit,
} from '@clubkit/core/service';
import { complaintStats, deskStats, periodBounds, type ComplaintStats, type DeskStats } from '@clubkit/core/stats';
import { splitByDay } from './desk-stats.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords, updateRecord } from '../store/records.js';
import { issuePaths, startTestServer, type TestServer } from '../test-support.js';

const ZONE = 'Asia/Shanghai';
const FROM = '2026-11-01';
const TO = '2026-11-30';
const START = startOfDayInZone(FROM, ZONE).toISOString(); // 2026-10-31T16:00:00.000Z
const END = startOfDayInZone('2026-12-01', ZONE).toISOString(); // the first instant after the period
const ms = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

let references = 0;
function complaint(id: string, at: string, propertyId?: string): Complaint {
  const c = createComplaint(
    { name: '王', subject: { unit: 'A-1' }, content: 'Noise', phone: '13800138000', category: 'facility' },
    { id, reference: complaintReference('2026-11-01', ++references), now: at, actor: 'stf' },
  );
  return propertyId ? { ...c, unitId: 'unt_a1', propertyId } : c;
}

/** Records around the period's edges, of two properties and none: the reports must agree on all. */
function fixture() {
  const first = complaint('cmp_first', START, 'prp_garden'); // the period's first instant: in
  const before = complaint('cmp_before', ms(START, -1), 'prp_garden'); // a minute before: out
  const last = complaint('cmp_last', ms(END, -1), 'prp_lake'); // the last minute: in
  const after = complaint('cmp_after', END, 'prp_garden'); // the day after: out
  const overdue = complaint('cmp_overdue', '2026-11-10T00:00:00.000Z', 'prp_garden'); // never assigned
  let handled = applyComplaintEvent(complaint('cmp_handled', '2026-11-05T00:00:00.000Z'), {
    type: 'assign',
    actor: 'stf',
    at: '2026-11-05T01:00:00.000Z',
    department: 'engineering',
    dueAt: '2026-11-06T00:00:00.000Z',
  });
  handled = applyComplaintEvent(handled, {
    type: 'resolve',
    actor: 'stf',
    at: '2026-11-07T00:00:00.000Z',
    resolution: 'Fixed late',
    signedBy: 'head',
  });
  handled = applyComplaintEvent(handled, {
    type: 'followUp',
    actor: 'stf',
    at: '2026-11-07T02:00:00.000Z',
    satisfied: false,
  });
  let onTime = applyComplaintEvent(complaint('cmp_on_time', '2026-11-12T00:00:00.000Z', 'prp_garden'), {
    type: 'assign',
    actor: 'stf',
    at: '2026-11-12T01:00:00.000Z',
    department: 'security',
    dueAt: '2026-11-14T00:00:00.000Z',
  });
  onTime = applyComplaintEvent(onTime, {
    type: 'resolve',
    actor: 'stf',
    at: '2026-11-13T00:00:00.000Z',
    resolution: 'Done',
    signedBy: 'h',
  });
  onTime = applyComplaintEvent(onTime, {
    type: 'followUp',
    actor: 'stf',
    at: '2026-11-13T05:00:00.000Z',
    satisfied: true,
  });
  onTime = applyComplaintEvent(onTime, {
    type: 'flagMalicious',
    actor: 'stf',
    at: '2026-11-13T06:00:00.000Z',
    reason: 'Repeated',
  });
  const complaints = [first, before, last, after, overdue, handled, onTime];

  const repairOf = (id: string, at: string, propertyId: string, completeAt?: string): RepairOrder => {
    let r: RepairOrder = {
      ...createRepairOrder(
        {
          customer: 'A',
          phone: '13800138000',
          unit: 'A-1',
          content: 'Tap',
          appointmentAt: '2026-11-10T02:00:00.000Z',
          publicItem: true,
        },
        { id, now: at, actor: 'stf' },
      ),
      propertyId,
    };
    if (completeAt) {
      r = applyRepairEvent(r, {
        type: 'dispatch',
        actor: 's',
        at: completeAt,
        receivedBy: 'e',
        receivedAt: completeAt,
      });
      r = applyRepairEvent(r, { type: 'complete', actor: 's', at: completeAt, work: 'Washer' });
    }
    return r;
  };
  const repairs = [
    repairOf('rep_on_time', '2026-11-09T00:00:00.000Z', 'prp_garden', '2026-11-10T05:00:00.000Z'),
    repairOf('rep_late', '2026-11-09T00:00:00.000Z', 'prp_lake', '2026-11-12T05:00:00.000Z'),
    repairOf('rep_open', ms(START, -1), 'prp_garden'),
  ];

  let charged: PaidService = {
    ...createPaidService(
      {
        customer: 'B',
        phone: '13800138000',
        unit: 'A-1',
        content: 'Hood',
        quote: { priceFen: 12_000, scheduledAt: '2026-11-06T00:00:00.000Z' },
      },
      { id: 'psv_charged', now: '2026-11-05T00:00:00.000Z', actor: 'stf' },
    ),
    propertyId: 'prp_garden',
  };
  for (const [type, extra] of [
    ['sign', { signedBy: 'B' }],
    ['perform', {}],
    ['reject', { reason: 'Streaks' }],
    ['perform', {}],
    ['accept', { signedBy: 'B' }],
    ['charge', {}],
  ] as const) {
    charged = applyPaidServiceEvent(charged, { type, actor: 's', at: '2026-11-06T00:00:00.000Z', ...extra } as never);
  }
  const quoted = createPaidService(
    {
      customer: 'C',
      phone: '13800138000',
      unit: 'A-2',
      content: 'Move',
      quote: { priceFen: 5_000, scheduledAt: '2026-11-20T00:00:00.000Z' },
    },
    { id: 'psv_quoted', now: '2026-11-19T00:00:00.000Z', actor: 'stf' },
  );
  const paidServices = [charged, quoted];

  const visitOf = (id: string, appointmentAt: string, propertyId: string, satisfied?: boolean): Visit => {
    const v: Visit = {
      ...createVisit(
        { customer: 'B', purpose: 'After', appointmentAt, subject: { kind: 'paid-service', id: 'psv_charged' } },
        { id, now: '2026-11-01T00:00:00.000Z', actor: 'stf' },
      ),
      propertyId,
    };
    return satisfied === undefined
      ? v
      : applyVisitEvent(v, { type: 'record', actor: 's', at: ms(appointmentAt, 60), opinions: 'ok', satisfied });
  };
  const visits = [
    visitOf('vst_done', '2026-11-08T00:00:00.000Z', 'prp_garden', true),
    visitOf('vst_unhappy', '2026-11-09T00:00:00.000Z', 'prp_lake', false),
    visitOf('vst_due', '2026-11-15T00:00:00.000Z', 'prp_garden'),
    visitOf('vst_later', '2026-11-25T00:00:00.000Z', 'prp_garden'),
  ];
  return { complaints, repairs, paidServices, visits };
}

let t: TestServer;
const records = fixture();
const asOfInstant = startOfDayInZone('2026-11-21', ZONE).toISOString(); // the end of asOf = 2026-11-20
const bounds = periodBounds({ from: FROM, to: TO, timeZone: ZONE });
const own = <T extends { propertyId?: string }>(list: readonly T[]) =>
  list.filter((r) => r.propertyId === 'prp_garden');

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-12-15T00:00:00.000Z'), timeZone: ZONE });
  await insertRecords(t.server.db, 'complaint', records.complaints);
  await insertRecords(t.server.db, 'repair', records.repairs);
  await insertRecords(t.server.db, 'paidService', records.paidServices);
  await insertRecords(t.server.db, 'visit', records.visits);
});
afterAll(() => t.close());

const query = `from=${FROM}&to=${TO}&asOf=2026-11-20`;

describe('the desk statistics in the database', () => {
  it('equal core’s in-memory desk report for the same records, period and instant', async () => {
    const res = await t.call('GET', `/v1/stats/desk?${query}`, { key: t.keys.desk.secret });
    expect(res.status, res.text).toBe(200);
    const body = res.body as DeskStats;
    expect(body.asOf).toBe(asOfInstant);
    expect(body).toEqual(deskStats(records, asOfInstant, bounds));
    // What the fixture is for: the edges and an overdue complaint are really counted.
    expect(body.complaints).toMatchObject({ total: 5, overdue: 2, resolved: 2, resolvedOnTime: 1 });
    expect(body.visits).toMatchObject({ total: 4, overdue: 1 });
  });

  it('equal core’s complaint report, period boundaries and overdue complaint included', async () => {
    const res = await t.call('GET', `/v1/stats/complaints?${query}`, { key: t.keys.admin.secret });
    const body = res.body as ComplaintStats;
    expect(body).toEqual(complaintStats(records.complaints, asOfInstant, bounds));
    expect(body).toMatchObject({ total: 5, overdue: 2, malicious: 1, followUps: 2, satisfiedFollowUps: 1 });
    expect(body.medianHoursToResolve).toBe(
      complaintStats(records.complaints, asOfInstant, bounds).medianHoursToResolve,
    );
  });

  it('count only its own property’s records for a property’s desk', async () => {
    const desk = (await t.call('GET', `/v1/stats/desk?${query}&propertyId=prp_lake`, { key: t.keys.gardenDesk.secret }))
      .body as DeskStats;
    const scoped = {
      complaints: own(records.complaints),
      repairs: own(records.repairs),
      paidServices: own(records.paidServices),
      visits: own(records.visits),
    };
    expect(desk).toEqual(deskStats(scoped, asOfInstant, bounds));
    const complaints = (await t.call('GET', `/v1/stats/complaints?${query}`, { key: t.keys.gardenDesk.secret }))
      .body as ComplaintStats;
    expect(complaints).toEqual(complaintStats(scoped.complaints, asOfInstant, bounds));
    expect(complaints.total).toBeLessThan(5);
  });

  it('judge at now without a period, as before', async () => {
    const res = await t.call('GET', '/v1/stats/complaints', { key: t.keys.desk.secret });
    expect(res.body).toEqual(complaintStats(records.complaints, '2026-12-15T00:00:00.000Z'));
  });

  it('refuse a period that ends before it starts, and roles outside the desk', async () => {
    const bad = await t.call('GET', '/v1/stats/desk?from=2026-11-30&to=2026-11-01', { key: t.keys.desk.secret });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual([['query', 'to']]);
    expect((await t.call('GET', '/v1/stats/desk', { key: t.keys.north.secret })).status).toBe(403);
  });
});

describe('the complaint reports summed by UTC day', () => {
  it('split a period into whole UTC days and the partial days at its edges', () => {
    const shanghai = periodBounds({ from: '2026-11-01', to: '2026-11-30', timeZone: ZONE });
    expect(splitByDay(shanghai)).toEqual({
      days: { from: '2026-11-01', to: '2026-11-30' },
      edges: [
        { start: '2026-10-31T16:00:00.000Z', end: '2026-11-01T00:00:00.000Z' },
        { start: '2026-11-30T00:00:00.000Z', end: '2026-11-30T16:00:00.000Z' },
      ],
    });
    const utc = periodBounds({ from: '2026-11-01', to: '2026-11-30', timeZone: 'UTC' });
    expect(splitByDay(utc)).toEqual({ days: { from: '2026-11-01', to: '2026-12-01' }, edges: [] });
    // One club day in Shanghai holds no whole UTC day: it is all edge.
    const oneDay = periodBounds({ from: '2026-11-05', to: '2026-11-05', timeZone: ZONE });
    expect(splitByDay(oneDay)).toEqual({ days: undefined, edges: [oneDay] });
    expect(splitByDay({ end: '2026-11-05T16:00:00.000Z' })).toEqual({
      days: { from: undefined, to: '2026-11-05' },
      edges: [{ start: '2026-11-05T00:00:00.000Z', end: '2026-11-05T16:00:00.000Z' }],
    });
    expect(splitByDay({})).toEqual({ days: { from: undefined, to: undefined }, edges: [] });
  });

  it('equal core’s reports for every period of a week of complaints moved through their states', async () => {
    const server = await startTestServer({ clock: () => new Date('2026-12-15T00:00:00.000Z'), timeZone: ZONE });
    try {
      const rng = seededRandom(20261203);
      const categories = ['facility', 'service-quality', 'billing', 'repair'] as const;
      const filed: Complaint[] = Array.from({ length: 60 }, (_, i) => {
        const at = new Date(Date.parse('2026-10-31T12:00:00.000Z') + rng.int(0, 7 * 24 * 60) * 60_000).toISOString();
        const c = createComplaint(
          {
            name: '王',
            subject: { unit: 'A-1' },
            content: 'Noise',
            phone: '13800138000',
            category: rng.pick(categories),
          },
          {
            id: `cmp_week_${String(i).padStart(2, '0')}`,
            reference: complaintReference('2026-11-01', 100 + i),
            now: at,
            actor: 'stf',
          },
        );
        return i % 3 === 0 ? { ...c, unitId: 'unt_a1', propertyId: 'prp_garden' } : c;
      });
      // Filed as new, then each written again at every step it takes, as the routes write them.
      await insertRecords(server.server.db, 'complaint', filed);
      const final: Complaint[] = [];
      for (const first of filed) {
        let c = first;
        const stage = rng.int(0, 4);
        let at = Date.parse(c.receivedAt);
        const next = () => new Date((at += rng.int(1, 40) * 3_600_000)).toISOString();
        if (stage >= 1) {
          const assignedAt = next();
          c = applyComplaintEvent(c, {
            type: 'assign',
            actor: 'stf',
            at: assignedAt,
            department: rng.pick(['engineering', 'security', 'customer-service'] as const),
            dueAt: new Date(Date.parse(assignedAt) + rng.int(2, 48) * 3_600_000).toISOString(),
          });
          await updateRecord(server.server.db, 'complaint', c);
        }
        if (stage >= 2) {
          c = applyComplaintEvent(c, {
            type: 'resolve',
            actor: 'stf',
            at: next(),
            resolution: 'Done',
            signedBy: 'head',
          });
          await updateRecord(server.server.db, 'complaint', c);
        }
        if (stage >= 3) {
          c = applyComplaintEvent(c, { type: 'followUp', actor: 'stf', at: next(), satisfied: rng.chance(0.6) });
          await updateRecord(server.server.db, 'complaint', c);
        }
        final.push(c);
      }
      const days = Array.from({ length: 8 }, (_, i) => addDays('2026-10-31', i));
      let compared = 0;
      for (const from of days)
        for (const to of days.filter((d) => d >= from)) {
          const asOf = addDays(to, -1) < from ? to : addDays(to, -1);
          const res = await server.call('GET', `/v1/stats/complaints?from=${from}&to=${to}&asOf=${asOf}`, {
            key: server.keys.admin.secret,
          });
          expect(res.status, res.text).toBe(200);
          const judgedAt = startOfDayInZone(addDays(asOf, 1), ZONE).toISOString();
          const expected = complaintStats(final, judgedAt, periodBounds({ from, to, timeZone: ZONE }));
          expect(res.body, `${from}..${to}`).toEqual(expected);
          const desk = await server.call('GET', `/v1/stats/desk?from=${from}&to=${to}&asOf=${asOf}`, {
            key: server.keys.desk.secret,
          });
          expect((desk.body as DeskStats).complaints, `${from}..${to}`).toEqual(
            deskStats(
              { complaints: final, repairs: [], paidServices: [], visits: [] },
              judgedAt,
              periodBounds({ from, to, timeZone: ZONE }),
            ).complaints,
          );
          compared += 1;
        }
      expect(compared).toBe(36);
      // What the data is for: every state, and an open complaint overdue, are counted somewhere.
      const all = complaintStats(final, '2026-11-10T00:00:00.000Z');
      expect(all.overdue).toBeGreaterThan(0);
      expect(all.resolved).toBeGreaterThan(0);
      expect(all.followUps).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});
