import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { CommonMessages } from '../../messages/common.js';
import type { Messages } from '../../messages/messages.js';
import { handbookMessages } from './catalog.js';
import type { HandbookDeps } from './deps.js';
import { HandbookPanel, HandbookStatus, type HandbookClient } from './handbook-controller.js';
import { handbookStyles } from './styles.js';
import { renderHandbook } from './view.js';

/** The card the disclosure lives in: its words, its configuration and client, its shadow root. */
export interface HandbookHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The card's words in the page's locale (the common ones are used). */
  readonly t: CommonMessages;
  /** The card's configuration: the page's locale and message overrides, and the member's client. */
  readonly club: {
    locale: string;
    config: { messages?: Partial<Messages> | undefined };
    memberClient?: { handbook?: HandbookClient } | undefined;
  };
}

/**
 * The handbook behind the card's disclosure button (`#handbook-button`): whether it is open, its
 * state ({@link HandbookPanel}), its look (added to the card's shadow root when first opened) and
 * its view in the page's locale. Escape inside the panel and its close button fold it away and
 * give the button the focus.
 */
export class HandbookDisclosure {
  /** The handbook's state. */
  readonly panel: HandbookPanel;
  /** Whether the panel is open (the button's `aria-expanded`). */
  open = false;
  readonly #host: HandbookHost;
  readonly #deps: HandbookDeps;
  #styled = false;

  constructor(host: HandbookHost, deps: HandbookDeps) {
    this.#host = host;
    this.#deps = deps;
    this.panel = new HandbookPanel(host, {
      current: (options) => {
        const client = host.club.memberClient?.handbook;
        return client ? client.current(options) : Promise.reject(new Error('The member card has no handbook client.'));
      },
    });
  }

  /** Opens the panel (adding its look once, and reading the handbook unless it is in hand), or folds it away. */
  toggle(): void {
    this.open = !this.open;
    this.#host.requestUpdate();
    if (!this.open) return;
    const root = this.#host.renderRoot;
    if (!this.#styled && root instanceof ShadowRoot) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(handbookStyles);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.#styled = true;
    }
    if (this.panel.state.status !== HandbookStatus.ready) void this.panel.load();
  }

  /** Folds the panel away and gives the card's handbook button the focus. */
  close = (): void => {
    if (this.open) this.toggle();
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>('#handbook-button')?.focus(),
    );
  };

  /**
   * The panel (`#handbook`, which the card's button controls), folded away or open with its
   * contents in the page's locale and its message overrides. Outside the card's live region, so
   * that opening it does not read it all out.
   */
  render(): TemplateResult {
    const { html, nothing, builtInLocale } = this.#deps;
    const { t, club } = this.#host;
    const words = { ...t, ...handbookMessages(builtInLocale(club.locale), club.config.messages) };
    return html`<section id="handbook" part="handbook" ?hidden=${!this.open} @keydown=${this.#key}>
      ${
        this.open
          ? renderHandbook(this.#deps, this.panel.state, words, {
              retry: () => void this.panel.load(),
              close: this.close,
            })
          : nothing
      }
    </section>`;
  }

  #key = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.close();
  };
}
