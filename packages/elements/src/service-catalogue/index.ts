// The service catalogue's public names, for src/operator.ts to re-export.
export { ClubServiceCatalogue } from './service-catalogue.js';
export {
  ServiceCatalogueController,
  ServiceCatalogueStatus,
  type CatalogueEdits,
  type ServiceCatalogueAction,
  type ServiceCatalogueState,
} from './service-catalogue-controller.js';
export { serviceCatalogueClient, serviceCatalogueKit, type ServiceCatalogueClient } from './client.js';
export { serviceCatalogueCatalog, serviceCatalogueZhHant, type ServiceCatalogueMessages } from './messages.js';
