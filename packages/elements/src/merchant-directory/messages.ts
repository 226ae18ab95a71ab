import { REGION_NAMES_ZH_HANT } from '@clubkit/core/merchants';
import { messageCatalog } from '../messages/messages.js';
import { categoryNamesZhHant, type CategoryMessages } from '../shared/category-names.js';
import { offerTermsZhHant, type OfferTermMessages } from '../shared/offer-term-messages.js';

/**
 * Messages of `<club-merchant-directory>`. Money and dates arrive already formatted (through
 * core's `formatMoney` and `Intl`), so the messages only place them in a sentence.
 */
export interface DirectoryMessages extends OfferTermMessages, CategoryMessages {
  /** Accessible name of the search region. */
  dirSearchRegion: string;
  /** Label of the search box. */
  dirSearchLabel: string;
  /** Hint under the search box. */
  dirSearchHint: string;
  /** The search button. */
  dirSearchButton: string;
  /** Label of the category filter. */
  dirCategoryLabel: string;
  /** The category filter's "any" option. */
  dirAllCategories: string;
  /** Label of the region filter. */
  dirRegionLabel: string;
  /** The region filter's "any" option. */
  dirAllRegions: string;
  /** Label of the sort select. */
  dirSortLabel: string;
  /** Sort option: best text match first. */
  dirSortRelevance: string;
  /** Sort option: by name. */
  dirSortName: string;
  /** Sort option: nearest first (only with `near`). */
  dirSortDistance: string;
  /** Sort option: biggest saving on the entered amount first. */
  dirSortSaving: string;
  /** Label of the amount input. */
  dirAmountLabel: string;
  /** Hint under the amount input. */
  dirAmountHint: string;
  /** The amount input holds something that is not an amount of yuan. */
  dirAmountInvalid: string;
  /** Accessible name of the result list. */
  dirListLabel: string;
  /** The search's result count: `n` merchants, written as the locale writes numbers in `count`. */
  dirCount(n: number, count: string): string;
  /** The count when the server did not say its total and more pages may come: the first `n` shown. */
  dirCountFirst(n: number, count: string): string;
  /** The button that shows or hides the filters on a narrow screen; `active` filters are set. */
  dirFilters(active: number): string;
  /** A row's offer line when no offer is open to the member today. */
  dirRowNoOffer: string;
  /** No merchant matches. */
  dirEmpty: string;
  /** The button on an empty result that clears the words, category and region searched for. */
  dirClearFilters: string;
  /** The best-offer badge on a row: the saving on the entered amount. */
  dirBadge(saving: string): string;
  /** A distance, already formatted with its unit. */
  dirDistance(distance: string): string;
  /** The back button of the detail view. */
  dirBack: string;
  /** Label of the address in the detail view. */
  dirAddress: string;
  /** Label of the phone number in the detail view. */
  dirPhone: string;
  /** Heading of the offers in the detail view. */
  dirOffersHeading: string;
  /** The merchant has no offers. */
  dirNoOffers: string;
  /** What an offer saves on the entered amount. */
  dirOfferSaving(saving: string): string;
  /** The offer does not apply to the entered amount (tier, dates or minimum spend). */
  dirOfferNotApplicable: string;
  /** The best saving on the entered amount, in the detail view. */
  dirSaving(saving: string, amount: string): string;
  /** No offer saves anything on the entered amount. */
  dirNoSaving(amount: string): string;
  /** Marks the offer that saves most. */
  dirBestOffer: string;
  /**
   * The names of the club's regions by code, as core's `regionLabel` gives them (a test holds the
   * built-in locales to core's `REGION_NAMES_…`; a locale loaded on demand carries its own copy).
   */
  dirRegionNames: Readonly<Record<string, string>>;
}

/** The directory in Traditional Chinese. */
export const directoryZhHant: DirectoryMessages = {
  ...offerTermsZhHant,
  ...categoryNamesZhHant,
  dirSearchRegion: '特約商戶目錄',
  dirSearchLabel: '搜尋商戶',
  dirSearchHint: '商戶名稱、地址或服務，例如：洗車。',
  dirSearchButton: '搜尋',
  dirCategoryLabel: '類別',
  dirAllCategories: '全部類別',
  dirRegionLabel: '地區',
  dirAllRegions: '全部地區',
  dirSortLabel: '排序',
  dirSortRelevance: '相關度',
  dirSortName: '名稱',
  dirSortDistance: '距離',
  dirSortSaving: '最多優惠',
  dirAmountLabel: '預計消費金額（人民幣元）',
  dirAmountHint: '輸入金額，即可看到每家商戶最划算的優惠。',
  dirAmountInvalid: '請輸入以元為單位的金額，例如 120 或 88.50。',
  dirListLabel: '商戶',
  dirCount: (_n, count) => `共 ${count} 家商戶`,
  dirCountFirst: (_n, count) => `顯示前 ${count} 家商戶`,
  dirFilters: (active) => (active > 0 ? `篩選與排序（${active}）` : '篩選與排序'),
  dirRowNoOffer: '今日沒有適用的會員優惠',
  dirEmpty: '找不到符合條件的商戶。',
  dirClearFilters: '清除搜尋與篩選條件',
  dirBadge: (saving) => `最優惠：省 ${saving}`,
  dirDistance: (distance) => `距離 ${distance}`,
  dirBack: '返回列表',
  dirAddress: '地址',
  dirPhone: '電話',
  dirOffersHeading: '會員優惠',
  dirNoOffers: '這家商戶目前沒有會員優惠。',
  dirOfferSaving: (saving) => `按您的金額可省 ${saving}`,
  dirOfferNotApplicable: '不適用於您的金額',
  dirSaving: (saving, amount) => `消費 ${amount} 可省 ${saving}`,
  dirNoSaving: (amount) => `消費 ${amount} 沒有適用的優惠。`,
  dirBestOffer: '最優惠',
  dirRegionNames: REGION_NAMES_ZH_HANT,
};

/** The widget's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const directoryCatalog = messageCatalog(directoryZhHant, {
  en: () => import('./locales/en.js').then((m) => m.directoryEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.directoryZhHans),
});
