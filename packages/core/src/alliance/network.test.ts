import { describe, expect, it } from 'vitest';
import {
  admitDealer,
  inDevelopmentOn,
  newCounty,
  recordViolation,
  reviewDealer,
  territoryOn,
  wasMemberOn,
  type Dealer,
} from './network.js';

const now = '2026-11-27T04:00:00.000Z';
const county = newCounty(
  {
    centreId: 'ctr_baoding',
    name: '清苑',
    population: 450_000,
    monthlyPerThousand: 12.5,
    developmentStartedOn: '2026-05-31',
  },
  { id: 'cty_qingyuan', now },
);
const qualifying = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10000,
  agreementSigned: true,
};

function member(): Dealer {
  return admitDealer(
    { countyId: county.id, name: '清苑副食', appliedOn: '2026-01-05', qualification: qualifying },
    { id: 'dlr_a', county: { ...county, salespersonId: 'slp_li' }, today: '2026-01-06', now },
  );
}

describe('newCounty', () => {
  it('sizes the market with the thousand-person analysis and ends development three months on', () => {
    expect(county).toMatchObject({
      salespersonId: null,
      marketVolume: 5625,
      monthlyMarketSales: 5625,
      developmentStartedOn: '2026-05-31',
      developmentUntil: '2026-08-31',
    });
  });

  it('has no development period when none started', () => {
    const plain = newCounty(
      { centreId: 'ctr_baoding', name: '滿城', population: 1500, monthlyPerThousand: 1 },
      { id: 'cty_m', now },
    );
    expect([plain.developmentUntil, plain.monthlyMarketSales, inDevelopmentOn(plain, '2026-01-01')]).toEqual([
      null,
      2,
      false,
    ]);
  });

  it('counts a county in development from its start to the day before the period ends', () => {
    expect(inDevelopmentOn(county, '2026-05-30')).toBe(false);
    expect(inDevelopmentOn(county, '2026-08-30')).toBe(true);
    expect(inDevelopmentOn(county, '2026-08-31')).toBe(false);
  });
});

describe('admitDealer', () => {
  it('makes a dealer that qualifies exactly at 70 % and 80 % a member from its application day', () => {
    expect(member()).toMatchObject({
      centreId: 'ctr_baoding',
      countyId: 'cty_qingyuan',
      salespersonId: 'slp_li',
      status: 'member',
      admittedOn: '2026-01-05',
      qualification: { qualified: true, failures: [] },
    });
  });

  it('keeps a dealer that fails as not qualified, with every failure', () => {
    const dealer = admitDealer(
      { countyId: county.id, name: '小店', qualification: { ...qualifying, dealerSales: 699, agreementSigned: false } },
      { id: 'dlr_b', county, today: '2026-02-01', now },
    );
    expect(dealer).toMatchObject({
      status: 'not-qualified',
      admittedOn: null,
      appliedOn: '2026-02-01',
      qualification: { qualified: false, failures: ['market-share', 'agreement'] },
    });
  });
});

describe('reviewDealer', () => {
  const short = [
    { month: '2026-03', sales: 50, marketSales: 100 },
    { month: '2026-01', sales: 60, marketSales: 100 },
    { month: '2026-02', sales: 69, marketSales: 100 },
  ];

  it('revokes a member after three months in a row under 70 %, today, with the reason', () => {
    const { dealer, review } = reviewDealer(member(), short, '2026-04-02');
    expect(review).toEqual({
      revoke: true,
      reasons: ['sales-shortfall'],
      shortfallStreak: 3,
      currentShortfallStreak: 3,
    });
    expect(dealer).toMatchObject({ status: 'revoked', revocation: { on: '2026-04-02', reasons: ['sales-shortfall'] } });
    expect([wasMemberOn(dealer, '2026-04-01'), wasMemberOn(dealer, '2026-04-02')]).toEqual([true, false]);
  });

  it('keeps a member with two months short and revokes one with a recorded breach', () => {
    expect(reviewDealer(member(), short.slice(1), '2026-04-02').dealer.status).toBe('member');
    const breached = recordViolation(member(), { kind: 'underpricing', on: '2026-02-10' });
    expect(reviewDealer(breached, [], '2026-04-02').dealer.revocation).toEqual({
      on: '2026-04-02',
      reasons: ['underpricing'],
    });
  });

  it('reports on a dealer that is not a member without changing it', () => {
    const outsider = { ...member(), status: 'not-qualified' as const, admittedOn: null };
    const { dealer, review } = reviewDealer(outsider, short, '2026-04-02');
    expect([dealer, review.revoke]).toEqual([outsider, true]);
  });
});

describe('territoryOn', () => {
  it('counts a county covered while one of its dealers was a member on the day', () => {
    const dealer = member();
    expect(territoryOn([county], [dealer], '2026-01-04')).toEqual([
      { id: 'cty_qingyuan', hasMember: false, inDevelopment: false },
    ]);
    expect(territoryOn([county], [dealer], '2026-06-30')).toEqual([
      { id: 'cty_qingyuan', hasMember: true, inDevelopment: true },
    ]);
  });
});
