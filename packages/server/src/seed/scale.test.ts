import { bestOfferOn, Merchant } from '@clubkit/core/merchants';
import { revenueStats, RevenueStats } from '@clubkit/core/stats';
import { Redemption, VipMembership, VipOrder } from '@clubkit/core/vip';
import * as z from 'zod/mini';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { ok, startTestServer, type TestServer } from '../test-support.js';
import { scaleClubBatches, type ScaleBatch, type ScaleClubOptions } from './scale.js';

const options: ScaleClubOptions = {
  members: 3_000,
  merchants: 300,
  complaints: 50,
  vipOrders: 400,
  redemptions: 400,
  today: '2026-11-30',
};

/** The scale club's rows of one table, all batches together. */
function rowsOf(batches: readonly ScaleBatch[], table: ScaleBatch['table']): Record<string, unknown>[] {
  return batches.filter((b) => b.table === table).flatMap((b) => b.rows);
}
const docsOf = <T>(schema: z.ZodMiniType<T>, rows: Record<string, unknown>[]): T[] =>
  rows.map((r) => z.parse(schema, JSON.parse(String(r['doc']))));

let t: TestServer;
let batches: ScaleBatch[];
beforeAll(async () => {
  batches = [...scaleClubBatches(options)];
  t = await startTestServer();
  // Loaded as the bench loads them: the rows as the tables store them, a few hundred at a time.
  for (const { table, rows } of batches)
    for (let i = 0; i < rows.length; i += 200)
      await t.server.db
        .insertInto(table)
        .values(rows.slice(i, i + 200))
        .execute();
});
afterAll(() => t.close());

describe('the scale club’s VIP card loop', () => {
  it('holds the VIP orders asked for, renewals and refunds among them, each a valid order of a distinct buyer', () => {
    const orders = docsOf(VipOrder, rowsOf(batches, 'vip_orders'));
    expect(orders).toHaveLength(400);
    const renewals = orders.filter((o) => o.kind === 'renewal');
    const cancelled = orders.filter((o) => o.status === 'cancelled');
    expect(renewals.length).toBeGreaterThan(40);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const o of cancelled) expect(o.refundFen).toBeGreaterThanOrEqual(0);
    // A renewal continues its buyer's year: it starts the day after the earlier order's year ends.
    const firstOrders = new Map(orders.filter((o) => o.kind === 'new').map((o) => [o.memberId, o]));
    for (const r of renewals) {
      const before = firstOrders.get(r.memberId)?.term?.activeUntil;
      const from = r.term?.validFrom;
      assert(before !== undefined && from !== undefined, 'a renewal follows a paid first order');
      expect(from > before).toBe(true);
    }
    const memberships = docsOf(VipMembership, rowsOf(batches, 'vip_memberships'));
    expect(new Set(memberships.map((m) => m.memberId)).size).toBe(memberships.length);
    expect(memberships.length).toBe(orders.length - renewals.length);
  });

  it('records each redemption at a merchant’s best offer for its bill on its day, while the card was active', () => {
    const redemptions = docsOf(Redemption, rowsOf(batches, 'redemptions'));
    expect(redemptions.length).toBeGreaterThan(300);
    expect(redemptions.length).toBeLessThanOrEqual(400);
    const merchants = new Map(docsOf(Merchant, rowsOf(batches, 'merchants')).map((m) => [m.id, m]));
    const memberships = new Map(docsOf(VipMembership, rowsOf(batches, 'vip_memberships')).map((m) => [m.id, m]));
    for (const r of redemptions) {
      const best = bestOfferOn(merchants.get(r.merchantId)?.offers ?? [], r.billFen, 'vip', r.redeemedOn);
      expect(best?.offer.id).toBe(r.offerId);
      expect(r.savingFen).toBe(best?.savingFen);
      expect(r.payFen).toBe(r.billFen - r.savingFen);
      const vip = memberships.get(r.vipMembershipId);
      expect(vip?.memberId).toBe(r.memberId);
      expect(r.redeemedOn >= (vip?.validFrom ?? '')).toBe(true);
      expect(r.redeemedOn < (options.today ?? '')).toBe(true);
    }
  });

  it('is the same club from the same seed', () => {
    const again = [...scaleClubBatches(options)];
    for (const table of ['vip_orders', 'vip_memberships', 'redemptions'] as const)
      expect(rowsOf(again, table)).toEqual(rowsOf(batches, table));
  });

  it('gives the revenue report orders, renewals and refunds once loaded', async () => {
    const res = await t.call('GET', '/v1/stats/revenue?from=2025-12-01&to=2026-11-30', { key: t.keys.admin.secret });
    const report = z.parse(RevenueStats, ok(res));
    const orders = docsOf(VipOrder, rowsOf(batches, 'vip_orders'));
    const paidInYear = orders.filter((o) => o.paidAt !== undefined && o.paidAt >= '2025-11-30T16:00:00.000Z');
    expect(report.totals.ordersPaid).toBe(paidInYear.length);
    expect(report.totals.renewals).toBeGreaterThan(0);
    expect(report.totals.recognizedFen).toBeGreaterThan(0);
    // The database counts orders alike into groups; the report is the one core makes of each order alone.
    const paid = orders.flatMap((o) =>
      o.paidAt !== undefined && o.term !== undefined ? [{ ...o, paidAt: o.paidAt, term: o.term }] : [],
    );
    const alone = revenueStats(paid, {
      from: '2025-12-01',
      to: '2026-11-30',
      timeZone: 'Asia/Shanghai',
      planFrom: report.planFrom,
    });
    expect(report.days).toEqual(alone.days);
    expect(report.totals).toEqual(alone.totals);
  });
});
