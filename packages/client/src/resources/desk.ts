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

/** The types of an event-driven service-desk record: the record, its creation body, its events and its statuses. */
interface DeskTypes {
  record: unknown;
  new: unknown;
  event: unknown;
  status: string;
}

/** The resource of an event-driven service-desk record (repair orders, paid services). */
function deskResource<D extends DeskTypes>(t: Transport, base: string, schema: z.ZodMiniType<D['record']>) {
  type R = D['record'];
  const RecordPage = Page(schema);
  return {
    /** Registers a new record. */
    create(body: D['new'], options?: RequestOptions): Promise<R> {
      return t.send({ method: 'post', path: base, body, schema, options });
    },
    /** One record. */
    get(id: string, options?: RequestOptions): Promise<R> {
      return t.send({ method: 'get', path: `${base}/${encodeURIComponent(id)}`, schema, options });
    },
    /** Records, optionally by status. */
    list(query: ListOptions & { status?: D['status'] } = {}, options?: RequestOptions): PageIterable<R> {
      return pageIterable<R>((cursor) =>
        t.send({ method: 'get', path: base, query: { ...query, cursor }, schema: RecordPage, options }),
      );
    },
    /** Applies the next step of its workflow. */
    events(id: string, event: D['event'], options?: RequestOptions): Promise<R> {
      return t.send({
        method: 'post',
        path: `${base}/${encodeURIComponent(id)}/events`,
        body: event,
        schema,
        options,
      });
    },
  };
}

/** Repair orders (A4 §3.4), admin keys. */
export function repairsResource(t: Transport) {
  return deskResource<{ record: RepairOrder; new: NewRepairOrder; event: RepairEventRequest; status: RepairStatus }>(
    t,
    '/v1/repairs',
    RepairOrder,
  );
}

/** Paid services (A4 §3.12), admin keys. */
export function paidServicesResource(t: Transport) {
  return deskResource<{
    record: PaidService;
    new: NewPaidService;
    event: PaidServiceEventRequest;
    status: PaidServiceStatus;
  }>(t, '/v1/paid-services', PaidService);
}
