import type { VisitListCadence } from '@clubkit/core/alliance';

/** Words of the board's time-rules section, loaded with it. Days and money arrive formatted. */
export interface TimeRulesMessages {
  /** Announced when the calendars have loaded: `count` sales centres, `plaques` taken back. */
  loaded(count: number, plaques: number): string;
  /** Shown when the caller sees no sales centre. */
  empty: string;
  /** Caption of the calendar table. */
  caption: string;
  colCentre: string;
  colFounded: string;
  colHalfYear: string;
  colFund: string;
  colLists: string;
  /** The first half-year, through its last day: still running or over. */
  halfYear(lastDay: string, running: boolean): string;
  /** The visit fund a month now: 500 CNY or none. */
  fund(amount: string, running: boolean): string;
  /** How the visit list goes to the sales centre, and how many lists are due this month. */
  lists(cadence: VisitListCadence, due: number): string;
  /** Caption of the table of plaques taken back. */
  plaqueCaption: string;
  colDealer: string;
  colWithdrawn: string;
  /** Shown when no plaque was taken back. */
  noPlaques: string;
}

/** Traditional Chinese. */
export const timeRulesZhHant: TimeRulesMessages = {
  loaded: (n, p) => `已載入 ${n} 個銷售中心的時間規則${p > 0 ? `，${p} 塊銅牌已收回` : ''}。`,
  empty: '沒有銷售中心。',
  caption: '聯銷體時間規則',
  colCentre: '銷售中心',
  colFounded: '成立日',
  colHalfYear: '成立初期（半年）',
  colFund: '走訪基金',
  colLists: '走訪一覽表傳真銷售中心',
  halfYear: (d, r) => (r ? `至 ${d}，進行中` : `至 ${d}，已結束`),
  fund: (a, r) => (r ? `每月 ${a}` : '已停發（只設於成立初期半年）'),
  lists: (c, n) => `${c === 'weekly' ? '每周一次' : '每月一次'}（本月 ${n} 份）`,
  plaqueCaption: '因銷售假冒產品收回的銅牌',
  colDealer: '經銷商',
  colWithdrawn: '收回日',
  noPlaques: '沒有收回的銅牌。',
};

/** Simplified Chinese. */
export const timeRulesZhHans: TimeRulesMessages = {
  loaded: (n, p) => `已载入 ${n} 个销售中心的时间规则${p > 0 ? `，${p} 块铜牌已收回` : ''}。`,
  empty: '没有销售中心。',
  caption: '联销体时间规则',
  colCentre: '销售中心',
  colFounded: '成立日',
  colHalfYear: '成立初期（半年）',
  colFund: '走访基金',
  colLists: '走访一览表传真销售中心',
  halfYear: (d, r) => (r ? `至 ${d}，进行中` : `至 ${d}，已结束`),
  fund: (a, r) => (r ? `每月 ${a}` : '已停发（只设于成立初期半年）'),
  lists: (c, n) => `${c === 'weekly' ? '每周一次' : '每月一次'}（本月 ${n} 份）`,
  plaqueCaption: '因销售假冒产品收回的铜牌',
  colDealer: '经销商',
  colWithdrawn: '收回日',
  noPlaques: '没有收回的铜牌。',
};

/** English. */
export const timeRulesEn: TimeRulesMessages = {
  loaded: (n, p) =>
    `Time rules of ${n} sales ${n === 1 ? 'centre' : 'centres'} loaded${p > 0 ? `; ${p} ${p === 1 ? 'plaque' : 'plaques'} taken back` : ''}.`,
  empty: 'No sales centre.',
  caption: 'The alliance’s time rules',
  colCentre: 'Sales centre',
  colFounded: 'Founded',
  colHalfYear: 'First half-year',
  colFund: 'Visit fund',
  colLists: 'Visit list to the sales centre',
  halfYear: (d, r) => (r ? `Until ${d}, running` : `Until ${d}, over`),
  fund: (a, r) => (r ? `${a} a month` : 'No longer paid (first half-year only)'),
  lists: (c, n) => `${c === 'weekly' ? 'Weekly' : 'Monthly'} (${n} due this month)`,
  plaqueCaption: 'Plaques taken back for selling counterfeits',
  colDealer: 'Dealer',
  colWithdrawn: 'Taken back on',
  noPlaques: 'No plaque was taken back.',
};
