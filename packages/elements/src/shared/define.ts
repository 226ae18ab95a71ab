/** A custom element class the kit can register. */
export type DefinableElement = CustomElementConstructor & { readonly tagName?: string };

/**
 * Registers `element` as `tag` in `registry`. A tag that is already taken (a bank portal that
 * loads another version of the kit, say) is left alone with a console warning instead of the
 * `NotSupportedError` that `customElements.define` would throw.
 *
 * @returns true when this call registered the tag.
 */
export function defineElement(
  tag: string,
  element: DefinableElement,
  registry: CustomElementRegistry = customElements,
): boolean {
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== element)
      console.warn(`clubkit: <${tag}> is already defined by another script; keeping that definition.`);
    return false;
  }
  registry.define(tag, element);
  return true;
}
