// The administrator's campaign form, loaded on demand (`import('./campaign-form.js')`) on a page that
// shows it (`manage-campaigns`) to a staff member who may set a campaign up: its fields, the words of
// its refusals before any request, and the focus it moves. The desk's controller sends it.
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import type { MemberDeskController } from './member-desk-controller.js';
import type { MemberDeskMessages } from './messages.js';

type M = CommonMessages & MemberDeskMessages;

/** The form that sets a marketing campaign up, with its fields' errors and the name last sent. */
export class CampaignFormPanel {
  readonly #host: ReactiveControllerHost;
  readonly #desk: MemberDeskController;
  readonly #focus: (selector: string) => void;
  #errors: Readonly<Record<string, string>> = {};
  /** The name of the campaign last sent, for the outcome line. */
  name = '';

  constructor(host: ReactiveControllerHost, desk: MemberDeskController, focus: (selector: string) => void) {
    this.#host = host;
    this.#desk = desk;
    this.#focus = focus;
  }

  /** The form, in the desk's words. */
  render(t: M): TemplateResult {
    const busy = this.#desk.action.status === 'submitting';
    // The days are typed as text (with their format said): a date input's segments take Tab
    // between them in some browsers, which a keyboard user does not expect in a short form.
    const field = (id: string, label: string, day: boolean) => {
      const error = this.#errors[id];
      const described = [...(day ? [`${id}-hint`] : []), ...(error ? [`${id}-error`] : [])].join(' ');
      return html`<label class="field" for=${id}>${label}</label>
        <input id=${id} name=${id} type="text" inputmode=${day ? 'numeric' : 'text'} autocomplete="off"
          maxlength=${day ? 10 : 100} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${described || nothing} />
        ${day ? html`<p id="${id}-hint" class="note hint">${t.mdCampaignDayHint}</p>` : nothing}
        ${error ? html`<p id="${id}-error" part="field-error" class="field-error">${error}</p>` : nothing}`;
    };
    return html`<form part="campaign-form" class="step-form" novalidate aria-labelledby="campaign-form-title" @submit=${(e: SubmitEvent) => this.#submit(e, t)}>
      <h4 id="campaign-form-title">${t.mdSteps.campaign}</h4>
      ${field('campaign-name', t.mdCampaignName, false)} ${field('campaign-from', t.mdCampaignFrom, true)}
      ${field('campaign-to', t.mdCampaignTo, true)}
      <div class="actions">
        <button type="submit" part="submit-button" class="primary" ?disabled=${busy}>${t.mdSteps.campaign}</button>
      </div>
    </form>`;
  }

  async #submit(e: SubmitEvent, t: M): Promise<void> {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const input = { name: text('campaign-name'), from: text('campaign-from'), to: text('campaign-to') };
    this.name = input.name.trim();
    const created = await this.#desk.createCampaign(input);
    const action = this.#desk.action;
    if (action.status === 'invalid') {
      const said: Record<string, string> = {
        'campaign-name': t.mdCampaignNameRequired,
        'campaign-from': t.mdCampaignDayRequired,
        'campaign-to':
          input.to && input.from && input.to < input.from ? t.mdCampaignToBeforeFrom : t.mdCampaignDayRequired,
      };
      this.#errors = { [action.field]: said[action.field] ?? t.mdCampaignDayRequired };
      this.#focus(`#${action.field}`);
    } else if (created) {
      form.reset();
      this.#errors = {};
      this.#focus('#campaigns-title');
    } else {
      this.#focus('#action-error');
    }
    this.#host.requestUpdate();
  }
}
