import { isClubApiError } from '@clubkit/client';
import {
  SERVICE_CATEGORIES,
  SOURCE_SERVICE_COUNT,
  type ClubService,
  type ServiceCategory,
} from '@clubkit/core/membership';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { alertStyles } from '../shared/alert.styles.js';
import { ClubElement } from '../shared/club-element.js';
import { controlStyles } from '../shared/control.styles.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { baseStyles } from '../shared/styles.js';
import { serviceCatalogueKit, type ServiceCatalogueClient } from './client.js';
import { ServiceCatalogueController, ServiceCatalogueStatus } from './service-catalogue-controller.js';
import { serviceCatalogueStyles } from './service-catalogue.styles.js';
import { serviceCatalogueCatalog, type ServiceCatalogueMessages } from './messages.js';

type M = CommonMessages & ServiceCatalogueMessages;

/**
 * The club's service catalogue (A2 §2, 三大類共54項服務) for its administrator: the services offered
 * in the three categories — car, value-added and the club's own — with how many merchants give
 * each and the count against the club report's 54; a form adds a service to a category and a
 * button retires one (kept with its uses); a staff member whose role may only read the catalogue
 * (core's `can()`: every role but the administrator) sees it without them. Whether a name is free is the Club API's answer with
 * core's rule; a refusal is worded and the name typed stays. Its state lives in a
 * {@link ServiceCatalogueController} (`controller`). Needs a base URL and a session endpoint that
 * answers staff session tokens (`ss_…`) of the administrator, from `<club-provider>` or its own
 * attributes.
 *
 * @summary The club's service catalogue by category: add a service, retire one.
 * @tagname club-service-catalogue
 *
 * @event club-error - `ClubErrorEvent`: loading the catalogue failed; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper of every state; `aria-busy` while loading.
 * @csspart title - The catalogue's heading.
 * @csspart status - The polite status line.
 * @csspart reload-button - Reads the catalogue again.
 * @csspart message - A message in place of the catalogue (not configured, signed out).
 * @csspart category - A category's section.
 * @csspart service - A service's row.
 * @csspart retire-button - Retires a service.
 * @csspart form - The form that adds a service; shown only to a role that may add one (core's `can()`).
 * @csspart read-only - The note shown instead of the form and the retire buttons to a role that may only read.
 * @csspart submit-button - The form's button.
 * @csspart field-error - The name's error.
 * @csspart error - An error box (`role=alert`).
 * @csspart retry-button - The retry button in the error box.
 *
 * @cssproperty [--club-color-danger=#b42318] - Errors.
 * @cssproperty [--club-color-accent=#0b5cad] - Buttons and focus rings.
 * @cssproperty [--club-color-muted=#59636e] - Labels and notes.
 * @cssproperty [--club-color-border=#d1d9e0] - Borders.
 *
 * @example
 * <club-provider base-url="https://club.example.com" session-endpoint="/console/staff-session" locale="zh-Hant">
 *   <club-service-catalogue></club-service-catalogue>
 * </club-provider>
 */
export class ClubServiceCatalogue extends ClubElement<M, ServiceCatalogueClient> {
  static override styles = [baseStyles, serviceCatalogueStyles, controlStyles, alertStyles];
  static override catalog = serviceCatalogueCatalog;
  /** The catalogue with a staff session from the session endpoint. */
  static override kit = serviceCatalogueKit;
  static override readonly tagName = 'club-service-catalogue';
  static override properties = { ...ClubElement.properties, _nameError: { state: true } };

  /** @ignore The name field's error. */
  protected _nameError = '';

  readonly #catalogue = new ServiceCatalogueController(this, () => this.club.memberClient);
  #reported: unknown;
  #focus: string | undefined;

  /** The headless controller behind the element: its `state`, `action`, `add()`, `retire()`. */
  get controller(): ServiceCatalogueController {
    return this.#catalogue;
  }

  protected override clubChanged(): void {
    void this.#catalogue.sync();
  }

  protected override render(): TemplateResult {
    const state = this.#catalogue.state;
    const t = this.t;
    return html`<div part="base" class="base" aria-busy=${this.#catalogue.loading ? 'true' : 'false'}>
      <h2 part="title" class="title" id="catalogue-title" tabindex="-1">${t.scTitle}</h2>
      ${
        state.status === ServiceCatalogueStatus.idle
          ? html`<p part="message" class="message">${t.scNotConfigured}</p>`
          : state.status === ServiceCatalogueStatus.signedOut
            ? html`<p part="message" class="message">${t.scSignedOut}</p>`
            : this.#body(t)
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#catalogue.state;
    if (state.status === ServiceCatalogueStatus.error) {
      if (state.error !== this.#reported) {
        this.#reported = state.error;
        this.dispatchEvent(new ClubErrorEvent(state.error));
      }
    } else {
      this.#reported = undefined;
    }
    if (this.#focus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focus);
      if (target) {
        this.#focus = undefined;
        target.focus();
      }
    }
  }

  #body(t: M): TemplateResult {
    const state = this.#catalogue.state;
    const action = this.#catalogue.action;
    const status = this.#catalogue.loading
      ? t.loading
      : action.status === 'done'
        ? action.kind === 'add'
          ? t.scAdded(action.service.name)
          : t.scRetired(action.service.name)
        : state.status === ServiceCatalogueStatus.ready
          ? t.scLoaded(state.counts.total, SOURCE_SERVICE_COUNT)
          : '';
    return html`<div class="bar">
        <p part="status" class="status" role="status">${status}</p>
        ${
          state.status === ServiceCatalogueStatus.ready
            ? html`<button type="button" part="reload-button" @click=${this.#retry}>${t.scReload}</button>`
            : nothing
        }
      </div>
      ${
        state.status === ServiceCatalogueStatus.error
          ? html`<div part="error" class="error" role="alert">
            <p id="load-error">${describeError(state.error, t)}</p>
            <button type="button" part="retry-button" aria-describedby="load-error" @click=${this.#retry}>${t.retry}</button>
          </div>`
          : nothing
      }
      ${
        state.status === ServiceCatalogueStatus.ready
          ? html`${SERVICE_CATEGORIES.map((c) => this.#category(c, state.services, state.counts[c], state.edits.retire, t))}
            ${state.edits.add ? this.#form(t) : nothing}
            ${state.edits.add || state.edits.retire ? nothing : html`<p part="read-only" class="muted">${t.scReadOnly}</p>`}`
          : nothing
      }`;
  }

  #category(
    category: ServiceCategory,
    services: readonly ClubService[],
    count: number,
    retires: boolean,
    t: M,
  ): TemplateResult {
    const mine = services.filter((s) => s.category === category);
    const busy = this.#catalogue.action.status === 'submitting';
    return html`<section part="category" aria-labelledby="category-${category}">
      <h3 id="category-${category}">${t.scCategories[category]} <span class="muted">${t.scCount(count)}</span></h3>
      ${
        mine.length === 0
          ? html`<p class="muted">${t.scEmpty}</p>`
          : html`<ul class="services">
              ${mine.map(
                (s) => html`<li part="service" class="service" data-service=${s.id}>
                  <span>${s.name} <span class="muted">${t.scMerchants(s.merchantIds.length)}</span></span>
                  ${
                    retires
                      ? html`<button type="button" part="retire-button" data-id=${s.id} aria-label=${t.scRetireNamed(s.name)}
                    ?disabled=${busy} @click=${this.#retire}>${t.scRetire}</button>`
                      : nothing
                  }
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  #form(t: M): TemplateResult {
    const action = this.#catalogue.action;
    const busy = action.status === 'submitting';
    const refused =
      action.status === 'error'
        ? isClubApiError(action.error) && action.error.code === 'catalogue/duplicate-name'
          ? t.scDuplicate
          : describeError(action.error, t)
        : '';
    return html`<form part="form" novalidate aria-labelledby="add-title" @submit=${this.#add}>
      <h3 id="add-title">${t.scAdd}</h3>
      ${refused ? html`<div part="error" class="error" role="alert" id="action-error" tabindex="-1"><p>${t.scRefused(refused)}</p></div>` : nothing}
      <label class="field" for="category">${t.scCategoryField}</label>
      <select id="category" name="category">
        ${SERVICE_CATEGORIES.map((c) => html`<option value=${c}>${t.scCategories[c]}</option>`)}
      </select>
      <label class="field" for="name">${t.scNameField}</label>
      <input id="name" name="name" type="text" autocomplete="off" maxlength="60"
        aria-invalid=${this._nameError ? 'true' : 'false'} aria-describedby=${this._nameError ? 'name-error' : nothing} />
      ${this._nameError ? html`<p part="field-error" class="field-error" id="name-error">${this._nameError}</p>` : nothing}
      <div class="actions">
        <button type="submit" part="submit-button" class="primary" ?disabled=${busy}>${t.scAdd}</button>
      </div>
    </form>`;
  }

  #retry = (): void => {
    void this.#catalogue.retry();
  };

  #retire = async (e: Event): Promise<void> => {
    const id = (e.currentTarget as HTMLElement).dataset['id'] ?? '';
    await this.#catalogue.retire(id);
    this.#focus = this.#catalogue.action.status === 'error' ? '#action-error' : '#catalogue-title';
    this.requestUpdate();
  };

  #add = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const category = SERVICE_CATEGORIES.find((c) => c === text('category')) ?? 'car';
    const added = await this.#catalogue.add({ category, name: text('name') });
    const action = this.#catalogue.action;
    if (action.status === 'invalid') {
      this._nameError = this.t.scNameRequired;
      this.#focus = '#name';
    } else if (added) {
      form.reset();
      this._nameError = '';
      this.#focus = '#name';
    } else {
      this._nameError = '';
      this.#focus = '#action-error';
    }
    this.requestUpdate();
  };
}
