// Registers <club-service-catalogue>, an operator widget: it is not part of '@clubkit/elements/define'
// or the CDN build, so the member widgets never carry it. Inside a <club-provider>, import
// '@clubkit/elements/define/provider' too.
import { ClubServiceCatalogue } from '../service-catalogue/service-catalogue.js';

ClubServiceCatalogue.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-service-catalogue': ClubServiceCatalogue;
  }
}
