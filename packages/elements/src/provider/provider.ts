import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Messages } from '../messages/messages.js';
import { clubConfigProperties, clubContextFrom } from '../shared/club-config.js';
import { clubContext } from '../shared/context.js';
import { defineElement } from '../shared/define.js';

/**
 * Configures the widgets inside it: they share one client built from its attributes, and its
 * locale and messages.
 *
 * @summary Gives the club widgets inside it their client, locale and messages.
 * @tagname club-provider
 * @slot - The widgets (and any other markup).
 *
 * @example
 * <club-provider base-url="https://club.example.com" publishable-key="pk_…" session-endpoint="/api/club-session" locale="zh-Hant">
 *   <club-member-card></club-member-card>
 * </club-provider>
 */
export class ClubProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = clubConfigProperties;

  /** The Club API's base URL, e.g. `https://club.example.com`. */
  baseUrl?: string;
  /** The publishable key (`pk_…`) for the directory and new complaints. */
  publishableKey?: string;
  /** The partner back-end URL that answers `POST` with `{ "token": "ms_…" }` for the signed-in member. */
  sessionEndpoint?: string;
  /** `zh-Hant` (default), `zh-Hans`, `en`, or any locale with `messages`. */
  locale?: string;
  /** Messages replacing the built-in ones. */
  messages?: Partial<Messages>;

  readonly #provider = new ContextProvider(this, { context: clubContext, initialValue: clubContextFrom({}) });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#provider.setValue(
      clubContextFrom({
        baseUrl: this.baseUrl,
        publishableKey: this.publishableKey,
        sessionEndpoint: this.sessionEndpoint,
        locale: this.locale,
        messages: this.messages,
      }),
    );
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** Registers the element under `tag` (warns instead of throwing when the tag is taken). */
  static define(tag = 'club-provider', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }
}
