// The procedure desk's public names, for src/operator.ts to re-export.
export { ClubProcedureDesk } from './procedure-desk.js';
export {
  ProcedureDeskController,
  ProcedureDeskStatus,
  openedAt,
  type OpenedProcedure,
  type ProcedureAction,
  type ProcedureActionKind,
  type ProcedureDeskState,
} from './procedure-desk-controller.js';
export { procedureDeskClient, procedureDeskKit, type ProcedureDeskClient } from './client.js';
export { procedureDeskCatalog, procedureDeskZhHant, type ProcedureDeskMessages } from './messages.js';
export { timelineStatusLabel, type TimelineStatusLabels } from './timeline-status.js';
