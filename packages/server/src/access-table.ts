import { mayEver, Role, type Principal } from '@clubkit/core/access';
import type { CredentialKind } from './http/env.js';
import type { RouteSpec } from './http/route.js';
import { allRoutes } from './routes/index.js';

/** Who may call one route: `anyone` (no credentials needed), or the roles core's rules let through. */
export interface RouteAccess {
  operationId: string;
  method: string;
  /** The path in OpenAPI form, `/v1/members/{id}`. */
  path: string;
  tag: string;
  /** The kinds of credential the route takes (none for `anyone`). */
  credentials: readonly CredentialKind[];
  roles: readonly Role[] | 'anyone';
}

/** The credential kinds a caller of each role holds: staff roles a secret key or a staff session. */
const KINDS_OF: Record<Role, readonly CredentialKind[]> = {
  admin: ['secret', 'staff'],
  branch: ['secret', 'staff'],
  merchant: ['secret', 'staff'],
  desk: ['secret', 'staff'],
  alliance: ['secret', 'staff'],
  member: ['session'],
  public: ['publishable'],
};

/** A principal of each role, for asking core whether the role may ever take an action (its scope does not matter there). */
const SAMPLE: Record<Role, Principal> = {
  admin: { role: 'admin' },
  branch: { role: 'branch', branchId: 'br_any' },
  merchant: { role: 'merchant', merchantId: 'mch_any' },
  desk: { role: 'desk' },
  alliance: { role: 'alliance', centreId: 'ctr_any' },
  member: { role: 'member', memberId: 'mbr_any' },
  public: { role: 'public' },
};

/**
 * Who may call each route of the API, derived from the routes' declared credentials and access
 * and core's access rules (`mayEver`): the table the server guide prints, so it cannot drift. A
 * role listed may call the route for the records in its own scope (its branch, merchant,
 * property, sales centre or its own member record); every other role is refused with 403.
 */
export function routeAccessTable(routes: readonly RouteSpec[] = allRoutes): RouteAccess[] {
  return routes.map((spec) => ({
    operationId: spec.operationId,
    method: spec.method.toUpperCase(),
    path: spec.path.replace(/:(\w+)/g, '{$1}'),
    tag: spec.tag,
    credentials: spec.credentials,
    roles:
      spec.credentials.length === 0
        ? 'anyone'
        : Object.values(Role).filter(
            (role) =>
              KINDS_OF[role].some((kind) => spec.credentials.includes(kind)) &&
              (spec.access === undefined || mayEver(SAMPLE[role], spec.access.action, spec.access.type)),
          ),
  }));
}

const CREDENTIAL_NAMES: Record<CredentialKind, string> = {
  secret: 'secret key',
  staff: 'staff session',
  session: 'member session',
  publishable: 'publishable key',
};

/** {@link routeAccessTable} as a Markdown table, one row per route, a column per role and the credentials it takes. */
export function routeAccessMarkdown(routes: readonly RouteSpec[] = allRoutes): string {
  const roles = Object.values(Role);
  const lines = [`| route | ${roles.join(' | ')} | with |`, `|---|${roles.map(() => ':-:').join('|')}|---|`];
  for (const row of routeAccessTable(routes)) {
    const cells = roles.map((role) => (row.roles === 'anyone' || row.roles.includes(role) ? '✓' : ''));
    const credentials =
      row.roles === 'anyone' ? 'anything, or nothing' : row.credentials.map((k) => CREDENTIAL_NAMES[k]).join(', ');
    lines.push(`| \`${row.method} ${row.path}\` | ${cells.join(' | ')} | ${credentials} |`);
  }
  return lines.join('\n');
}
