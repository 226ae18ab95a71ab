import type { MembershipState } from '@clubkit/core/membership';
import { sql, type RawBuilder } from 'kysely';

/**
 * Core's `membershipStateOn` as a SQL condition over a `memberships` row (the columns store what
 * the record holds: `valid_from`, `active_until`, `valid_until`, `cancelled_on`, ISO dates that
 * sort as text): true when the membership is in `state` on `day`. The rule, in core's order:
 * `cancelled` from `cancelledOn` on; else `pending` before `validFrom`, `active` through
 * `activeUntil`, `grace` through `validUntil`, and `expired` after. `membership-state.test.ts`
 * checks it against core on memberships around every boundary day.
 *
 * @param alias the alias of the `memberships` table in the query
 */
export function membershipStateSql(alias: string, state: MembershipState, day: string): RawBuilder<boolean> {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const cancelled = sql<boolean>`(${column('cancelled_on')} is not null and ${column('cancelled_on')} <= ${day})`;
  if (state === 'cancelled') return cancelled;
  const live = sql<boolean>`(${column('cancelled_on')} is null or ${column('cancelled_on')} > ${day})`;
  switch (state) {
    case 'pending':
      return sql<boolean>`(${live} and ${day} < ${column('valid_from')})`;
    case 'active':
      return sql<boolean>`(${live} and ${column('valid_from')} <= ${day} and ${day} <= ${column('active_until')})`;
    case 'grace':
      return sql<boolean>`(${live} and ${column('active_until')} < ${day} and ${day} <= ${column('valid_until')})`;
    case 'expired':
      return sql<boolean>`(${live} and ${column('valid_until')} < ${day})`;
  }
}
