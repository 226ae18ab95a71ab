import { yuan, type Tier } from '@clubkit/core/shared';
import type { NewOffer, OfferPatch } from '@clubkit/core/api';
import {
  checkOfferFields,
  OfferIssueCode,
  type Offer,
  type OfferField,
  type OfferFieldIssue,
  type OfferKind,
} from '@clubkit/core/merchants';
import { isAmountYuan, parseAmountYuan } from '../shared/amount.js';

/** What an operator has typed into the offer form: every field as text, amounts in yuan. */
export interface OfferFormValues {
  kind: OfferKind;
  title: string;
  /** Percent offers: the percentage off (`10` is 10 % off, 九折). */
  percentOff: string;
  /** Percent offers: the most it saves, in yuan; optional. */
  cap: string;
  /** Amount offers: the amount off, in yuan. */
  amountOff: string;
  /** Price offers: the item's usual price, in yuan. */
  listPrice: string;
  /** Price offers: the member's price, in yuan. */
  memberPrice: string;
  /** The smallest purchase it applies to, in yuan; optional. */
  minSpend: string;
  /** The tier it is limited to, or `all`. */
  tiers: 'all' | Tier;
  /** The first day (`YYYY-MM-DD`), or `''` for no limit. */
  validFrom: string;
  /** The last day (`YYYY-MM-DD`), or `''` for no limit. */
  validUntil: string;
}

/** A field of the offer form. */
export type OfferFormField = Exclude<keyof OfferFormValues, 'kind'> | 'kind';

/** The form field where each of core's offer fields is typed. */
export const FORM_FIELD_OF: { readonly [F in OfferField]: OfferFormField } = {
  kind: 'kind',
  title: 'title',
  tiers: 'tiers',
  validFrom: 'validFrom',
  validUntil: 'validUntil',
  minSpendFen: 'minSpend',
  percentOff: 'percentOff',
  capFen: 'cap',
  amountOffFen: 'amountOff',
  listPriceFen: 'listPrice',
  memberPriceFen: 'memberPrice',
};

/** The fields each kind of offer shows besides the common ones, in form order. */
export const KIND_FORM_FIELDS: { readonly [K in OfferKind]: readonly OfferFormField[] } = {
  percent: ['percentOff', 'cap'],
  amount: ['amountOff'],
  price: ['listPrice', 'memberPrice'],
};

/** The fields of a kind's form, in the order it shows them (the error summary follows it). */
export function formFields(kind: OfferKind): OfferFormField[] {
  return ['kind', 'title', ...KIND_FORM_FIELDS[kind], 'minSpend', 'tiers', 'validFrom', 'validUntil'];
}

/** An empty form for a new offer. */
export function emptyOfferValues(kind: OfferKind = 'percent'): OfferFormValues {
  return {
    kind,
    title: '',
    percentOff: '',
    cap: '',
    amountOff: '',
    listPrice: '',
    memberPrice: '',
    minSpend: '',
    tiers: 'all',
    validFrom: '',
    validUntil: '',
  };
}

/** Fen as yuan text, as an operator would type it: `2000` → `'20'`, `850` → `'8.5'`. */
export function yuanText(fen: number | undefined): string {
  return fen === undefined ? '' : String(fen / 100);
}

/** The form filled in with a stored offer, to edit it. */
export function valuesOfOffer(offer: Offer): OfferFormValues {
  const values = emptyOfferValues(offer.kind);
  values.title = offer.title;
  values.minSpend = yuanText(offer.minSpendFen);
  values.tiers = offer.tiers?.length === 1 ? (offer.tiers[0] as Tier) : 'all';
  values.validFrom = offer.validFrom ?? '';
  values.validUntil = offer.validUntil ?? '';
  if (offer.kind === 'percent') {
    values.percentOff = String(offer.percentOff);
    values.cap = yuanText(offer.capFen);
  } else if (offer.kind === 'amount') values.amountOff = yuanText(offer.amountOffFen);
  else {
    values.listPrice = yuanText(offer.listPriceFen);
    values.memberPrice = yuanText(offer.memberPriceFen);
  }
  return values;
}

/** A refused form field and why, by core's issue codes. */
export interface OfferFormIssue {
  field: OfferFormField;
  code: OfferIssueCode;
}

/** What {@link checkOfferForm} finds: the offer to send, or the issues in form order. */
export type OfferFormCheck = { ok: true; offer: NewOffer } | { ok: false; issues: OfferFormIssue[] };

/** The money fields of the form and the offer fields they fill. */
const MONEY: readonly (readonly [OfferFormField, OfferField])[] = [
  ['cap', 'capFen'],
  ['amountOff', 'amountOffFen'],
  ['listPrice', 'listPriceFen'],
  ['memberPrice', 'memberPriceFen'],
  ['minSpend', 'minSpendFen'],
];

/**
 * Checks the form by core's offer rules (`checkOfferFields`, no zod): amounts typed in yuan
 * (full-width digits and `¥` accepted, at most two decimals) become fen, empty optional fields
 * are left out, and each issue is reported on the field it was typed in, in form order.
 *
 * @example
 * checkOfferForm({ ...emptyOfferValues('amount'), title: '滿200減20', amountOff: '20', minSpend: '200' })
 * // { ok: true, offer: { kind: 'amount', title: '滿200減20', amountOffFen: 2000, minSpendFen: 20000 } }
 */
export function checkOfferForm(values: OfferFormValues): OfferFormCheck {
  const shown = new Set(formFields(values.kind));
  const input: Record<string, unknown> = { kind: values.kind, title: values.title.trim() };
  const issues: OfferFieldIssue[] = [];
  for (const [field, offerField] of MONEY) {
    if (!shown.has(field)) continue;
    const amount = parseAmountYuan(values[field]);
    if (amount === undefined) continue;
    if (!isAmountYuan(amount)) issues.push({ field: offerField, code: OfferIssueCode.notFen });
    else input[offerField] = yuan(amount);
  }
  const percent = values.percentOff.normalize('NFKC').trim().replace(/%$/, '');
  if (shown.has('percentOff') && percent !== '')
    input['percentOff'] = /^\d+(\.\d+)?$/.test(percent) ? Number(percent) : Number.NaN;
  if (values.tiers !== 'all') input['tiers'] = [values.tiers];
  if (values.validFrom !== '') input['validFrom'] = values.validFrom;
  if (values.validUntil !== '') input['validUntil'] = values.validUntil;

  const checked = checkOfferFields(input);
  const all = [...issues, ...(checked.ok ? [] : checked.issues)].map((i) => ({
    field: FORM_FIELD_OF[i.field],
    code: i.code,
  }));
  if (all.length === 0 && checked.ok) return { ok: true, offer: checked.value };
  const order = formFields(values.kind);
  all.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  // One issue per field: the first, which is the one to fix first.
  return { ok: false, issues: all.filter((issue, i) => all.findIndex((o) => o.field === issue.field) === i) };
}

/**
 * The merge patch that turns `before` into `after`: every field of `after`, and `null` for each
 * field `before` has that `after` has not (a cleared date, a cap removed, the old kind's amounts).
 */
export function offerPatch(before: Offer, after: NewOffer): OfferPatch {
  const patch: Record<string, unknown> = { ...after };
  for (const key of Object.keys(before)) if (key !== 'id' && !(key in after)) patch[key] = null;
  return patch;
}
