import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { NonNegativeFen } from '../shared/fen.js';
import { Actor, Phone, Unit, text } from './fields.js';
import { historyEntry } from './workflow.js';

/** Where a paid service is (A4 §3.12.4 and its flow chart). */
export const PaidServiceStatus = {
  /** The fee notice (content, time, price) is written and waits for the customer's signature. */
  quoted: 'quoted',
  /** The customer signed the fee notice. */
  signed: 'signed',
  /** The service was performed and waits for the customer's verdict. */
  performed: 'performed',
  /** The customer was not satisfied; the work is being redone. */
  rework: 'rework',
  /** The customer was satisfied and signed. */
  accepted: 'accepted',
  /** The customer will not pay; handed to the responsible staff. */
  escalated: 'escalated',
  /** The fee was charged and the record filed. */
  charged: 'charged',
  /** Withdrawn before the service was performed. */
  cancelled: 'cancelled',
} as const;
/** A paid service status. */
export type PaidServiceStatus = (typeof PaidServiceStatus)[keyof typeof PaidServiceStatus];
/** Schema of {@link PaidServiceStatus}. */
export const PaidServiceStatusSchema = z.enum(PaidServiceStatus);

/** The price and time written on the fee notice. */
export const PaidServiceQuote = z.object({
  /** The price in fen, by the published fee scale. */
  priceFen: NonNegativeFen,
  /** When the service will be performed. */
  scheduledAt: IsoInstant,
});
/** A paid service quote. */
export type PaidServiceQuote = z.infer<typeof PaidServiceQuote>;

/** A paid service as requested by phone or in writing, with its fee notice (A4 §3.12.4 1–2). */
export const NewPaidService = z.object({
  /** The customer's name or company. */
  customer: text(100),
  phone: Phone,
  unit: Unit,
  /** The service wanted. */
  content: text(2000),
  quote: PaidServiceQuote,
  /** The unit of the service desk's archive, `unt_…`; the server adds its property. */
  unitId: z.optional(entityId(IdPrefix.unit)),
  /** The price-list line the quote was priced from, `spr_…`. */
  priceId: z.optional(entityId(IdPrefix.servicePrice)),
  /** How many units of charge of that line were quoted. */
  quantity: z.optional(z.int().check(z.minimum(1), z.maximum(10_000))),
});
/** A new paid service. */
export type NewPaidService = z.infer<typeof NewPaidService>;

/** The events of a paid service. */
export const PaidServiceEventType = {
  sign: 'sign',
  perform: 'perform',
  accept: 'accept',
  reject: 'reject',
  charge: 'charge',
  escalate: 'escalate',
  cancel: 'cancel',
} as const;
/** A paid service event type. */
export type PaidServiceEventType = (typeof PaidServiceEventType)[keyof typeof PaidServiceEventType];

const base = { actor: Actor, at: IsoInstant };

/**
 * One thing that happens to a paid service: `sign` (the customer signs the fee notice),
 * `perform`, `accept` (satisfied, signs) or `reject` (not satisfied: rework), `charge` (the
 * quoted price), `escalate` (malicious non-payment, handed to the responsible staff), `cancel`.
 */
export const PaidServiceEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sign'), ...base, signedBy: text(100) }),
  z.object({ type: z.literal('perform'), ...base, note: z.optional(text(1000)) }),
  z.object({ type: z.literal('accept'), ...base, signedBy: text(100) }),
  z.object({ type: z.literal('reject'), ...base, reason: text(1000) }),
  z.object({ type: z.literal('charge'), ...base, receiptNumber: z.optional(text(50)) }),
  z.object({ type: z.literal('escalate'), ...base, handedTo: Actor, reason: text(500) }),
  z.object({ type: z.literal('cancel'), ...base, reason: text(500) }),
]);
/** One paid service event. */
export type PaidServiceEvent = z.infer<typeof PaidServiceEvent>;

/** A paid service and its history. */
export const PaidService = z.object({
  ...NewPaidService.shape,
  /** `psv_…` */
  id: entityId(IdPrefix.paidService),
  /** The property of the linked unit (`prp_…`): what a property's service desk is scoped by. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  status: PaidServiceStatusSchema,
  /** The customer who signed the fee notice. */
  feeNoticeSignedBy: z.optional(text(100)),
  /** The customer who signed to accept the finished service. */
  acceptedBy: z.optional(text(100)),
  /** The staff member an unpaid service was handed to. */
  handedTo: z.optional(Actor),
  /** What was charged, and when. */
  charged: z.optional(z.object({ amountFen: NonNegativeFen, at: IsoInstant, receiptNumber: z.optional(text(50)) })),
  history: z
    .array(historyEntry(['quote', 'sign', 'perform', 'accept', 'reject', 'charge', 'escalate', 'cancel']))
    .check(z.minLength(1)),
});
/** A paid service. */
export type PaidService = z.infer<typeof PaidService>;
