import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { contractorQualified, inspectionGaps, violationFine } from './renovation-rules.js';
import type { ServicePrice } from './service-price.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e.code;
    throw e;
  }
  return undefined;
}

const contractor = (qualificationGrade: number) => ({
  name: '安達裝飾',
  licenceNumber: '91530100MA6K',
  qualificationGrade,
});

describe('contractorQualified', () => {
  it('accepts grade 1 and grade 2, the lowest the permit takes, and refuses grade 3', () => {
    expect(contractorQualified(contractor(1))).toBe(true);
    expect(contractorQualified(contractor(2))).toBe(true);
    expect(contractorQualified(contractor(3))).toBe(false);
  });

  it('refuses a grade that is no grade at all', () => {
    expect(codeOf(() => contractorQualified(contractor(0)))).toBe('invalid-input');
    expect(codeOf(() => contractorQualified(contractor(2.5)))).toBe('invalid-input');
  });
});

describe('inspectionGaps', () => {
  const zone = 'Asia/Shanghai';
  const all = (day: string) =>
    (['customer-service', 'engineering', 'security'] as const).map((department) => ({
      department,
      at: `${day}T02:00:00.000Z`,
    }));

  it('reports nothing for a day each department inspected', () => {
    expect(inspectionGaps(all('2026-11-27'), { workFrom: '2026-11-27', today: '2026-11-27', timeZone: zone })).toEqual(
      [],
    );
  });

  it('reports a day with one department missing as missing that department', () => {
    const visits = all('2026-11-27').filter((v) => v.department !== 'engineering');
    expect(inspectionGaps(visits, { workFrom: '2026-11-27', today: '2026-11-27', timeZone: zone })).toEqual([
      { day: '2026-11-27', missing: ['engineering'] },
    ]);
  });

  it('counts an inspection on the club’s day, not the UTC day', () => {
    // 17:00 UTC on the 26th is 01:00 on the 27th in Shanghai.
    const visits = [
      ...all('2026-11-27').filter((v) => v.department !== 'security'),
      { department: 'security' as const, at: '2026-11-26T17:00:00.000Z' },
    ];
    expect(inspectionGaps(visits, { workFrom: '2026-11-27', today: '2026-11-27', timeZone: zone })).toEqual([]);
  });

  it('walks every day of work, a day with no inspection missing all three', () => {
    const visits = [...all('2026-11-27'), ...all('2026-11-29')];
    expect(inspectionGaps(visits, { workFrom: '2026-11-27', today: '2026-11-29', timeZone: zone })).toEqual([
      { day: '2026-11-28', missing: ['customer-service', 'engineering', 'security'] },
    ]);
  });

  it('stops the day before completion acceptance began', () => {
    expect(
      inspectionGaps(all('2026-11-27'), {
        workFrom: '2026-11-27',
        workUntil: '2026-11-28',
        today: '2026-12-05',
        timeZone: zone,
      }),
    ).toEqual([]);
  });
});

describe('violationFine', () => {
  const line: ServicePrice = {
    id: 'spr_noise',
    name: 'Noisy tools out of hours',
    priceFen: 50_000,
    chargeUnit: 'per violation',
    violation: 'noise',
    active: true,
    updatedAt: '2026-11-01T00:00:00.000Z',
  };

  it('fines the amount the club published for that kind of violation', () => {
    expect(violationFine(line, 'noise')).toBe(50_000);
  });

  it('refuses the fine of another kind, a retired fine, a service’s price and an unknown line', () => {
    expect(codeOf(() => violationFine(line, 'waste'))).toBe('procedure/fine-unpublished');
    expect(codeOf(() => violationFine({ ...line, active: false }, 'noise'))).toBe('procedure/fine-unpublished');
    const service: ServicePrice = { ...line, violation: undefined };
    expect(codeOf(() => violationFine(service, 'noise'))).toBe('procedure/fine-unpublished');
    expect(codeOf(() => violationFine(undefined, 'noise', 'spr_nowhere'))).toBe('procedure/fine-unpublished');
  });
});
