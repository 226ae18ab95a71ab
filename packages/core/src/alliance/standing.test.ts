import { describe, expect, it } from 'vitest';
import { ClubError } from '../shared/errors.js';
import { admitDealer, newCounty, reviewDealer, type Dealer } from './network.js';
import { dealerStanding } from './standing.js';

const now = '2026-11-27T04:00:00.000Z';
const county = newCounty(
  { centreId: 'ctr_banna', name: '勐海', population: 340_000, monthlyPerThousand: 2 },
  { id: 'cty_menghai', now },
);
const member: Dealer = admitDealer(
  {
    countyId: county.id,
    name: '勐海副食',
    appliedOn: '2026-01-05',
    qualification: {
      dealerSales: 700,
      marketSales: 1000,
      selectedDealersSales: 8000,
      primaryDealerSales: 10000,
      agreementSigned: true,
    },
  },
  { id: 'dlr_menghai', county, today: '2026-01-06', now },
);
const month = (m: string, sales: number, marketSales = 100) => ({ month: m, sales, marketSales });

describe('dealerStanding', () => {
  it('meets the charter at exactly 70 % of the market, with its share', () => {
    expect(dealerStanding(member, [month('2026-11', 70)], '2026-11')).toMatchObject({
      dealerId: 'dlr_menghai',
      countyId: 'cty_menghai',
      level: 'met',
      share: 0.7,
      sales: 70,
      marketSales: 100,
      shortfallStreak: 0,
    });
  });

  it('is short one month under 70 %, warned the second in a row, revocable the third', () => {
    const months = [month('2026-09', 69), month('2026-10', 50), month('2026-11', 10)];
    expect(
      ['2026-09', '2026-10', '2026-11'].map((m) => {
        const s = dealerStanding(member, months, m);
        return [s.level, s.shortfallStreak];
      }),
    ).toEqual([
      ['short', 1],
      ['warned', 2],
      ['revocable', 3],
    ]);
  });

  it('restarts the run after a month that met the rule or had no figures', () => {
    const met = [month('2026-08', 60), month('2026-09', 90), month('2026-10', 60)];
    expect(dealerStanding(member, met, '2026-10')).toMatchObject({ level: 'short', shortfallStreak: 1 });
    const gap = [month('2026-07', 60), month('2026-08', 60), month('2026-10', 60)];
    expect(dealerStanding(member, gap, '2026-10')).toMatchObject({ level: 'short', shortfallStreak: 1 });
  });

  it('is unreported in a month with no figures, whatever came before, and ignores later months', () => {
    const months = [month('2026-09', 10), month('2026-10', 10), month('2026-12', 10)];
    expect(dealerStanding(member, months, '2026-11')).toMatchObject({
      level: 'unreported',
      sales: null,
      share: null,
      shortfallStreak: 0,
    });
  });

  it('stands revoked once its review revoked it, with the grounds', () => {
    const months = [month('2026-09', 10), month('2026-10', 10), month('2026-11', 10)];
    const { dealer } = reviewDealer(member, months, '2026-12-01');
    expect(dealer.status).toBe('revoked');
    expect(dealerStanding(dealer, months, '2026-11')).toMatchObject({
      level: 'revoked',
      revocation: { on: '2026-12-01', reasons: ['sales-shortfall'] },
    });
  });

  it('has no share for a market of 0, where no shortfall is possible', () => {
    expect(dealerStanding(member, [month('2026-11', 0, 0)], '2026-11')).toMatchObject({ level: 'met', share: null });
  });

  it('refuses a malformed month or figures', () => {
    expect(() => dealerStanding(member, [], '2026-13')).toThrow(ClubError);
    expect(() => dealerStanding(member, [month('2026-11', -1)], '2026-11')).toThrow(ClubError);
  });
});
