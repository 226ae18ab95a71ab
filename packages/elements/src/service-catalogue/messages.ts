import type { ServiceCategory } from '@clubkit/core/membership';
import { messageCatalog } from '../messages/messages.js';

/** Messages of `<club-service-catalogue>`. */
export interface ServiceCatalogueMessages {
  /** The catalogue's heading. */
  scTitle: string;
  /** Shown when the catalogue has no base URL or session endpoint to work with. */
  scNotConfigured: string;
  /** Shown when no staff member is signed in. */
  scSignedOut: string;
  /** Announced when loaded: `total` services offered, against the report's `of`. */
  scLoaded(total: number, of: number): string;
  /** The three categories' headings. */
  scCategories: Readonly<Record<ServiceCategory, string>>;
  /** A category's count. */
  scCount(n: number): string;
  /** A category without a service. */
  scEmpty: string;
  /** How many merchants give a service; none for one the club gives itself. */
  scMerchants(n: number): string;
  /** The button that retires a service, named for a screen reader. */
  scRetire: string;
  scRetireNamed(name: string): string;
  /** Heading and fields of the form that adds a service. */
  scAdd: string;
  scCategoryField: string;
  scNameField: string;
  /** A blank name. */
  scNameRequired: string;
  /** A name another service of the category has (409 `catalogue/duplicate-name`). */
  scDuplicate: string;
  /** Announced when a service was added or retired. */
  scAdded(name: string): string;
  scRetired(name: string): string;
  /** A change the Club API refused, `reason` worded. */
  scRefused(reason: string): string;
  /** The reload button. */
  scReload: string;
  /** Shown instead of the form and the retire buttons to a role that may only read the catalogue. */
  scReadOnly: string;
}

/** Traditional Chinese. */
export const serviceCatalogueZhHant: ServiceCatalogueMessages = {
  scTitle: '服務項目',
  scNotConfigured: '服務項目尚未設定：需要會所的 API 網址及員工登入端點。',
  scSignedOut: '請先登入，才能查看服務項目。',
  scLoaded: (total, of) => `目前提供 ${total} 項服務（工作總結所列為 ${of} 項）。`,
  scCategories: { car: '汽車服務', 'value-added': '增值服務', club: '俱樂部專屬服務' },
  scCount: (n) => `${n} 項`,
  scEmpty: '尚無服務項目。',
  scMerchants: (n) => (n === 0 ? '俱樂部自行提供' : `${n} 家特約商戶`),
  scRetire: '停用',
  scRetireNamed: (name) => `停用「${name}」`,
  scAdd: '新增服務項目',
  scCategoryField: '類別',
  scNameField: '名稱',
  scNameRequired: '請填寫名稱。',
  scDuplicate: '此類別已有同名的服務項目。',
  scAdded: (name) => `已新增「${name}」。`,
  scRetired: (name) => `已停用「${name}」，使用紀錄保留。`,
  scRefused: (reason) => `無法完成：${reason}`,
  scReload: '重新整理',
  scReadOnly: '俱樂部的服務項目由管理員維護，此處僅供查閱。',
};

/** The catalogue's messages: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const serviceCatalogueCatalog = messageCatalog(serviceCatalogueZhHant, {
  en: () => import('./locales/en.js').then((m) => m.serviceCatalogueEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.serviceCatalogueZhHans),
});
