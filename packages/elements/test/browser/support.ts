import type { Locator, Page } from 'playwright-core';

/** The text content of the element `locator` finds; throws when it has none. */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.textContent();
  if (text === null) throw new Error('the element has no text content');
  return text;
}

/** The element that has keyboard focus, followed through open shadow roots. */
export interface Focused {
  /** The shadow hosts on the way, outermost first, as `tag#id`. */
  hosts: string[];
  tag: string;
  id: string;
  part: string;
  /** The listbox's active option, when the focused element has one. */
  activeDescendant: string | null;
}

/** Where keyboard focus is, inside the widgets' shadow roots included. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const hosts: string[] = [];
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) {
      hosts.push(`${el.localName}${el.id ? `#${el.id}` : ''}`);
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    return {
      hosts,
      tag: el.localName,
      id: el.id,
      part: el.getAttribute('part') ?? '',
      activeDescendant: el.getAttribute('aria-activedescendant'),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until focus is inside the widget `hostId` on the element with id
 * `target` (or one `target` accepts); throws after `max` presses. Keyboard only: nothing is
 * clicked or focused by script.
 */
export async function tabTo(
  page: Page,
  hostId: string,
  target: string | ((at: Focused) => boolean),
  options: { back?: boolean; max?: number } = {},
): Promise<number> {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const max = options.max ?? 40;
  const matches = typeof target === 'string' ? (at: Focused) => at.id === target : target;
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    const at = await focused(page);
    if (at && at.hosts.some((h) => h.endsWith(`#${hostId}`)) && matches(at)) return presses;
  }
  throw new Error(
    `${key} never reached ${String(target)} in #${hostId} within ${max} presses (focus is on ${JSON.stringify(await focused(page))})`,
  );
}

/** Matches the focused element by one of its parts. */
export const withPart =
  (part: string) =>
  (at: Focused): boolean =>
    at.part.split(/\s+/).includes(part);

/** One interactive element of a widget and its rendered size. */
export interface Target {
  what: string;
  width: number;
  height: number;
}

/**
 * The rendered size of every button, input, select, textarea, link and option in the shadow
 * root of the widget `hostSelector`, skipping what is not rendered (`display: none`, zero size).
 */
export function targets(page: Page, hostSelector: string): Promise<Target[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)?.shadowRoot;
    if (!root) throw new Error(`${selector} has no shadow root`);
    return [...root.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="option"]')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 || box.height > 0)
      .map(({ el, box }) => ({
        what: `${selector} ${el.localName}${el.id ? `#${el.id}` : ''}[part="${el.getAttribute('part') ?? ''}"]`,
        width: Math.round(box.width * 100) / 100,
        height: Math.round(box.height * 100) / 100,
      }));
  }, hostSelector);
}

/** The targets smaller than 24×24 CSS px (WCAG 2.2, 2.5.8 Target Size (Minimum)). */
export async function smallTargets(page: Page, hostSelector: string): Promise<Target[]> {
  const all = await targets(page, hostSelector);
  if (all.length === 0) throw new Error(`${hostSelector} rendered no interactive element`);
  return all.filter((t) => t.width < 24 || t.height < 24);
}

/** The `club-*` events the page logic (widgets.js) recorded, in order. */
export function clubEvents(page: Page): Promise<{ type: string; tag: string; detail?: string }[]> {
  return page.evaluate(
    () => (window as unknown as { clubEvents: { type: string; tag: string; detail?: string }[] }).clubEvents,
  );
}

/** Console errors a failed request logs by itself ("Failed to load resource: …"), which a test that fails requests on purpose expects. */
export const failedResource = /^Failed to load resource: /;
