import { CATEGORY_LABELS_EN } from '@clubkit/core/merchants/category-labels/en';
import { offerTermsEn } from '../../shared/locales/offer-terms-en.js';
import type { DirectoryMessages } from '../messages.js';

const enCount = (n: number, count: string): string => (n === 1 ? '1 merchant' : `${count} merchants`);

/** The directory in English. */
export const directoryEn: DirectoryMessages = {
  ...offerTermsEn,
  categoryNames: CATEGORY_LABELS_EN,
  dirSearchRegion: 'Merchant directory',
  dirSearchLabel: 'Search merchants',
  dirSearchHint: 'Name, address or service, e.g. car wash.',
  dirSearchButton: 'Search',
  dirCategoryLabel: 'Category',
  dirAllCategories: 'All categories',
  dirRegionLabel: 'Region',
  dirAllRegions: 'All regions',
  dirSortLabel: 'Sort by',
  dirSortRelevance: 'Relevance',
  dirSortName: 'Name',
  dirSortDistance: 'Distance',
  dirSortSaving: 'Best saving',
  dirAmountLabel: 'How much would you spend? (CNY)',
  dirAmountHint: 'Enter an amount to see the best offer at each merchant.',
  dirAmountInvalid: 'Enter an amount in yuan, such as 120 or 88.50.',
  dirListLabel: 'Merchants',
  dirCount: enCount,
  dirCountFirst: (n, count) => `Showing the first ${enCount(n, count)}`,
  dirFilters: (active) => (active > 0 ? `Filters and sort (${active})` : 'Filters and sort'),
  dirRowNoOffer: 'No member offer for you today',
  dirEmpty: 'No merchants match your search.',
  dirClearFilters: 'Clear the search and filters',
  dirBadge: (saving) => `Best offer: save ${saving}`,
  dirDistance: (distance) => `${distance} away`,
  dirBack: 'Back to the list',
  dirAddress: 'Address',
  dirPhone: 'Phone',
  dirOffersHeading: 'Member offers',
  dirNoOffers: 'This merchant has no member offers at the moment.',
  dirOfferSaving: (saving) => `Saves ${saving} on your amount`,
  dirOfferNotApplicable: 'Does not apply to your amount',
  dirSaving: (saving, amount) => `Save ${saving} on your ${amount}`,
  dirNoSaving: (amount) => `No offer applies to ${amount}.`,
  dirBestOffer: 'Best offer',
  dirRegionNames: { jinghong: 'Jinghong', menghai: 'Menghai', mengla: 'Mengla' },
};
