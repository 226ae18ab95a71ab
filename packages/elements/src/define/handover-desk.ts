// Registers <club-handover-desk>, an operator widget: it is not part of '@clubkit/elements/define'
// or the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubHandoverDesk } from '../handover-desk/handover-desk.js';

ClubHandoverDesk.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-handover-desk': ClubHandoverDesk;
  }
}
