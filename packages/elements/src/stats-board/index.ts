// The stats board's public names, for src/operator.ts to re-export.
export { ClubStatsBoard } from './stats-board.js';
export {
  StatsBoardController,
  StatsBoardStatus,
  StatsSection,
  type AllianceSection,
  type RevenueSection,
  type ApplicationsInBucket,
  type ComplaintsInBucket,
  type DeskSection,
  type MemberSection,
  type StatsBoardOptions,
  type StatsBoardReport,
  type StatsBoardState,
} from './stats-board-controller.js';
export { statsBoardClient, statsBoardKit, type StatsBoardClient } from './client.js';
export {
  checkPeriod,
  defaultPeriod,
  periodBuckets,
  PeriodProblem,
  MAX_MONTH_BUCKETS,
  MAX_YEAR_BUCKETS,
  type PeriodBucket,
  type StatsPeriod,
} from './period.js';
export {
  boardSections,
  barLength,
  chartTop,
  scaleTop,
  type BoardChart,
  type BoardColumn,
  type BoardFigure,
  type BoardFormat,
  type BoardSection,
  type ColumnUnit,
} from './board-charts.js';
export { statsBoardCatalog, statsBoardZhHant, type StatsBoardMessages } from './messages.js';
