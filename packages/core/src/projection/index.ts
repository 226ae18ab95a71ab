/**
 * Revenue projection of a club branch (A5 §4.2): members by month and year, fees billed
 * (cash) and recognized (accrual), other income, and penetration of the car parc.
 *
 * @packageDocumentation
 */
export { MAX_PROJECTION_MONTHS, OtherIncomeLine, ProjectionChannel, ProjectionInput, VehicleParc } from './input.js';
export type { ResolvedProjectionInput } from './input.js';
export { OtherIncomeTotal, ProjectionMonth, ProjectionTotals, ProjectionYear, RevenueProjection } from './result.js';
export { ProjectionErrorCode, projectRevenue } from './project.js';
export { formatProjectionTable, ProjectionTableBy, ProjectionTableOptions } from './table.js';
