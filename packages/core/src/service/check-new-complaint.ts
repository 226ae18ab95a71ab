import type * as z from 'zod/mini';
import type { ClubIssue } from '../shared/errors.js';
import { issueCode } from '../shared/issue-code.js';
import { toClubIssues } from '../shared/parse.js';
import type { TextRule } from './field-rules.js';
import type { NewComplaint } from './new-complaint.js';
import { COMPLAINT_CHOICES, COMPLAINT_TEXT, SUBJECT_TEXT, subjectGiven } from './new-complaint-rules.js';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/** A field issue plus, for `too_small` and `too_big`, the length bound it broke. */
export interface FieldIssue extends ClubIssue {
  /** The least (`too_small`) or most (`too_big`) length, in characters. */
  bound?: number;
}

/** What {@link checkNewComplaint} finds: the complaint as `NewComplaint` parses it, or the issues. */
export type NewComplaintCheck = { ok: true; value: NewComplaint } | { ok: false; issues: FieldIssue[] };

// The checks below report issues in zod's shape, as the `NewComplaint` schema would, so that
// `toClubIssues` maps and words them the one way it maps the schema's.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function notAnObject(input: unknown, path: Path): Issue {
  return { code: 'invalid_type', expected: 'object', path, input, message: 'Invalid input' };
}

/** The issues of a text field, in the order the schema's checks report them. */
function textIssues(rule: TextRule, value: unknown, path: Path): Issue[] {
  const message = 'Invalid input';
  if (typeof value !== 'string') return [{ code: 'invalid_type', expected: 'string', path, input: value, message }];
  const input = value;
  const issues: Issue[] = [];
  const { charset } = rule;
  if (charset !== undefined && !charset.test(value)) {
    issues.push({ code: 'custom', params: { code: charset.code }, path, input, message: charset.message });
  }
  if (rule.min !== undefined && value.length < rule.min) {
    issues.push({ code: 'too_small', origin: 'string', minimum: rule.min, inclusive: true, path, input, message });
  }
  if (rule.max !== undefined && value.length > rule.max) {
    issues.push({ code: 'too_big', origin: 'string', maximum: rule.max, inclusive: true, path, input, message });
  }
  if (rule.pattern !== undefined && !rule.pattern.test(value)) {
    issues.push({ code: 'invalid_format', format: 'regex', pattern: String(rule.pattern), path, input, message });
  }
  for (const refinement of rule.refinements ?? []) {
    if (!refinement.test(value)) {
      issues.push({ code: 'custom', params: { code: refinement.code }, path, input, message: refinement.message });
    }
  }
  return issues;
}

/** The issue of a choice among `values`, or none. */
function choiceIssues(values: Readonly<Record<string, string>>, value: unknown, path: Path): Issue[] {
  const list = Object.values(values);
  if ((list as unknown[]).includes(value)) return [];
  return [{ code: 'invalid_value', values: list, path, input: value, message: 'Invalid input' }];
}

/** Sets `key` as the schema's object does: a value when there is one, undefined only when given. */
function put(target: Record<string, unknown>, source: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined || key in source) target[key] = value;
}

function checkSubject(input: unknown, issues: Issue[]): Record<string, unknown> | undefined {
  const path = ['subject'];
  if (!isRecord(input)) {
    issues.push(notAnObject(input, path));
    return undefined;
  }
  const subject: Record<string, unknown> = {};
  const start = issues.length;
  for (const key of Object.keys(SUBJECT_TEXT) as (keyof typeof SUBJECT_TEXT)[]) {
    const value = input[key];
    if (value !== undefined) issues.push(...textIssues(SUBJECT_TEXT[key], value, [...path, key]));
    put(subject, input, key, value);
  }
  // Like the schema's refinement, the rule over the whole subject waits for fields of the right type.
  const typed = issues.slice(start).every((issue) => issue.code !== 'invalid_type');
  if (typed && !subjectGiven.test(subject)) {
    issues.push({
      code: 'custom',
      params: { code: subjectGiven.code },
      path,
      input: subject,
      message: subjectGiven.message,
    });
  }
  return subject;
}

/** A field issue as {@link checkNewComplaintFields} reports it: where, which rule, and the length bound; no wording. */
export type FieldIssueCode = Omit<FieldIssue, 'message'>;

/** What {@link checkNewComplaintFields} finds: the complaint as `NewComplaint` parses it, or the issues without wording. */
export type NewComplaintFieldCheck = { ok: true; value: NewComplaint } | { ok: false; issues: FieldIssueCode[] };

/** Runs the rules: the complaint, or the issues in zod's shape. */
function run(input: unknown): { ok: true; value: NewComplaint } | { ok: false; issues: Issue[] } {
  if (!isRecord(input)) return { ok: false, issues: [notAnObject(input, [])] };
  const issues: Issue[] = [];
  const value: Record<string, unknown> = {};
  const text = (key: keyof typeof COMPLAINT_TEXT, optional = false): void => {
    const given = input[key];
    if (!(optional && given === undefined)) issues.push(...textIssues(COMPLAINT_TEXT[key], given, [key]));
    put(value, input, key, given);
  };
  const choice = (key: keyof typeof COMPLAINT_CHOICES): void => {
    const rule = COMPLAINT_CHOICES[key];
    const given = 'default' in rule && input[key] === undefined ? rule.default : input[key];
    issues.push(...choiceIssues(rule.values, given, [key]));
    put(value, input, key, given);
  };
  text('name');
  text('company', true);
  put(value, input, 'subject', checkSubject(input['subject'], issues));
  text('content');
  text('phone');
  choice('channel');
  choice('category');
  choice('severity');
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: value as NewComplaint };
}

/** The length bound of a `too_small` or `too_big` issue, when it has one. */
function boundOf(issue: Issue): { bound: number } | undefined {
  if (issue.code === 'too_small') return { bound: Number(issue.minimum) };
  if (issue.code === 'too_big') return { bound: Number(issue.maximum) };
  return undefined;
}

/**
 * Checks a new complaint by the rules of `NewComplaint` without zod, for a form in a page that
 * should not carry it: the complaint with its defaults (channel `web`, severity `normal`) and
 * unknown fields left out, or the issues in the order the schema reports them, with the same
 * `path`, `code` and message as `toClubIssues` gives for the schema's, and the length `bound`
 * of `too_small` and `too_big`.
 *
 * @example
 * checkNewComplaint({ name: '', subject: { unit: 'A-1203' }, content: '電梯常停', phone: '138 0013 8000', category: 'facility' })
 * // { ok: false, issues: [{ path: ['name'], code: 'too_small', message: 'Must not be empty', bound: 1 }] }
 */
export function checkNewComplaint(input: unknown): NewComplaintCheck {
  const result = run(input);
  if (result.ok) return result;
  const { issues } = result;
  return { ok: false, issues: toClubIssues(issues).map((club, i) => ({ ...club, ...boundOf(issues[i] as Issue) })) };
}

/**
 * {@link checkNewComplaint} without the issues' wording: each issue's path, code and length bound
 * only. For a form that words issues in its reader's language by code: it leaves out the English
 * wording of every kind of issue (about 0.6 KB gzip of a page).
 *
 * @example
 * checkNewComplaintFields({ name: '', subject: { unit: 'A-1203' }, content: '電梯常停', phone: '138 0013 8000', category: 'facility' })
 * // { ok: false, issues: [{ path: ['name'], code: 'too_small', bound: 1 }] }
 */
export function checkNewComplaintFields(input: unknown): NewComplaintFieldCheck {
  const result = run(input);
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      code: issueCode(issue),
      ...boundOf(issue),
    })),
  };
}
