import type { ProcedureEventRequest } from '@clubkit/core/api';
import type {
  FacilityItem,
  InspectingDepartment,
  MoveInDocument,
  MoveInRemedy,
  RenovationViolation,
} from '@clubkit/core/service';

// The forms of a renovation's and a move-in's records (A4 §3.2, §3.1): their fields, and the
// event each builds from what the desk typed. The Club API checks the rules; these only shape
// the input and name what is missing or malformed before anything is sent.

/** The record events this module builds. */
export type RecordEventType = Extract<
  ProcedureEventRequest['type'],
  | 'checkContractor'
  | 'inspectSite'
  | 'recordViolation'
  | 'documentsMissing'
  | 'recordMeterReadings'
  | 'recordFacilities'
  | 'handOverKeys'
>;

/** A field of the record forms. */
export type RecordField =
  | 'contractorName'
  | 'licenceNumber'
  | 'grade'
  | 'department'
  | 'findings'
  | 'violation'
  | 'finding'
  | 'document'
  | 'remedy'
  | 'substitute'
  | 'appointmentOn'
  | 'electricity'
  | 'water'
  | 'gas'
  | 'facilities'
  | 'keyLabel'
  | 'keyCount';

/** The fields of each record form, in order. */
export const RECORD_FIELDS: Readonly<Record<RecordEventType, readonly RecordField[]>> = {
  checkContractor: ['contractorName', 'licenceNumber', 'grade'],
  inspectSite: ['department', 'findings'],
  recordViolation: ['department', 'violation', 'finding'],
  documentsMissing: ['document', 'remedy', 'substitute', 'appointmentOn'],
  recordMeterReadings: ['electricity', 'water', 'gas'],
  recordFacilities: ['facilities'],
  handOverKeys: ['keyLabel', 'keyCount'],
};

/** The record fields that may stay empty. */
export const RECORD_OPTIONAL: ReadonlySet<string> = new Set<RecordField>(['gas', 'substitute', 'appointmentOn']);

/** The choices of the select fields. */
export const GRADES = [1, 2, 3, 4] as const;
export const INSPECTORS: readonly InspectingDepartment[] = ['customer-service', 'engineering', 'security'];
export const VIOLATIONS: readonly RenovationViolation[] = [
  'off-drawings',
  'no-pass',
  'fire-safety',
  'waste',
  'noise',
  'unprotected',
  'misconduct',
  'unlawful',
];
export const DOCUMENTS: readonly MoveInDocument[] = [
  'identity',
  'business-licence',
  'power-of-attorney',
  'agent-identity',
];
export const REMEDIES: readonly MoveInRemedy[] = ['substitute', 'second-appointment'];

/** Why a field's value was refused before sending. */
export type RecordFieldProblem = 'required' | 'number' | 'count' | 'lines';

const reading = (text: string): number | undefined => {
  const n = Number(text.normalize('NFKC'));
  return text !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
};
const count = (text: string): number | undefined => {
  const n = Number(text.normalize('NFKC'));
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : undefined;
};

/**
 * The facilities list from its text: one item a line, `item, count` or `item, count, defect`
 * (full-width commas too); a line with a third part is a defective item with that note.
 * Undefined when a line does not read so.
 */
export function parseFacilities(text: string): FacilityItem[] | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const items: FacilityItem[] = [];
  for (const line of lines) {
    const [item = '', n = '', ...rest] = line.split(/[,，]/).map((p) => p.trim());
    const note = rest.join('，').trim();
    const c = count(n);
    if (item === '' || c === undefined) return undefined;
    items.push(note === '' ? { item, count: c, condition: 'good' } : { item, count: c, condition: 'defective', note });
  }
  return items.length > 0 ? items : undefined;
}

/**
 * The event a record form builds from its values, or the fields it refuses (required ones empty,
 * numbers and facility lines that do not read).
 */
export function recordEvent(
  type: RecordEventType,
  value: (name: RecordField) => string,
): { event: ProcedureEventRequest } | { problems: Partial<Record<RecordField, RecordFieldProblem>> } {
  const problems: Partial<Record<RecordField, RecordFieldProblem>> = {};
  for (const name of RECORD_FIELDS[type])
    if (!RECORD_OPTIONAL.has(name) && value(name) === '') problems[name] = 'required';
  const numeric = (name: RecordField, parse: (t: string) => number | undefined, problem: RecordFieldProblem) => {
    const n = value(name) === '' ? undefined : parse(value(name));
    if (value(name) !== '' && n === undefined) problems[name] = problem;
    return n;
  };
  let event: ProcedureEventRequest;
  switch (type) {
    case 'checkContractor':
      event = {
        type,
        contractor: {
          name: value('contractorName'),
          licenceNumber: value('licenceNumber'),
          qualificationGrade: Number(value('grade')),
        },
      };
      break;
    case 'inspectSite':
      event = { type, department: value('department') as InspectingDepartment, findings: value('findings') };
      break;
    case 'recordViolation':
      event = {
        type,
        department: value('department') as InspectingDepartment,
        violation: value('violation') as RenovationViolation,
        finding: value('finding'),
      };
      break;
    case 'documentsMissing': {
      const remedy = value('remedy') as MoveInRemedy;
      if (remedy === 'substitute' && value('substitute') === '') problems['substitute'] = 'required';
      if (remedy === 'second-appointment' && value('appointmentOn') === '') problems['appointmentOn'] = 'required';
      event = {
        type,
        documents: [value('document') as MoveInDocument],
        remedy,
        ...(remedy === 'substitute' ? { substitute: value('substitute') } : { appointmentOn: value('appointmentOn') }),
      };
      break;
    }
    case 'recordMeterReadings': {
      const electricity = numeric('electricity', reading, 'number');
      const water = numeric('water', reading, 'number');
      const gas = numeric('gas', reading, 'number');
      event = {
        type,
        readings: { electricity: electricity ?? 0, water: water ?? 0, ...(gas === undefined ? {} : { gas }) },
      };
      break;
    }
    case 'recordFacilities': {
      const items = value('facilities') === '' ? undefined : parseFacilities(value('facilities'));
      if (value('facilities') !== '' && items === undefined) problems['facilities'] = 'lines';
      event = { type, items: items ?? [] };
      break;
    }
    case 'handOverKeys': {
      const n = numeric('keyCount', count, 'count');
      event = { type, keys: [{ label: value('keyLabel'), count: n ?? 1 }] };
      break;
    }
  }
  return Object.keys(problems).length > 0 ? { problems } : { event };
}
