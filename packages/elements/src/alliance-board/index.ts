// The alliance board's public names, for src/operator.ts to re-export.
export { ClubAllianceBoard } from './alliance-board.js';
export {
  AllianceBoardController,
  AllianceBoardStatus,
  type AllianceBoardOptions,
  type AllianceBoardState,
  type PayState,
} from './alliance-board-controller.js';
export { allianceBoardClient, allianceBoardKit, type AllianceBoardClient } from './client.js';
export type { AssessmentBoardClient } from './assessment-client.js';
export type { SecondaryListBoardClient } from './secondary-list-client.js';
// The assessment section (AssessmentSection, renderAssessments, its words) is a chunk the board
// loads when it opens: not exported, so that importing the operator entry does not carry it.
export { allianceBoardCatalog, allianceBoardZhHant, type AllianceBoardMessages } from './messages.js';
