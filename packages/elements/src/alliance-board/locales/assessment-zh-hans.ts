import type { AssessmentMessages } from '../assessment-messages.js';

/** Simplified Chinese. */
export const assessmentZhHans: AssessmentMessages = {
  loaded: (n, w) => `已载入 ${n} 份考核${w > 0 ? `，其中 ${w} 份待销售中心审批` : ''}。`,
  empty: '没有考核。',
  caption: '半年度百分考核',
  colDealer: '经销商',
  colHalfYear: '半年度',
  colScore: '得分',
  colReward: '奖金',
  colStep: '进度',
  score: (n) => `${n} / 100`,
  steps: {
    director: '待主任评分',
    deputy: '待副主任评分',
    branch: '待分公司核实',
    region: '待大区核实',
    'sales-centre': '待销售中心审批',
    filed: '已审批备档',
  },
  returned: (reason) => `已退回：${reason}`,
  signerName: '签核人姓名',
  reason: '退回原因',
  sign: '审批备档',
  refuse: '退回大区',
  reasonRequired: '退回须填写原因。',
  decided: (d, r) => (r ? `已退回 ${d} 的考核。` : `已审批 ${d} 的考核并发放奖金。`),
  refused: (r) => `未能完成：${r}`,
};
