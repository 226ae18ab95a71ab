import { createHash, randomInt } from 'node:crypto';
import type { IssuedCardCode, VipMembership } from '@clubkit/core/vip';
import { cardCodeFromDigits } from '@clubkit/core/vip';
import type { ClubDb } from '../db/connect.js';
import { docs } from '../store/records.js';

// What the VIP order, member-code and counter routes share: the member's current VIP membership
// and the member codes kept server-side.

/**
 * The member's VIP membership the card shows and the counter checks: the newest one (by its last
 * valid day) that is not cancelled, else the newest.
 */
export async function currentVipMembership(db: ClubDb, memberId: string): Promise<VipMembership | undefined> {
  const rows = await db
    .selectFrom('vip_memberships')
    .select('doc')
    .where('member_id', '=', memberId)
    .orderBy('valid_until', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const all = docs<VipMembership>(rows);
  return all.find((m) => m.cancelledOn === undefined) ?? all[0];
}

/** The key a member code is stored under: its SHA-256, so the table never holds a live code. */
export function cardCodeHash(code: string): string {
  return createHash('sha256').update(`card-code:${code}`).digest('base64url');
}

/** A new member code: 11 digits from the cryptographic random source and their Luhn check digit. */
export function newCardCode(): string {
  const digits = String(randomInt(0, 100_000_000_000)).padStart(11, '0');
  return cardCodeFromDigits(digits);
}

/** A member code as stored, or undefined for one the club never issued. */
export async function findCardCode(
  db: ClubDb,
  code: string,
): Promise<(IssuedCardCode & { memberId: string }) | undefined> {
  const row = await db
    .selectFrom('card_codes')
    .select(['member_id', 'expires_at', 'used_at'])
    .where('hash', '=', cardCodeHash(code))
    .executeTakeFirst();
  return row && { memberId: row.member_id, expiresAt: row.expires_at, usedAt: row.used_at ?? undefined };
}

/**
 * Consumes a member code for one redemption: one conditional update, so of two redemptions racing
 * with the same code exactly one sees a row changed (PostgreSQL re-checks the condition after
 * the first commits; SQLite runs writes one at a time). False when it was used or expired meanwhile.
 */
export async function consumeCardCode(db: ClubDb, code: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('card_codes')
    .set({ used_at: nowIso })
    .where('hash', '=', cardCodeHash(code))
    .where('used_at', 'is', null)
    .where('expires_at', '>', nowIso)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
