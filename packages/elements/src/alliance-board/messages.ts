import type { DealerStandingLevel, RevocationReason } from '@clubkit/core/alliance';
import { messageCatalog } from '../messages/messages.js';

/** The board's sections loaded on demand, by their part. */
export type SectionPart = 'assessments' | 'secondary-lists' | 'time-rules' | 'primary-dealer' | 'promotions';

/** Messages of `<club-alliance-board>`. Months, money and shares arrive already formatted. */
export interface AllianceBoardMessages {
  /** The board's heading. */
  allianceTitle: string;
  /** Shown when the board has no base URL or session endpoint to work with. */
  allianceNotConfigured: string;
  /** Shown when no staff member is signed in. */
  allianceSignedOut: string;
  /** Label of the month choice. */
  allianceMonth: string;
  /** Label of the county choice. */
  allianceCounty: string;
  /** The county choice's option for every county. */
  allianceAllCounties: string;
  /** Announced when the standing of `month` has loaded with `count` dealers, `warned` of them warned. */
  allianceLoaded(month: string, count: number, warned: number): string;
  /** Caption of the standing table; `month` formatted. */
  allianceCaption(month: string): string;
  /** Shown when no dealer is in the table. */
  allianceEmpty: string;
  /** Column headings. */
  allianceColCounty: string;
  allianceColDealer: string;
  allianceColSales: string;
  allianceColMarket: string;
  allianceColShare: string;
  allianceColStanding: string;
  /** A figure not recorded. */
  allianceNoFigure: string;
  /** The level names (the charter's 70 % rule). */
  allianceLevels: Readonly<Record<DealerStandingLevel, string>>;
  /** What a level means for the dealer; `streak` months under 70 % in a row. */
  allianceLevelNote(level: DealerStandingLevel, streak: number): string;
  /** Why a dealer was revoked, and on which day (`on` formatted). */
  allianceRevoked(on: string, reasons: string): string;
  /** The grounds of a revocation. */
  allianceReasons: Readonly<Record<RevocationReason, string>>;
  /** Heading of the pay statement. */
  alliancePayTitle: string;
  /** Label of the salesperson choice. */
  allianceSalesperson: string;
  /** The salesperson choice's empty option. */
  allianceChooseSalesperson: string;
  /** Shown when the caller sees no salesperson. */
  allianceNoSalespeople: string;
  /** Caption of a pay statement: whose and which month. */
  alliancePayCaption(name: string, month: string): string;
  /** The network line: counties with a member of those counted, on `countedOn` (formatted). */
  alliancePayNetwork(covered: number, counted: number, rate: string, countedOn: string): string;
  /** Pay statement lines. */
  alliancePayNetworkLabel: string;
  alliancePayFixed: string;
  alliancePayNetworkPart: string;
  alliancePayVisitFund: string;
  /** Report penalties taken from the visit fund: `late` late and `missing` missing reports. */
  alliancePayReports(late: number, missing: number): string;
  alliancePayUnrecovered: string;
  alliancePayTotal: string;
  /** A statement that could not be made; `reason` from the server. */
  alliancePayRefused(reason: string): string;
  /**
   * The sections loaded on demand, by part: each one's heading and the button that opens it (the
   * section is loaded then). The half-yearly assessments; the secondary-dealer lists (二級客戶一覽表);
   * the time rules (the first half-year, the visit fund, the visit lists, plaques taken back); the
   * primary dealer (its history and its replacement); the member-only promotions (優惠政策).
   */
  allianceSections: Record<SectionPart, readonly [title: string, open: string]>;
}

/** Traditional Chinese, the default. */
export const allianceBoardZhHant: AllianceBoardMessages = {
  allianceTitle: '聯銷體經銷商',
  allianceNotConfigured: '聯銷體看板尚未設定：需要俱樂部的服務網址與職員工作階段端點。',
  allianceSignedOut: '請先登入才能查看聯銷體。',
  allianceMonth: '月份',
  allianceCounty: '縣市',
  allianceAllCounties: '全部縣市',
  allianceLoaded: (m, n, w) => `已載入 ${m}：${n} 家經銷商${w > 0 ? `，其中 ${w} 家受警告` : ''}。`,
  allianceCaption: (m) => `${m} 經銷商銷量與市場`,
  allianceEmpty: '沒有經銷商。',
  allianceColCounty: '縣市',
  allianceColDealer: '經銷商',
  allianceColSales: '銷量',
  allianceColMarket: '市場銷量',
  allianceColShare: '佔市場',
  allianceColStanding: '狀態',
  allianceNoFigure: '—',
  allianceLevels: {
    met: '達標',
    short: '未達 70 %',
    warned: '警告',
    revocable: '應取消資格',
    unreported: '未報數',
    revoked: '已取消資格',
  },
  allianceLevelNote: (level, streak) =>
    level === 'met'
      ? '達到市場的 70 %。'
      : level === 'short'
        ? '本月未達市場的 70 %。'
        : level === 'warned'
          ? `連續 ${streak} 個月未達 70 %：下個月仍未達即取消資格。`
          : level === 'revocable'
            ? `連續 ${streak} 個月未達 70 %：審查時取消資格。`
            : level === 'unreported'
              ? '本月沒有銷量紀錄。'
              : '',
  allianceRevoked: (on, reasons) => `${on} 取消：${reasons}。`,
  allianceReasons: {
    'sales-shortfall': '連續三個月未達 70 %',
    'off-channel-purchase': '向其他一級經銷商進貨',
    underpricing: '低於約定價格銷售',
    bundling: '與其他產品搭售',
    counterfeit: '銷售假貨',
  },
  alliancePayTitle: '業務員工資單',
  allianceSalesperson: '業務員',
  allianceChooseSalesperson: '選擇業務員',
  allianceNoSalespeople: '沒有業務員。',
  alliancePayCaption: (n, m) => `${n} ${m} 工資單`,
  alliancePayNetwork: (covered, counted, rate, on) => `${counted} 個縣市中 ${covered} 個有會員（${rate}，${on} 計）`,
  alliancePayNetworkLabel: '網路完成率',
  alliancePayFixed: '底薪 × 70 %',
  alliancePayNetworkPart: '底薪 × 30 % × 完成率',
  alliancePayVisitFund: '拜訪基金',
  alliancePayReports: (late, missing) => `報表罰款（遲交 ${late} 份、未交 ${missing} 份），從拜訪基金扣除`,
  alliancePayUnrecovered: '未能扣回（仍欠獎勵基金）',
  alliancePayTotal: '實發',
  alliancePayRefused: (r) => `無法計算工資單：${r}`,
  allianceSections: {
    assessments: ['半年度考核與獎勵基金', '查看考核'],
    'secondary-lists': ['二級客戶一覽表與優選', '查看二級客戶'],
    'time-rules': ['時間規則與銅牌', '查看時間規則'],
    'primary-dealer': ['一級經銷商', '查看一級經銷商'],
    promotions: ['成員專享促銷活動', '查看促銷活動'],
  },
};

/** The board's messages with the common ones: Traditional Chinese at hand, English and Simplified Chinese loaded when first asked for. */
export const allianceBoardCatalog = messageCatalog(allianceBoardZhHant, {
  en: () => import('./locales/en.js').then((m) => m.allianceBoardEn),
  'zh-Hans': () => import('./locales/zh-hans.js').then((m) => m.allianceBoardZhHans),
});
