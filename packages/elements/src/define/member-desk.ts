// Registers <club-member-desk>, an operator widget: it is not part of '@clubkit/elements/define'
// or the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubMemberDesk } from '../member-desk/member-desk.js';

ClubMemberDesk.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-member-desk': ClubMemberDesk;
  }
}
