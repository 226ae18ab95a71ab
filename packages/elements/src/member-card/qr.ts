// The QR encoder, loaded on demand (`import('./qr.js')`) only when a VIP card shows its member
// code: no other member and no other widget carries it. It imports nothing but the encoder, so
// that the chunk shares no code with the widget (which would split lit into a chunk of its own).
import { encode } from 'uqr';

/**
 * The QR symbol of `text` (error correction M) as one SVG path of its dark modules
 * (`M x y h1 v1 h-1 z` each), in module units: `size` modules a side, without the quiet zone.
 */
export function qrModules(text: string): { size: number; path: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  let path = '';
  for (let y = 0; y < size; y++) {
    const row = data[y] ?? [];
    for (let x = 0; x < size; x++) if (row[x]) path += `M${x} ${y}h1v1h-1z`;
  }
  return { size, path };
}
