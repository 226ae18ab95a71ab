import type { AuditEntry, NewStaff, Staff, StaffPatch, StaffSession, StaffSessionInfo } from '@clubkit/core/api';
import type { Role } from '@clubkit/core/access';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';
import { revokeCurrentSession } from './sessions.js';

/** Staff accounts: the people who run the club, with their role and scope (admin). */
export function staffResource(t: Transport) {
  return {
    /**
     * Creates a staff account.
     *
     * @example
     * const desk = await club.staff.create({ name: '陳美玲', principal: { role: 'desk', propertyId: 'prp_…' } });
     */
    create(body: NewStaff, options?: RequestOptions): Promise<Staff> {
      return t.send({ method: 'post', path: '/v1/staff', body, answer: 'Staff', options });
    },
    /** Staff accounts, oldest first, optionally of one role or status. */
    list(
      query: ListOptions & { role?: Role; status?: Staff['status'] } = {},
      options?: RequestOptions,
    ): PageIterable<Staff> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/staff', query: { ...query, cursor }, answer: 'StaffPage', options }),
      );
    },
    /** One staff account. */
    get(id: string, options?: RequestOptions): Promise<Staff> {
      return t.send({ method: 'get', path: path`/v1/staff/${id}`, answer: 'Staff', options });
    },
    /** Renames, changes the role of, or disables a staff account; disabling ends its sessions at once. */
    update(id: string, body: StaffPatch, options?: RequestOptions): Promise<Staff> {
      return t.send({ method: 'patch', path: path`/v1/staff/${id}`, body, answer: 'Staff', options });
    },
  };
}

/** Staff sessions: minted by the club's back end after its own sign-in, used by the operator's browser. */
export function staffSessionsResource(t: Transport) {
  return {
    /**
     * Signs a staff member in after the club's own sign-in (secret key, admin); hand the token to
     * the operator's browser, never the secret key.
     */
    create(body: { staffId: string }, options?: RequestOptions): Promise<StaffSession> {
      return t.send({ method: 'post', path: '/v1/staff-sessions', body, answer: 'StaffSession', options });
    },
    /** Who is signed in (a staff-session client), the modules their menu opens and until when. */
    current(options?: RequestOptions): Promise<StaffSessionInfo> {
      return t.send({ method: 'get', path: '/v1/staff-sessions/current', answer: 'StaffSessionInfo', options });
    },
    /**
     * Ends the staff session this client holds (sign-out) and forgets its token; resolves
     * without a request when it holds none, and also when the session had already ended.
     */
    revoke(options?: RequestOptions): Promise<void> {
      return revokeCurrentSession(t, options, '/v1/staff-sessions/current');
    },
  };
}

/** The audit log of writes: who did what and when (admin). */
export function auditResource(t: Transport) {
  return {
    /** Entries oldest first: everyone's, one staff member's (`staffId`) or one actor's (`key:…`, `member:…`). */
    list(
      query: ListOptions & { staffId?: string; actor?: string } = {},
      options?: RequestOptions,
    ): PageIterable<AuditEntry> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/audit', query: { ...query, cursor }, answer: 'AuditPage', options }),
      );
    },
  };
}
