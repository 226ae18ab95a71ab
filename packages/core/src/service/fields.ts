import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { entityId, type IdPrefix } from '../shared/ids.js';

// Field schemas shared by the service records. Messages are written for people filling a form.

const notBlank = z.refine<string>((value) => value.length === 0 || /\S/.test(value), {
  error: 'Must not be blank',
  params: { code: 'blank' },
});

/** Free text of 1 to `max` characters that is not only white space. */
export function text(max: number) {
  return z.string().check(z.minLength(1), z.maxLength(max), notBlank);
}

const PHONE = /^\+?\d[\d -]*\d$/;

/** A phone number: 7–20 characters of digits, spaces, `+` and `-`, e.g. `+86 138-0013-8000`. */
export const Phone = z.string().check(
  z.minLength(7),
  z.maxLength(20),
  z.refine<string>((value) => value.length < 7 || value.length > 20 || PHONE.test(value), {
    error: 'Use digits, spaces, + and - only',
    params: { code: 'invalid_format' },
  }),
);

/** A unit (flat, office or shop) number as the building writes it, e.g. `A-1203`. */
export const Unit = text(50);

/** Who did something: a staff id, `member:mbr_…` or a system name. */
export const Actor = z.string().check(z.minLength(1), z.maxLength(100));

/** Schema of the options every `create…` function takes: the new id, when, and who. */
export function recordOptions(prefix: IdPrefix) {
  return z.object({
    /** The new record's id, with its type prefix. */
    id: entityId(prefix),
    /** When the record was created. */
    now: IsoInstant,
    /** Who created it. */
    actor: Actor,
  });
}
