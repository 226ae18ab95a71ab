import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { Actor, Phone, Unit, text } from './fields.js';
import { historyEntry } from './workflow.js';

/** Where a repair order is (A4 §3.4.4). */
export const RepairStatus = {
  /** Written in the repair register. */
  registered: 'registered',
  /** The work order reached engineering and was signed for, with the time. */
  dispatched: 'dispatched',
  /** The engineering supervisor approved a repair of a non-public item. */
  assessed: 'assessed',
  /** The supervisor declined a repair of a non-public item. */
  declined: 'declined',
  /** The work is done and written on the order. */
  done: 'done',
  /** The customer tested the repair and signed the order. */
  signedOff: 'signed-off',
  /** Withdrawn before the work was done. */
  cancelled: 'cancelled',
} as const;
/** A repair order status. */
export type RepairStatus = (typeof RepairStatus)[keyof typeof RepairStatus];
/** Schema of {@link RepairStatus}. */
export const RepairStatusSchema = z.enum(RepairStatus);

/** The result of checking a material: A4 §3.4.4 7 writes 合格 (pass) or 不合格 (fail) on the order. */
export const MaterialCheck = { pass: 'pass', fail: 'fail', pending: 'pending' } as const;
/** A material check result. */
export type MaterialCheck = (typeof MaterialCheck)[keyof typeof MaterialCheck];
/** Schema of {@link MaterialCheck}. */
export const MaterialCheckSchema = z.enum(MaterialCheck);

/** A material used for a repair. */
export const RepairMaterial = z.object({
  name: text(100),
  /** Materials the customer supplies must pass the repairer's check before the work is done. */
  suppliedByCustomer: z.boolean(),
  /** @default 'pending' */
  check: z._default(MaterialCheckSchema, MaterialCheck.pending),
});
/** A repair material. */
export type RepairMaterial = z.infer<typeof RepairMaterial>;

/** A repair request as registered (A4 §3.4.4 1–2). */
export const NewRepairOrder = z.object({
  /** The customer's name or company. */
  customer: text(100),
  phone: Phone,
  unit: Unit,
  /** What needs repairing. */
  content: text(2000),
  /** The appointment agreed with the customer. */
  appointmentAt: IsoInstant,
  /** A public (building-owned) item is fixed before the appointment; any other is assessed first. */
  publicItem: z.boolean(),
  /** The unit of the service desk's archive, `unt_…`; the server adds its property. */
  unitId: z.optional(entityId(IdPrefix.unit)),
});
/** A new repair order. */
export type NewRepairOrder = z.infer<typeof NewRepairOrder>;

/** The events of a repair order. */
export const RepairEventType = {
  dispatch: 'dispatch',
  assess: 'assess',
  decline: 'decline',
  recordMaterials: 'recordMaterials',
  complete: 'complete',
  signOff: 'signOff',
  cancel: 'cancel',
} as const;
/** A repair event type. */
export type RepairEventType = (typeof RepairEventType)[keyof typeof RepairEventType];

const base = { actor: Actor, at: IsoInstant };

/**
 * One thing that happens to a repair order: `dispatch` (engineering signs for the order and
 * writes the time), `assess` or `decline` (supervisor, non-public items), `recordMaterials`
 * (the list with its checks, replacing the previous one), `complete` (the work done),
 * `signOff` (the customer), `cancel`.
 */
export const RepairEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('dispatch'), ...base, receivedBy: Actor, receivedAt: IsoInstant }),
  z.object({ type: z.literal('assess'), ...base, note: z.optional(text(1000)) }),
  z.object({ type: z.literal('decline'), ...base, reason: text(500) }),
  z.object({
    type: z.literal('recordMaterials'),
    ...base,
    materials: z.array(RepairMaterial).check(z.minLength(1), z.maxLength(50)),
  }),
  z.object({ type: z.literal('complete'), ...base, work: text(2000) }),
  z.object({ type: z.literal('signOff'), ...base, signedBy: text(100) }),
  z.object({ type: z.literal('cancel'), ...base, reason: text(500) }),
]);
/** One repair event. */
export type RepairEvent = z.infer<typeof RepairEvent>;
/** A repair event as a caller may pass it (material checks optional). */
export type RepairEventInput = z.input<typeof RepairEvent>;

/** A repair work order and its history. */
export const RepairOrder = z.object({
  ...NewRepairOrder.shape,
  /** `rep_…` */
  id: entityId(IdPrefix.repair),
  /** The property of the linked unit (`prp_…`): what a property's service desk is scoped by. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  status: RepairStatusSchema,
  /** Who in engineering signed for the work order. */
  receivedBy: z.optional(Actor),
  /** When engineering received it, as written on the order. */
  receivedAt: z.optional(IsoInstant),
  /** The supervisor's assessment of a non-public item. */
  assessment: z.optional(z.object({ by: Actor, at: IsoInstant, note: z.optional(text(1000)) })),
  materials: z.optional(z.array(RepairMaterial)),
  /** The work done, as confirmed on site. */
  work: z.optional(text(2000)),
  /** The customer who tested the repair and signed. */
  signedOffBy: z.optional(text(100)),
  history: z
    .array(
      historyEntry(['register', 'dispatch', 'assess', 'decline', 'recordMaterials', 'complete', 'signOff', 'cancel']),
    )
    .check(z.minLength(1)),
});
/** A repair order. */
export type RepairOrder = z.infer<typeof RepairOrder>;
