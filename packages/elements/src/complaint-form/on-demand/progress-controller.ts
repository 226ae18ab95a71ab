import type { ComplaintReceipt } from '@clubkit/core/api';
import type { ReactiveControllerHost } from 'lit';
import type { ComplaintClient } from '../complaint-form-controller.js';

/** Where a progress check is. */
export const ProgressStatus = {
  /** Nothing asked yet. */
  idle: 'idle',
  /** What was typed cannot be a reference and four digits: `problems` says which. */
  invalid: 'invalid',
  loading: 'loading',
  /** The club has a complaint with that reference and phone digits. */
  found: 'found',
  /** No complaint matches: the reference is unknown or the digits are wrong (the club never says which). */
  notFound: 'not-found',
  /** The reference has a typing mistake (not the shape of a reference, or its check character does not match). */
  mistyped: 'mistyped',
  /** Too many misses on that reference for now. */
  tooMany: 'too-many',
  /** Asking failed (network, server). */
  error: 'error',
} as const;
/** A progress check's status. */
export type ProgressStatus = (typeof ProgressStatus)[keyof typeof ProgressStatus];

/** What was typed wrong before asking the club. */
export interface ProgressProblems {
  reference?: 'required';
  digits?: 'format';
}

/** A progress check; `status` tells which. */
export type ProgressState =
  | { status: typeof ProgressStatus.idle | typeof ProgressStatus.loading }
  | { status: typeof ProgressStatus.invalid; problems: ProgressProblems }
  | { status: typeof ProgressStatus.found; receipt: ComplaintReceipt }
  | { status: typeof ProgressStatus.notFound | typeof ProgressStatus.mistyped | typeof ProgressStatus.tooMany }
  | { status: typeof ProgressStatus.error; error: unknown };

/** A reference as the person typed it, as the club writes it: no spaces, capitals. */
export const normalReference = (typed: string): string => typed.replace(/\s/g, '').toUpperCase();
/** The four digits as typed, without spaces; undefined unless they are exactly four digits. */
export const fourDigits = (typed: string): string | undefined => {
  const digits = typed.replace(/\s/g, '');
  return /^\d{4}$/.test(digits) ? digits : undefined;
};

/** What is wrong with the typed values before asking the club, or undefined when nothing is. */
export function problemsOf(reference: string, digits: string): ProgressProblems | undefined {
  const problems: ProgressProblems = {};
  if (!normalReference(reference)) problems.reference = 'required';
  if (!fourDigits(digits)) problems.digits = 'format';
  return problems.reference || problems.digits ? problems : undefined;
}

/** The club's answer to a lookup that failed, as a state. */
function failure(error: unknown): ProgressState {
  // The Club API's errors by their status and code (a ClubApiError's; read without the client's
  // guard, which this module loaded on demand does not import).
  const { status, code } = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    code?: unknown;
  };
  if (status === 404) return { status: ProgressStatus.notFound };
  // A reference of the wrong shape (400) or whose check character fails (422): a typing mistake.
  if (status === 400 || code === 'complaint/reference-mistyped') return { status: ProgressStatus.mistyped };
  if (status === 429) return { status: ProgressStatus.tooMany };
  return { status: ProgressStatus.error, error };
}

/**
 * Checks a complaint's progress by its reference and the last four digits of the phone given
 * with it (`complaints.byReference`): the club answers a wrong reference and wrong digits alike,
 * so the state never says which was wrong. Headless. A newer check aborts the one in flight and
 * its answer is dropped. (Not a `@lit/task` Task: this module is loaded on demand and must share
 * no module with the page's first file, see `OnDemandDeps`.)
 *
 * @example
 * const progress = new ComplaintProgressController(this, () => club);
 * await progress.check('C79ZH-5H4YW', '8000');
 * progress.state // { status: 'found', receipt: { status: 'assigned', … } }
 */
export class ComplaintProgressController {
  /** The reference typed so far (kept while the view is closed). */
  reference = '';
  /** The digits typed so far. */
  digits = '';
  /** The current state. */
  state: ProgressState = { status: ProgressStatus.idle };
  readonly #host: ReactiveControllerHost;
  readonly #client: () => ComplaintClient | undefined;
  #abort: AbortController | undefined;

  /**
   * @param host - the element to update on changes
   * @param client - the client in force (publishable key or member session), asked at each check
   */
  constructor(host: ReactiveControllerHost, client: () => ComplaintClient | undefined) {
    this.#host = host;
    this.#client = client;
  }

  /**
   * Checks `reference` with `digits` (as typed: spaces and lower case are fine). Typed values that
   * cannot match make the state `invalid` without asking the club. Resolves when settled; never rejects.
   */
  async check(reference = this.reference, digits = this.digits): Promise<void> {
    this.reference = reference;
    this.digits = digits;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    const problems = problemsOf(reference, digits);
    this.#set(problems ? { status: ProgressStatus.invalid, problems } : { status: ProgressStatus.loading });
    if (problems) return;
    let next: ProgressState;
    try {
      const club = this.#client();
      if (!club) throw new TypeError('The complaint form has no client.');
      const receipt = await club.complaints.byReference(normalReference(reference), fourDigits(digits), {
        signal: abort.signal,
      });
      next = { status: ProgressStatus.found, receipt };
    } catch (error) {
      next = failure(error);
    }
    // A newer check took over: its answer counts, not this one.
    if (!abort.signal.aborted) this.#set(next);
  }

  #set(state: ProgressState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
