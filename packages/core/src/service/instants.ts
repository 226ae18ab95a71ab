import type { IsoInstant } from '../shared/dates.js';

const HOUR_MS = 3_600_000;

/** Milliseconds since the epoch of an instant that has already passed its schema. */
export function instantMs(instant: IsoInstant): number {
  return Date.parse(instant);
}

/** The instant `hours` hours after `instant`, as ISO 8601 UTC with milliseconds. */
export function addHours(instant: IsoInstant, hours: number): IsoInstant {
  return new Date(instantMs(instant) + hours * HOUR_MS).toISOString();
}
