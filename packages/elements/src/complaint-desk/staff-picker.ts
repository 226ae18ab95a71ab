// The conduct form's staff member picker, a chunk the conduct section loads when it opens
// (`import('./staff-picker.js')`): the desk types the start of a name, the Club API answers the
// staff members it may name (`GET /v1/conduct-complaints/staff`), and the desk chooses one by
// keyboard or pointer. The chosen staff member's id is what the form sends.
import type { ConductStaff } from '@clubkit/core/api';
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type CSSResult, type ReactiveControllerHost } from 'lit';
import { describeError } from '../shared/errors.js';
import type { DeskRecordsClient } from './records-client.js';
import { staffPickerEn } from './locales/picker-en.js';
import { staffPickerZhHans } from './locales/picker-zh-hans.js';
import { staffPickerZhHant, type StaffPickerMessages } from './picker-messages.js';
import type { DeskRecordsMessages } from './records-messages.js';
import type { DeskWords } from './section.js';

/** How long the picker waits after the last key before it asks the Club API, in milliseconds. */
const PAUSE_MS = 250;

/** The staff members whose name starts with `name`, as the Club API answered. */
interface Matches {
  name: string;
  matches: readonly ConductStaff[];
}

/**
 * A staff member picker (a combobox): what the desk typed is looked up after a pause, the answers
 * are a list of options the arrow keys move through, and Enter or a click chooses one. Typing again
 * forgets the choice. Headless: it works with any `ReactiveControllerHost`.
 *
 * @example
 * const picker = new StaffPicker(host, client.complaints.conductStaff);
 * await picker.search('保安');
 * picker.choose(0); // picker.chosen: { id: 'stf_…', name: '保安 張', role: 'desk' }
 */
export class StaffPicker {
  readonly #host: ReactiveControllerHost;
  readonly #lookup: Task<[string], Matches>;
  #chosen: ConductStaff | undefined;
  #active = -1;
  #expanded = false;
  /** Whether the last answer still shows: not after the form was sent. */
  #answered = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, find: DeskRecordsClient['complaints']['conductStaff']) {
    this.#host = host;
    this.#lookup = new Task(host, {
      autoRun: false,
      task: async ([name], { signal }) => {
        this.#answered = true;
        const { data } = await find({ name }, { signal });
        this.#active = -1;
        this.#expanded = data.length > 0;
        return { name, matches: data };
      },
    });
  }

  /** The staff member chosen, whose id the form sends; undefined until one is chosen. */
  get chosen(): ConductStaff | undefined {
    return this.#chosen;
  }

  /** The last answer: the name looked up and its matches; undefined before one, or while one is asked. */
  get found(): Matches | undefined {
    return this.#answered && this.#lookup.status === TaskStatus.COMPLETE ? this.#lookup.value : undefined;
  }

  /** Why the last lookup failed, when it did. */
  get error(): unknown {
    return this.#answered && this.#lookup.status === TaskStatus.ERROR ? this.#lookup.error : undefined;
  }

  /** The index of the option the arrow keys are on, or -1. */
  get active(): number {
    return this.#active;
  }

  /** Whether the list of options shows. */
  get expanded(): boolean {
    return this.#expanded && (this.found?.matches.length ?? 0) > 0;
  }

  /** The desk typed `text`: the choice is forgotten, and the start of the name is looked up after a pause. */
  type(text: string): void {
    this.#chosen = undefined;
    this.#expanded = false;
    clearTimeout(this.#timer);
    const name = text.trim();
    if (name) this.#timer = setTimeout(() => void this.search(name), PAUSE_MS);
    this.#host.requestUpdate();
  }

  /** Looks up the staff members whose name starts with `name` now; resolves when the Club API answered. */
  async search(name: string): Promise<void> {
    clearTimeout(this.#timer);
    await this.#lookup.run([name]).catch(() => undefined);
  }

  /** Moves through the options (1 down, -1 up), round the end, showing the list. */
  move(by: 1 | -1): void {
    const count = this.found?.matches.length ?? 0;
    if (count === 0) return;
    this.#expanded = true;
    this.#active = (this.#active + by + count) % count;
    this.#host.requestUpdate();
  }

  /** Chooses the option at `index` (the active one by default); returns it, or undefined for none. */
  choose(index = this.#active): ConductStaff | undefined {
    const staff = this.found?.matches[index];
    if (!staff) return undefined;
    this.#chosen = staff;
    this.#expanded = false;
    this.#active = -1;
    this.#host.requestUpdate();
    return staff;
  }

  /** Hides the list of options, keeping what was typed and chosen. */
  close(): void {
    this.#expanded = false;
    this.#active = -1;
    this.#host.requestUpdate();
  }

  /** Forgets the choice and the last answer (the form was sent). */
  clear(): void {
    clearTimeout(this.#timer);
    this.#chosen = undefined;
    this.#answered = false;
    this.close();
  }
}

const pickerStyles: CSSResult = css`
  [role='listbox'] {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--_club-color-border);
    border-radius: 0.25rem;
    max-height: 16rem;
    overflow: auto;
  }
  [role='option'] {
    padding: 0.625rem 0.75rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    outline: 2px solid currentColor;
    outline-offset: -2px;
    background: var(--_club-color-border);
  }
`;

/** Adds the picker's styles to the shadow root it renders in, once (adopted, so a strict CSP allows them). */
export function adoptPickerStyles(root: Node): void {
  const sheet = pickerStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const WORDS: Record<string, StaffPickerMessages> = { en: staffPickerEn, 'zh-Hans': staffPickerZhHans };

/** A staff member as an option and as the choice reads: the name, then the role in words. */
const label = (staff: ConductStaff, p: StaffPickerMessages) => `${staff.name} · ${p.roles[staff.role] ?? staff.role}`;

/**
 * The picker's view: the labelled combobox (`#cd-staffId`, what is typed), the list of options
 * below it (in the flow, so it fits a phone), the help, the field's error, the hidden `staffId`
 * the form sends, and a status line that says what was found, that nobody matched, or the choice.
 */
export function renderStaffPicker(picker: StaffPicker, t: DeskWords, w: DeskRecordsMessages, error?: string) {
  const p = WORDS[t.intlLocale] ?? staffPickerZhHant;
  const found = picker.found;
  const active = picker.active;
  const input = (e: Event) => e.currentTarget as HTMLInputElement;
  const fill = (root: Node, staff: ConductStaff | undefined) => {
    const field = (root as ShadowRoot).querySelector<HTMLInputElement>('#cd-staffId');
    if (staff && field) {
      field.value = staff.name;
      // Kept with the form's draft as typed text is (a change, not an input: the choice stays).
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    field?.focus();
  };
  const keydown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      picker.move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && picker.expanded && active >= 0) {
      e.preventDefault();
      fill(input(e).getRootNode(), picker.choose());
    } else if (e.key === 'Escape' && picker.expanded) {
      e.preventDefault();
      picker.close();
    }
  };
  const chosen = picker.chosen;
  const say = chosen
    ? p.chosen(label(chosen, p))
    : picker.error !== undefined
      ? p.failed(describeError(picker.error, t))
      : found
        ? found.matches.length === 0
          ? p.none(found.name)
          : p.found(found.matches.length, found.name)
        : '';
  const described = ['cd-staffId-help', 'cd-staff-status', error ? 'cd-staffId-error' : ''].filter(Boolean).join(' ');
  return html`<label class="field" id="cd-staffId-label" for="cd-staffId">${w.staffId}</label>
    <input
      id="cd-staffId"
      name="staffName"
      role="combobox"
      autocomplete="off"
      aria-autocomplete="list"
      aria-controls="cd-staff-list"
      aria-expanded=${picker.expanded ? 'true' : 'false'}
      aria-activedescendant=${picker.expanded && active >= 0 ? `cd-staff-${active}` : nothing}
      aria-required="true"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described}
      @input=${(e: Event) => picker.type(input(e).value)}
      @keydown=${keydown}
      @blur=${() => picker.close()}
    />
    <input type="hidden" name="staffId" .value=${chosen?.id ?? ''} />
    <ul id="cd-staff-list" role="listbox" part="staff-options" aria-labelledby="cd-staffId-label" ?hidden=${!picker.expanded}>
      ${
        picker.expanded
          ? found?.matches.map(
              (staff, i) =>
                html`<li
                  id="cd-staff-${i}"
                  role="option"
                  part="staff-option"
                  aria-selected=${i === active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${(e: Event) => fill((e.currentTarget as Node).getRootNode(), picker.choose(i))}
                >
                  ${label(staff, p)}
                </li>`,
            )
          : nothing
      }
    </ul>
    <p id="cd-staffId-help" class="note">${p.help}</p>
    <p id="cd-staff-status" part="staff-status" class="note" role="status">${say}</p>
    ${error ? html`<p id="cd-staffId-error" part="field-error" class="field-error">${error}</p>` : nothing}`;
}
