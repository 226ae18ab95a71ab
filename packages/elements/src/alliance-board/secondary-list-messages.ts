import type { ListGrade } from '@clubkit/core/alliance';

/** Words of the board's secondary-dealer list section, loaded with it. Numbers arrive formatted. */
export interface SecondaryListMessages {
  /** Announced when the lists have loaded: `lists` current lists, `primaryDealers` primary dealers. */
  loaded(lists: number, primaryDealers: number): string;
  /** Shown when no list is filed. */
  empty: string;
  /** Caption of a filed list: who filed it and when. */
  listCaption(filer: string, filedOn: string): string;
  /** The filer of a list the sales centre's staff filed. */
  centreFiler: string;
  colLine: string;
  colName: string;
  colCounty: string;
  colPrimary: string;
  colGrades: string;
  colVolume: string;
  colChoice: string;
  /** The three grades, by value. */
  grades: Readonly<Record<ListGrade, string>>;
  /** Business state, development potential and leader quality, as field labels. */
  businessState: string;
  developmentPotential: string;
  leaderQuality: string;
  /** A county's choice weighed against its market: formatted volumes, a share or null, a suggested count or null. */
  county(name: string, chosen: number, market: string | null, share: string | null, suggested: number | null): string;
  /** The choice button of a line (pressed when chosen). */
  choose: string;
  /** Announced when a line was chosen or taken back. */
  chosen(name: string, chosen: boolean): string;
  /** A choice or filing the Club API refused; `reason` from the server. */
  refused(reason: string): string;
  /** Heading of the market manager's view, and a primary dealer's table caption. */
  largestTitle: string;
  largestCaption(primaryDealer: string, listed: number): string;
  colRank: string;
  /** The filing form: its heading, the add and file buttons, the draft's announcement. */
  formTitle: string;
  add: string;
  file: string;
  drafted(count: number): string;
  /** Announced when a list was filed. */
  filed(count: number): string;
  /** The form needs a county, names and a volume. */
  incomplete: string;
}

/** Traditional Chinese. */
export const secondaryListZhHant: SecondaryListMessages = {
  loaded: (l, p) => `已載入 ${l} 份二級客戶一覽表，${p} 家一級客戶。`,
  empty: '尚未填報二級客戶一覽表。',
  listCaption: (f, d) => `${f} 的二級客戶一覽表（${d} 填報）`,
  centreFiler: '銷售中心',
  colLine: '序號',
  colName: '二級客戶',
  colCounty: '縣',
  colPrimary: '一級客戶',
  colGrades: '經營狀況／發展潛力／領導人素質',
  colVolume: '月銷量',
  colChoice: '優選',
  grades: { good: '好', fair: '一般', poor: '差' },
  businessState: '經營狀況',
  developmentPotential: '發展潛力',
  leaderQuality: '領導人素質',
  county: (n, c, m, s, g) =>
    `${n}：已選 ${c} 家${m === null ? '，尚無千人月消費分析' : `，市場容量 ${m}，佔 ${s ?? '—'}`}${g === null ? '' : `，建議 ${g} 家`}`,
  choose: '選定',
  chosen: (n, c) => (c ? `已選定 ${n}。` : `已取消選定 ${n}。`),
  refused: (r) => `未能完成：${r}`,
  largestTitle: '各一級客戶的前10名二級客戶',
  largestCaption: (p, n) => `${p}（共 ${n} 家）`,
  colRank: '名次',
  formTitle: '填報二級客戶',
  add: '加入清單',
  file: '上報大區',
  drafted: (n) => `清單中有 ${n} 家，尚未上報。`,
  filed: (n) => `已上報 ${n} 家二級客戶。`,
  incomplete: '請填寫縣、名稱、一級客戶與月銷量。',
};

/** Simplified Chinese. */
export const secondaryListZhHans: SecondaryListMessages = {
  loaded: (l, p) => `已载入 ${l} 份二级客户一览表，${p} 家一级客户。`,
  empty: '尚未填报二级客户一览表。',
  listCaption: (f, d) => `${f} 的二级客户一览表（${d} 填报）`,
  centreFiler: '销售中心',
  colLine: '序号',
  colName: '二级客户',
  colCounty: '县',
  colPrimary: '一级客户',
  colGrades: '经营状况／发展潜力／领导人素质',
  colVolume: '月销量',
  colChoice: '优选',
  grades: { good: '好', fair: '一般', poor: '差' },
  businessState: '经营状况',
  developmentPotential: '发展潜力',
  leaderQuality: '领导人素质',
  county: (n, c, m, s, g) =>
    `${n}：已选 ${c} 家${m === null ? '，尚无千人月消费分析' : `，市场容量 ${m}，占 ${s ?? '—'}`}${g === null ? '' : `，建议 ${g} 家`}`,
  choose: '选定',
  chosen: (n, c) => (c ? `已选定 ${n}。` : `已取消选定 ${n}。`),
  refused: (r) => `未能完成：${r}`,
  largestTitle: '各一级客户的前10名二级客户',
  largestCaption: (p, n) => `${p}（共 ${n} 家）`,
  colRank: '名次',
  formTitle: '填报二级客户',
  add: '加入清单',
  file: '上报大区',
  drafted: (n) => `清单中有 ${n} 家，尚未上报。`,
  filed: (n) => `已上报 ${n} 家二级客户。`,
  incomplete: '请填写县、名称、一级客户与月销量。',
};

/** English. */
export const secondaryListEn: SecondaryListMessages = {
  loaded: (l, p) => `${l} ${l === 1 ? 'list' : 'lists'}, ${p} ${p === 1 ? 'primary dealer' : 'primary dealers'}.`,
  empty: 'No secondary-dealer list is filed.',
  listCaption: (f, d) => `Secondary-dealer list of ${f}, filed ${d}`,
  centreFiler: 'the sales centre',
  colLine: 'Line',
  colName: 'Secondary dealer',
  colCounty: 'County',
  colPrimary: 'Primary dealer',
  colGrades: 'Business / potential / leader',
  colVolume: 'Monthly volume',
  colChoice: 'Chosen',
  grades: { good: 'good', fair: 'fair', poor: 'poor' },
  businessState: 'Business state',
  developmentPotential: 'Development potential',
  leaderQuality: 'Leader quality',
  county: (n, c, m, s, g) =>
    `${n}: ${c} chosen${m === null ? ', no market analysis yet' : `, market ${m}, ${s ?? '—'} of it`}${g === null ? '' : `, ${g} suggested`}`,
  choose: 'Choose',
  chosen: (n, c) => (c ? `${n} chosen.` : `${n} taken back.`),
  refused: (r) => `Not done: ${r}`,
  largestTitle: 'Each primary dealer’s ten largest secondary dealers',
  largestCaption: (p, n) => `${p} (${n} listed)`,
  colRank: 'Rank',
  formTitle: 'List a secondary dealer',
  add: 'Add to the list',
  file: 'File with the region',
  drafted: (n) => `${n} on the list, not filed yet.`,
  filed: (n) => `${n} secondary ${n === 1 ? 'dealer' : 'dealers'} filed.`,
  incomplete: 'Fill in the county, the names and the monthly volume.',
};
