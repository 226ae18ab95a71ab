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
export type { TimeRulesBoardClient } from './time-rules-client.js';
export type { PrimaryDealerBoardClient } from './primary-dealer-client.js';
export type { PromotionBoardClient } from './promotions-client.js';
// The assessment, secondary-dealer list, time-rules, primary-dealer and promotions sections (their
// controllers, views and words) and their access check are chunks the board loads when they open:
// not exported, so that importing the operator entry does not carry them.
export { allianceBoardCatalog, allianceBoardZhHant, type AllianceBoardMessages } from './messages.js';
