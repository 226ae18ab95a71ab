// Registers <club-member-card> (and <club-provider>, which configures it).
import { ClubMemberCard } from '../member-card/member-card.js';
import './provider.js';

ClubMemberCard.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-member-card': ClubMemberCard;
  }
}
