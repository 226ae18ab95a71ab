import type { ServiceCatalogueMessages } from '../messages.js';

/** Simplified Chinese. */
export const serviceCatalogueZhHans: ServiceCatalogueMessages = {
  scTitle: '服务项目',
  scNotConfigured: '服务项目尚未设置：需要会所的 API 网址及员工登录端点。',
  scSignedOut: '请先登录，才能查看服务项目。',
  scLoaded: (total, of) => `目前提供 ${total} 项服务（工作总结所列为 ${of} 项）。`,
  scCategories: { car: '汽车服务', 'value-added': '增值服务', club: '俱乐部专属服务' },
  scCount: (n) => `${n} 项`,
  scEmpty: '尚无服务项目。',
  scMerchants: (n) => (n === 0 ? '俱乐部自行提供' : `${n} 家特约商户`),
  scRetire: '停用',
  scRetireNamed: (name) => `停用“${name}”`,
  scAdd: '新增服务项目',
  scCategoryField: '类别',
  scNameField: '名称',
  scNameRequired: '请填写名称。',
  scDuplicate: '此类别已有同名的服务项目。',
  scAdded: (name) => `已新增“${name}”。`,
  scRetired: (name) => `已停用“${name}”，使用记录保留。`,
  scRefused: (reason) => `无法完成：${reason}`,
  scReload: '刷新',
  scReadOnly: '俱乐部的服务项目由管理员维护，此处仅供查阅。',
};
