import { describe, expect, it } from 'vitest';
import { holdsPlaqueOn, withdrawPlaque } from './plaque.js';

const member = { id: 'dlr_1', plaque: { issuedOn: '2026-03-01', withdrawnOn: null } };

describe('withdrawPlaque', () => {
  it('takes the plaque back on the day counterfeits were found', () => {
    const after = withdrawPlaque(member, '2026-11-20');
    expect(after).toEqual({ id: 'dlr_1', plaque: { issuedOn: '2026-03-01', withdrawnOn: '2026-11-20' } });
    expect(holdsPlaqueOn(after, '2026-11-19')).toBe(true);
    expect(holdsPlaqueOn(after, '2026-11-20')).toBe(false);
  });

  it('keeps the first day when a second finding comes', () => {
    const once = withdrawPlaque(member, '2026-11-20');
    expect(withdrawPlaque(once, '2026-12-05').plaque.withdrawnOn).toBe('2026-11-20');
  });

  it('leaves a dealer that never had a plaque without one', () => {
    const applicant = { plaque: { issuedOn: null, withdrawnOn: null } };
    expect(withdrawPlaque(applicant, '2026-11-20')).toBe(applicant);
    expect(holdsPlaqueOn(applicant, '2026-11-20')).toBe(false);
  });

  it('never dates the taking back before the handing over', () => {
    expect(withdrawPlaque(member, '2026-02-01').plaque.withdrawnOn).toBe('2026-03-01');
  });
});

describe('holdsPlaqueOn', () => {
  it('holds it from the day it was handed over', () => {
    expect(holdsPlaqueOn(member, '2026-02-28')).toBe(false);
    expect(holdsPlaqueOn(member, '2026-03-01')).toBe(true);
  });
});
