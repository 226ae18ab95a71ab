import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { cancelMembership } from './cancel.js';
import { issueCardNumber } from './card-number.js';
import { assertVehicleFree } from './duplicate-vehicle.js';
import { startMembership } from './start.js';

let sequence = 0;
function membershipFor(id: string, plate: string, start: string, end: string) {
  const policy = { id: `pol_${id}`, number: `P-${id}`, memberId: 'mbr_1', branchId: 'br_1', plate, start, end };
  return startMembership(
    {
      id: `mem_${id}`,
      memberId: 'mbr_1',
      branchId: 'br_1',
      tier: 'standard',
      policy,
      card: { id: `card_${id}`, number: issueCardNumber('622', ++sequence) },
    },
    start,
  );
}

function refusal(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

const current = membershipFor('a', '粵B12345', '2026-01-01', '2026-12-31');

describe('assertVehicleFree', () => {
  it('lets a car with no membership through', () => {
    expect(() => assertVehicleFree([], '粵B12345', '2026-06-01')).not.toThrow();
    expect(() => assertVehicleFree([current], '粵B54321', '2026-06-01')).not.toThrow();
  });

  it('refuses a car whose membership is active, naming the plate and the membership', () => {
    const error = refusal(() => assertVehicleFree([current], '粵B12345', '2026-06-01'));
    expect(isClubError(error) && error.code).toBe('membership/duplicate-vehicle');
    expect(isClubError(error) && error.details).toEqual({ plate: '粵B12345', membershipId: 'mem_a' });
  });

  it('normalises the plate it is given before comparing', () => {
    const error = refusal(() => assertVehicleFree([current], ' 粵ｂ·１２３４５ ', '2026-06-01'));
    expect(isClubError(error) && error.details).toEqual({ plate: '粵B12345', membershipId: 'mem_a' });
  });

  it('refuses through the last grace day and frees the car the day after', () => {
    expect(refusal(() => assertVehicleFree([current], '粵B12345', '2026-12-31'))).toBeDefined();
    expect(refusal(() => assertVehicleFree([current], '粵B12345', '2027-01-10'))).toBeDefined();
    expect(refusal(() => assertVehicleFree([current], '粵B12345', '2027-01-11'))).toBeUndefined();
  });

  it('refuses a car whose membership has not started yet', () => {
    const error = refusal(() => assertVehicleFree([current], '粵B12345', '2025-11-01'));
    expect(isClubError(error) && error.code).toBe('membership/duplicate-vehicle');
  });

  it('frees the car from the day its membership is cancelled', () => {
    const cancelled = cancelMembership(current, '2026-06-01');
    expect(refusal(() => assertVehicleFree([cancelled], '粵B12345', '2026-06-01'))).toBeUndefined();
    expect(refusal(() => assertVehicleFree([cancelled], '粵B12345', '2026-05-31'))).toBeDefined();
  });

  it('names the membership that holds the car among several', () => {
    const expired = membershipFor('old', '粵B12345', '2024-01-01', '2024-12-31');
    const other = membershipFor('b', '粵B99999', '2026-01-01', '2026-12-31');
    const error = refusal(() => assertVehicleFree([expired, other, current], '粵B12345', '2026-06-01'));
    expect(isClubError(error) && error.details['membershipId']).toBe('mem_a');
  });

  it('refuses a malformed plate, day or membership list', () => {
    for (const call of [
      () => assertVehicleFree([current], '粵B_1', '2026-06-01'),
      () => assertVehicleFree([current], '粵B12345', '06/01/2026'),
      () => assertVehicleFree([{ ...current, plate: '粵b12345' }], '粵B12345', '2026-06-01'),
    ]) {
      const error = refusal(call);
      expect(isClubError(error) && error.code).toBe('invalid-input');
    }
  });
});
