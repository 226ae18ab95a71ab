import type { AllianceBoardMessages } from '../messages.js';

/** Simplified Chinese. */
export const allianceBoardZhHans: AllianceBoardMessages = {
  allianceTitle: '联销体经销商',
  allianceNotConfigured: '联销体看板尚未设置：需要俱乐部的服务网址与员工登录端点。',
  allianceSignedOut: '请先登录，以查看联销体。',
  allianceMonth: '月份',
  allianceCounty: '县市',
  allianceAllCounties: '全部县市',
  allianceLoaded: (m, n, w) => `已加载 ${m}：${n} 家经销商${w > 0 ? `，其中 ${w} 家受警告` : ''}。`,
  allianceCaption: (m) => `${m} 经销商销量与市场`,
  allianceEmpty: '没有经销商。',
  allianceColCounty: '县市',
  allianceColDealer: '经销商',
  allianceColSales: '销量',
  allianceColMarket: '市场销量',
  allianceColShare: '占市场',
  allianceColStanding: '状态',
  allianceNoFigure: '—',
  allianceLevels: {
    met: '达标',
    short: '未达 70 %',
    warned: '警告',
    revocable: '应取消资格',
    unreported: '未报数',
    revoked: '已取消资格',
  },
  allianceLevelNote: (level, streak) =>
    level === 'met'
      ? '达到市场的 70 %。'
      : level === 'short'
        ? '本月未达市场的 70 %。'
        : level === 'warned'
          ? `连续 ${streak} 个月未达 70 %：下个月仍未达即取消资格。`
          : level === 'revocable'
            ? `连续 ${streak} 个月未达 70 %：审查时取消资格。`
            : level === 'unreported'
              ? '本月没有销量记录。'
              : '',
  allianceRevoked: (on, reasons) => `${on} 取消：${reasons}。`,
  allianceReasons: {
    'sales-shortfall': '连续三个月未达 70 %',
    'off-channel-purchase': '向其他一级经销商进货',
    underpricing: '低于约定价格销售',
    bundling: '与其他产品搭售',
    counterfeit: '销售假货',
  },
  alliancePayTitle: '业务员工资单',
  allianceSalesperson: '业务员',
  allianceChooseSalesperson: '选择业务员',
  allianceNoSalespeople: '没有业务员。',
  alliancePayCaption: (n, m) => `${n} ${m} 工资单`,
  alliancePayNetwork: (covered, counted, rate, on) => `${counted} 个县市中 ${covered} 个有会员（${rate}，${on} 计）`,
  alliancePayNetworkLabel: '网络完成率',
  alliancePayFixed: '底薪 × 70 %',
  alliancePayNetworkPart: '底薪 × 30 % × 完成率',
  alliancePayVisitFund: '拜访基金',
  alliancePayReports: (late, missing) => `报表罚款（迟交 ${late} 份、未交 ${missing} 份），从拜访基金扣除`,
  alliancePayUnrecovered: '未能扣回（仍欠奖励基金）',
  alliancePayTotal: '实发',
  alliancePayRefused: (r) => `无法计算工资单：${r}`,
  allianceSections: {
    assessments: ['半年度考核与奖励基金', '查看考核'],
    'secondary-lists': ['二级客户一览表与优选', '查看二级客户'],
    'time-rules': ['时间规则与铜牌', '查看时间规则'],
    'primary-dealer': ['一级经销商', '查看一级经销商'],
    promotions: ['成员专享促销活动', '查看促销活动'],
  },
};
