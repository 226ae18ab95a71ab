import type { MemberCardView } from '@clubkit/core/api';
import type { Member } from '@clubkit/core/membership';
import type { Transport } from '@clubkit/client';
import type { WidgetClient } from '../../shared/context.js';
import type { MemberValues } from '../complaint-form-controller.js';

/** The part of a member client the form reads to fill itself in: the member and their card. */
export type PrefillClient = { me: Pick<WidgetClient['me'], 'get' | 'card'> };

export type { MemberValues };

/**
 * What the complaint form can fill in from a signed-in member's records: name and phone from
 * the member, plate and card number from the membership on their card (the VIP card's number
 * for a member who holds only a VIP year). Missing records give no values.
 *
 * @example
 * valuesOfMember(member, view) // { name: '王小明', phone: '+86 138 0013 8000', plate: '云K·A1234', cardNumber: '6200…' }
 */
export function valuesOfMember(member: Member | undefined, view: MemberCardView | undefined): MemberValues {
  const values: MemberValues = {};
  const name = member?.name ?? view?.holder.name;
  if (name) values.name = name;
  if (member?.phone) values.phone = member.phone;
  if (view?.membership) values.plate = view.membership.plate;
  const card = (view?.membership ?? view?.vip)?.card.number;
  if (card) values.cardNumber = card;
  return values;
}

/**
 * Reads the signed-in member and their card with a member client, both at once, and gives what
 * the form can fill in. Signed out, or when a read fails, that part gives nothing: never rejects.
 */
export async function memberValues(client: PrefillClient): Promise<MemberValues> {
  const [member, view] = await Promise.all([
    client.me.get().catch(() => undefined),
    client.me.card().catch(() => undefined),
  ]);
  return valuesOfMember(member, view);
}

/**
 * The two reads of the client's `me` resource that {@link memberValues} makes, over the form's
 * transport: the same requests, written here so that this module, loaded on demand, does not
 * pull the client's `me` resource into the form's first download (a bundler puts what it shares
 * with the form's client import there).
 */
export function memberReads(t: Transport): PrefillClient['me'] {
  return {
    get: (options) => t.send({ method: 'get', path: '/v1/me', answer: 'Member', options }),
    card: (options) => t.send({ method: 'get', path: '/v1/me/card', answer: 'MemberCardView', options }),
  };
}
