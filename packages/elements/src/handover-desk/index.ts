// The hand-over desk's public names, for src/operator.ts to re-export.
export { ClubHandoverDesk } from './handover-desk.js';
export {
  HandoverDeskController,
  HandoverDeskStatus,
  mayHandOver,
  type HandoverAction,
  type HandoverActionKind,
  type HandoverDeskOptions,
  type HandoverDeskState,
} from './handover-desk-controller.js';
export { handoverDeskClient, handoverDeskKit, type HandoverDeskClient } from './client.js';
export { handoverDeskCatalog, handoverDeskZhHant, type HandoverDeskMessages } from './messages.js';
