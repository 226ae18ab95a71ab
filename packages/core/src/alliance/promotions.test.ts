import { describe, expect, it } from 'vitest';
import { promotionEligibility } from './promotions.js';

describe('promotionEligibility', () => {
  const member = { admittedOn: '2026-03-01', revocation: null };

  it('lets a member take part from its admission day', () => {
    expect(promotionEligibility(member, '2026-03-01')).toEqual({ eligible: true, refusal: null });
    expect(promotionEligibility(member, '2026-02-28')).toEqual({ eligible: false, refusal: 'not-a-member' });
  });

  it('refuses a dealer that never qualified', () => {
    expect(promotionEligibility({ admittedOn: null, revocation: null }, '2026-06-01').eligible).toBe(false);
  });

  it('refuses a revoked member from the day of its revocation, so a later reward is not paid to it', () => {
    const revoked = { ...member, revocation: { on: '2026-11-20', reasons: ['counterfeit' as const] } };
    expect(promotionEligibility(revoked, '2026-11-19').eligible).toBe(true);
    expect(promotionEligibility(revoked, '2026-11-20')).toEqual({ eligible: false, refusal: 'not-a-member' });
  });
});
