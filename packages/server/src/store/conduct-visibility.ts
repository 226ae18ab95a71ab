import type { Principal } from '@clubkit/core/access';
import { hiddenConductOf, type ComplaintViewer } from '@clubkit/core/service';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Caller } from '../http/env.js';

/** Who is looking, for the conduct rule: the staff member of a staff session, and whether admin. */
export function complaintViewerOf(caller: Pick<Caller, 'staffId'>, principal: Principal): ComplaintViewer {
  return { staffId: caller.staffId, admin: principal.role === 'admin' };
}

/**
 * Core's visibility rule of conduct complaints (complaintVisibleTo) as a condition on the
 * `complaints` table, for every query that lists or counts complaints: a row is left out when its
 * `accused_staff_id` column — core's conductStaffOf, stored at each write — is the staff id
 * hiddenConductOf gives for the viewer; with none to hide, every row is kept. A test runs this
 * condition and core's rule over the same cases (conduct-visibility.test.ts).
 *
 * @example
 * db.selectFrom('complaints').where(conductVisibleTo(viewer))
 * sql`select id from complaints where unit_id = ${unit} and ${conductVisibleTo(viewer)}`
 */
export function conductVisibleTo(viewer: ComplaintViewer): RawBuilder<SqlBool> {
  const hidden = hiddenConductOf(viewer);
  if (hidden === undefined) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(accused_staff_id is null or accused_staff_id <> ${hidden})`;
}
