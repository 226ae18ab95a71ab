import * as z from 'zod/mini';

/** The type prefix of every entity id (`mem_…`, `card_…`). */
export const IdPrefix = {
  member: 'mbr',
  vehicle: 'veh',
  policy: 'pol',
  membership: 'mem',
  card: 'card',
  application: 'app',
  branch: 'br',
  merchant: 'mch',
  offer: 'off',
  complaint: 'cmp',
  repair: 'rep',
  paidService: 'psv',
  procedure: 'prc',
  dealer: 'dlr',
  visit: 'vst',
  /** A property (estate) whose service desk a `desk` staff member may be limited to. */
  property: 'prp',
  /** A unit (house number) of a property, in the service desk's archive. */
  unit: 'unt',
  /** A return visit of the service desk (A4 §3.5). */
  returnVisit: 'rvs',
  /** A line of the paid-service price list. */
  servicePrice: 'spr',
  /** A sales centre of the dealer alliance. */
  salesCentre: 'ctr',
  /** A salesperson of the dealer alliance. */
  salesperson: 'slp',
  /** A county (market) of an alliance sales centre. */
  county: 'cty',
  /** One month of an alliance dealer's sales against its market. */
  salesMonth: 'dsm',
  /** A secondary dealer's purchase from the primary dealer. */
  purchase: 'dpu',
  /** A report or counterfeit penalty of the dealer alliance. */
  alliancePenalty: 'apn',
  /** A sales centre's yearly alliance budget. */
  allianceBudget: 'abg',
  /** A version of a sales centre's 100-point assessment sheet (百分考核表). */
  assessmentSheet: 'ash',
  /** A dealer's half-yearly 100-point assessment. */
  assessment: 'asm',
  /** A sales centre's reward fund for one half-year. */
  rewardFund: 'arf',
  /** A staff account: a person who runs the club. */
  staff: 'stf',
  /** An API key. */
  key: 'key',
  /** An order for the VIP card's year (A5). */
  vipOrder: 'vor',
  /** A VIP membership: the paid card, standing on its own without a policy (A5). */
  vipMembership: 'vip',
  /** A discount recorded at a merchant's counter against a member card. */
  redemption: 'rdm',
  /** A front desk's shift hand-over (A4 §3.9.1). */
  handover: 'hov',
  /** A marketing campaign of the club (A2 §1). */
  campaign: 'cpg',
  /** A feedback survey (意見徵詢) the desk sends to unit owners (A4 §3.3.5 3). */
  survey: 'svy',
  /** One survey sent to one unit's owner, with its answers once recorded. */
  surveyRequest: 'svr',
  /** A salesperson's secondary-dealer list (二級客戶一覽表) of the dealer alliance. */
  secondaryList: 'sdl',
  /** One term of a sales centre's primary dealer (一級經銷商), from the day it was designated to the day it was replaced. */
  primaryDealer: 'pdl',
  /** A club activity members sign up for: a self-drive trip, a gathering or a group buying (A5 §4.2 2–3). */
  activity: 'act',
  /** A member's seat on a club activity. */
  activitySignUp: 'asu',
  /** Advertising income from a merchant over a period (A5 §4.2 4). */
  adIncome: 'adv',
  /** A version of the member handbook with the member's rights and duties (A3 art.4, 7, 8). */
  handbook: 'hbk',
  /** A service of the club's catalogue (A2 §2: 三大類共54項服務). */
  clubService: 'svc',
  /** One use of a catalogue service by a member, recorded where it was given. */
  serviceUse: 'svu',
  /** A member-only promotion of a sales centre (A1 優惠政策 2). */
  promotion: 'prm',
  /** A member dealer's enrolment in a promotion, with its reward once paid. */
  promotionEnrolment: 'pen',
} as const;
/** A known id prefix. */
export type IdPrefix = (typeof IdPrefix)[keyof typeof IdPrefix];

const ID_BODY = /^[A-Za-z0-9]+_[A-Za-z0-9_-]{1,60}$/;

/** A schema for ids with the given prefix, e.g. `entityId('mem')` accepts `mem_01HX…`. */
export function entityId(prefix: IdPrefix) {
  return z.string().check(z.startsWith(`${prefix}_`), z.regex(ID_BODY), z.maxLength(64));
}

/**
 * An id in data a caller brings to a computation: any text up to 64 characters with something
 * other than spaces in it. The Club API mints prefixed ids ({@link entityId}), but pricing an
 * offer, ranking merchants or counting memberships does not depend on who made the id, so the
 * record schemas these computations read accept the caller's own (`A-17`, `shop 3`).
 */
export const RecordId = z.string().check(z.maxLength(64), z.regex(/\S/, { error: 'Must not be blank' }));
