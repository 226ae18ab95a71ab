// The activities widget's public names, for src/vip-activities.ts to re-export.
export { ClubVipActivities, refusalWords } from './vip-activities.js';
export {
  ActivitiesStatus,
  SeatActionKind,
  VipActivitiesController,
  type ActivitiesState,
  type HeldSeat,
  type SeatActionState,
  type VipActivitiesOptions,
} from './vip-activities-controller.js';
export { vipActivitiesClient, vipActivitiesKit, type VipActivitiesClient } from './client.js';
export { ClubActivityCancelledEvent, ClubActivitySignedUpEvent } from './events.js';
export { vipActivitiesCatalog, vipActivitiesZhHant, type VipActivitiesMessages } from './messages.js';
