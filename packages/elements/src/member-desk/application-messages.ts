/** Words of the member desk's application form, loaded with it. Days arrive formatted. */
export interface ApplicationFormMessages {
  /** The form's heading. */
  title: string;
  branch: string;
  /** The branch of a branch operator, who applies for the own branch only. */
  ownBranch(branchId: string): string;
  tier: string;
  name: string;
  phone: string;
  email: string;
  plate: string;
  policyNumber: string;
  policyStart: string;
  policyEnd: string;
  campaign: string;
  /** The campaign choice of an application that came from none. */
  noCampaign: string;
  /** Under the campaign choice: only the campaigns running today are offered. */
  campaignHint(today: string): string;
  /** A campaign in the choice, with its days. */
  campaignOption(name: string, from: string, to: string): string;
  submit: string;
  cancel: string;
  required: string;
  /** Marks an optional field's label. */
  optional: string;
  endBeforeStart: string;
  /** The Club API refused the campaign: it does not run today, or there is no such campaign. */
  campaignNotRunning: string;
  campaignUnknown: string;
  /** The form was refused; `reason` in words. Nothing was stored. */
  refused(reason: string): string;
  /** The application was submitted, naming its campaign when it has one. */
  submitted(name: string, campaign: string | undefined): string;
}

/** Traditional Chinese: the default. */
export const applicationZhHant: ApplicationFormMessages = {
  title: '入會申請',
  branch: '支公司',
  ownBranch: (b) => `支公司：${b}`,
  tier: '會員等級',
  name: '申請人姓名',
  phone: '手機號碼',
  email: '電子郵件',
  plate: '車牌號碼',
  policyNumber: '保單號碼',
  policyStart: '保單生效日',
  policyEnd: '保單到期日',
  campaign: '來自行銷活動',
  noCampaign: '無（非活動招募）',
  campaignHint: (d) => `只列出 ${d} 進行中的活動。`,
  campaignOption: (n, f, t) => `${n}（${f}–${t}）`,
  submit: '送出申請',
  cancel: '取消',
  required: '此欄必填。',
  optional: '（選填）',
  endBeforeStart: '到期日不可早於生效日。',
  campaignNotRunning: '這項行銷活動今天沒有進行，申請不能掛在它名下。',
  campaignUnknown: '查無這項行銷活動。',
  refused: (r) => `申請未送出：${r} 未儲存任何資料。`,
  submitted: (n, c) => (c ? `已送出 ${n} 的入會申請，來自行銷活動「${c}」。` : `已送出 ${n} 的入會申請。`),
};

/** Simplified Chinese. */
export const applicationZhHans: ApplicationFormMessages = {
  title: '入会申请',
  branch: '支公司',
  ownBranch: (b) => `支公司：${b}`,
  tier: '会员等级',
  name: '申请人姓名',
  phone: '手机号码',
  email: '电子邮件',
  plate: '车牌号码',
  policyNumber: '保单号码',
  policyStart: '保单生效日',
  policyEnd: '保单到期日',
  campaign: '来自营销活动',
  noCampaign: '无（非活动招募）',
  campaignHint: (d) => `只列出 ${d} 进行中的活动。`,
  campaignOption: (n, f, t) => `${n}（${f}–${t}）`,
  submit: '提交申请',
  cancel: '取消',
  required: '此栏必填。',
  optional: '（选填）',
  endBeforeStart: '到期日不可早于生效日。',
  campaignNotRunning: '这项营销活动今天没有进行，申请不能挂在它名下。',
  campaignUnknown: '查无这项营销活动。',
  refused: (r) => `申请未提交：${r} 未保存任何数据。`,
  submitted: (n, c) => (c ? `已提交 ${n} 的入会申请，来自营销活动“${c}”。` : `已提交 ${n} 的入会申请。`),
};

/** English. */
export const applicationEn: ApplicationFormMessages = {
  title: 'Membership application',
  branch: 'Branch',
  ownBranch: (b) => `Branch: ${b}`,
  tier: 'Tier',
  name: 'Applicant’s name',
  phone: 'Mobile number',
  email: 'Email',
  plate: 'Plate',
  policyNumber: 'Policy number',
  policyStart: 'Policy start',
  policyEnd: 'Policy end',
  campaign: 'Came from campaign',
  noCampaign: 'None',
  campaignHint: (d) => `Only the campaigns running on ${d} are listed.`,
  campaignOption: (n, f, t) => `${n} (${f} – ${t})`,
  submit: 'Submit application',
  cancel: 'Cancel',
  required: 'Required.',
  optional: ' (optional)',
  endBeforeStart: 'The policy must not end before it starts.',
  campaignNotRunning: 'That campaign is not running today, so an application cannot name it.',
  campaignUnknown: 'There is no such campaign.',
  refused: (r) => `The application was not submitted: ${r} Nothing was stored.`,
  submitted: (n, c) =>
    c ? `Application for ${n} submitted, from the campaign “${c}”.` : `Application for ${n} submitted.`,
};
