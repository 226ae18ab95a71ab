import type { StaffPickerMessages } from '../picker-messages.js';

/** Simplified Chinese. */
export const staffPickerZhHans: StaffPickerMessages = {
  help: '输入姓名的开头，再从列表选出该员工（↓ 键，Enter 选定）。',
  found: (n, name) => `姓名以“${name}”开头的员工有 ${n} 位，按 ↓ 键选择。`,
  none: (name) => `没有姓名以“${name}”开头的员工，请检查拼写或少输入几个字。`,
  chosen: (name) => `已选：${name}`,
  failed: (r) => `未能查找员工：${r}`,
  roles: { admin: '管理员', branch: '分公司', merchant: '商户', desk: '客服中心', alliance: '经销商联盟' },
};
