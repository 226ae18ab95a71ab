import type { NewOffer } from '../api/merchants.js';
import { toDayNumber } from '../shared/calendar.js';
import type { Tier } from '../shared/tier.js';
import type { OfferKind } from './offer.js';

// The rules of the `Offer` schema (offer.ts) as plain checks, so that an operator's form can
// judge what is typed before sending it without carrying zod. offer-check.test.ts holds them to
// the schema: the same inputs pass, and the issues point at the same fields.

/** The longest offer title, in characters (`Offer.title`). */
export const OFFER_TITLE_MAX = 80;

/** A field of an offer that can be wrong. */
export type OfferField =
  | 'kind'
  | 'title'
  | 'tiers'
  | 'validFrom'
  | 'validUntil'
  | 'minSpendFen'
  | 'percentOff'
  | 'capFen'
  | 'amountOffFen'
  | 'listPriceFen'
  | 'memberPriceFen';

/**
 * Why a field is refused, without wording: `required` (missing or empty), `too_big` (a title
 * over {@link OFFER_TITLE_MAX}), `not_fen` (not a whole, non-negative number of fen; `positive`
 * when it must be more than 0), `percent_range` (not more than 0 and less than 100 with at most
 * two decimals), `date` (not a calendar date), `date_order` (the last day before the first),
 * `price_order` (the member price not below the list price), `invalid_value` (a kind or tier
 * core does not know).
 */
export const OfferIssueCode = {
  required: 'required',
  tooBig: 'too_big',
  notFen: 'not_fen',
  positive: 'positive',
  percentRange: 'percent_range',
  date: 'date',
  dateOrder: 'date_order',
  priceOrder: 'price_order',
  invalidValue: 'invalid_value',
} as const;
/** Why a field of an offer is refused. */
export type OfferIssueCode = (typeof OfferIssueCode)[keyof typeof OfferIssueCode];

/** One refused field of an offer. */
export interface OfferFieldIssue {
  field: OfferField;
  code: OfferIssueCode;
}

/** What {@link checkOfferFields} finds: the offer (without id) as the Club API will store it, or the issues. */
export type OfferFieldCheck = { ok: true; value: NewOffer } | { ok: false; issues: OfferFieldIssue[] };

/** The fields each kind of offer has besides the common ones, and whether each must be more than 0. */
const KIND_FIELDS: {
  readonly [K in OfferKind]: readonly (readonly [OfferField, 'positive' | 'fen' | 'percent', boolean])[];
} = {
  percent: [
    ['percentOff', 'percent', true],
    ['capFen', 'positive', false],
  ],
  amount: [['amountOffFen', 'positive', true]],
  price: [
    ['listPriceFen', 'positive', true],
    ['memberPriceFen', 'fen', true],
  ],
};

const TIERS: readonly Tier[] = ['standard', 'vip'];

const isFen = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const hasAtMostTwoDecimals = (p: number): boolean => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6;

function isCalendarDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    toDayNumber(v);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks an offer by the rules of core's `Offer` schema without zod, for an operator's form in a
 * page that should not carry it: each field that breaks a rule, in the order the form shows them,
 * or the offer with the fields its kind does not have left out. `id` is not checked (the Club API
 * assigns it); nor is the merchant's limit of 20 offers, which only the server can judge.
 *
 * @example
 * checkOfferFields({ kind: 'price', title: '精緻洗車', listPriceFen: 8000, memberPriceFen: 9000 })
 * // { ok: false, issues: [{ field: 'memberPriceFen', code: 'price_order' }] }
 */
export function checkOfferFields(input: Readonly<Record<string, unknown>>): OfferFieldCheck {
  const issues: OfferFieldIssue[] = [];
  const value: Record<string, unknown> = {};
  const refuse = (field: OfferField, code: OfferIssueCode) => issues.push({ field, code });
  const given = input['kind'];
  const kind = typeof given === 'string' && given in KIND_FIELDS ? (given as OfferKind) : undefined;
  if (kind === undefined) refuse('kind', OfferIssueCode.invalidValue);
  else value['kind'] = kind;

  const title = input['title'];
  if (typeof title !== 'string' || title.length === 0) refuse('title', OfferIssueCode.required);
  else if (title.length > OFFER_TITLE_MAX) refuse('title', OfferIssueCode.tooBig);
  else value['title'] = title;

  for (const [field, rule, required] of kind === undefined ? [] : KIND_FIELDS[kind]) {
    const v = input[field];
    if (v === undefined) {
      if (required) refuse(field, OfferIssueCode.required);
      continue;
    }
    if (rule === 'percent') {
      if (typeof v !== 'number' || !(v > 0 && v < 100) || !hasAtMostTwoDecimals(v))
        refuse(field, OfferIssueCode.percentRange);
      else value[field] = v;
    } else if (!isFen(v)) refuse(field, OfferIssueCode.notFen);
    else if (rule === 'positive' && v === 0) refuse(field, OfferIssueCode.positive);
    else value[field] = v;
  }
  if (
    typeof value['listPriceFen'] === 'number' &&
    typeof value['memberPriceFen'] === 'number' &&
    value['memberPriceFen'] >= value['listPriceFen']
  )
    refuse('memberPriceFen', OfferIssueCode.priceOrder);

  const minSpend = input['minSpendFen'];
  if (minSpend !== undefined) {
    if (!isFen(minSpend)) refuse('minSpendFen', OfferIssueCode.notFen);
    else value['minSpendFen'] = minSpend;
  }
  const tiers = input['tiers'];
  if (tiers !== undefined) {
    if (!Array.isArray(tiers) || tiers.length === 0) refuse('tiers', OfferIssueCode.required);
    else if (!tiers.every((t) => (TIERS as readonly unknown[]).includes(t)))
      refuse('tiers', OfferIssueCode.invalidValue);
    else value['tiers'] = [...(tiers as Tier[])];
  }
  for (const field of ['validFrom', 'validUntil'] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (!isCalendarDate(v)) refuse(field, OfferIssueCode.date);
    else value[field] = v;
  }
  const { validFrom, validUntil } = value;
  if (typeof validFrom === 'string' && typeof validUntil === 'string' && validUntil < validFrom)
    refuse('validUntil', OfferIssueCode.dateOrder);

  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as NewOffer };
}
