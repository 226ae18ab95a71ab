/** The part of the Web Crypto API that browsers and Node put on `globalThis` (core is typed without DOM or Node). */
interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/**
 * A random UUID (v4) from the platform's CSPRNG: `crypto.randomUUID` where it exists, built from
 * `crypto.getRandomValues` where it does not (pages served over plain http, older WebViews).
 *
 * @example
 * randomUuid() // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function randomUuid(): string {
  const { crypto } = globalThis as unknown as { crypto: WebCrypto };
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  // Byte 6 carries the version (4), byte 8 the variant (10xx).
  const h = Array.from(b, (x, i) =>
    (i === 6 ? (x & 0x0f) | 0x40 : i === 8 ? (x & 0x3f) | 0x80 : x).toString(16).padStart(2, '0'),
  ).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
