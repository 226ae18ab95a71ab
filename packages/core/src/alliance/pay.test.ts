import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuan } from '../shared/money.js';
import { networkCompletion, salespersonPay, type County } from './pay.js';
import { reportPenalties } from './penalties.js';
import { errorOf } from '../shared/fixtures.js';

function counties(withMember: number, without: number, inDevelopment = 0): County[] {
  return [
    ...Array.from({ length: withMember }, (_, i) => ({ id: `member-${i}`, hasMember: true, inDevelopment: false })),
    ...Array.from({ length: without }, (_, i) => ({ id: `blank-${i}`, hasMember: false, inDevelopment: false })),
    ...Array.from({ length: inDevelopment }, (_, i) => ({ id: `new-${i}`, hasMember: false, inDevelopment: true })),
  ];
}

const countyList = fc
  .array(fc.record({ hasMember: fc.boolean(), inDevelopment: fc.boolean() }), { minLength: 1, maxLength: 40 })
  .map((cs) => cs.map((c, i) => ({ ...c, id: `c${i}` })));

describe('networkCompletion', () => {
  it('leaves a blank county in development out of both counts', () => {
    expect(networkCompletion(counties(16, 4, 1))).toEqual({ covered: 16, counted: 20, completion: 0.8 });
  });

  it('counts a county in development once it has a member', () => {
    expect(networkCompletion([...counties(1, 1), { id: 'new', hasMember: true, inDevelopment: true }])).toEqual({
      covered: 2,
      counted: 3,
      completion: 2 / 3,
    });
  });

  it('is complete when every county is a blank one in development', () => {
    expect(networkCompletion(counties(0, 0, 3))).toEqual({ covered: 0, counted: 0, completion: 1 });
  });

  it('refuses an empty territory and a county listed twice', () => {
    expect(errorOf(() => networkCompletion([])).issues[0]).toMatchObject({ path: [], code: 'too_small' });
    const twice = errorOf(() => networkCompletion([...counties(1, 0), ...counties(1, 0)]));
    expect(twice.issues).toEqual([{ path: [1, 'id'], code: 'duplicate', message: 'County member-0 is listed twice' }]);
  });
});

describe('salespersonPay', () => {
  it('pays 2,380 CNY on a 2,000 CNY base with 16 of 20 counties covered', () => {
    expect(salespersonPay({ baseFen: yuan(2000), counties: counties(16, 4) })).toEqual({
      completion: 0.8,
      fixedFen: yuan(1400),
      networkFen: yuan(480),
      visitFundFen: yuan(500),
      deductionsFen: 0,
      unrecoveredFen: 0,
      totalFen: yuan(2380),
    });
  });

  it('leaves a blank county in development out of the pay', () => {
    const withNew = salespersonPay({ baseFen: yuan(2000), counties: counties(16, 4, 2) });
    expect(withNew.networkFen).toBe(yuan(480));
    expect(withNew.totalFen).toBe(yuan(2380));
  });

  it('pays the full network share while every county is in development', () => {
    expect(salespersonPay({ baseFen: yuan(2000), counties: counties(0, 0, 5), visitFundFen: 0 }).totalFen).toBe(
      yuan(2000),
    );
  });

  it('takes report penalties out of the visit fund', () => {
    const pay = salespersonPay({ baseFen: yuan(2000), counties: counties(20, 0), lateReports: 2, missingReports: 1 });
    expect(pay).toMatchObject({ deductionsFen: yuan(300), unrecoveredFen: 0, totalFen: yuan(2000 + 500 - 300) });
  });

  it('never takes the visit fund below zero: the rest is unrecovered', () => {
    const pay = salespersonPay({ baseFen: yuan(2000), counties: counties(20, 0), lateReports: 1, missingReports: 3 });
    expect(pay).toMatchObject({
      visitFundFen: yuan(500),
      deductionsFen: yuan(500),
      unrecoveredFen: yuan(150),
      totalFen: yuan(2000),
    });
  });

  it('recovers nothing once the visit fund has ended', () => {
    const pay = salespersonPay({ baseFen: yuan(2000), counties: counties(20, 0), visitFundFen: 0, missingReports: 1 });
    expect(pay).toMatchObject({ deductionsFen: 0, unrecoveredFen: yuan(200), totalFen: yuan(2000) });
  });

  it('rounds each line half-up to the fen', () => {
    const pay = salespersonPay({ baseFen: 105, counties: counties(1, 2), visitFundFen: 0 });
    expect(pay.fixedFen).toBe(74); // 73.5
    expect(pay.networkFen).toBe(11); // 10.5
  });

  it('never pays less than 70 % of base', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e10 }),
        countyList,
        fc.nat(20),
        fc.nat(20),
        fc.nat(100_000),
        (baseFen, cs, late, missing, fund) => {
          const pay = salespersonPay({
            baseFen,
            counties: cs,
            lateReports: late,
            missingReports: missing,
            visitFundFen: fund,
          });
          return pay.totalFen >= pay.fixedFen && pay.fixedFen * 10 >= baseFen * 7 - 5;
        },
      ),
    );
  });

  it('pays more, never less, as more counties get a member', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), countyList, fc.nat(39), (baseFen, cs, pick) => {
        const i = pick % cs.length;
        const before = salespersonPay({ baseFen, counties: cs });
        const after = salespersonPay({
          baseFen,
          counties: cs.map((c, j) => (j === i ? { ...c, hasMember: true } : c)),
        });
        return after.completion >= before.completion && after.totalFen >= before.totalFen;
      }),
    );
  });

  it('accounts for every penalty fen as deducted or unrecovered', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(200_000), (late, missing, fund) => {
        const pay = salespersonPay({
          baseFen: yuan(2000),
          counties: counties(3, 1),
          lateReports: late,
          missingReports: missing,
          visitFundFen: fund,
        });
        const owed = reportPenalties({ lateReports: late, missingReports: missing }).totalFen;
        return pay.deductionsFen + pay.unrecoveredFen === owed && pay.deductionsFen <= fund;
      }),
    );
  });

  it('totals its lines', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), countyList, fc.nat(20), (baseFen, cs, missing) => {
        const p = salespersonPay({ baseFen, counties: cs, missingReports: missing });
        return p.totalFen === p.fixedFen + p.networkFen + p.visitFundFen - p.deductionsFen;
      }),
    );
  });

  it('does not change the counties it is given', () => {
    const cs = counties(2, 2, 1);
    const copy = JSON.parse(JSON.stringify(cs)) as typeof cs;
    salespersonPay({ baseFen: yuan(2000), counties: cs });
    expect(cs).toEqual(copy);
  });

  it('refuses bad input with paths', () => {
    const e = errorOf(() =>
      salespersonPay({
        baseFen: 100.5,
        counties: [{ id: '', hasMember: 'yes' as unknown as boolean, inDevelopment: false }],
        lateReports: -1,
      }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'baseFen',
      'counties.0.id',
      'counties.0.hasMember',
      'lateReports',
    ]);
  });
});
