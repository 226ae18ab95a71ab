// Registers <club-offer-manager>, an operator widget: it is not part of '@clubkit/elements/define' or
// the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubOfferManager } from '../offer-manager/offer-manager.js';

ClubOfferManager.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-offer-manager': ClubOfferManager;
  }
}
