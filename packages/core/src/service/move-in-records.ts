import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { text } from './fields.js';

/** The papers a customer brings to move in (A4 §3.1.4 2): their own, or an agent's with a power of attorney. */
export const MoveInDocument = {
  /** A copy of the customer's identity papers. */
  identity: 'identity',
  /** A copy of the company's business licence. */
  businessLicence: 'business-licence',
  /** The original power of attorney signed by the customer and sealed, when an agent comes. */
  powerOfAttorney: 'power-of-attorney',
  /** A copy of the agent's identity papers. */
  agentIdentity: 'agent-identity',
} as const;
/** A move-in document. */
export type MoveInDocument = (typeof MoveInDocument)[keyof typeof MoveInDocument];
/** Schema of {@link MoveInDocument}. */
export const MoveInDocumentSchema = z.enum(MoveInDocument);

/**
 * What the desk offers a customer whose papers are incomplete (A4 §3.1.3 3): an alternative way
 * to complete them (`substitute`) or a later date for the hand-over (`second-appointment`).
 */
export const MoveInRemedy = { substitute: 'substitute', secondAppointment: 'second-appointment' } as const;
/** A remedy for missing move-in papers. */
export type MoveInRemedy = (typeof MoveInRemedy)[keyof typeof MoveInRemedy];

interface RemedyFields {
  remedy: MoveInRemedy;
  substitute?: string | undefined;
  appointmentOn?: string | undefined;
}

/** The checks of {@link MissingDocuments}: a substitute says what, a second appointment says when. */
export const missingDocumentsChecks = [
  z.refine<RemedyFields>((m) => m.remedy !== 'substitute' || m.substitute !== undefined, {
    error: 'Say which alternative the customer was offered',
    path: ['substitute'],
    params: { code: 'required' },
  }),
  z.refine<RemedyFields>((m) => m.remedy !== 'second-appointment' || m.appointmentOn !== undefined, {
    error: 'Give the date of the second appointment',
    path: ['appointmentOn'],
    params: { code: 'required' },
  }),
] as const;

/** Missing papers and the remedy offered: a substitute says what, a second appointment says when. */
export const MissingDocuments = z
  .object({
    documents: z.array(MoveInDocumentSchema).check(z.minLength(1), z.maxLength(4)),
    remedy: z.enum(MoveInRemedy),
    /** The alternative accepted, e.g. the papers sent by fax by the end of the day. */
    substitute: z.optional(text(500)),
    /** The date of the second appointment. */
    appointmentOn: z.optional(IsoDate),
  })
  .check(...missingDocumentsChecks);
/** Missing move-in papers and the remedy offered. */
export type MissingDocuments = z.infer<typeof MissingDocuments>;

const Reading = z.number().check(z.nonnegative(), z.maximum(1_000_000_000));

/** The unit's meter readings at move-in (A4 §1.2.2 能源表底, §3.1.4 3 2]): water, electricity and gas when piped. */
export const MeterReadings = z.object({
  /** kWh. */
  electricity: Reading,
  /** m³. */
  water: Reading,
  /** m³; absent when the unit has no gas supply. */
  gas: z.optional(Reading),
});
/** Move-in meter readings. */
export type MeterReadings = z.infer<typeof MeterReadings>;

/** One line of the unit facilities list (單元設施交接單, A4 §1.2.2, §3.1.4 3 3]). */
export const FacilityItem = z.object({
  item: text(100),
  count: z.int().check(z.minimum(1), z.maximum(1000)),
  /** A defect is passed to engineering on the defects form (§3.1.4 3 4]). */
  condition: z.enum(['good', 'defective']),
  note: z.optional(text(300)),
});
/** A line of the facilities list. */
export type FacilityItem = z.infer<typeof FacilityItem>;

/** The unit's facilities list as handed over. */
export const FacilitiesList = z.array(FacilityItem).check(z.minLength(1), z.maxLength(200));

/** A set of keys signed for (單元鑰匙簽收表, A4 §3.1.4 3 3]), e.g. `Front door` × 3. */
export const KeySet = z.object({
  label: text(50),
  count: z.int().check(z.minimum(1), z.maximum(100)),
});
/** A set of keys. */
export type KeySet = z.infer<typeof KeySet>;

/** The keys handed over. */
export const KeysList = z.array(KeySet).check(z.minLength(1), z.maxLength(50));
