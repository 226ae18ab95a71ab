// Registers <club-vip-activities>. It is not part of '@clubkit/elements/define' or the CDN's clubkit.js,
// so the member card, complaint form and directory never carry it; the CDN has it in
// clubkit-vip-activities.js (clubkit.js with this widget).
// Inside a <club-provider>, import '@clubkit/elements/define/provider' too.
import { ClubVipActivities } from '../vip-activities/vip-activities.js';

ClubVipActivities.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-vip-activities': ClubVipActivities;
  }
}
