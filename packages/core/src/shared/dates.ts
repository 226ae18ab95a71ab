import * as z from 'zod/mini';

/** A calendar date, `YYYY-MM-DD`, with no time zone. */
export const IsoDate = z.iso.date();
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An instant, ISO 8601 in UTC (`2026-11-27T08:00:00Z`). */
export const IsoInstant = z.iso.datetime({ offset: false });
/** An instant, ISO 8601 in UTC. */
export type IsoInstant = string;
