import { randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new id with a type prefix whose body sorts by creation time (48-bit milliseconds, then 80
 * random bits, Crockford base32 like a ULID), so that id order is creation order for cursors.
 */
export function newId(prefix: string, now: Date = new Date(), random: Uint8Array = randomBytes(10)): string {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = CROCKFORD.charAt(time % 32) + head;
    time = Math.floor(time / 32);
  }
  let tail = '';
  let bits = 0;
  let value = 0;
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      tail += CROCKFORD.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return `${prefix}_${head}${tail}`;
}

/** A random secret with a prefix, e.g. `sk_…` (32 bytes, base64url). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
