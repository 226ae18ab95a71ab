import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { ComplaintCategorySchema, ComplaintStatusSchema } from './complaint-type-schemas.js';
import { ComplaintCategory, ComplaintSeverity, ComplaintStatus } from './complaint-types.js';
import { instantMs } from './instants.js';

/**
 * Categories that are serious however they arrive: a promise the club broke (the member's right
 * to complain, A3 art.7 right 5) goes straight to the customer-service manager (A4 §3.3.4 3).
 */
export const SeriousComplaintCategories: readonly ComplaintCategory[] = [ComplaintCategory.brokenPromise];

/** Days within which a second complaint about the same thing from the same contact is a repeat. */
export const REPEAT_COMPLAINT_DAYS = 30;

/** What {@link complaintSeverityByRule} reads: the new complaint and the contact's earlier ones. */
export const ComplaintSeverityInput = z.object({
  category: ComplaintCategorySchema,
  /** When the new complaint is received. */
  now: IsoInstant,
  /** Earlier complaints from the same contact (same phone number, or the same member). */
  earlier: z.array(
    z.object({ category: ComplaintCategorySchema, status: ComplaintStatusSchema, receivedAt: IsoInstant }),
  ),
});
/** Input of {@link complaintSeverityByRule}. */
export type ComplaintSeverityInput = z.infer<typeof ComplaintSeverityInput>;

/**
 * The severity of a complaint filed online (publishable key or member session), where the
 * complainant does not choose it: `serious` for a category in {@link SeriousComplaintCategories},
 * or for a repeat complaint (the same contact complained about the same category within
 * {@link REPEAT_COMPLAINT_DAYS} days and that complaint is not closed yet); otherwise `normal`.
 * Staff who log a call, visit or letter set the severity themselves.
 *
 * @example
 * complaintSeverityByRule({ category: 'facility', now: '2026-11-27T02:00:00Z', earlier: [] }) // 'normal'
 */
export function complaintSeverityByRule(input: ComplaintSeverityInput): ComplaintSeverity {
  const { category, now, earlier } = parseInput(ComplaintSeverityInput, input, 'complaint severity');
  if (SeriousComplaintCategories.includes(category)) return ComplaintSeverity.serious;
  const since = instantMs(now) - REPEAT_COMPLAINT_DAYS * 86_400_000;
  const repeat = earlier.some(
    (c) =>
      c.category === category &&
      c.status !== ComplaintStatus.closed &&
      instantMs(c.receivedAt) >= since &&
      instantMs(c.receivedAt) <= instantMs(now),
  );
  return repeat ? ComplaintSeverity.serious : ComplaintSeverity.normal;
}
