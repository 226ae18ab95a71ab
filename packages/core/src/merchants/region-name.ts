/**
 * A region's name from one locale's table (`REGION_NAMES_…`); `undefined` for a code the table
 * does not name, never the code itself nor an inherited property.
 *
 * @example
 * regionName(REGION_NAMES_EN, 'menghai') // 'Menghai'
 * regionName(REGION_NAMES_EN, 'atlantis') // undefined
 */
export function regionName(names: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(names, code) ? names[code] : undefined;
}
