import type { Handbook, NewHandbook } from '@clubkit/core/membership';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import type { ListOptions } from './path.js';

/**
 * The member handbook in force, with the member's rights and duties (A3 art.4, 7, 8): read with
 * any credential, a partner page's publishable key or a member session included.
 */
export function handbookResource(t: Transport) {
  return {
    /**
     * The handbook in force today; refused with `handbook/none-in-force` (404) before the club
     * publishes its first.
     *
     * @example
     * const { rights, duties } = await club.handbook.current();
     */
    current(options?: RequestOptions): Promise<Handbook> {
      return t.send({ method: 'get', path: '/v1/handbook', answer: 'Handbook', options });
    },
  };
}

/** Publishing handbook versions and reading them all (admin). */
export function handbookVersionsResource(t: Transport) {
  return {
    /**
     * Publishes the next handbook version, in force from its `effectiveFrom`: today or later, and
     * not before the latest version's day (`membership/handbook-backdated` otherwise).
     */
    publish(body: NewHandbook, options?: RequestOptions): Promise<Handbook> {
      return t.send({ method: 'post', path: '/v1/handbook/versions', body, answer: 'Handbook', options });
    },
    /** Every published version, oldest first, those still to take effect included. */
    versions(query: ListOptions = {}, options?: RequestOptions): PageIterable<Handbook> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/handbook/versions',
          query: { ...query, cursor },
          answer: 'HandbookPage',
          options,
        }),
      );
    },
  };
}
