/** Words of the board's assessment steps, sheet and fund forms, loaded with them. Money arrives formatted. */
export interface AssessmentStepMessages {
  /** Name of a step's form: the step signed and the dealer. */
  form(step: string, dealer: string): string;
  /** The step's signature button, by step. */
  sign: Readonly<Record<'director' | 'deputy' | 'branch' | 'region', string>>;
  /** The refusal button, by the step refusing: it goes back to the step before. */
  sendBack: Readonly<Record<'deputy' | 'branch' | 'region', string>>;
  signerName: string;
  reason: string;
  /** One item's score field: the item and its points. */
  itemScore(label: string, points: number): string;
  /** The scores added up, out of 100. */
  total(score: number): string;
  /** A score that is not a whole number from 0 to the item's points. */
  scoreRange(points: number): string;
  /** A refusal needs a reason. */
  reasonRequired: string;
  /** A signature or refusal needs the signer's name. */
  signerRequired: string;
  /** Announced when a step was signed or sent back. */
  decided(dealer: string, refused: boolean): string;
  /** What the Club API refused; `reason` from the server. */
  refused(reason: string): string;
  /** The sheet editor's title: the version in force, or none yet. */
  sheetTitle(version: number | undefined): string;
  itemKey: string;
  itemLabel: string;
  itemPoints: string;
  /** The remove button of an item, by its key or number. */
  removeItem(item: string): string;
  addItem: string;
  /** The items' points added up. */
  sheetTotal(points: number): string;
  /** The items do not add up to 100. */
  sheetNot100(points: number): string;
  /** An item field left empty or malformed (a key is lower-case letters, digits and dashes). */
  itemInvalid: string;
  /** A score band's lowest score not above the band before's. */
  bandOrder: string;
  publish: string;
  /** Announced when a version was published. */
  published(version: number): string;
  fundCaption: string;
  colHalfYear: string;
  colBudgeted: string;
  colFines: string;
  colPaid: string;
  colLeft: string;
  noFund: string;
  /** The budget field of a fund's row, and its button. */
  newBudget(halfYear: string): string;
  revise: string;
  /** The new fund's form. */
  fundTitle: string;
  halfYear: string;
  budget: string;
  setFund: string;
  halfYearInvalid: string;
  budgetInvalid: string;
  /** Announced when a fund was set or its budget changed. */
  fundSaved(halfYear: string): string;
}

/** Traditional Chinese. */
export const stepsZhHant: AssessmentStepMessages = {
  form: (step, dealer) => `${step}：${dealer}`,
  sign: { director: '主任評分簽核', deputy: '副主任評分簽核', branch: '分公司核實簽核', region: '大區核實簽核' },
  sendBack: { deputy: '退回主任', branch: '退回副主任', region: '退回分公司' },
  signerName: '簽核人姓名',
  reason: '退回原因',
  itemScore: (label, points) => `${label}（滿分 ${points}）`,
  total: (n) => `合計 ${n} / 100`,
  scoreRange: (p) => `請填 0 至 ${p} 的整數。`,
  reasonRequired: '退回須填寫原因。',
  signerRequired: '請填寫簽核人姓名。',
  decided: (d, r) => (r ? `已退回 ${d} 的考核。` : `已簽核 ${d} 的考核。`),
  refused: (r) => `未能完成：${r}`,
  sheetTitle: (v) => (v === undefined ? '考核表（尚未發布）' : `考核表（現行第 ${v} 版）`),
  itemKey: '代碼',
  itemLabel: '考核項目',
  itemPoints: '分值',
  removeItem: (i) => `刪除 ${i}`,
  addItem: '新增項目',
  sheetTotal: (n) => `各項合計 ${n} 分`,
  sheetNot100: (n) => `各項合計須為 100 分，現為 ${n} 分。`,
  itemInvalid: '請填寫：代碼用小寫英文字母、數字和連字號，分值為 1 至 100 的整數。',
  bandOrder: '須高於上一級的最低分數。',
  publish: '發布新版本',
  published: (v) => `已發布第 ${v} 版考核表。`,
  fundCaption: '獎勵基金',
  colHalfYear: '半年度',
  colBudgeted: '預算',
  colFines: '罰金收入',
  colPaid: '已發放',
  colLeft: '餘額',
  noFund: '尚未設定獎勵基金。',
  newBudget: (h) => `${h} 新預算（元）`,
  revise: '修改預算',
  fundTitle: '設定半年度獎勵基金',
  halfYear: '半年度（如 2026-H1）',
  budget: '預算（元）',
  setFund: '設定',
  halfYearInvalid: '半年度寫作 2026-H1 或 2026-H2。',
  budgetInvalid: '請填不少於 0、至多兩位小數的金額。',
  fundSaved: (h) => `已儲存 ${h} 獎勵基金。`,
};
