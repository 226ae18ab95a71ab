import type { MemberHandbookMessages } from './messages.js';

/** Simplified Chinese. */
export const memberHandbookZhHans: MemberHandbookMessages = {
  handbookLoading: '正在加载会员手册…',
  handbookNone: '俱乐部尚未发布会员手册。',
  handbookEffective: (date, version) => `第 ${version} 版，自 ${date} 起生效`,
  handbookRightsTitle: '会员的权利',
  handbookDutiesTitle: '会员的义务',
  handbookClose: '收起会员手册',
};
