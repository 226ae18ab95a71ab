import * as z from 'zod/mini';
import {
  ComplaintCategorySchema,
  ComplaintChannel,
  ComplaintChannelSchema,
  ComplaintSeverity,
  ComplaintSeveritySchema,
} from './complaint-types.js';
import { Phone, Unit, text } from './fields.js';

/**
 * What the complaint is about: the complainant's unit, vehicle plate or member card, at least one
 * (A4 §3.3.6 2 logs the unit; car-owner and insurance clubs know members by plate or card).
 */
export const ComplaintSubject = z
  .object({
    /** The unit number, e.g. `A-1203`. */
    unit: z.optional(Unit),
    /** The vehicle plate, as typed; membership normalises plates. */
    plate: z.optional(z.string().check(z.minLength(1), z.maxLength(20))),
    /** The 16-digit member card number, optionally in groups of four. */
    cardNumber: z.optional(z.string().check(z.regex(/^\d{4} ?\d{4} ?\d{4} ?\d{4}$/))),
  })
  .check(
    z.refine((s) => s.unit !== undefined || s.plate !== undefined || s.cardNumber !== undefined, {
      error: 'Give a unit, a plate or a member card number',
      params: { code: 'required' },
    }),
  );
/** What a complaint is about. */
export type ComplaintSubject = z.infer<typeof ComplaintSubject>;

/** The longest complaint text, in characters: what the form counts down from. */
export const COMPLAINT_CONTENT_MAX = 2000;

/**
 * What a complainant submits: the complaint-log fields of A4 §3.3.6. The complaint form
 * validates with it; each field path is one form field (`subject.unit` for the unit).
 *
 * @example
 * parseInput(NewComplaint, { name: '王小明', subject: { unit: 'A-1203' }, content: '電梯常停', phone: '138 0013 8000', category: 'facility' })
 */
export const NewComplaint = z.object({
  /** The complainant's name. */
  name: text(50),
  /** The complainant's company, for office tenants. */
  company: z.optional(text(100)),
  subject: ComplaintSubject,
  /** What happened, in the complainant's words. */
  content: text(COMPLAINT_CONTENT_MAX),
  /** A number to call back on. */
  phone: Phone,
  /** @default 'web' */
  channel: z._default(ComplaintChannelSchema, ComplaintChannel.web),
  category: ComplaintCategorySchema,
  /** @default 'normal' */
  severity: z._default(ComplaintSeveritySchema, ComplaintSeverity.normal),
});
/** A complaint as submitted, after defaults. */
export type NewComplaint = z.infer<typeof NewComplaint>;
/** A complaint as a form or caller may pass it (`channel` and `severity` optional). */
export type NewComplaintInput = z.input<typeof NewComplaint>;
