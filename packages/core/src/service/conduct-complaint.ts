import * as z from 'zod/mini';
import { ClubError } from '../shared/errors.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { ServiceErrorCode } from './errors.js';
import { Phone, text } from './fields.js';

// A complaint about one staff member's conduct (A4 §3.3.6 5, 對於某個人違紀的投訴): the desk
// records what happened, the witnesses (證明人) and the evidence (證物); the staff member's manager
// handles it; the staff member complained about never sees it — not in a list, not by id.

/** A witness of a staff member's conduct (證明人), with what they saw when they said it. */
export const ConductWitness = z.object({
  name: text(100),
  /** A number to reach the witness on. */
  phone: z.optional(Phone),
  /** What the witness says they saw or heard. */
  statement: z.optional(text(1000)),
});
/** A witness of a staff member's conduct. */
export type ConductWitness = z.infer<typeof ConductWitness>;

/** A piece of evidence (證物): what it is and where the desk keeps it. */
export const ConductEvidence = z.object({
  /** What it is, e.g. `lobby camera recording, 14:05–14:20`. */
  description: text(500),
  /** Where it is filed or stored, e.g. a cabinet or a file number. */
  reference: z.optional(text(200)),
});
/** A piece of evidence. */
export type ConductEvidence = z.infer<typeof ConductEvidence>;

/** The most witnesses and pieces of evidence one conduct complaint records. */
export const CONDUCT_LIST_MAX = 20;

/** What the desk records of a conduct complaint besides the complaint form: whom it is about, and the proof. */
export const NewConductDetails = z.object({
  /** The staff member complained about, `stf_…`. */
  staffId: entityId(IdPrefix.staff),
  /** @default [] */
  witnesses: z._default(z.array(ConductWitness).check(z.maxLength(CONDUCT_LIST_MAX)), () => []),
  /** @default [] */
  evidence: z._default(z.array(ConductEvidence).check(z.maxLength(CONDUCT_LIST_MAX)), () => []),
});
/** The conduct part of a new conduct complaint, after defaults. */
export type NewConductDetails = z.infer<typeof NewConductDetails>;
/** The conduct part as a caller may pass it (`witnesses` and `evidence` optional). */
export type NewConductDetailsInput = z.input<typeof NewConductDetails>;

/** The conduct part of a complaint in the log: the staff member, the handler, the witnesses and evidence. */
export const ConductDetails = z.object({
  staffId: entityId(IdPrefix.staff),
  /** The staff member's name when the complaint was logged, for the desk to read (absent on older records). */
  staffName: z.optional(z.string()),
  /** The staff member's manager, who handles the complaint, `stf_…`. */
  handlerId: entityId(IdPrefix.staff),
  /** The handler's name when the complaint was logged (absent on older records). */
  handlerName: z.optional(z.string()),
  witnesses: z.array(ConductWitness).check(z.maxLength(CONDUCT_LIST_MAX)),
  evidence: z.array(ConductEvidence).check(z.maxLength(CONDUCT_LIST_MAX)),
});
/** The conduct part of a complaint. */
export type ConductDetails = z.infer<typeof ConductDetails>;

/** The staff member a conduct complaint names, as the staff records know them. */
export interface AccusedStaff {
  id: string;
  /** Their name, kept with the complaint so the desk reads a name, not an id. */
  name?: string | undefined;
  /** Their manager, `stf_…`, when recorded. */
  managerId?: string | undefined;
}

/**
 * The conduct part of a new complaint: the staff member's manager becomes its handler. Throws
 * `complaint/no-manager` when the staff member has no manager on record, or is recorded as their
 * own: a complaint about someone is never handled by that someone.
 *
 * @example
 * conductDetails({ staffId: 'stf_1', witnesses: [{ name: '李四' }] }, { id: 'stf_1', managerId: 'stf_mgr' })
 * // { staffId: 'stf_1', handlerId: 'stf_mgr', witnesses: [{ name: '李四' }], evidence: [] }
 *
 * @param managerName the handler's name, kept with the complaint beside the staff member's own
 */
export function conductDetails(input: NewConductDetails, staff: AccusedStaff, managerName?: string): ConductDetails {
  const { managerId } = staff;
  if (managerId === undefined || managerId === staff.id) {
    throw new ClubError(
      ServiceErrorCode.conductNoManager,
      'The staff member has no manager on record to handle a complaint about them; record their manager first.',
      { details: { staffId: staff.id } },
    );
  }
  return {
    staffId: input.staffId,
    ...(staff.name === undefined ? {} : { staffName: staff.name }),
    handlerId: managerId,
    ...(managerName === undefined ? {} : { handlerName: managerName }),
    witnesses: input.witnesses,
    evidence: input.evidence,
  };
}

/** Who is looking at complaints: the staff member behind the request (none for a key), and their role. */
export interface ComplaintViewer {
  /** The signed-in staff member, `stf_…`; undefined for a secret key, a member or a partner page. */
  staffId?: string | undefined;
  /** Whether the viewer is the club's administrator (or a key acting as one). */
  admin: boolean;
}

/**
 * The one visibility rule of conduct complaints, as a filter for a query: the staff id whose
 * conduct complaints the viewer must not see (rows with that `conduct.staffId` are left out), or
 * undefined when the viewer is not a staff member. The server's list, unit timeline and lookups
 * all filter with it; {@link complaintVisibleTo} is the same rule for one complaint.
 *
 * @example
 * hiddenConductOf({ staffId: 'stf_1', admin: false }) // 'stf_1'
 * hiddenConductOf({ admin: true }) // undefined
 */
export function hiddenConductOf(viewer: ComplaintViewer): string | undefined {
  return viewer.staffId;
}

/**
 * Whether the viewer may see the complaint at all: every complaint but a conduct complaint about
 * the viewer themselves. Access by role and property is `can`'s, asked separately.
 *
 * @example
 * complaintVisibleTo({ conduct: { staffId: 'stf_1', … } }, { staffId: 'stf_1', admin: true }) // false
 */
export function complaintVisibleTo(complaint: { conduct?: { staffId: string } | undefined }, viewer: ComplaintViewer) {
  const hidden = hiddenConductOf(viewer);
  const accused = conductStaffOf(complaint);
  return accused === undefined || hidden === undefined || accused !== hidden;
}

/**
 * The field the visibility rule compares: the staff member a complaint is about, `stf_…`, or
 * undefined for a complaint that is not about anyone's conduct. A store that filters in its query
 * keeps this value in a column of its own and leaves a row out exactly when
 * {@link complaintVisibleTo} would: the column equals {@link hiddenConductOf} of the viewer.
 *
 * @example
 * conductStaffOf({ conduct: { staffId: 'stf_1', … } }) // 'stf_1'
 * conductStaffOf({}) // undefined
 */
export function conductStaffOf(complaint: { conduct?: { staffId: string } | undefined }): string | undefined {
  return complaint.conduct?.staffId;
}

/**
 * Throws `complaint/not-handler` unless the viewer may move the conduct complaint along: its
 * handler (the manager), the administrator, or a key (no staff member); a general complaint
 * passes. The staff member complained about is never asked: they cannot see it.
 *
 * @example
 * assertConductHandler({ conduct: { handlerId: 'stf_mgr', … } }, { staffId: 'stf_desk', admin: false }) // throws
 */
export function assertConductHandler(
  complaint: { conduct?: { handlerId: string } | undefined },
  viewer: ComplaintViewer,
): void {
  const conduct = complaint.conduct;
  if (conduct === undefined || viewer.admin || viewer.staffId === undefined || viewer.staffId === conduct.handlerId)
    return;
  throw new ClubError(
    ServiceErrorCode.conductNotHandler,
    "A complaint about a staff member's conduct is handled by their manager.",
    { details: { handlerId: conduct.handlerId } },
  );
}
