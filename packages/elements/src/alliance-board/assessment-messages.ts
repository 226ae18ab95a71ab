import type { AssessmentStep } from '@clubkit/core/alliance';

/** Words of the board's assessment section, loaded with it. Money and half-years arrive formatted. */
export interface AssessmentMessages {
  /** Announced when the assessments have loaded: `count` of them, `awaiting` the sales centre's step. */
  loaded(count: number, awaiting: number): string;
  /** Shown when there is no assessment. */
  empty: string;
  /** Caption of the assessments table. */
  caption: string;
  colDealer: string;
  colHalfYear: string;
  colScore: string;
  colReward: string;
  colStep: string;
  /** A score out of 100. */
  score(total: number): string;
  /** The step awaited, by name; `filed` once the sales centre signed. */
  steps: Readonly<Record<AssessmentStep | 'filed', string>>;
  /** A refusal sent back, and why. */
  returned(reason: string): string;
  /** The sales centre's form: the signer's name, the reason of a refusal, the two buttons. */
  signerName: string;
  reason: string;
  sign: string;
  refuse: string;
  /** A refusal needs a reason. */
  reasonRequired: string;
  /** Announced when a step was signed or refused. */
  decided(dealer: string, refused: boolean): string;
  /** A decision the Club API refused; `reason` from the server. */
  refused(reason: string): string;
}

/** Traditional Chinese. */
export const assessmentZhHant: AssessmentMessages = {
  loaded: (n, w) => `已載入 ${n} 份考核${w > 0 ? `，其中 ${w} 份待銷售中心審批` : ''}。`,
  empty: '沒有考核。',
  caption: '半年度百分考核',
  colDealer: '經銷商',
  colHalfYear: '半年度',
  colScore: '得分',
  colReward: '獎金',
  colStep: '進度',
  score: (n) => `${n} / 100`,
  steps: {
    director: '待主任評分',
    deputy: '待副主任評分',
    branch: '待分公司核實',
    region: '待大區核實',
    'sales-centre': '待銷售中心審批',
    filed: '已審批備檔',
  },
  returned: (reason) => `已退回：${reason}`,
  signerName: '簽核人姓名',
  reason: '退回原因',
  sign: '審批備檔',
  refuse: '退回大區',
  reasonRequired: '退回須填寫原因。',
  decided: (d, r) => (r ? `已退回 ${d} 的考核。` : `已審批 ${d} 的考核並發放獎金。`),
  refused: (r) => `未能完成：${r}`,
};
