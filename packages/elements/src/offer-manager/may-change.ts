// Whether the staff member signed in may change a merchant's offers, loaded on demand
// (`import('./may-change.js')`) with the merchant: core's access rules (`canOn()`, about 1.6 kB
// gzip) wait for the staff session anyway.
import { canOn, type StaffPrincipal } from '@clubkit/core/access';

/**
 * Whether `principal` may add, edit, end and withdraw the offers of merchant `merchantId`, as core's
 * access rules (and so the Club API) allow: the merchant's own operators and the administrator.
 */
export function mayChangeOffers(principal: StaffPrincipal, merchantId: string): boolean {
  return (['create', 'update', 'delete'] as const).every((action) =>
    canOn(principal, action, { type: 'offer', merchantId }),
  );
}
