// Apart from revenue-stats.ts, which defines the report's schemas: a browser bundle that needs the
// limit (the stats board choosing whether to ask for revenue) takes it without zod.

/** The longest period a revenue report covers day by day: two years and a leap day. */
export const MAX_REVENUE_DAYS = 731;
