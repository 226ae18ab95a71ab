// What the signed-in staff member may submit in a section loaded on demand, read from the staff
// session and asked of core's `canOn()`: the access rules the Club API enforces, so a form is shown
// only to a role the Club API accepts it from. Loaded with the sections, never with the board.
import type { staffSessionsResource } from '@clubkit/client/operator';
import { canOn, type Action, type Resource } from '@clubkit/core/access';

/** The staff session a section reads its principal from. */
export type StaffSessions = Pick<ReturnType<typeof staffSessionsResource>, 'current'>;

/** Whether the signed-in staff member may `action` the `resource`, as core's `can()` answers for their principal. */
export type May = (action: Action, resource: Resource) => boolean;

/** Until the session is read, no form is offered. */
export const mayNothing: May = () => false;

/** What the signed-in staff member may do, from their session's principal. Rejects as the session request does. */
export async function staffMay(sessions: StaffSessions): Promise<May> {
  const { principal } = (await sessions.current()).staff;
  return (action, resource) => canOn(principal, action, resource);
}
