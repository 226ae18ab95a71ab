import { serviceCatalogueAdminResource, staffSessionsResource } from '@clubkit/client/operator';
import { sessionFromEndpoint, type Transport } from '@clubkit/client';
import type { ClientKit } from '../shared/club-config.js';

/**
 * The part of an operator client the catalogue uses: read, add and retire services, and who is
 * signed in (which changes the catalogue offers). A full `OperatorClient` is one.
 */
export interface ServiceCatalogueClient {
  services: Pick<ReturnType<typeof serviceCatalogueAdminResource>, 'list' | 'create' | 'retire'>;
  staffSessions: Pick<ReturnType<typeof staffSessionsResource>, 'current'>;
}

/** The catalogue's client over one transport, without the rest of the back office. */
export function serviceCatalogueClient(t: Transport): ServiceCatalogueClient {
  return { services: serviceCatalogueAdminResource(t), staffSessions: staffSessionsResource(t) };
}

/** The catalogue's clients: {@link serviceCatalogueClient} with staff sessions from the session endpoint. */
export const serviceCatalogueKit: ClientKit<ServiceCatalogueClient> = {
  resources: serviceCatalogueClient,
  session: (endpoint) => sessionFromEndpoint(endpoint),
};
