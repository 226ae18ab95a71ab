import type { RouteSpec } from '../http/route.js';
import { memberRoutes } from './members.js';
import { merchantRoutes } from './merchants.js';
import { serviceRoutes } from './service.js';
import { sessionRoutes } from './sessions.js';
import { statsRoutes } from './stats.js';
import { systemRoutes } from './system.js';

/** Every route of the API, in the order they are matched. */
export const allRoutes: readonly RouteSpec[] = [...systemRoutes, ...sessionRoutes, ...memberRoutes, ...merchantRoutes, ...serviceRoutes, ...statsRoutes];
