import type { LargestSecondaryDealers, ListChoice, NewSecondaryList, SecondaryList } from '@clubkit/core/alliance';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/**
 * The secondary-dealer list (二級客戶一覽表): a salesperson files the candidates of their counties,
 * chooses one or two per county against its market volume, and the market manager reads each
 * primary dealer's ten largest. Apart from `allianceResource`, so a widget that needs only
 * the network does not carry it; the operator client's `alliance` has both.
 */
export function allianceSecondaryListsResource(t: Transport) {
  return {
    secondaryLists: {
      /**
       * Files a list with a sales centre: each candidate's county, primary dealer, grades (good,
       * fair or poor) and monthly volume. A salesperson files in their own name.
       *
       * @example
       * await club.alliance.secondaryLists.create({ centreId: 'ctr_banna', entries: [{ name: '景洪眾誠副食批發',
       *   countyId: 'cty_…', primaryDealer: '版納糖酒副食公司', businessState: 'good', developmentPotential: 'fair',
       *   leaderQuality: 'good', monthlyVolume: 2600 }] });
       */
      create(body: NewSecondaryList, options?: RequestOptions): Promise<SecondaryList> {
        return t.send({ method: 'post', path: '/v1/alliance/secondary-lists', body, answer: 'SecondaryList', options });
      },
      /** Lists in the order filed: a salesperson's own, or every list of the caller's centre. */
      list(
        query: ListOptions & { centreId?: string; salespersonId?: string } = {},
        options?: RequestOptions,
      ): PageIterable<SecondaryList> {
        return pageIterable((cursor) =>
          t.send({
            method: 'get',
            path: '/v1/alliance/secondary-lists',
            query: { ...query, cursor },
            answer: 'SecondaryListPage',
            options,
          }),
        );
      },
      /** One list with its candidates by line and each county's choice. */
      get(id: string, options?: RequestOptions): Promise<SecondaryList> {
        return t.send({
          method: 'get',
          path: path`/v1/alliance/secondary-lists/${id}`,
          answer: 'SecondaryList',
          options,
        });
      },
      /**
       * Chooses a line for its county (or takes it back with `chosen: false`). A third in a county
       * is refused with `alliance/county-choice-full`; a second in a county without a market
       * volume with `alliance/no-market-data`; any choice on a list its filer has replaced with a
       * newer one with `alliance/list-replaced`.
       *
       * @example
       * await club.alliance.secondaryLists.choose(list.id, { line: 2, chosen: true });
       */
      choose(id: string, body: ListChoice, options?: RequestOptions): Promise<SecondaryList> {
        return t.send({
          method: 'post',
          path: path`/v1/alliance/secondary-lists/${id}/choices`,
          body,
          answer: 'SecondaryList',
          options,
        });
      },
      /** Each primary dealer's ten largest secondary dealers over the newest list of each filer. */
      largest(query: { centreId?: string } = {}, options?: RequestOptions): Promise<LargestSecondaryDealers> {
        return t.send({
          method: 'get',
          path: '/v1/alliance/largest-secondary-dealers',
          query,
          answer: 'LargestSecondaryDealers',
          options,
        });
      },
    },
  };
}
