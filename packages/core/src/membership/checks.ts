import * as z from 'zod/mini';
import { compareDates } from '../shared/calendar.js';

type Payload = z.core.ParsePayload;

/** Cross-field rules run only once every field has passed its own schema. */
const fieldsValid = (payload: Payload): boolean => payload.issues.length === 0;

/**
 * A refinement over a whole object that runs only when its fields are valid, so `rule`
 * may rely on their types.
 * @internal
 */
export function crossCheck<T>(rule: (value: T) => boolean, message: string, path: (string | number)[]) {
  return z.refine<T>(rule, { error: message, path, when: fieldsValid });
}

/** A cross-field rule: the date in `later` is on or after the date in `earlier`. @internal */
export function notBefore<K extends string, L extends string>(earlier: K, later: L, message: string) {
  return crossCheck<Record<K | L, string>>((value) => compareDates(value[earlier], value[later]) <= 0, message, [
    later,
  ]);
}
