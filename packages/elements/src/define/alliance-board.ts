// Registers <club-alliance-board>, an operator widget: it is not part of '@clubkit/elements/define'
// or the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubAllianceBoard } from '../alliance-board/alliance-board.js';

ClubAllianceBoard.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-alliance-board': ClubAllianceBoard;
  }
}
