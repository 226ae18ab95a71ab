// Registers <club-complaint-desk>, an operator widget: it is not part of '@clubkit/elements/define'
// or the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubComplaintDesk } from '../complaint-desk/complaint-desk.js';

ClubComplaintDesk.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-complaint-desk': ClubComplaintDesk;
  }
}
