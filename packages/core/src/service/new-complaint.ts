import * as z from 'zod/mini';
import { ComplaintCategorySchema, ComplaintChannelSchema, ComplaintSeveritySchema } from './complaint-type-schemas.js';
import { textSchema } from './fields.js';
import { COMPLAINT_CHOICES, COMPLAINT_TEXT, SUBJECT_TEXT, subjectGiven } from './new-complaint-rules.js';

/**
 * What the complaint is about: the complainant's unit, vehicle plate or member card, at least one
 * (A4 §3.3.6 2 logs the unit; car-owner and insurance clubs know members by plate or card).
 */
export const ComplaintSubject = z
  .object({
    /** The unit number, e.g. `A-1203`. */
    unit: z.optional(textSchema(SUBJECT_TEXT.unit)),
    /** The vehicle plate, as typed; membership normalises plates. */
    plate: z.optional(textSchema(SUBJECT_TEXT.plate)),
    /** The 16-digit member card number, optionally in groups of four. */
    cardNumber: z.optional(textSchema(SUBJECT_TEXT.cardNumber)),
  })
  .check(z.refine(subjectGiven.test, { error: subjectGiven.message, params: { code: subjectGiven.code } }));
/** What a complaint is about. */
export type ComplaintSubject = z.infer<typeof ComplaintSubject>;

/**
 * What a complainant submits: the complaint-log fields of A4 §3.3.6. The server validates with
 * it; each field path is one form field (`subject.unit` for the unit). `checkNewComplaint` applies
 * the same rules without zod, for a page that should not carry it.
 *
 * @example
 * parseInput(NewComplaint, { name: '王小明', subject: { unit: 'A-1203' }, content: '電梯常停', phone: '138 0013 8000', category: 'facility' })
 */
export const NewComplaint = z.object({
  /** The complainant's name. */
  name: textSchema(COMPLAINT_TEXT.name),
  /** The complainant's company, for office tenants. */
  company: z.optional(textSchema(COMPLAINT_TEXT.company)),
  subject: ComplaintSubject,
  /** What happened, in the complainant's words. */
  content: textSchema(COMPLAINT_TEXT.content),
  /** A number to call back on. */
  phone: textSchema(COMPLAINT_TEXT.phone),
  /** @default 'web' */
  channel: z._default(ComplaintChannelSchema, COMPLAINT_CHOICES.channel.default),
  category: ComplaintCategorySchema,
  /** @default 'normal' */
  severity: z._default(ComplaintSeveritySchema, COMPLAINT_CHOICES.severity.default),
});
/** A complaint as submitted, after defaults. */
export type NewComplaint = z.infer<typeof NewComplaint>;
/** A complaint as a form or caller may pass it (`channel` and `severity` optional). */
export type NewComplaintInput = z.input<typeof NewComplaint>;
