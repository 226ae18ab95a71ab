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
export { allianceBoardCatalog, allianceBoardZhHant, type AllianceBoardMessages } from './messages.js';
