// The catalogue's categories and statuses as plain constants, without zod, so that a widget that
// shows the catalogue carries no schema.

/** How many services the club's report says it offers (A2 §2): a figure to compare with, not a limit. */
export const SOURCE_SERVICE_COUNT = 54;

/** The three categories of the catalogue (A2 §2 三大類, named as in A5 §2). */
export const ServiceCategory = {
  /** Car services (汽車服務): rescue, repair, towing, detailing, car wash and the like. */
  car: 'car',
  /** Value-added services (增值服務): hotels, flights, dining, KTV, flowers, beauty, fitness. */
  valueAdded: 'value-added',
  /** The club's own services (俱樂部獨有服務), which it provides itself (A3 art.10). */
  club: 'club',
} as const;
/** A category of the catalogue. */
export type ServiceCategory = (typeof ServiceCategory)[keyof typeof ServiceCategory];
/** Every category, in the order the catalogue shows them. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = Object.values(ServiceCategory);
/** Whether a service is offered or retired. */
export const ServiceStatus = { active: 'active', retired: 'retired' } as const;
/** Whether a service is offered or retired. */
export type ServiceStatus = (typeof ServiceStatus)[keyof typeof ServiceStatus];
