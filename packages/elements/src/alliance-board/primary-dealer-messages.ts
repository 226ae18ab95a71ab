import type { ReplacementReason } from '@clubkit/core/alliance';

/** Words of the board's primary-dealer section, loaded with it. Days arrive formatted. */
export interface PrimaryDealerMessages {
  /** Announced when the primary dealers have loaded: `count` sales centres. */
  loaded(count: number): string;
  /** Announced when a replacement is recorded: the successor's name and first day. */
  replaced(name: string, since: string): string;
  /** Shown when the caller sees no sales centre. */
  empty: string;
  /** Caption of a centre's table of primary dealers. */
  caption(centre: string): string;
  colName: string;
  colSince: string;
  colUntil: string;
  colReason: string;
  /** The current primary dealer's "until" cell. */
  current: string;
  /** Why a primary dealer was replaced, with the note when there is one. */
  reason(reason: ReplacementReason, note: string | null): string;
  /** Said instead of the replacement form to a role that only reads the primary dealer. */
  readOnly: string;
  /** Heading of the replacement form. */
  formTitle(centre: string): string;
  successor: string;
  /** The successor choice for a dealer from outside the alliance. */
  otherDealer: string;
  /** A member dealer in the successor choice: developed into the primary dealer. */
  member(name: string): string;
  otherName: string;
  reasonLabel: string;
  reasons: Record<ReplacementReason, string>;
  note: string;
  noteHelp: string;
  on: string;
  submit: string;
}

/** Traditional Chinese. */
export const primaryDealerZhHant: PrimaryDealerMessages = {
  loaded: (n) => `已載入 ${n} 個銷售中心的一級經銷商。`,
  replaced: (name, since) => `已更換：自 ${since} 起由 ${name} 擔任一級經銷商。`,
  empty: '沒有銷售中心。',
  caption: (c) => `${c}的一級經銷商`,
  colName: '一級經銷商',
  colSince: '起',
  colUntil: '更換日',
  colReason: '更換原因',
  current: '現任',
  reason: (r, n) => (r === 'short-of-funds' ? '資金問題運營不力' : `其他：${n ?? ''}`),
  readOnly: '只能查看：由銷售中心更換。',
  formTitle: (c) => `更換${c}的一級經銷商`,
  successor: '繼任者',
  otherDealer: '另選一級經銷商（填名稱）',
  member: (name) => `發展成員 ${name}`,
  otherName: '另選經銷商名稱',
  reasonLabel: '原因',
  reasons: { 'short-of-funds': '資金問題運營不力', other: '其他（須說明）' },
  note: '說明',
  noteHelp: '原因為「其他」時必填。',
  on: '更換日',
  submit: '記錄更換',
};

/** Simplified Chinese. */
export const primaryDealerZhHans: PrimaryDealerMessages = {
  loaded: (n) => `已载入 ${n} 个销售中心的一级经销商。`,
  replaced: (name, since) => `已更换：自 ${since} 起由 ${name} 担任一级经销商。`,
  empty: '没有销售中心。',
  caption: (c) => `${c}的一级经销商`,
  colName: '一级经销商',
  colSince: '起',
  colUntil: '更换日',
  colReason: '更换原因',
  current: '现任',
  reason: (r, n) => (r === 'short-of-funds' ? '资金问题运营不力' : `其他：${n ?? ''}`),
  readOnly: '只能查看：由销售中心更换。',
  formTitle: (c) => `更换${c}的一级经销商`,
  successor: '继任者',
  otherDealer: '另选一级经销商（填名称）',
  member: (name) => `发展成员 ${name}`,
  otherName: '另选经销商名称',
  reasonLabel: '原因',
  reasons: { 'short-of-funds': '资金问题运营不力', other: '其他（须说明）' },
  note: '说明',
  noteHelp: '原因为“其他”时必填。',
  on: '更换日',
  submit: '记录更换',
};

/** English. */
export const primaryDealerEn: PrimaryDealerMessages = {
  loaded: (n) => `Primary dealers of ${n} sales ${n === 1 ? 'centre' : 'centres'} loaded.`,
  replaced: (name, since) => `Replaced: ${name} is the primary dealer from ${since}.`,
  empty: 'No sales centre.',
  caption: (c) => `Primary dealers of ${c}`,
  colName: 'Primary dealer',
  colSince: 'From',
  colUntil: 'Replaced on',
  colReason: 'Replaced because',
  current: 'Current',
  reason: (r, n) => (r === 'short-of-funds' ? 'Short of funds' : `Other: ${n ?? ''}`),
  readOnly: 'Read only: the sales centre replaces it.',
  formTitle: (c) => `Replace the primary dealer of ${c}`,
  successor: 'Successor',
  otherDealer: 'Another dealer (by name)',
  member: (name) => `Develop member ${name}`,
  otherName: 'Name of the other dealer',
  reasonLabel: 'Reason',
  reasons: { 'short-of-funds': 'Short of funds', other: 'Other (say why)' },
  note: 'Note',
  noteHelp: 'Required when the reason is other.',
  on: 'Replacement day',
  submit: 'Record the replacement',
};
