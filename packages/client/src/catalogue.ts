/**
 * `@clubkit/client/catalogue`: the club's service catalogue over a transport from
 * `createClubTransport` — read by a page with the publishable key, and a member's own uses. Its own
 * entry, so a page that shows no catalogue carries none of it.
 *
 * @example
 * import { createClubTransport } from '@clubkit/client';
 * import { serviceCatalogueResource } from '@clubkit/client/catalogue';
 * const catalogue = serviceCatalogueResource(createClubTransport({ baseUrl, publishableKey }));
 * for await (const service of catalogue.list({ category: 'value-added' })) show(service);
 * @packageDocumentation
 */
export { myServiceUsesResource, serviceCatalogueResource, type ServiceCatalogueQuery } from './resources/catalogue.js';
