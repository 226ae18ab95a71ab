import type { ComplaintReceipt } from '@clubkit/core/api';
import type { FieldIssueCode } from '@clubkit/core/service';
import { COMPLAINT_CONTENT_MAX, type ComplaintCategory } from '@clubkit/core/service/vocabulary';
import type { ComplaintFormMessages } from './messages.js';

/** What a person has typed into the complaint form: every field as text, as the inputs hold it. */
export interface ComplaintFormValues {
  name: string;
  company: string;
  /** The unit number (one of unit, plate and card number is needed). */
  unit: string;
  plate: string;
  cardNumber: string;
  content: string;
  phone: string;
  /** A complaint category, or `''` while none is chosen. */
  category: ComplaintCategory | '';
}

/** One input of the form. */
export type ComplaintInputField = keyof ComplaintFormValues;

/** Where an error can show: an input, or `subject` (the unit / plate / card group as a whole). */
export type ComplaintField = ComplaintInputField | 'subject';

/** Every field in the order the form shows them (the error summary follows it). */
export const complaintFields: readonly ComplaintField[] = [
  'name',
  'company',
  'subject',
  'unit',
  'plate',
  'cardNumber',
  'category',
  'content',
  'phone',
];

/** The inputs inside the subject group. */
export const subjectFields: readonly ComplaintInputField[] = ['unit', 'plate', 'cardNumber'];

/** The longest complaint text core's `NewComplaint.content` accepts, for the hint: core's own limit, under the form's name. */
export const complaintContentMax = COMPLAINT_CONTENT_MAX;

/** An empty form. */
export function emptyComplaintValues(): ComplaintFormValues {
  return { name: '', company: '', unit: '', plate: '', cardNumber: '', content: '', phone: '', category: '' };
}

/** True when `value` has the shape of {@link ComplaintFormValues} (a saved draft, say). */
export function isComplaintValues(value: unknown): value is ComplaintFormValues {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Object.keys(emptyComplaintValues()).every((key) => typeof record[key] === 'string');
}

/**
 * One problem with one field: its path, code and the length bound it broke when there is one;
 * the server's issues also carry an English message, which the form does not show (it words
 * issues by code).
 */
export type ComplaintIssue = FieldIssueCode & { message?: string };

/** The form field an issue path points at (`['subject', 'unit']` → `unit`), or undefined for one the form does not show. */
export function fieldOfPath(path: readonly (string | number)[]): ComplaintField | undefined {
  const [first, second] = path;
  if (first === 'subject') {
    if (second === undefined) return 'subject';
    return subjectFields.includes(second as ComplaintInputField) ? (second as ComplaintInputField) : 'subject';
  }
  return complaintFields.includes(first as ComplaintField) ? (first as ComplaintField) : undefined;
}

/**
 * An issue in the person's language. By code, never by zod's English text: an empty required
 * field reads "required" whatever code the schema used for it.
 */
export function issueMessage(
  issue: ComplaintIssue,
  field: ComplaintField,
  values: ComplaintFormValues,
  t: ComplaintFormMessages,
): string {
  if (field === 'subject') return t.formErrorSubjectRequired;
  const value = values[field];
  if (field === 'category') return value === '' ? t.formErrorCategoryRequired : t.formErrorChoose;
  if (value === '' && ['required', 'too_small', 'invalid_type'].includes(issue.code)) return t.formErrorRequired;
  switch (issue.code) {
    case 'required':
      return t.formErrorRequired;
    case 'blank':
      return t.formErrorBlank;
    case 'too_small':
      return t.formErrorTooShort(issue.bound);
    case 'too_big':
      return t.formErrorTooLong(issue.bound);
    case 'invalid_characters':
      return field === 'phone'
        ? t.formErrorPhoneCharacters
        : field === 'cardNumber'
          ? t.formErrorCardNumberCharacters
          : t.formErrorFormat;
    case 'invalid_format':
      return field === 'phone'
        ? t.formErrorPhoneFormat
        : field === 'cardNumber'
          ? t.formErrorCardNumberFormat
          : t.formErrorFormat;
    case 'invalid_value':
      return t.formErrorChoose;
    default:
      return t.formErrorInvalid;
  }
}

/**
 * Issues (from core or from the server's 400 answer) as one message per field, first issue
 * first. Issues at paths the form does not show are left out.
 */
export function fieldErrors(
  issues: readonly ComplaintIssue[],
  values: ComplaintFormValues,
  t: ComplaintFormMessages,
): Partial<Record<ComplaintField, string>> {
  const errors: Partial<Record<ComplaintField, string>> = {};
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field !== undefined && errors[field] === undefined) errors[field] = issueMessage(issue, field, values, t);
  }
  return errors;
}

/**
 * The hours the club gave itself to act on a complaint, read from its receipt (received at, act
 * by): core's `ComplaintAcceptanceHours`, 24 for a normal complaint. The receipt states the same
 * promise as the page, from the same rule, with the moment it ends.
 */
export function followUpHours(receipt: Pick<ComplaintReceipt, 'receivedAt' | 'followUpBy'>): number {
  return Math.max(1, Math.round((Date.parse(receipt.followUpBy) - Date.parse(receipt.receivedAt)) / 3_600_000));
}
