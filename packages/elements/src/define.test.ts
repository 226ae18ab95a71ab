import { describe, expect, it } from 'vitest';
import { ClubComplaintForm } from './complaint-form/complaint-form.js';
import './define.js';
import { ClubMemberCard } from './member-card/member-card.js';
import { ClubMerchantDirectory } from './merchant-directory/merchant-directory.js';
import { ClubProvider } from './provider/provider.js';

describe('@clubkit/elements/define', () => {
  it('registers every widget and the provider under its default tag, the one its define() uses when given none', () => {
    expect(customElements.get('club-provider')).toBe(ClubProvider);
    for (const element of [ClubMemberCard, ClubComplaintForm, ClubMerchantDirectory]) {
      expect(customElements.get(element.tagName)).toBe(element);
      // Already registered by the define entry: a second define() with the default tag is a no-op.
      expect(element.define()).toBe(false);
    }
    expect([ClubMemberCard.tagName, ClubComplaintForm.tagName, ClubMerchantDirectory.tagName]).toEqual([
      'club-member-card',
      'club-complaint-form',
      'club-merchant-directory',
    ]);
  });
});
