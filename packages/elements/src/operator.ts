/**
 * `@clubkit/elements/operator`: the widgets for the people who run the club — so far
 * `<club-stats-board>` and `<club-complaint-desk>` — with their headless controllers. A partner page's member widgets never
 * import it. Importing this module defines no tag: import `@clubkit/elements/define/stats-board`
 * or `@clubkit/elements/define/complaint-desk` for that.
 * @packageDocumentation
 */
export * from './complaint-desk/index.js';
export { ClubStatsBoard } from './stats-board/stats-board.js';
export {
  StatsBoardController,
  StatsBoardStatus,
  StatsSection,
  type AllianceSection,
  type ApplicationsInBucket,
  type ComplaintsInBucket,
  type DeskSection,
  type MemberSection,
  type StatsBoardOptions,
  type StatsBoardReport,
  type StatsBoardState,
} from './stats-board/stats-board-controller.js';
export { statsBoardClient, statsBoardKit, type StatsBoardClient } from './stats-board/client.js';
export {
  checkPeriod,
  defaultPeriod,
  periodBuckets,
  PeriodProblem,
  MAX_MONTH_BUCKETS,
  MAX_YEAR_BUCKETS,
  type PeriodBucket,
  type StatsPeriod,
} from './stats-board/period.js';
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
} from './stats-board/board-charts.js';
export { statsBoardCatalog, statsBoardZhHant, type StatsBoardMessages } from './stats-board/messages.js';
