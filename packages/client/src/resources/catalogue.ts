import type {
  ClubService,
  ClubServiceUpdate,
  NewClubServiceInput,
  NewServiceUse,
  ServiceCategory,
  ServiceUse,
} from '@clubkit/core/membership';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** Filters of the catalogue: a category, a merchant that gives the service, offered or retired. */
export interface ServiceCatalogueQuery extends ListOptions {
  category?: ServiceCategory;
  merchantId?: string;
  /** @default 'active' */
  status?: 'active' | 'retired' | 'all';
}

/**
 * The club's service catalogue (三大類共54項服務), read by anyone: a page with the publishable key,
 * a member session, an operator.
 *
 * @example
 * for await (const service of catalogue.list({ category: 'car' })) console.log(service.name);
 */
export function serviceCatalogueResource(t: Transport) {
  return {
    /** The services, oldest first: those offered unless `status` says otherwise. */
    list(query: ServiceCatalogueQuery = {}, options?: RequestOptions): PageIterable<ClubService> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/services',
          query: { ...query, cursor },
          answer: 'ClubServicePage',
          options,
        }),
      );
    },
    /** One service, offered or retired. */
    get(id: string, options?: RequestOptions): Promise<ClubService> {
      return t.send({ method: 'get', path: path`/v1/services/${id}`, answer: 'ClubService', options });
    },
  };
}

/** What the signed-in member has used of the catalogue (member session). */
export function myServiceUsesResource(t: Transport) {
  return {
    /** The member's own uses, oldest first. */
    list(query: ListOptions = {}, options?: RequestOptions): PageIterable<ServiceUse> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/me/service-uses',
          query: { ...query, cursor },
          answer: 'ServiceUsePage',
          options,
        }),
      );
    },
  };
}

/** Keeping the catalogue (admin): add, change, retire; reading as {@link serviceCatalogueResource}. */
export function serviceCatalogueAdminResource(t: Transport) {
  return {
    ...serviceCatalogueResource(t),
    /**
     * Adds a service: its category, a name unique in the category, the merchants that give it.
     * A name already offered in the category is refused with `catalogue/duplicate-name`.
     */
    create(body: NewClubServiceInput, options?: RequestOptions): Promise<ClubService> {
      return t.send({ method: 'post', path: '/v1/services', body, answer: 'ClubService', options });
    },
    /** Renames a service or changes its description or merchants; a retired one is refused (`catalogue/service-retired`). */
    update(id: string, body: ClubServiceUpdate, options?: RequestOptions): Promise<ClubService> {
      return t.send({ method: 'patch', path: path`/v1/services/${id}`, body, answer: 'ClubService', options });
    },
    /** Retires a service: kept with its uses, no longer used; its name is free again in its category. */
    retire(id: string, options?: RequestOptions): Promise<ClubService> {
      return t.send({ method: 'post', path: path`/v1/services/${id}/retire`, answer: 'ClubService', options });
    },
  };
}

/** Uses of the catalogue's services: recorded at a merchant's counter, read by the club and the merchant. */
export function serviceUsesResource(t: Transport) {
  return {
    /**
     * Records a member's use by the card shown (merchant staff: at their own merchant; admin names
     * `merchantId`). Refused with `catalogue/not-offered-here`, `catalogue/service-retired` or
     * `catalogue/member-not-valid` by core's rule.
     *
     * @example
     * await club.serviceUses.record({ serviceId: 'svc_…', cardNumber: '6218800000000017' });
     */
    record(body: NewServiceUse, options?: RequestOptions): Promise<ServiceUse> {
      return t.send({ method: 'post', path: '/v1/service-uses', body, answer: 'ServiceUse', options });
    },
    /** Uses, oldest first, by service, member or merchant (merchant staff: their own merchant's only). */
    list(
      query: ListOptions & { serviceId?: string; memberId?: string; merchantId?: string } = {},
      options?: RequestOptions,
    ): PageIterable<ServiceUse> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/service-uses',
          query: { ...query, cursor },
          answer: 'ServiceUsePage',
          options,
        }),
      );
    },
  };
}
