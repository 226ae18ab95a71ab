import type { IsoDate } from '../shared/dates.js';
import { catalogueError, CatalogueErrorCode } from './catalogue-errors.js';
import { SERVICE_CATEGORIES, ServiceStatus, type ServiceCategory } from './catalogue-categories.js';
import type { ClubService } from './catalogue-records.js';

/**
 * The form of a service name that uniqueness compares: full-width folded to half-width (NFKC),
 * spaces removed at the ends and runs of them made one, Latin letters in lower case.
 *
 * @example
 * serviceNameKey(' ２４小時  道路救援 ') // '24小時 道路救援'
 */
export function serviceNameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Checks that no other offered service of the same category has the name. A retired service keeps
 * its name in its history and does not hold it: the club may bring the service back under a new id.
 *
 * @param exceptId - the service being renamed, which may keep its own name
 * @throws ClubError `catalogue/duplicate-name` (details: `{ category, name, serviceId }`)
 */
export function assertServiceNameFree(
  services: readonly Pick<ClubService, 'id' | 'category' | 'name' | 'status'>[],
  wanted: { category: ServiceCategory; name: string },
  exceptId?: string,
): void {
  const key = serviceNameKey(wanted.name);
  const taken = services.find(
    (s) =>
      s.id !== exceptId &&
      s.status === ServiceStatus.active &&
      s.category === wanted.category &&
      serviceNameKey(s.name) === key,
  );
  if (taken) {
    throw catalogueError(
      CatalogueErrorCode.duplicateName,
      `The ${wanted.category} services already have “${taken.name}” (${taken.id})`,
      { category: wanted.category, name: taken.name, serviceId: taken.id },
    );
  }
}

/**
 * Checks that a service is still offered, before it is changed or used.
 *
 * @throws ClubError `catalogue/service-retired` (details: `{ serviceId, retiredOn }`)
 */
export function assertServiceOffered(service: Pick<ClubService, 'id' | 'status' | 'retiredOn'>): void {
  if (service.status === ServiceStatus.retired) {
    throw catalogueError(CatalogueErrorCode.serviceRetired, `Service ${service.id} was retired`, {
      serviceId: service.id,
      retiredOn: service.retiredOn ?? null,
    });
  }
}

/**
 * The service retired on `today`: no longer offered or changed, kept with its uses. Services are
 * retired rather than deleted so that what members used stays on record (A2 §2).
 *
 * @throws ClubError `catalogue/service-retired` when it was retired already
 */
export function retireService(service: ClubService, today: IsoDate): ClubService {
  assertServiceOffered(service);
  return { ...service, status: ServiceStatus.retired, retiredOn: today };
}

/** How many services each category offers, and in all: the figure the club's report gives (54). */
export type CatalogueCounts = Readonly<Record<ServiceCategory, number>> & { readonly total: number };

/**
 * Counts the services offered (retired ones left out) per category and in all.
 *
 * @example
 * catalogueCounts(services) // { car: 24, 'value-added': 18, club: 12, total: 54 }
 */
export function catalogueCounts(services: readonly Pick<ClubService, 'category' | 'status'>[]): CatalogueCounts {
  const counts: Record<ServiceCategory, number> = { car: 0, 'value-added': 0, club: 0 };
  for (const s of services)
    if (s.status === ServiceStatus.active && SERVICE_CATEGORIES.includes(s.category)) counts[s.category] += 1;
  return { ...counts, total: counts.car + counts['value-added'] + counts.club };
}
