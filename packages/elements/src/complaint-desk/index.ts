// The complaint desk's public names, for src/operator.ts to re-export.
export { ClubComplaintDesk } from './complaint-desk.js';
export {
  ComplaintDeskController,
  ComplaintDeskStatus,
  ComplaintQueue,
  type ComplaintDeskState,
  type DeskAction,
  type MoreState,
  type OpenedComplaint,
  type QueueEntry,
} from './complaint-desk-controller.js';
export {
  ReturnVisitsController,
  ReturnVisitsStatus,
  type DueVisit,
  type ReturnVisitsClient,
  type ReturnVisitsState,
} from './return-visits-controller.js';
export { complaintDeskClient, complaintDeskKit, type ComplaintDeskClient } from './client.js';
export type { DeskRecordsClient } from './records-client.js';
export { complaintDeskCatalog, complaintDeskZhHant, type ComplaintDeskMessages, type HistoryKind } from './messages.js';
