import type { MemberCardMessages } from '../messages.js';

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
