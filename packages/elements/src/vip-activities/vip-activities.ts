import { isClubApiError, isClubClientError } from '@clubkit/client';
import { formatMoney } from '@clubkit/core/shared';
import type { Activity } from '@clubkit/core/vip';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { CommonMessages } from '../messages/common.js';
import { alertStyles } from '../shared/alert.styles.js';
import type { ClientKit } from '../shared/club-config.js';
import { ClubElement } from '../shared/club-element.js';
import { controlStyles } from '../shared/control.styles.js';
import { emptyStyles } from '../shared/empty.styles.js';
import { describeError } from '../shared/errors.js';
import { ClubErrorEvent } from '../shared/events.js';
import { feedbackStyles } from '../shared/feedback.styles.js';
import { formatCalendarDate } from '../shared/intl.js';
import { baseStyles } from '../shared/styles.js';
import { vipActivitiesKit, type VipActivitiesClient } from './client.js';
import { ClubActivityCancelledEvent, ClubActivitySignedUpEvent } from './events.js';
import { vipActivitiesCatalog, type VipActivitiesMessages } from './messages.js';
import {
  ActivitiesStatus,
  SeatActionKind,
  VipActivitiesController,
  type HeldSeat,
} from './vip-activities-controller.js';
import { vipActivitiesStyles } from './vip-activities.styles.js';

type M = CommonMessages & VipActivitiesMessages;

/** The club's refusals of a seat action, by problem type, in words. */
const REFUSALS: Readonly<Record<string, (t: M) => string>> = {
  'vip/not-a-member': (t) => t.actRefusedNotMember,
  'vip/sign-up-closed': (t) => t.actRefusedClosed,
  'vip/activity-full': (t) => t.actRefusedFull,
  'vip/already-signed-up': (t) => t.actRefusedHeld,
  'vip/activity-started': (t) => t.actRefusedStarted,
  'vip/sign-up-cancelled': (t) => t.actRefusedCancelled,
  'not-found': (t) => t.actRefusedGone,
};

/** A refusal in words from its problem type, with the request id to quote; a transport failure as every widget words it. */
export function refusalWords(error: unknown, t: M): string {
  const words = isClubClientError(error) ? REFUSALS[error.code] : undefined;
  return words
    ? t.errorWithReference(words(t), isClubApiError(error) ? error.requestId : undefined)
    : describeError(error, t);
}

/**
 * The club's activities — self-drive trips, gatherings — and group buys (惠購, A5 §4.2) a signed-in
 * member signs up for on a partner's page: those open for sign-up today with their kind, days,
 * place, price and seats left; a sign-up button; the member's own sign-ups to come, each
 * cancelled before its first day. The club decides every seat (full, sign-up closed, signed up
 * already, begun): a refusal is worded from its problem type, nothing is taken, and the seats
 * left are read again. A signed-out visitor is asked to sign in. Its state lives in a
 * {@link VipActivitiesController}.
 *
 * @summary Members sign up for the club's activities and group buys, and cancel.
 * @tagname club-vip-activities
 *
 * @slot signed-out - Shown instead of the lists when no member is signed in, or the page gives no session endpoint (e.g. a sign-in link). Defaults to a short message.
 *
 * @event club-activity-signed-up - `ClubActivitySignedUpEvent`: the member took a seat; `event.signUp` holds it, with its price in fen.
 * @event club-activity-cancelled - `ClubActivityCancelledEvent`: the member cancelled a seat; `event.signUp` holds it.
 * @event club-error - `ClubErrorEvent`: a request failed or was refused; `event.error` is the client's typed error.
 *
 * @csspart base - The wrapper.
 * @csspart title - The widget's heading.
 * @csspart outcome - The last sign-up's or cancellation's result (`role=status`); `refusal` inside it when the club refused.
 * @csspart open - The list of activities open for sign-up; `heading` before it.
 * @csspart mine - The list of the member's sign-ups.
 * @csspart activity - One activity or sign-up; `name`, `facts` (with `kind`, `days`, `place`, `price`, `seats`, `until`) inside it.
 * @csspart sign-up-button - An activity's sign-up button.
 * @csspart held - "Signed up" on an activity the member holds a seat on.
 * @csspart cancel-button - A sign-up's cancel button.
 * @csspart empty - Nothing to show.
 * @csspart error - An error box (`role=alert`); `retry-button` inside it.
 *
 * @cssproperty [--club-vip-accent=#6b3fa0] - The sign-up button's fill and each activity's edge.
 * @cssproperty [--club-vip-accent-text=#ffffff] - The sign-up button's text on the accent.
 * @cssproperty [--club-color-success=#1a7f37] - "Signed up".
 * @cssproperty [--club-color-danger=#b42318] - Refusals and errors.
 *
 * @example
 * <club-provider base-url="https://club.example.com" publishable-key="pk_…" session-endpoint="/api/club-session">
 *   <club-vip-activities><a slot="signed-out" href="/login">登入後報名</a></club-vip-activities>
 * </club-provider>
 */
export class ClubVipActivities extends ClubElement<M, VipActivitiesClient> {
  static override styles = [baseStyles, vipActivitiesStyles, controlStyles, alertStyles, emptyStyles, feedbackStyles];
  static override catalog = vipActivitiesCatalog;
  static override kit: ClientKit<VipActivitiesClient> = vipActivitiesKit;
  static override readonly tagName = 'club-vip-activities';

  readonly #activities = new VipActivitiesController(this, {
    member: () => this.club.memberClient,
    onSignedUp: (signUp) => this.dispatchEvent(new ClubActivitySignedUpEvent(signUp)),
    onCancelled: (signUp) => this.dispatchEvent(new ClubActivityCancelledEvent(signUp)),
  });
  #reported = new Set<unknown>();
  #focusOutcome = false;

  /** The headless controller: `state`, `action`, `reload()`, `signUp()`, `cancel()`. */
  get controller(): VipActivitiesController {
    return this.#activities;
  }

  protected override clubChanged(): void {
    void this.#activities.sync();
  }

  protected override render(): TemplateResult {
    const t = this.t;
    return html`<div part="base" class="base">
      <p part="title" class="title">${t.actTitle}</p>
      ${this.#outcome(t)} ${this.#body(t)}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const state = this.#activities.state;
    const action = this.#activities.action;
    const errors = [
      state.status === 'error' ? state.error : undefined,
      action.status === 'refused' ? action.error : undefined,
    ];
    const now = new Set(errors.filter((e) => e !== undefined));
    for (const error of now) if (!this.#reported.has(error)) this.dispatchEvent(new ClubErrorEvent(error));
    this.#reported = now;
    // The button pressed is disabled, then gone (a seat taken or cancelled): focus goes to the result.
    if (this.#focusOutcome) {
      this.#focusOutcome = false;
      this.renderRoot.querySelector<HTMLElement>('#outcome')?.focus();
    }
  }

  #outcome(t: M): TemplateResult {
    const a = this.#activities.action;
    const body =
      a.status === 'done'
        ? html`<p>${a.kind === SeatActionKind.signUp ? t.actSignedUp(a.title) : t.actCancelled(a.title)}</p>`
        : a.status === 'refused'
          ? html`<p part="refusal" class="refusal">${refusalWords(a.error, t)}</p>`
          : a.status === 'working'
            ? html`<p>${t.actWorking}</p>`
            : nothing;
    return html`<div id="outcome" part="outcome" class="outcome" role="status" tabindex="-1">${body}</div>`;
  }

  #body(t: M): TemplateResult {
    const state = this.#activities.state;
    switch (state.status) {
      case ActivitiesStatus.idle:
        return html`<div part="signed-out"><slot name="signed-out">${t.actNotConfigured}</slot></div>`;
      case ActivitiesStatus.signedOut:
        return html`<div part="signed-out"><slot name="signed-out">${t.actSignIn}</slot></div>`;
      case ActivitiesStatus.loading:
        // Grey blocks where the activities will be, so the page does not jump.
        return html`<span class="visually-hidden">${t.loading}</span><span class="club-skeleton"></span
          ><span class="club-skeleton"></span>`;
      case ActivitiesStatus.error:
        return html`<div part="error" class="error" role="alert">
          <p>${describeError(state.error, t)}</p>
          <button type="button" part="retry-button" @click=${() => void this.#activities.reload()}>${t.retry}</button>
        </div>`;
      case ActivitiesStatus.ready: {
        const held = new Set(state.mine.map((s) => s.signUp.activityId));
        return html`<p id="open-heading" part="heading" class="heading">${t.actOpenHeading}</p>
          ${
            state.open.length === 0
              ? html`<p part="empty" class="club-empty">${t.actNoneOpen}</p>`
              : html`<ul part="open" class="list club-appear" aria-labelledby="open-heading">
                ${state.open.map((a) => this.#activity(a, held.has(a.id), t))}
              </ul>`
          }
          <p id="mine-heading" part="heading" class="heading">${t.actMineHeading}</p>
          ${
            state.mine.length === 0
              ? html`<p part="empty" class="club-empty">${t.actNoneMine}</p>`
              : html`<ul part="mine" class="list club-appear" aria-labelledby="mine-heading">
                ${state.mine.map((s) => this.#seat(s, t))}
              </ul>`
          }`;
      }
    }
  }

  #facts(a: Pick<Activity, 'kind' | 'startsOn' | 'priceFen'> & Partial<Activity>, t: M, extra: TemplateResult[]) {
    const day = (d: string) => formatCalendarDate(d, t.intlLocale, 'medium');
    return html`<p part="facts" class="facts">
      <span part="kind">${t.actKinds[a.kind]}</span>
      <span part="days">${t.actDays(day(a.startsOn), a.endsOn && a.endsOn !== a.startsOn ? day(a.endsOn) : undefined)}</span>
      ${a.place ? html`<span part="place">${t.actPlace(a.place)}</span>` : nothing}
      <span part="price">${a.priceFen === 0 ? t.actFree : t.actPrice(formatMoney(a.priceFen, t.intlLocale))}</span>
      ${extra}
    </p>`;
  }

  #activity(a: Activity, held: boolean, t: M): TemplateResult {
    const left = Math.max(0, a.capacity - a.seatsTaken);
    const busy = this.#activities.action.status === 'working';
    return html`<li part="activity" class="activity">
      <p id="name-${a.id}" part="name" class="name">${a.title}</p>
      ${this.#facts(a, t, [
        html`<span part="seats">${left > 0 ? t.actSeatsLeft(left) : t.actNoSeats}</span>`,
        html`<span part="until">${t.actUntil(formatCalendarDate(a.signUpUntil, t.intlLocale, 'medium'))}</span>`,
      ])}
      ${
        held
          ? html`<p part="held" class="held">${t.actHeld}</p>`
          : left > 0
            ? html`<button
                id="sign-up-${a.id}"
                type="button"
                part="sign-up-button"
                class="sign-up"
                aria-describedby="name-${a.id}"
                ?disabled=${busy}
                @click=${() => this.#act(() => this.#activities.signUp(a.id))}
              >
                ${t.actSignUp}
              </button>`
            : nothing
      }
    </li>`;
  }

  #seat({ signUp, activity }: HeldSeat, t: M): TemplateResult {
    const begun = signUp.startsOn <= this.#activities.today;
    return html`<li part="activity" class="activity">
      <p id="seat-${signUp.id}" part="name" class="name">${activity?.title ?? t.actKinds[signUp.kind]}</p>
      ${this.#facts({ ...activity, ...signUp }, t, [])}
      ${
        begun
          ? html`<p>${t.actStarted}</p>`
          : html`<button
              id="cancel-${signUp.id}"
              type="button"
              part="cancel-button"
              aria-describedby="seat-${signUp.id}"
              ?disabled=${this.#activities.action.status === 'working'}
              @click=${() => this.#act(() => this.#activities.cancel(signUp.id))}
            >
              ${t.actCancel}
            </button>`
      }
    </li>`;
  }

  #act(run: () => Promise<void>): void {
    this.#focusOutcome = true;
    void run();
  }
}
