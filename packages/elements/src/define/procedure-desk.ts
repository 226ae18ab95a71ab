// Registers <club-procedure-desk>, an operator widget: it is not part of '@clubkit/elements/define'
// or the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubProcedureDesk } from '../procedure-desk/procedure-desk.js';

ClubProcedureDesk.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-procedure-desk': ClubProcedureDesk;
  }
}
