// The counter's record of a member's use of a catalogue service, loaded on demand
// (`import('./service-use.js')`) when the counter first opens it: its client, its state and its
// form, with its words in the three locales. The counter's first view never carries them.
import { isClubClientError, sessionFromEndpoint, type Transport } from '@clubkit/client';
import { serviceCatalogueResource, serviceUsesResource, staffSessionsResource } from '@clubkit/client/operator';
import type { ClubService } from '@clubkit/core/membership';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonMessages } from '../messages/common.js';
import { contextWithKit, type ClubConfig } from '../shared/club-config.js';
import { describeError } from '../shared/errors.js';

/** What the section uses: who is signed in, the services the merchant gives, recording a use. */
export interface ServiceUseClient {
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
  services: Pick<ReturnType<typeof serviceCatalogueResource>, 'list'>;
  serviceUses: Pick<ReturnType<typeof serviceUsesResource>, 'record'>;
}

/** The section's client over the counter's transport. */
export function serviceUseClient(t: Transport): ServiceUseClient {
  return {
    staffSessions: staffSessionsResource(t),
    services: serviceCatalogueResource(t),
    serviceUses: serviceUsesResource(t),
  };
}

/** Words of the counter's service use section. */
export interface ServiceUseMessages {
  title: string;
  loading: string;
  /** The merchant gives no service of the catalogue. */
  none: string;
  service: string;
  card: string;
  cardHint: string;
  record: string;
  recording: string;
  cardRequired: string;
  recorded(service: string, reference: string): string;
  retired: string;
  notOffered: string;
  notValid: string;
  cardNotInUse: string;
  unknownCard: string;
}

const zhHant: ServiceUseMessages = {
  title: '記錄服務使用',
  loading: '正在載入本店提供的服務…',
  none: '本店在服務目錄中沒有提供的服務。',
  service: '服務',
  card: '會員卡號',
  cardHint: '卡面上的 16 位數字。',
  record: '記錄使用',
  recording: '正在記錄…',
  cardRequired: '請輸入會員卡號。',
  recorded: (service, reference) => `已記錄「${service}」的使用，編號 ${reference}。`,
  retired: '這項服務已停止提供，無法記錄。',
  notOffered: '本店不提供這項服務，無法記錄。',
  notValid: '這位會員的會籍今天無效，無法記錄。',
  cardNotInUse: '這張卡已不再使用，請會員出示目前的卡。',
  unknownCard: '找不到這個卡號的會員卡。',
};

const zhHans: ServiceUseMessages = {
  title: '记录服务使用',
  loading: '正在载入本店提供的服务…',
  none: '本店在服务目录中没有提供的服务。',
  service: '服务',
  card: '会员卡号',
  cardHint: '卡面上的 16 位数字。',
  record: '记录使用',
  recording: '正在记录…',
  cardRequired: '请输入会员卡号。',
  recorded: (service, reference) => `已记录“${service}”的使用，编号 ${reference}。`,
  retired: '这项服务已停止提供，无法记录。',
  notOffered: '本店不提供这项服务，无法记录。',
  notValid: '这位会员的会籍今天无效，无法记录。',
  cardNotInUse: '这张卡已不再使用，请会员出示目前的卡。',
  unknownCard: '找不到这个卡号的会员卡。',
};

const en: ServiceUseMessages = {
  title: 'Record a service use',
  loading: 'Loading the services this merchant gives…',
  none: 'This merchant gives no service of the catalogue.',
  service: 'Service',
  card: 'Member card number',
  cardHint: 'The 16 digits on the card.',
  record: 'Record the use',
  recording: 'Recording…',
  cardRequired: 'Type the member card number.',
  recorded: (service, reference) => `The use of “${service}” is recorded, reference ${reference}.`,
  retired: 'This service is no longer offered; nothing was recorded.',
  notOffered: 'This merchant does not give this service; nothing was recorded.',
  notValid: 'The member’s membership is not valid today; nothing was recorded.',
  cardNotInUse: 'This card is no longer in use; ask for the member’s current card.',
  unknownCard: 'No member card has this number.',
};

/** The section's words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function serviceUseMessages(locale: string): ServiceUseMessages {
  return locale === 'en' ? en : locale === 'zh-Hans' ? zhHans : zhHant;
}

const REFUSALS: Readonly<Record<string, (w: ServiceUseMessages) => string>> = {
  'catalogue/service-retired': (w) => w.retired,
  'catalogue/not-offered-here': (w) => w.notOffered,
  'catalogue/member-not-valid': (w) => w.notValid,
  'membership/card-not-in-use': (w) => w.cardNotInUse,
  'not-found': (w) => w.unknownCard,
};

/** The client of a counter whose kit has no service use resources: every call refused, said as a refusal. */
const refused = (): never => {
  throw new Error('No service use resources in this counter’s client');
};
const failing: ServiceUseClient = {
  staffSessions: { current: refused },
  services: { list: refused },
  serviceUses: { record: refused },
};

/** Opens the counter's service use section; see {@link ServiceUseSection.open}. */
export const openServiceUse = (...args: Parameters<typeof ServiceUseSection.open>) => ServiceUseSection.open(...args);

/** Where the section is: loading the services, ready, recording, or failed to load. */
export type ServiceUseState =
  { status: 'loading' } | { status: 'ready'; services: readonly ClubService[] } | { status: 'error'; error: unknown };

/** The outcome of the last record: recorded with its reference, refused, or none yet. */
export type ServiceUseOutcome =
  | { status: 'none' }
  | { status: 'recording' }
  | { status: 'done'; service: string; reference: string }
  | { status: 'error'; error: unknown }
  | { status: 'invalid' };

/**
 * A member's use of a catalogue service (A2) as the counter records it: one of the services its
 * merchant gives, for the card shown. Refusals (a retired service, one not given here, a
 * membership not valid that day) are said in words and keep what was typed. Headless apart from
 * `render`: it works with any `ReactiveControllerHost`.
 */
export class ServiceUseSection {
  readonly #host: ReactiveControllerHost;
  readonly #client: ServiceUseClient;
  readonly #merchantId: string | undefined;
  state: ServiceUseState = { status: 'loading' };
  outcome: ServiceUseOutcome = { status: 'none' };
  serviceId = '';
  cardNumber: string;

  constructor(host: ReactiveControllerHost, client: ServiceUseClient, merchantId?: string, cardNumber = '') {
    this.#host = host;
    this.#client = client;
    this.#merchantId = merchantId;
    this.cardNumber = cardNumber;
  }

  /** Opens the section for the counter `host` over its own transport; it loads the services, then moves focus to its heading. */
  static open(host: ReactiveControllerHost, config: ClubConfig, merchantId?: string): ServiceUseSection {
    // Over the counter's own transport and staff session (one per configuration).
    const client = contextWithKit(config, { resources: serviceUseClient, session: sessionFromEndpoint }).memberClient;
    const section = new ServiceUseSection(host, client ?? failing, merchantId);
    // The host renders the section from its next update on: the services' answer, then focus on its heading.
    void section.load().then(() => section.#focus('#service-use-title'));
    return section;
  }

  /** Loads the services the counter's merchant gives (the named merchant, or the operator's own). */
  async load(): Promise<void> {
    this.state = { status: 'loading' };
    this.#host.requestUpdate();
    try {
      let merchantId = this.#merchantId;
      if (merchantId === undefined) {
        const principal = (await this.#client.staffSessions.current()).staff.principal;
        merchantId = principal.role === 'merchant' ? principal.merchantId : undefined;
      }
      const services: ClubService[] = [];
      for await (const s of this.#client.services.list(merchantId ? { merchantId } : {})) services.push(s);
      this.state = { status: 'ready', services };
      this.serviceId ||= services[0]?.id ?? '';
    } catch (error) {
      this.state = { status: 'error', error };
    }
    this.#host.requestUpdate();
  }

  /** Records the use of the chosen service for the typed card; true when recorded. */
  async record(): Promise<boolean> {
    if (this.state.status !== 'ready' || this.outcome.status === 'recording') return false;
    const cardNumber = this.cardNumber.replace(/\s+/g, '');
    if (!cardNumber || !this.serviceId) {
      this.outcome = { status: 'invalid' };
      this.#host.requestUpdate();
      return false;
    }
    const service = this.state.services.find((s) => s.id === this.serviceId);
    this.outcome = { status: 'recording' };
    this.#host.requestUpdate();
    try {
      const use = await this.#client.serviceUses.record({
        serviceId: this.serviceId,
        cardNumber,
        ...(this.#merchantId ? { merchantId: this.#merchantId } : {}),
      });
      this.outcome = { status: 'done', service: service?.name ?? use.serviceId, reference: use.id };
      this.#host.requestUpdate();
      return true;
    } catch (error) {
      this.outcome = { status: 'error', error };
      this.#host.requestUpdate();
      return false;
    }
  }

  /** The section's form, its status line and its refusal, in the counter's locale. */
  render(t: CommonMessages): TemplateResult {
    const w = serviceUseMessages(t.intlLocale);
    const state = this.state;
    const o = this.outcome;
    const status =
      state.status === 'loading'
        ? w.loading
        : o.status === 'recording'
          ? w.recording
          : o.status === 'done'
            ? w.recorded(o.service, o.reference)
            : '';
    const refusal =
      o.status === 'error'
        ? ((isClubClientError(o.error) ? REFUSALS[o.error.code]?.(w) : undefined) ?? describeError(o.error, t))
        : state.status === 'error'
          ? describeError(state.error, t)
          : undefined;
    const invalid = o.status === 'invalid';
    return html`<section id="service-use" part="service-use" aria-labelledby="service-use-title">
      <h3 id="service-use-title" part="result-title" tabindex="-1">${w.title}</h3>
      <p id="service-use-status" part="status" role="status">${status}</p>
      ${refusal ? html`<div id="service-use-error" part="error" role="alert" tabindex="-1"><p part="error-message">${refusal}</p></div>` : nothing}
      ${
        state.status !== 'ready'
          ? nothing
          : state.services.length === 0
            ? html`<p part="message">${w.none}</p>`
            : html`<form id="service-use-form" part="form" novalidate @submit=${this.#submit}>
              <div part="field">
                <label part="label" for="service-use-service">${w.service}</label>
                <select id="service-use-service" part="input" .value=${live(this.serviceId)}
                  @change=${(e: Event) => (this.serviceId = (e.target as HTMLSelectElement).value)}>
                  ${state.services.map((s) => html`<option value=${s.id} ?selected=${s.id === this.serviceId}>${s.name}</option>`)}
                </select>
              </div>
              <div part="field">
                <label part="label" for="service-use-card">${w.card}</label>
                <p part="hint" id="service-use-card-hint">${w.cardHint}</p>
                <input id="service-use-card" part="input" type="text" inputmode="numeric" autocomplete="off"
                  .value=${live(this.cardNumber)} aria-invalid=${invalid ? 'true' : 'false'}
                  aria-describedby=${invalid ? 'service-use-card-hint service-use-card-error' : 'service-use-card-hint'}
                  @input=${(e: Event) => (this.cardNumber = (e.target as HTMLInputElement).value)} />
                ${invalid ? html`<p part="field-error" id="service-use-card-error">${w.cardRequired}</p>` : nothing}
              </div>
              <div part="actions">
                <button id="service-use-record" type="submit" part="record-button"
                  aria-disabled=${o.status === 'recording' ? 'true' : 'false'}>${o.status === 'recording' ? w.recording : w.record}</button>
              </div>
            </form>`
      }
    </section>`;
  }

  /** Moves focus to the element `selector` of the host's shadow root once rendered. */
  async #focus(selector: string): Promise<void> {
    await this.#host.updateComplete;
    (this.#host as unknown as { renderRoot?: ParentNode }).renderRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  #submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const done = await this.record();
    await this.#focus(done || this.outcome.status === 'invalid' ? '#service-use-card' : '#service-use-error');
  };
}
