// Registers <club-vip-offer>. It is not part of '@clubkit/elements/define' or the CDN's clubkit.js,
// so the member card, complaint form and directory never carry it; the CDN has it in clubkit-vip.js (clubkit.js with this widget).
// Inside a <club-provider>, import '@clubkit/elements/define/provider' too.
import { ClubVipOffer } from '../vip-offer/vip-offer.js';

ClubVipOffer.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-vip-offer': ClubVipOffer;
  }
}
