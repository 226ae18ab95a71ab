// Core's complaint rules, applied to what a person typed. The form loads this module on demand
// (the first time a field changes or is checked), so that a page's first file does not carry
// the rules; the Club API checks every complaint with the same ones.
import { checkNewComplaintFields, type NewComplaint } from '@clubkit/core/service';
import { subjectFields, type ComplaintFormValues, type ComplaintIssue } from './complaint-fields.js';

/** `value`, or undefined when nothing but white space was typed (optional fields are then left out). */
function given(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

/**
 * The form's text as the object core's `NewComplaint` schema reads: empty optional fields left
 * out, channel `web`, severity `normal`. Required fields are passed as typed, so core judges them.
 */
export function complaintInput(values: ComplaintFormValues): Record<string, unknown> {
  const subject: Record<string, string> = {};
  for (const field of subjectFields) {
    const value = given(values[field]);
    if (value !== undefined) subject[field] = value;
  }
  const company = given(values.company);
  return {
    name: values.name,
    ...(company === undefined ? {} : { company }),
    subject,
    content: values.content,
    phone: values.phone,
    channel: 'web',
    category: values.category === '' ? undefined : values.category,
    severity: 'normal',
  };
}

/**
 * Checks the form with core's complaint rules (`checkNewComplaintFields`, the rules
 * `NewComplaint` is built from, without zod and without their English wording): the complaint
 * to send, or the issues.
 */
export function checkComplaint(
  values: ComplaintFormValues,
): { complaint: NewComplaint; issues: [] } | { complaint: undefined; issues: ComplaintIssue[] } {
  const result = checkNewComplaintFields(complaintInput(values));
  return result.ok ? { complaint: result.value, issues: [] } : { complaint: undefined, issues: result.issues };
}
