import type { ServiceCatalogueMessages } from '../messages.js';

/** English. */
export const serviceCatalogueEn: ServiceCatalogueMessages = {
  scTitle: 'Services',
  scNotConfigured: 'The catalogue is not configured: it needs the club’s base URL and a staff session endpoint.',
  scSignedOut: 'Sign in to see the club’s services.',
  scLoaded: (total, of) => `${total} ${total === 1 ? 'service' : 'services'} offered (the club report lists ${of}).`,
  scCategories: { car: 'Car services', 'value-added': 'Value-added services', club: 'Club services' },
  scCount: (n) => `${n}`,
  scEmpty: 'No service yet.',
  scMerchants: (n) => (n === 0 ? 'Given by the club' : `${n} partner ${n === 1 ? 'merchant' : 'merchants'}`),
  scRetire: 'Retire',
  scRetireNamed: (name) => `Retire “${name}”`,
  scAdd: 'Add a service',
  scCategoryField: 'Category',
  scNameField: 'Name',
  scNameRequired: 'Enter a name.',
  scDuplicate: 'Another service of this category has that name.',
  scAdded: (name) => `“${name}” added.`,
  scRetired: (name) => `“${name}” retired; its uses stay on record.`,
  scRefused: (reason) => `Not done: ${reason}`,
  scReload: 'Refresh',
  scReadOnly: 'The club’s administrator keeps the catalogue; you can read it here.',
};
