import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { Phone, Unit, text } from './fields.js';

/** A person the desk can reach about a unit: the owner's staff, an emergency contact (A4 §3.11.3). */
export const UnitContact = z.object({
  name: text(100),
  phone: Phone,
  /** What the person is to the unit, e.g. `tenant`, `office manager`, `emergency`. */
  role: z.optional(text(50)),
});
/** A contact of a unit. */
export type UnitContact = z.infer<typeof UnitContact>;

/** A unit (house number) of a property as the desk registers it in the customer archive (A4 §3.11). */
export const NewPropertyUnit = z.object({
  /** The property (estate) the unit is in, `prp_…`. */
  propertyId: entityId(IdPrefix.property),
  /** The house number as the building writes it, e.g. `A-1203`. */
  number: Unit,
  /** The owner or tenant of record: a person or a company. */
  owner: z.object({ name: text(100), phone: z.optional(Phone) }),
  /** @default [] */
  contacts: z._default(z.array(UnitContact).check(z.maxLength(20)), () => []),
  /** The floor area in square metres, which decides a renovation's fire review. */
  areaSqm: z.optional(z.number().check(z.positive(), z.maximum(1_000_000))),
});
/** A new unit. */
export type NewPropertyUnit = z.infer<typeof NewPropertyUnit>;
/** A new unit as a caller may pass it (`contacts` optional). */
export type NewPropertyUnitInput = z.input<typeof NewPropertyUnit>;

/** A change of a unit's archive data; the property a unit is in never changes. */
export const PropertyUnitPatch = z.object({
  number: z.optional(NewPropertyUnit.shape.number),
  owner: z.optional(NewPropertyUnit.shape.owner),
  contacts: z.optional(z.array(UnitContact).check(z.maxLength(20))),
  areaSqm: NewPropertyUnit.shape.areaSqm,
});
/** A change of a unit. */
export type PropertyUnitPatch = z.infer<typeof PropertyUnitPatch>;

/** A unit of a property in the customer archive. */
export const PropertyUnit = z.object({
  ...NewPropertyUnit.shape,
  /** `unt_…` */
  id: entityId(IdPrefix.unit),
  contacts: z.array(UnitContact),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
});
/** A unit of a property. */
export type PropertyUnit = z.infer<typeof PropertyUnit>;

/** The link a desk record keeps to its unit: the unit and, from it, the property. */
export interface UnitLink {
  unitId: string;
  propertyId: string;
}

/**
 * The fields that tie a complaint, repair, paid service, visit or procedure to a unit: its id and
 * its property's, which is what a property's desk is scoped by. The property always comes from
 * the unit, never from what a caller sends.
 *
 * @example
 * unitLink({ id: 'unt_1', propertyId: 'prp_garden', … }) // { unitId: 'unt_1', propertyId: 'prp_garden' }
 */
export function unitLink(unit: Pick<PropertyUnit, 'id' | 'propertyId'>): UnitLink {
  return { unitId: unit.id, propertyId: unit.propertyId };
}
