// Which of the member desk's forms the signed-in staff member may submit, decided by core's access
// rules (`canOn()`): a chunk of its own (`import('./access.js')`), loaded with the desk's first queue,
// so the rules stay out of the desk's first file.
import { canOn, type Action, type Resource, type StaffPrincipal } from '@clubkit/core/access';

/** Whether the staff member may take `action` on `resource`, as the Club API decides it. */
export type MemberDeskAccess = (action: Action, resource: Resource) => boolean;

/** The desk's access check for `principal`: core's `can()`, so a form is shown only to whom the Club API accepts it from. */
export function memberDeskAccess(principal: StaffPrincipal): MemberDeskAccess {
  return (action, resource) => canOn(principal, action, resource);
}
