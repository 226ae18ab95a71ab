import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { entityId, type IdPrefix } from '../shared/ids.js';
import { freeText, PHONE_TEXT, UNIT_TEXT, type TextRule } from './field-rules.js';

// Field schemas shared by the service records. Messages are written for people filling a form.

/** The schema of a text field with `rule`'s checks; refinements report their code for `toClubIssue`. */
export function textSchema(rule: TextRule) {
  const checks: z.core.$ZodCheck<string>[] = [];
  if (rule.charset !== undefined) {
    const { test, code, message } = rule.charset;
    checks.push(z.refine<string>(test, { error: message, params: { code } }));
  }
  if (rule.min !== undefined) checks.push(z.minLength(rule.min));
  if (rule.max !== undefined) checks.push(z.maxLength(rule.max));
  if (rule.pattern !== undefined) checks.push(z.regex(rule.pattern));
  for (const { test, code, message } of rule.refinements ?? []) {
    checks.push(z.refine<string>(test, { error: message, params: { code } }));
  }
  return z.string().check(...checks);
}

/** Free text of 1 to `max` characters that is not only white space. */
export function text(max: number) {
  return textSchema(freeText(max));
}

/** A phone number: 7–20 characters of digits, spaces, `+` and `-`, e.g. `+86 138-0013-8000`. */
export const Phone = textSchema(PHONE_TEXT);

/** A unit (flat, office or shop) number as the building writes it, e.g. `A-1203`. */
export const Unit = textSchema(UNIT_TEXT);

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
