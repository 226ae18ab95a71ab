import type { Activity, ActivityKind, ActivitySignUp, AdIncome, NewActivity, NewAdIncome } from '@clubkit/core/vip';
import type { RequestOptions } from '../options.js';
import { pageIterable, type PageIterable } from '../pagination.js';
import type { Transport } from '../transport.js';
import { path, type ListOptions } from './path.js';

/** Which activities a list holds: those open for sign-up on a day, one kind. */
export interface ActivityQuery extends ListOptions {
  /** Only activities whose sign-up window is open on this day (`YYYY-MM-DD`). */
  signUpOpenOn?: string;
  kind?: ActivityKind;
}

/** Reading the club's activities: the same for the administrator and a member. */
function activityReads(t: Transport) {
  return {
    /** The activities, oldest set up first, with the seats taken. */
    list(query: ActivityQuery = {}, options?: RequestOptions): PageIterable<Activity> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/activities', query: { ...query, cursor }, answer: 'ActivityPage', options }),
      );
    },
    /** One activity, with the seats taken. */
    get(id: string, options?: RequestOptions): Promise<Activity> {
      return t.send({ method: 'get', path: path`/v1/activities/${id}`, answer: 'Activity', options });
    },
  };
}

/**
 * What a signed-in member does with the club's activities and group buying (member session):
 * read them, take a seat, see and cancel their seats.
 */
export function memberActivitiesResource(t: Transport) {
  return {
    ...activityReads(t),
    /**
     * Takes a seat: refused with `vip/not-a-member` without a valid membership or VIP card,
     * `vip/sign-up-closed` outside the window, `vip/activity-full` when every seat is taken and
     * `vip/already-signed-up` for a second seat.
     *
     * @example
     * const seat = await activities.signUp('act_…'); // { id: 'asu_…', status: 'signed-up', priceFen: 58000, … }
     */
    signUp(activityId: string, options?: RequestOptions): Promise<ActivitySignUp> {
      return t.send({
        method: 'post',
        path: path`/v1/activities/${activityId}/sign-ups`,
        answer: 'ActivitySignUp',
        options,
      });
    },
    /** The member's seats, cancelled ones included. */
    mine(query: ListOptions = {}, options?: RequestOptions): PageIterable<ActivitySignUp> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: '/v1/me/activity-sign-ups',
          query: { ...query, cursor },
          answer: 'ActivitySignUpPage',
          options,
        }),
      );
    },
    /** Cancels a seat before the activity's first day (`vip/activity-started` from then on). */
    cancel(signUpId: string, options?: RequestOptions): Promise<ActivitySignUp> {
      return t.send({
        method: 'post',
        path: path`/v1/activity-sign-ups/${signUpId}/cancel`,
        answer: 'ActivitySignUp',
        options,
      });
    },
  };
}

/** The administrator's side of the club's activities and group buying. */
export function activitiesResource(t: Transport) {
  return {
    ...activityReads(t),
    /**
     * Sets up an activity: its kind, days, seats, price per member in fen (0 for free) and the
     * sign-up window, which closes before the first day (admin).
     *
     * @example
     * await club.activities.create({ kind: 'self-drive-trip', title: '勐臘雨林自駕游', startsOn: '2026-07-01', endsOn: '2026-07-03', capacity: 30, priceFen: 58000, signUpFrom: '2026-06-01', signUpUntil: '2026-06-25' });
     */
    create(body: NewActivity, options?: RequestOptions): Promise<Activity> {
      return t.send({ method: 'post', path: '/v1/activities', body, answer: 'Activity', options });
    },
    /** The seats of an activity, cancelled ones included, in the order taken. */
    signUps(activityId: string, query: ListOptions = {}, options?: RequestOptions): PageIterable<ActivitySignUp> {
      return pageIterable((cursor) =>
        t.send({
          method: 'get',
          path: path`/v1/activities/${activityId}/sign-ups`,
          query: { ...query, cursor },
          answer: 'ActivitySignUpPage',
          options,
        }),
      );
    },
    /** Cancels a member's seat before the activity's first day. */
    cancelSignUp(signUpId: string, options?: RequestOptions): Promise<ActivitySignUp> {
      return t.send({
        method: 'post',
        path: path`/v1/activity-sign-ups/${signUpId}/cancel`,
        answer: 'ActivitySignUp',
        options,
      });
    },
  };
}

/** Merchants' advertising income, which the revenue report earns day by day over each period (admin). */
export function adIncomeResource(t: Transport) {
  return {
    /**
     * Records a merchant's advertising: the amount in fen for a period of at most 731 days.
     *
     * @example
     * await club.adIncome.create({ merchantId: 'mch_…', amountFen: 120000, from: '2026-06-01', to: '2026-06-30' });
     */
    create(body: NewAdIncome, options?: RequestOptions): Promise<AdIncome> {
      return t.send({ method: 'post', path: '/v1/ad-income', body, answer: 'AdIncome', options });
    },
    /** Advertising income, oldest recorded first; `on` keeps what runs on a day. */
    list(
      query: ListOptions & { on?: string; merchantId?: string } = {},
      options?: RequestOptions,
    ): PageIterable<AdIncome> {
      return pageIterable((cursor) =>
        t.send({ method: 'get', path: '/v1/ad-income', query: { ...query, cursor }, answer: 'AdIncomePage', options }),
      );
    },
  };
}
