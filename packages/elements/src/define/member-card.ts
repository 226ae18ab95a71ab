// Registers <club-member-card>, used alone with its own attributes. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too (or '@clubkit/elements/define' for every tag).
import { ClubMemberCard } from '../member-card/member-card.js';

ClubMemberCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-member-card': ClubMemberCard;
  }
}
