// Registers <club-stats-board>, an operator widget: it is not part of '@clubkit/elements/define' or
// the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubStatsBoard } from '../stats-board/stats-board.js';

ClubStatsBoard.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-stats-board': ClubStatsBoard;
  }
}
