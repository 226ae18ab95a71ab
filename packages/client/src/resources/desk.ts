import type { Page, PaidServiceEventRequest, PaidServiceRequest, RepairEventRequest } from '@clubkit/core/api';
import type { NewRepairOrder, PaidServiceStatus, RepairStatus } from '@clubkit/core/service';
import type { Answers } from '../answers.js';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import type { ListOptions } from './path.js';

/** The answers that are event-driven service-desk records; each has its page, `${name}Page`. */
type DeskRecord = 'RepairOrder' | 'PaidService';

/** The other types of a service-desk record: its creation body, its events and its statuses. */
interface DeskTypes {
  new: unknown;
  event: unknown;
  status: string;
}

/** The resource of an event-driven service-desk record (repair orders, paid services). */
function deskResource<A extends DeskRecord, D extends DeskTypes>(t: Transport, base: string, answer: A) {
  type R = Answers[A];
  const page = `${answer}Page` as const;
  return {
    /** Registers a new record. */
    create(body: D['new'], options?: RequestOptions): Promise<R> {
      return t.send({ method: 'post', path: base, body, answer, options });
    },
    /** One record. */
    get(id: string, options?: RequestOptions): Promise<R> {
      return t.send({ method: 'get', path: `${base}/${encodeURIComponent(id)}`, answer, options });
    },
    /** Records, optionally by status. */
    list(query: ListOptions & { status?: D['status'] } = {}, options?: RequestOptions): PageIterable<R> {
      return pageIterable<R>(
        (cursor) =>
          // Answers pairs each record with its page (`RepairOrderPage: Page<RepairOrder>`, which
          // types.test-d.ts asserts); TypeScript does not follow the pairing through a generic name.
          t.send({ method: 'get', path: base, query: { ...query, cursor }, answer: page, options }) as Promise<Page<R>>,
      );
    },
    /** Applies the next step of its workflow. */
    events(id: string, event: D['event'], options?: RequestOptions): Promise<R> {
      return t.send({
        method: 'post',
        path: `${base}/${encodeURIComponent(id)}/events`,
        body: event,
        answer,
        options,
      });
    },
  };
}

/** Repair orders (A4 §3.4), admin keys. */
export function repairsResource(t: Transport) {
  return deskResource<'RepairOrder', { new: NewRepairOrder; event: RepairEventRequest; status: RepairStatus }>(
    t,
    '/v1/repairs',
    'RepairOrder',
  );
}

/** Paid services (A4 §3.12), priced by hand or from the price list (`priceId`), admin keys. */
export function paidServicesResource(t: Transport) {
  return deskResource<
    'PaidService',
    { new: PaidServiceRequest; event: PaidServiceEventRequest; status: PaidServiceStatus }
  >(t, '/v1/paid-services', 'PaidService');
}
