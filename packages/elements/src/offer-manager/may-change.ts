// Whether the staff member signed in may change a merchant's offers, loaded on demand
// (`import('./may-change.js')`) with the merchant: core's `can()` carries its zod/mini input checks
// (about 9.7 kB gzip), more than the offer manager's first load has room for.
import { can, type StaffPrincipal } from '@clubkit/core/access';

/**
 * Whether `principal` may add, edit, end and withdraw the offers of merchant `merchantId`, as core's
 * access rules (and so the Club API) allow: the merchant's own operators and the administrator.
 */
export function mayChangeOffers(principal: StaffPrincipal, merchantId: string): boolean {
  return (['create', 'update', 'delete'] as const).every((action) =>
    can(principal, action, { type: 'offer', merchantId }),
  );
}
