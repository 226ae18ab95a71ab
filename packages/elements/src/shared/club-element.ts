import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { commonCatalog, type MessageCatalog, type Messages } from '../messages/messages.js';
import { clubConfigProperties, contextWithKit, type ClientKit } from './club-config.js';
import { clubContext, type ClubContextValue, type WidgetClient } from './context.js';
import { defineElement } from './define.js';
import { ClubErrorEvent } from './events.js';

/** The properties that make up the configuration in force. */
const CONFIG_KEYS = ['baseUrl', 'publishableKey', 'sessionEndpoint', 'locale', 'messages', '_provided'];

/**
 * The base of every widget: it takes its configuration from an enclosing `<club-provider>`, or,
 * used alone, from its own `base-url`, `publishable-key`, `session-endpoint` and `locale`
 * attributes. Subclasses render; their state lives in a controller.
 *
 * Its messages `M` come from the subclass's static `catalog`. While the built-in locale they need
 * is loading (English or Simplified Chinese, the first time a page asks), the element does not
 * render: the first render waits for it, and a language switch keeps the old text until the new
 * one is there. Its controllers start loading data at once all the same.
 */
export class ClubElement<M extends object = CommonMessages, C extends object = WidgetClient> extends LitElement {
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
  get club(): ClubContextValue<C> {
    const own = {
      ...(this.baseUrl ? { baseUrl: this.baseUrl } : {}),
      ...(this.publishableKey ? { publishableKey: this.publishableKey } : {}),
      ...(this.sessionEndpoint ? { sessionEndpoint: this.sessionEndpoint } : {}),
      ...(this.locale ? { locale: this.locale } : {}),
      ...(this.messages ? { messages: this.messages } : {}),
    };
    // Inside a provider too, the widget builds its own kit: over the same transports (one per
    // configuration, so the same member session), with only the resources it calls.
    return contextWithKit(
      { ...this._provided?.config, ...own },
      (this.constructor as typeof ClubElement).kit as ClientKit<C>,
    );
  }

  /** The widget's messages in every built-in locale; a widget sets its own. */
  static catalog: MessageCatalog<object> = commonCatalog;

  /**
   * The resources this widget calls and whether it has member sessions: what its clients are
   * built of when it is used alone, with its own attributes. Inside `<club-provider>` it gets the
   * provider's clients, which hold every widget's.
   */
  static kit: ClientKit<object> = { resources: () => ({}) };

  #messages: { locale: string; overrides: Partial<Messages> | undefined; value: M } | undefined;
  /** Changes an update held back while its locale loaded; handed to the update that renders. */
  #held: PropertyValues | undefined;
  /** The locale whose messages could not be loaded: rendered in the fallback rather than never. */
  #unloadable: string | undefined;
  /** The load of the locale an update waits for, if any. */
  #loading: Promise<void> | undefined;

  #catalog(): MessageCatalog<M> {
    return (this.constructor as typeof ClubElement).catalog as MessageCatalog<M>;
  }

  /**
   * The messages for the configured locale and overrides when they are at hand (undefined while
   * their locale loads), kept while the locale and the overrides stay the same, so that an
   * update or a render asks the catalog once.
   */
  #current(): M | undefined {
    const { locale, config } = this.club;
    const overrides = config.messages;
    const held = this.#messages;
    if (held?.locale === locale && held.overrides === overrides) return held.value;
    const value = this.#catalog().resolve(locale, overrides);
    if (value !== undefined) this.#messages = { locale, overrides, value };
    return value;
  }

  /**
   * The messages in force: the widget's in the configured locale with the configured overrides
   * on top. While that locale is loading, the messages last in force (or Traditional Chinese).
   */
  get t(): M {
    return (
      this.#current() ?? this.#messages?.value ?? (this.#catalog().resolve('zh-Hant', this.club.config.messages) as M)
    );
  }

  /** Called when the configuration may have changed, so controllers can reload. */
  protected clubChanged(): void {}

  /** Resolves once the element has rendered in its locale: after the locale's messages are loaded, when they had to be. */
  protected override getUpdateComplete(): Promise<boolean> {
    // An update held back for its locale has not rendered yet: wait for the load and the render after it.
    return super
      .getUpdateComplete()
      .then((complete) => (this.#loading ? this.#loading.then(() => this.getUpdateComplete()) : complete));
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (CONFIG_KEYS.some((k) => changed.has(k))) this.clubChanged();
    const { locale, config } = this.club;
    // A locale that could not be loaded is tried again once the page has asked for another.
    if (this.#unloadable !== locale) this.#unloadable = undefined;
    const catalog = this.#catalog();
    if (this.#current() === undefined && this.#unloadable === undefined) {
      // Render once the locale is here, with every change made meanwhile.
      this.#held = new Map([...changed, ...(this.#held ?? [])]);
      const loading = catalog.load(locale, config.messages).then(
        () => {
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#unloadable = locale;
          this.requestUpdate();
          this.dispatchEvent(new ClubErrorEvent(error));
        },
      );
      this.#loading = loading;
      void loading.finally(() => {
        if (this.#loading === loading) this.#loading = undefined;
      });
      return false;
    }
    if (this.#held) {
      for (const [key, value] of this.#held) if (!changed.has(key)) changed.set(key, value);
      this.#held = undefined;
    }
    return super.shouldUpdate(changed);
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
