import { COMPLAINT_CONTENT_MAX, ComplaintCategory, ComplaintChannel, ComplaintSeverity } from './complaint-types.js';
import { CARD_NUMBER_TEXT, freeText, PHONE_TEXT, UNIT_TEXT, type FieldRule, type TextRule } from './field-rules.js';

// The rules of a new complaint (A4 §3.3.6) as plain data, written once: `NewComplaint`
// (new-complaint.ts) is the schema built from them and `checkNewComplaint`
// (check-new-complaint.ts) applies them without a schema.

/** The text fields of a new complaint, in the order they are checked. @internal */
export const COMPLAINT_TEXT = {
  /** The complainant's name. */
  name: freeText(50),
  /** The complainant's company, for office tenants; optional. */
  company: freeText(100),
  /** What happened, in the complainant's words. */
  content: freeText(COMPLAINT_CONTENT_MAX),
  /** A number to call back on. */
  phone: PHONE_TEXT,
} as const satisfies Record<string, TextRule>;

/** The fields of a complaint's subject, each optional, in the order they are checked. @internal */
export const SUBJECT_TEXT = {
  /** The unit number, e.g. `A-1203`. */
  unit: UNIT_TEXT,
  /** The vehicle plate, as typed; membership normalises plates. */
  plate: { min: 1, max: 20 },
  /** The 16-digit member card number, optionally in groups of four. */
  cardNumber: CARD_NUMBER_TEXT,
} as const satisfies Record<string, TextRule>;

/** A complaint's subject: the unit, plate and card number as given (absent ones undefined). @internal */
export type SubjectFields = { readonly [K in keyof typeof SUBJECT_TEXT]?: unknown };

/** A subject names at least one of unit, plate and card number. @internal */
export const subjectGiven: FieldRule<SubjectFields> = {
  test: (s) => s.unit !== undefined || s.plate !== undefined || s.cardNumber !== undefined,
  code: 'required',
  message: 'Give a unit, a plate or a member card number',
};

/** The choices of a new complaint, and the default of those a caller may leave out. @internal */
export const COMPLAINT_CHOICES = {
  channel: { values: ComplaintChannel, default: ComplaintChannel.web },
  category: { values: ComplaintCategory },
  severity: { values: ComplaintSeverity, default: ComplaintSeverity.normal },
} as const;
