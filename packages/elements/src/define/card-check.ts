// Registers <club-card-check>, the merchant counter's operator widget: it is not part of
// '@clubkit/elements/define' or the CDN build, so the member widgets never carry it. Inside a
// <club-provider>, import '@clubkit/elements/define/provider' too.
import { ClubCardCheck } from '../card-check/card-check.js';

ClubCardCheck.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-card-check': ClubCardCheck;
  }
}
