/** Messages of `<club-member-card>`. Counts are whole days; dates arrive already formatted. */
export interface MemberCardMessages {
  /** The card's title, read before the holder's name. */
  cardTitle: string;
  /** Shown when the card has no base URL or session endpoint to work with. */
  cardNotConfigured: string;
  /** Shown when the partner site has no signed-in member. */
  cardSignedOut: string;
  /** Announced when the card has loaded; `status` is the status line. */
  cardLoaded(status: string): string;
  /** Label of the masked card number. */
  cardNumberLabel: string;
  /** What a screen reader reads for the masked number: only the last four digits are shown. */
  cardNumberEnding(lastFour: string): string;
  /** The free insurance-club tier. */
  cardTierStandard: string;
  /** The paid VIP tier (the diamond card). */
  cardTierVip: string;
  /** Label of the car's plate. */
  cardPlateLabel: string;
  /** Label of the membership status. */
  cardStatusLabel: string;
  /** Not valid yet: starts in `days` days. */
  cardStatusPending(days: number): string;
  /** Active: valid for `days` more days, today included. */
  cardStatusActive(days: number): string;
  /** In the grace period after the policy end: `days` days left, today included. */
  cardStatusGrace(days: number): string;
  /** Expired `days` days ago. */
  cardStatusExpired(days: number): string;
  /** Cancelled on `date` (formatted). */
  cardStatusCancelled(date: string): string;
  /** Label of the last valid day. */
  cardValidUntilLabel: string;
  /** Label of the branch. */
  cardBranchLabel: string;
  /** The renew button while the membership is active. */
  cardRenew: string;
  /** The renew button in grace or after expiry. */
  cardRenewNow: string;
}

const days = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English. */
export const memberCardEn: MemberCardMessages = {
  cardTitle: 'Member card',
  cardNotConfigured: 'The member card is not configured: it needs the club’s base URL and a session endpoint.',
  cardSignedOut: 'Sign in to see your member card.',
  cardLoaded: (status) => `Member card loaded. ${status}`,
  cardNumberLabel: 'Card number',
  cardNumberEnding: (lastFour) => `ending in ${lastFour.split('').join(' ')}`,
  cardTierStandard: 'Standard member',
  cardTierVip: 'VIP diamond card',
  cardPlateLabel: 'Plate',
  cardStatusLabel: 'Status',
  cardStatusPending: (n) => `Not yet valid: starts in ${days(n, 'day', 'days')}`,
  cardStatusActive: (n) => `Active: valid for ${days(n, 'more day', 'more days')}`,
  cardStatusGrace: (n) => `Grace period: ${days(n, 'day', 'days')} left to renew`,
  cardStatusExpired: (n) => `Expired ${days(n, 'day', 'days')} ago`,
  cardStatusCancelled: (date) => `Cancelled on ${date}`,
  cardValidUntilLabel: 'Valid until',
  cardBranchLabel: 'Branch',
  cardRenew: 'Renew membership',
  cardRenewNow: 'Renew now',
};

/** Traditional Chinese. */
export const memberCardZhHant: MemberCardMessages = {
  cardTitle: '會員卡',
  cardNotConfigured: '會員卡尚未設定：需要俱樂部的服務網址與會員登入端點。',
  cardSignedOut: '請先登入，以查看您的會員卡。',
  cardLoaded: (status) => `會員卡已載入。${status}`,
  cardNumberLabel: '卡號',
  cardNumberEnding: (lastFour) => `末四碼 ${lastFour.split('').join(' ')}`,
  cardTierStandard: '一般會員',
  cardTierVip: 'VIP 鑽石卡',
  cardPlateLabel: '車牌',
  cardStatusLabel: '狀態',
  cardStatusPending: (n) => `尚未生效：${n} 天後生效`,
  cardStatusActive: (n) => `有效：尚餘 ${n} 天`,
  cardStatusGrace: (n) => `寬限期：尚餘 ${n} 天可續約`,
  cardStatusExpired: (n) => `已過期 ${n} 天`,
  cardStatusCancelled: (date) => `已於 ${date} 取消`,
  cardValidUntilLabel: '有效期至',
  cardBranchLabel: '所屬分公司',
  cardRenew: '續約',
  cardRenewNow: '立即續約',
};

/** Simplified Chinese. */
export const memberCardZhHans: MemberCardMessages = {
  cardTitle: '会员卡',
  cardNotConfigured: '会员卡尚未设置：需要俱乐部的服务网址与会员登录端点。',
  cardSignedOut: '请先登录，以查看您的会员卡。',
  cardLoaded: (status) => `会员卡已加载。${status}`,
  cardNumberLabel: '卡号',
  cardNumberEnding: (lastFour) => `末四位 ${lastFour.split('').join(' ')}`,
  cardTierStandard: '普通会员',
  cardTierVip: 'VIP 钻石卡',
  cardPlateLabel: '车牌',
  cardStatusLabel: '状态',
  cardStatusPending: (n) => `尚未生效：${n} 天后生效`,
  cardStatusActive: (n) => `有效：还剩 ${n} 天`,
  cardStatusGrace: (n) => `宽限期：还剩 ${n} 天可续约`,
  cardStatusExpired: (n) => `已过期 ${n} 天`,
  cardStatusCancelled: (date) => `已于 ${date} 取消`,
  cardValidUntilLabel: '有效期至',
  cardBranchLabel: '所属分公司',
  cardRenew: '续约',
  cardRenewNow: '立即续约',
};
