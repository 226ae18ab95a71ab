type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (target: EventTarget | null): target is Field =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/**
 * What the desk typed in its forms, kept while the form is out of view (a complaint opened, the
 * queue shown again) and put back when it is shown again, so nothing a person typed is lost until
 * it is sent or cleared. A form takes part through the `data-draft` key of its form or of an
 * element around it; a field by its `name`. A form's reset (after it was sent) forgets its draft.
 */
export class FormDrafts {
  readonly #drafts = new Map<string, Map<string, string>>();

  /** Listens to what is typed in `root` and to the resets of its forms. */
  constructor(root: EventTarget) {
    const record = (e: Event) => this.#record(e.target);
    // Recorded on the way down, before a field's own listener can re-render the form (and so put
    // back the draft as it was before this keystroke).
    root.addEventListener('input', record, true);
    root.addEventListener('change', record, true);
    root.addEventListener('reset', (e) => {
      const key = keyOf(e.target);
      if (key) this.forget(key);
    });
  }

  /** Whether the form with this key has a draft. */
  has(key: string): boolean {
    return this.#drafts.has(key);
  }

  /** Forgets a form's draft (sent or cleared). */
  forget(key: string): void {
    this.#drafts.delete(key);
  }

  /** Puts each draft back into its fields in `root` where the field shows another value. */
  restore(root: ParentNode): void {
    for (const holder of root.querySelectorAll<HTMLElement>('[data-draft]')) {
      const draft = this.#drafts.get(holder.dataset['draft'] ?? '');
      if (!draft) continue;
      for (const field of holder.querySelectorAll<Field>('input[name], select[name], textarea[name]')) {
        const value = draft.get(field.name);
        if (value === undefined) continue;
        if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox'))
          field.checked = field.value === value;
        else if (field.value !== value) field.value = value;
      }
    }
  }

  #record(target: EventTarget | null): void {
    if (!isField(target) || !target.name) return;
    const key = keyOf(target);
    if (!key) return;
    if (target instanceof HTMLInputElement && target.type === 'radio' && !target.checked) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox' && !target.checked ? '' : target.value;
    const draft = this.#drafts.get(key) ?? new Map<string, string>();
    draft.set(target.name, value);
    this.#drafts.set(key, draft);
  }
}

function keyOf(target: EventTarget | null): string | undefined {
  return target instanceof Element ? target.closest<HTMLElement>('[data-draft]')?.dataset['draft'] : undefined;
}
