import * as z from 'zod/mini';
import { entityId, IdPrefix } from '../shared/ids.js';
import { Plate } from './plate.js';

/** A person's name as registered: 1 to 50 characters. @internal */
export const PersonName = z.string().check(z.minLength(1), z.maxLength(50));

/**
 * A phone number as typed: 7 to 20 characters of digits, spaces and hyphens, optionally led
 * by `+`; it starts and ends with a digit.
 * @internal
 */
export const Phone = z.stringFormat('phone', /^\+?\d(?:[\d -]*\d)?$/).check(z.minLength(7), z.maxLength(20));

/** An e-mail address. @internal */
export const Email = z.email().check(z.maxLength(254));

/** A club member: a policyholder or a car owner with a VIP card. */
export const Member = z.object({
  id: entityId(IdPrefix.member),
  name: PersonName,
  phone: Phone,
  /** The branch the member is insured with; branch operators see only their own branch's members. */
  branchId: entityId(IdPrefix.branch),
  email: z.optional(Email),
});
/** A club member. */
export type Member = z.infer<typeof Member>;

/** A member's vehicle, identified by its normalised plate. */
export const Vehicle = z.object({
  id: entityId(IdPrefix.vehicle),
  memberId: entityId(IdPrefix.member),
  plate: Plate,
  model: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
/** A member's vehicle. */
export type Vehicle = z.infer<typeof Vehicle>;
