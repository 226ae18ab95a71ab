import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { ProjectionInput } from './input.js';

const Count = z.number().check(z.minimum(0));
const Ratio = z.number().check(z.minimum(0));

/** One month of a projection; member counts are expected values and may be fractional. */
export const ProjectionMonth = z.object({
  /** 1-based month of the projection. */
  month: z.int().check(z.minimum(1)),
  /** Members who joined in this month. */
  newMembers: Count,
  /** Members at the end of the month. */
  members: Count,
  /** Fees billed in the month (joiners and renewing cohorts), in fen. */
  billedFen: NonNegativeFen,
  /** Fees earned in the month: members at its end × fee / 12, in fen. */
  recognizedFen: NonNegativeFen,
  /** Income from the other lines in the month, in fen. */
  otherIncomeFen: NonNegativeFen,
  /** Cars in the city at the end of the month. */
  parc: z.number().check(z.positive()),
  /** Members divided by cars at the end of the month, a ratio (0.1125 is 11.25 %). */
  penetration: Ratio,
});
/** One month of a projection. */
export type ProjectionMonth = z.infer<typeof ProjectionMonth>;

/** One projection year (months 1–12 are year 1); money is the sum of its month rows. */
export const ProjectionYear = z.object({
  /** 1-based year of the projection; the last one may have fewer than 12 months. */
  year: z.int().check(z.minimum(1)),
  /** Members who joined during the year. */
  newMembers: Count,
  /** Members at the end of the year's last month. */
  membersAtEnd: Count,
  /** Fees billed during the year, in fen. */
  billedFen: NonNegativeFen,
  /** Fees earned during the year, in fen. */
  recognizedFen: NonNegativeFen,
  /** Income from the other lines during the year, in fen. */
  otherIncomeFen: NonNegativeFen,
  /** Cars at the end of the year's last month. */
  parcAtEnd: z.number().check(z.positive()),
  /** Members divided by cars at the end of the year's last month. */
  penetrationAtEnd: Ratio,
});
/** One projection year. */
export type ProjectionYear = z.infer<typeof ProjectionYear>;

/** What one other income line brought over the whole projection. */
export const OtherIncomeTotal = z.object({
  /** Id of the line. */
  id: z.string(),
  /** Name of the line, when it has one. */
  label: z.optional(z.string()),
  /** Income of the line over the whole projection, in fen. */
  otherIncomeFen: NonNegativeFen,
});
/** What one other income line brought over the whole projection. */
export type OtherIncomeTotal = z.infer<typeof OtherIncomeTotal>;

/** Sums over the whole projection, and where it ends. */
export const ProjectionTotals = z.object({
  /** Members who joined over the whole projection. */
  newMembers: Count,
  /** Members at the end of the last month. */
  membersAtEnd: Count,
  /** Fees billed over the whole projection, in fen. */
  billedFen: NonNegativeFen,
  /** Fees earned over the whole projection, in fen. */
  recognizedFen: NonNegativeFen,
  /** Income from all other lines over the whole projection, in fen. */
  otherIncomeFen: NonNegativeFen,
  /** The other income, line by line, in the order of the input. */
  otherIncome: z.array(OtherIncomeTotal),
  /** Cars at the end of the last month. */
  parcAtEnd: z.number().check(z.positive()),
  /** Members divided by cars at the end of the last month. */
  penetrationAtEnd: Ratio,
});
/** Sums over the whole projection, and where it ends. */
export type ProjectionTotals = z.infer<typeof ProjectionTotals>;

/** A revenue projection: the resolved scenario, month rows, year rows and totals. */
export const RevenueProjection = z.object({
  /** The scenario with every default applied. */
  input: ProjectionInput,
  /** One row per month. */
  months: z.array(ProjectionMonth),
  /** One row per projection year. */
  years: z.array(ProjectionYear),
  /** Sums over the whole projection. */
  totals: ProjectionTotals,
});
/** A revenue projection, as returned by `projectRevenue`. */
export type RevenueProjection = z.infer<typeof RevenueProjection>;
