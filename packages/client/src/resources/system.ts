import type { ApiKey, Branch, BranchPatch, CreatedApiKey, NewApiKey, NewBranch } from '@clubkit/core/api';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** The club's branches (admin: system management). */
export function branchesResource(t: Transport) {
  return {
    /** Branches in id order. */
    list(query: ListOptions = {}, options?: RequestOptions): PageIterable<Branch> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/branches', query: { ...query, cursor }, answer: 'BranchPage', options }),
      );
    },
    /**
     * Opens a branch; the server mints its id.
     *
     * @example
     * const branch = await club.branches.create({ name: '勐臘支公司', region: 'mengla' });
     */
    create(body: NewBranch, options?: RequestOptions): Promise<Branch> {
      return t.send({ method: 'post', path: '/v1/branches', body, answer: 'Branch', options });
    },
    /** Renames a branch or moves it to another region. */
    update(id: string, body: BranchPatch, options?: RequestOptions): Promise<Branch> {
      return t.send({ method: 'patch', path: path`/v1/branches/${id}`, body, answer: 'Branch', options });
    },
  };
}

/** API keys (admin: system management): publishable keys for partner pages, secret keys for back ends. */
export function keysResource(t: Transport) {
  return {
    /** Keys oldest first, optionally of one kind or status; never their secrets. */
    list(
      query: ListOptions & { kind?: ApiKey['kind']; status?: 'live' | 'revoked' } = {},
      options?: RequestOptions,
    ): PageIterable<ApiKey> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/keys', query: { ...query, cursor }, answer: 'ApiKeyPage', options }),
      );
    },
    /**
     * Issues a key. Its `secret` is in this answer only: hand it to the partner now, it is never
     * shown again (the call is retried with one Idempotency-Key, so a retry makes no second key).
     *
     * @example
     * const { secret } = await club.keys.create({ kind: 'secret', principal: { role: 'branch', branchId: 'br_…' } });
     */
    create(body: NewApiKey, options?: RequestOptions): Promise<CreatedApiKey> {
      return t.send({ method: 'post', path: '/v1/keys', body, answer: 'CreatedApiKey', options });
    },
    /** Revokes a key: refused from the next request on, with the member and staff sessions it minted. */
    revoke(id: string, options?: RequestOptions): Promise<void> {
      return t.send({ method: 'delete', path: path`/v1/keys/${id}`, answer: undefined, options });
    },
  };
}
