import { describe, expect, it } from 'vitest';
import { deskForms } from './desk-access.js';

const conduct = { staffId: 'stf_guard', handlerId: 'stf_mgr', witnesses: [], evidence: [] };

describe('the desk’s forms a signed-in staff member can submit', () => {
  it('offers a desk of every property and the administrator every form', () => {
    for (const principal of [{ role: 'desk' as const }, { role: 'admin' as const }]) {
      const forms = deskForms({ id: 'stf_mgr', principal });
      expect([forms.conduct, forms.surveys, forms.steps({ propertyId: 'prp_garden' })]).toEqual([true, true, true]);
    }
  });

  it('offers a desk of one property the conduct form (logged as its property’s), surveys and its own property’s steps', () => {
    const forms = deskForms({ id: 'stf_desk', principal: { role: 'desk', propertyId: 'prp_garden' } });
    expect([forms.conduct, forms.surveys]).toEqual([true, true]);
    expect([forms.steps({ propertyId: 'prp_garden' }), forms.steps({ propertyId: 'prp_other' })]).toEqual([
      true,
      false,
    ]);
  });

  it('offers a conduct complaint’s steps only to its handler and the administrator', () => {
    const desk = (id: string) => deskForms({ id, principal: { role: 'desk' } });
    expect(desk('stf_mgr').steps({ conduct })).toBe(true);
    expect(desk('stf_colleague').steps({ conduct })).toBe(false);
    expect(deskForms({ id: 'stf_admin', principal: { role: 'admin' } }).steps({ conduct })).toBe(true);
  });

  it('offers a role outside the service desk no form at all', () => {
    for (const principal of [
      { role: 'branch' as const, branchId: 'br_1' },
      { role: 'merchant' as const, merchantId: 'mch_1' },
      { role: 'alliance' as const, centreId: 'ctr_1' },
    ]) {
      const forms = deskForms({ id: 'stf_x', principal });
      expect([forms.conduct, forms.surveys, forms.steps({})]).toEqual([false, false, false]);
    }
  });
});
