import { ContextProvider } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import type { Messages } from '../messages/messages.js';
import { clubConfigProperties, clubContextFrom, endSessions, type ClubConfig } from '../shared/club-config.js';
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
  #signedOut = false;

  #config(): ClubConfig {
    return {
      baseUrl: this.baseUrl,
      publishableKey: this.publishableKey,
      sessionEndpoint: this.sessionEndpoint,
      locale: this.locale,
      messages: this.messages,
      signedOut: this.#signedOut,
    };
  }

  /**
   * Signs the member out of the widgets: ends the member session they hold (its token answers
   * 401 from then on), forgets it, and shows them signed out (the member card its `signed-out`
   * state) without asking the session endpoint again, until `session-endpoint` changes or the
   * page reloads. End your own sign-in too; your back end can end every session of the
   * member with `club.sessions.revoke({ memberId })`. Rejects when the session could not be
   * ended (the widgets are signed out all the same).
   *
   * @example
   * await document.querySelector('club-provider').signOut();
   * await fetch('/api/sign-out', { method: 'POST' });
   */
  signOut(): Promise<void> {
    const config = this.#config();
    this.#signedOut = true;
    this.requestUpdate();
    return endSessions(config);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sessionEndpoint')) this.#signedOut = false;
    this.#provider.setValue(clubContextFrom(this.#config()));
  }

  protected override render() {
    return html`<slot></slot>`;
  }

  /** Registers the element under `tag` (warns instead of throwing when the tag is taken). */
  static define(tag = 'club-provider', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }
}
