import { Page, type PaidServiceEventRequest, type RepairEventRequest } from '@clubkit/core/api';
import {
  PaidService,
  RepairOrder,
  type NewPaidService,
  type NewRepairOrder,
  type PaidServiceStatus,
  type RepairStatus,
} from '@clubkit/core/service';
import type * as z from 'zod/mini';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import type { ListOptions } from './path.js';

/** The resource of an event-driven service-desk record (repair orders, paid services). */
function deskResource<R, N, E, S extends string>(t: Transport, base: string, schema: z.ZodMiniType<R>) {
  const RecordPage = Page(schema);
  return {
    /** Registers a new record. */
    create(body: N, options?: RequestOptions): Promise<R> {
      return t.send({ method: 'post', path: base, body, schema, options }) as Promise<R>;
    },
    /** One record. */
    get(id: string, options?: RequestOptions): Promise<R> {
      return t.send({ method: 'get', path: `${base}/${encodeURIComponent(id)}`, schema, options }) as Promise<R>;
    },
    /** Records, optionally by status. */
    list(query: ListOptions & { status?: S } = {}, options?: RequestOptions): PageIterable<R> {
      return pageIterable(
        (cursor) =>
          t.send({ method: 'get', path: base, query: { ...query, cursor }, schema: RecordPage, options }) as Promise<
            Page<R>
          >,
      );
    },
    /** Applies the next step of its workflow. */
    events(id: string, event: E, options?: RequestOptions): Promise<R> {
      return t.send({
        method: 'post',
        path: `${base}/${encodeURIComponent(id)}/events`,
        body: event,
        schema,
        options,
      }) as Promise<R>;
    },
  };
}

/** Repair orders (A4 §3.4), admin keys. */
export function repairsResource(t: Transport) {
  return deskResource<RepairOrder, NewRepairOrder, RepairEventRequest, RepairStatus>(t, '/v1/repairs', RepairOrder);
}

/** Paid services (A4 §3.12), admin keys. */
export function paidServicesResource(t: Transport) {
  return deskResource<PaidService, NewPaidService, PaidServiceEventRequest, PaidServiceStatus>(
    t,
    '/v1/paid-services',
    PaidService,
  );
}
