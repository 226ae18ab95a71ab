/** Words of the conduct form's staff member picker, loaded with it. */
export interface StaffPickerMessages {
  /** How to use the picker, under it. */
  help: string;
  /** Announced as the matches arrive: `count` staff members whose name starts with `name`. */
  found(count: number, name: string): string;
  /** Announced when no staff member's name starts with `name`. */
  none(name: string): string;
  /** The staff member chosen, as the form shows and announces it. */
  chosen(name: string): string;
  /** The lookup the Club API refused or could not answer; `reason` from the server. */
  failed(reason: string): string;
  /** A staff member's role beside their name, so two of one name can be told apart. */
  roles: Readonly<Record<string, string>>;
}

/** Traditional Chinese. */
export const staffPickerZhHant: StaffPickerMessages = {
  help: '輸入姓名的開頭，再從清單選出該員工（↓ 鍵，Enter 選定）。',
  found: (n, name) => `姓名以「${name}」開頭的員工有 ${n} 位，按 ↓ 鍵選擇。`,
  none: (name) => `沒有姓名以「${name}」開頭的員工，請檢查拼寫或少輸入幾個字。`,
  chosen: (name) => `已選：${name}`,
  failed: (r) => `未能查找員工：${r}`,
  roles: { admin: '管理員', branch: '分公司', merchant: '商戶', desk: '客服中心', alliance: '經銷商聯盟' },
};
