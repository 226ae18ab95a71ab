/** The form fields a promotion is set up with, in the order they are checked. */
export type PromotionField = 'title' | 'from' | 'to' | 'reward' | 'description';

/** The Club API's refusals the section words itself, by problem type. */
export type PromotionRefusal =
  | 'alliance/outside-promotion-period'
  | 'alliance/already-enrolled'
  | 'alliance/reward-already-paid'
  | 'alliance/not-a-member'
  | 'access/forbidden'
  | 'not-found';

/** Words of the board's promotions section, loaded with it. Days and amounts arrive formatted. */
export interface PromotionMessages {
  /** Announced when the promotions have loaded: `count` of them. */
  loaded(count: number): string;
  /** Announced when a promotion is set up. */
  created(title: string): string;
  /** Announced when a dealer is enrolled. */
  enrolled(dealer: string, title: string): string;
  /** Announced when a reward is paid. */
  paid(dealer: string, amount: string): string;
  /** Shown when the caller sees no sales centre. */
  empty: string;
  /** Shown for a centre without a promotion. */
  none: string;
  /** Caption of a centre's promotions table. */
  caption(centre: string): string;
  colTitle: string;
  colPeriod: string;
  colReward: string;
  colEnrolled: string;
  /** A promotion's days, both inclusive. */
  period(from: string, to: string): string;
  /** A reward in money, with what it gives in kind when described. */
  reward(amount: string, description: string | null): string;
  /** No dealer enrolled yet. */
  noEnrolment: string;
  /** A paid reward: the day. */
  paidOn(day: string): string;
  /** A reward not paid yet. */
  unpaid: string;
  /** The pay button's text, and its name with the dealer's. */
  pay: string;
  payLabel(dealer: string): string;
  /** Said to a role that only reads the promotions. */
  readOnly: string;
  /** Heading of the enrolment form. */
  enrolTitle(centre: string): string;
  promotion: string;
  dealer: string;
  /** No member dealer of the caller's to enrol. */
  noMember: string;
  enrol: string;
  /** Heading of the form that sets up a promotion. */
  createTitle(centre: string): string;
  title: string;
  from: string;
  to: string;
  rewardYuan: string;
  rewardHelp: string;
  description: string;
  create: string;
  /** A field to fix before anything is sent. */
  invalid: Record<PromotionField, string>;
  /** A refusal by its problem type. */
  refusals: Record<PromotionRefusal, string>;
  /** Any other refusal, with the Club API's reason. */
  refused(reason: string): string;
}

/** Traditional Chinese. */
export const promotionZhHant: PromotionMessages = {
  loaded: (n) => `已載入 ${n} 項促銷活動。`,
  created: (title) => `已建立促銷活動「${title}」。`,
  enrolled: (dealer, title) => `${dealer} 已參加「${title}」。`,
  paid: (dealer, amount) => `已向 ${dealer} 發放獎勵 ${amount}。`,
  empty: '沒有銷售中心。',
  none: '尚無促銷活動。',
  caption: (c) => `${c}的成員專享促銷活動`,
  colTitle: '活動',
  colPeriod: '參加期間',
  colReward: '獎勵',
  colEnrolled: '參加的成員經銷商',
  period: (from, to) => `${from} 至 ${to}`,
  reward: (amount, d) => (d ? `${amount}（${d}）` : amount),
  noEnrolment: '尚無經銷商參加。',
  paidOn: (day) => `已於 ${day} 發放`,
  unpaid: '未發放',
  pay: '發放獎勵',
  payLabel: (dealer) => `發放獎勵：${dealer}`,
  readOnly: '您的角色只能查看促銷活動及為自己的經銷商報名；建立活動與發放獎勵由銷售中心辦理。',
  enrolTitle: (c) => `為${c}的成員經銷商報名`,
  promotion: '促銷活動',
  dealer: '成員經銷商',
  noMember: '沒有可報名的成員經銷商。',
  enrol: '報名參加',
  createTitle: (c) => `建立${c}的促銷活動`,
  title: '活動名稱',
  from: '開始日',
  to: '結束日（含）',
  rewardYuan: '每家獎勵（元）',
  rewardHelp: '只有實物獎勵時填 0 並說明內容。',
  description: '獎勵內容說明',
  create: '建立活動',
  invalid: {
    title: '請填寫活動名稱。',
    from: '請選擇開始日。',
    to: '請選擇不早於開始日的結束日。',
    reward: '獎勵須為不小於 0 的金額（最多兩位小數）。',
    description: '獎勵為 0 時須說明獎勵內容。',
  },
  refusals: {
    'alliance/outside-promotion-period': '今天不在此活動的參加期間內，未報名。',
    'alliance/already-enrolled': '此經銷商已參加此活動。',
    'alliance/reward-already-paid': '此經銷商的獎勵已發放過。',
    'alliance/not-a-member': '此經銷商今天不是聯銷體成員：促銷活動及其獎勵只限成員。',
    'access/forbidden': '您的角色不能執行此操作。',
    'not-found': '找不到此活動或經銷商，可能已不在您的範圍內。',
  },
  refused: (r) => `未能完成：${r}`,
};

/** Simplified Chinese. */
export const promotionZhHans: PromotionMessages = {
  loaded: (n) => `已载入 ${n} 项促销活动。`,
  created: (title) => `已建立促销活动“${title}”。`,
  enrolled: (dealer, title) => `${dealer} 已参加“${title}”。`,
  paid: (dealer, amount) => `已向 ${dealer} 发放奖励 ${amount}。`,
  empty: '没有销售中心。',
  none: '尚无促销活动。',
  caption: (c) => `${c}的成员专享促销活动`,
  colTitle: '活动',
  colPeriod: '参加期间',
  colReward: '奖励',
  colEnrolled: '参加的成员经销商',
  period: (from, to) => `${from} 至 ${to}`,
  reward: (amount, d) => (d ? `${amount}（${d}）` : amount),
  noEnrolment: '尚无经销商参加。',
  paidOn: (day) => `已于 ${day} 发放`,
  unpaid: '未发放',
  pay: '发放奖励',
  payLabel: (dealer) => `发放奖励：${dealer}`,
  readOnly: '您的角色只能查看促销活动及为自己的经销商报名；建立活动与发放奖励由销售中心办理。',
  enrolTitle: (c) => `为${c}的成员经销商报名`,
  promotion: '促销活动',
  dealer: '成员经销商',
  noMember: '没有可报名的成员经销商。',
  enrol: '报名参加',
  createTitle: (c) => `建立${c}的促销活动`,
  title: '活动名称',
  from: '开始日',
  to: '结束日（含）',
  rewardYuan: '每家奖励（元）',
  rewardHelp: '只有实物奖励时填 0 并说明内容。',
  description: '奖励内容说明',
  create: '建立活动',
  invalid: {
    title: '请填写活动名称。',
    from: '请选择开始日。',
    to: '请选择不早于开始日的结束日。',
    reward: '奖励须为不小于 0 的金额（最多两位小数）。',
    description: '奖励为 0 时须说明奖励内容。',
  },
  refusals: {
    'alliance/outside-promotion-period': '今天不在此活动的参加期间内，未报名。',
    'alliance/already-enrolled': '此经销商已参加此活动。',
    'alliance/reward-already-paid': '此经销商的奖励已发放过。',
    'alliance/not-a-member': '此经销商今天不是联销体成员：促销活动及其奖励只限成员。',
    'access/forbidden': '您的角色不能执行此操作。',
    'not-found': '找不到此活动或经销商，可能已不在您的范围内。',
  },
  refused: (r) => `未能完成：${r}`,
};

/** English. */
export const promotionEn: PromotionMessages = {
  loaded: (n) => `${n} ${n === 1 ? 'promotion' : 'promotions'} loaded.`,
  created: (title) => `Promotion “${title}” set up.`,
  enrolled: (dealer, title) => `${dealer} takes part in “${title}”.`,
  paid: (dealer, amount) => `Reward of ${amount} paid to ${dealer}.`,
  empty: 'No sales centre.',
  none: 'No promotion yet.',
  caption: (c) => `Member-only promotions of ${c}`,
  colTitle: 'Promotion',
  colPeriod: 'Enrolment days',
  colReward: 'Reward',
  colEnrolled: 'Member dealers taking part',
  period: (from, to) => `${from} to ${to}`,
  reward: (amount, d) => (d ? `${amount} (${d})` : amount),
  noEnrolment: 'No dealer takes part yet.',
  paidOn: (day) => `Paid on ${day}`,
  unpaid: 'Not paid',
  pay: 'Pay the reward',
  payLabel: (dealer) => `Pay the reward: ${dealer}`,
  readOnly:
    'Your role reads the promotions and enrols its own dealers; the sales centre sets promotions up and pays the rewards.',
  enrolTitle: (c) => `Enrol a member dealer of ${c}`,
  promotion: 'Promotion',
  dealer: 'Member dealer',
  noMember: 'No member dealer to enrol.',
  enrol: 'Enrol',
  createTitle: (c) => `Set up a promotion of ${c}`,
  title: 'Title',
  from: 'First day',
  to: 'Last day (inclusive)',
  rewardYuan: 'Reward per dealer (CNY)',
  rewardHelp: 'For a reward in kind only, type 0 and describe it.',
  description: 'What the reward gives',
  create: 'Set up the promotion',
  invalid: {
    title: 'Give the promotion a title.',
    from: 'Choose the first day.',
    to: 'Choose a last day not before the first.',
    reward: 'The reward is an amount of 0 or more, with at most two decimals.',
    description: 'A reward of 0 needs a description of what it gives.',
  },
  refusals: {
    'alliance/outside-promotion-period': 'Today is outside the promotion’s enrolment days: not enrolled.',
    'alliance/already-enrolled': 'This dealer takes part in the promotion already.',
    'alliance/reward-already-paid': 'This dealer’s reward was paid already.',
    'alliance/not-a-member':
      'This dealer is not an alliance member today: promotions and their rewards are for members only.',
    'access/forbidden': 'Your role may not do this.',
    'not-found': 'The promotion or dealer was not found; it may be outside your scope.',
  },
  refused: (r) => `Not done: ${r}`,
};
