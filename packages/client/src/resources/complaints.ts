import type { ComplaintEventRequest, ComplaintReceipt } from '@clubkit/core/api';
import type { Complaint, ComplaintStatus, NewComplaintInput } from '@clubkit/core/service';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** Complaints: anyone files one (publishable key or member session); staff work them through A4 §3.3. */
export function complaintsResource(t: Transport) {
  return {
    /**
     * Files a complaint and returns the receipt with its reference number. Safe to retry: the
     * call's `Idempotency-Key` makes a retried or repeated submit return the same receipt.
     */
    create(complaint: NewComplaintInput, options?: RequestOptions): Promise<ComplaintReceipt> {
      return t.send({ method: 'post', path: '/v1/complaints', body: complaint, answer: 'ComplaintReceipt', options });
    },
    /** The whole complaint, with its history (staff). */
    get(id: string, options?: RequestOptions): Promise<Complaint> {
      return t.send({ method: 'get', path: path`/v1/complaints/${id}`, answer: 'Complaint', options });
    },
    /**
     * The receipt of a complaint by its reference number as printed or typed (e.g. `C79ZH-5H4YW`;
     * case, spaces and dashes do not matter) and the last four digits of the contact phone given
     * when filing. A wrong or missing `phoneLast4` fails like an unknown reference (404
     * `not-found`); a reference with a typing error fails with 422 `complaint/reference-mistyped`.
     * A member session reads its own member's receipts without the digits.
     *
     * @example
     * const receipt = await club.complaints.byReference('C79ZH-5H4YW', '8000');
     */
    byReference(reference: string, phoneLast4?: string, options?: RequestOptions): Promise<ComplaintReceipt> {
      return t.send({
        method: 'get',
        path: path`/v1/complaint-receipts/${reference}`,
        ...(phoneLast4 === undefined ? {} : { query: { phoneLast4 } }),
        answer: 'ComplaintReceipt',
        options,
      });
    },
    /** The complaint log (staff), by status or overdue. */
    list(
      query: ListOptions & { status?: ComplaintStatus; overdue?: boolean } = {},
      options?: RequestOptions,
    ): PageIterable<Complaint> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/complaints',
          query: { ...query, cursor },
          answer: 'ComplaintPage',
          options,
        }),
      );
    },
    /** Moves a complaint along: assign, escalate, resolve, followUp, reopen, close, flagMalicious. */
    events(id: string, event: ComplaintEventRequest, options?: RequestOptions): Promise<Complaint> {
      return t.send({
        method: 'post',
        path: path`/v1/complaints/${id}/events`,
        body: event,
        answer: 'Complaint',
        options,
      });
    },
  };
}
