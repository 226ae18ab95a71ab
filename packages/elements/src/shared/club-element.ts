import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import type { Messages } from '../messages/messages.js';
import { clubConfigProperties, clubContextFrom } from './club-config.js';
import { clubContext, type ClubContextValue } from './context.js';
import { defineElement } from './define.js';

/**
 * The base of every widget: it takes its configuration from an enclosing `<club-provider>`, or,
 * used alone, from its own `base-url`, `publishable-key`, `session-endpoint` and `locale`
 * attributes. Subclasses render; their state lives in a controller.
 */
export class ClubElement extends LitElement {
  static override properties = {
    ...clubConfigProperties,
    _provided: { state: true, attribute: false },
  };

  /** The Club API's base URL, when used without a provider. */
  baseUrl?: string;
  /** A publishable key (`pk_…`), when used without a provider. */
  publishableKey?: string;
  /** The partner back-end URL that returns `{ token }` for the signed-in member, when used without a provider. */
  sessionEndpoint?: string;
  /** `zh-Hant` (default), `zh-Hans`, `en`, or another locale with `messages`. */
  locale?: string;
  /** Messages that replace the built-in ones (all of them for another locale, or some to reword). */
  messages?: Partial<Messages>;

  /** @ignore What the enclosing provider gives, if any. */
  protected _provided: ClubContextValue | undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: clubContext,
      subscribe: true,
      callback: (value) => {
        this._provided = value;
      },
    });
  }

  /** The configuration in force: the provider's, with this element's own attributes on top. */
  get club(): ClubContextValue {
    const own = {
      ...(this.baseUrl ? { baseUrl: this.baseUrl } : {}),
      ...(this.publishableKey ? { publishableKey: this.publishableKey } : {}),
      ...(this.sessionEndpoint ? { sessionEndpoint: this.sessionEndpoint } : {}),
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.messages ? { messages: this.messages } : {}),
    };
    if (this._provided && Object.keys(own).length === 0) return this._provided;
    return clubContextFrom({ ...this._provided?.config, ...own });
  }

  /** Shortcut for the messages in force. */
  get t(): Messages {
    return this.club.messages;
  }

  /** Called when the configuration may have changed, so controllers can reload. */
  protected clubChanged(): void {}

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const keys = ['baseUrl', 'publishableKey', 'sessionEndpoint', 'locale', 'messages', '_provided'];
    if (keys.some((k) => changed.has(k))) this.clubChanged();
  }

  /** The widget's own tag (`club-member-card`, say), which {@link define} registers when given none. */
  static readonly tagName?: string;

  /**
   * Registers the element under `tag`, by default its {@link tagName} (warns instead of
   * throwing when the tag is taken). A class without a default tag must be given one.
   * @returns true when this call registered it.
   */
  static define(tag: string = this.tagName as string, registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }
}
