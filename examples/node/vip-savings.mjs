#!/usr/bin/env node
// Does the VIP card pay for itself? The car-owners' club sells it at 365 CNY a year, "1 CNY a
// day", promising that partner-merchant discounts save members far more (source A5 §2). This
// prices a member's yearly spend against sample Jinghong merchants with core's
// estimateYearlySavings, and what an upgrade today costs until the anniversary.
//
//   node examples/node/vip-savings.mjs [--spend CATEGORY=CNY]... [--visits CATEGORY=N]...
//                                      [--tier vip|standard] [--date YYYY-MM-DD]
//                                      [--joined YYYY-MM-DD] [--locale en|zh-Hant|zh-Hans]
import { addDays, dateOf, daysBetween, formatMoney, yuan } from '@clubkit/core';
import { estimateYearlySavings, nextAnniversary, proratedFee, VIP_ANNUAL_FEE_FEN } from '@clubkit/core/fees';
import { categoryLabel, MERCHANT_CATEGORIES } from '@clubkit/core/merchants';
import { dateFlag, fail, localeFlag, numberFlag, orFail, parseFlags } from './cli.mjs';
import { formatTable } from './text-table.mjs';

const USAGE =
  'usage: node vip-savings.mjs [--spend CATEGORY=CNY]... [--visits CATEGORY=N]... [--tier vip|standard] ' +
  '[--date YYYY-MM-DD] [--joined YYYY-MM-DD] [--locale en|zh-Hant|zh-Hans]';

/** The sample member: a Jinghong car owner's yearly spend (CNY) and purchases per category. */
const PROFILE = {
  'car-wash': { spend: 960, visits: 24 }, // a 40 CNY wash twice a month
  maintenance: { spend: 1_600, visits: 2 }, // two services a year
  dining: { spend: 3_000, visits: 12 }, // a 250 CNY dinner out a month
  hotel: { spend: 1_500, visits: 3 }, // three nights away
};
/** The day the sample member joined the club (a free standard membership until the upgrade). */
const SAMPLE_JOINED = '2025-03-01';

const HELP = `${USAGE}

Estimates what a member saves in a year at partner merchants with the VIP card (365 CNY a year,
"1 CNY a day", source A5 §2), compares it with the fee, and prices an upgrade today up to the
membership anniversary (whole days at 1 CNY a day).

  --spend CATEGORY=CNY   yearly spend in a category, in CNY, replacing the sample member's; repeat
                         for more categories (sample: ${Object.entries(PROFILE)
                           .map(([c, p]) => `${c}=${p.spend}`)
                           .join(' ')})
  --visits CATEGORY=N    purchases a year in a category; the spend is split evenly over them
                         (sample: ${Object.entries(PROFILE)
                           .map(([c, p]) => `${c}=${p.visits}`)
                           .join(' ')}; 12 otherwise)
  --tier vip|standard    whose offers count in the table (default vip)
  --date YYYY-MM-DD      the day offers are priced and the upgrade is made (default today)
  --joined YYYY-MM-DD    the day the member joined the club; sets the anniversary
                         (default ${SAMPLE_JOINED}, or --date when that is earlier)
  --locale L             en (default), zh-Hant or zh-Hans
  -h, --help             show this help

Categories (car services, then lifestyle):
${[0, 5, 10, 15].map((i) => `  ${MERCHANT_CATEGORIES.slice(i, i + 5).join(', ')}`).join(',\n')}.
The sample merchants offer car wash, maintenance, dining and hotels; other categories save nothing.`;

const merchant = (id, name, category, address, phone, offers) => ({
  id,
  name,
  category,
  region: 'jinghong',
  address,
  phone,
  offers,
});

/** Sample partner merchants in Jinghong with percent, amount and member-price offers. */
const MERCHANTS = [
  merchant('mch_jh_tianren_wash', '天人洗車中心', 'car-wash', '景洪市宣慰大道88號', '0691-2121688', [
    {
      kind: 'price',
      id: 'off_tianren_fine_wash',
      title: 'VIP精洗會員價25元',
      listPriceFen: yuan(40),
      memberPriceFen: yuan(25),
      tiers: ['vip'],
    },
  ]),
  merchant('mch_jh_peacock_wash', '金孔雀洗車行', 'car-wash', '景洪市勐泐大道216號', '0691-2135520', [
    { kind: 'amount', id: 'off_peacock_wash_10', title: '會員洗車立減10元', amountOffFen: yuan(10) },
  ]),
  merchant('mch_jh_lancang_wash', '瀾滄江汽車美容', 'car-wash', '景洪市江北大道32號', '0691-2167033', [
    { kind: 'percent', id: 'off_lancang_wash_20', title: 'VIP洗車8折', percentOff: 20, tiers: ['vip'] },
  ]),
  merchant('mch_jh_tianren_service', '天人汽修', 'maintenance', '景洪市嘎蘭南路15號', '0691-2128866', [
    {
      kind: 'percent',
      id: 'off_tianren_service_15',
      title: 'VIP保養85折，最多減150元',
      percentOff: 15,
      capFen: yuan(150),
      tiers: ['vip'],
    },
  ]),
  merchant('mch_jh_rainforest_care', '雨林汽車養護中心', 'maintenance', '景洪市勐海路102號', '0691-2143390', [
    {
      kind: 'amount',
      id: 'off_rainforest_care_80',
      title: '保養滿500減80',
      amountOffFen: yuan(80),
      minSpendFen: yuan(500),
    },
  ]),
  merchant('mch_jh_daijia_dining', '傣家樓風味餐廳', 'dining', '景洪市告莊西雙景路9號', '0691-2159977', [
    {
      kind: 'percent',
      id: 'off_daijia_12',
      title: 'VIP滿100享88折',
      percentOff: 12,
      minSpendFen: yuan(100),
      tiers: ['vip'],
    },
    { kind: 'amount', id: 'off_daijia_20', title: '會員滿200減20', amountOffFen: yuan(20), minSpendFen: yuan(200) },
  ]),
  merchant('mch_jh_manting_dining', '曼聽傣味館', 'dining', '景洪市曼聽路51號', '0691-2162218', [
    {
      kind: 'price',
      id: 'off_manting_set',
      title: '傣味雙人套餐會員價168元',
      listPriceFen: yuan(228),
      memberPriceFen: yuan(168),
      tiers: ['vip'],
    },
  ]),
  merchant('mch_jh_rainforest_hotel', '版納雨林度假酒店', 'hotel', '景洪市民族路66號', '0691-2188800', [
    {
      kind: 'percent',
      id: 'off_rainforest_room_15',
      title: 'VIP房費85折，每晚最多減100元',
      percentOff: 15,
      capFen: yuan(100),
      tiers: ['vip'],
    },
  ]),
  merchant('mch_jh_starlight_hotel', '星光大酒店', 'hotel', '景洪市宣慰大道168號', '0691-2199168', [
    {
      kind: 'amount',
      id: 'off_starlight_room_50',
      title: '會員房費滿400減50',
      amountOffFen: yuan(50),
      minSpendFen: yuan(400),
    },
  ]),
];

const en = {
  header: ['Category', 'Spend/year', 'Visits', 'Each visit', 'Saving/year', 'Best merchant', 'Best offer'],
  total: 'Total',
  none: 'no partner offer applies',
  percent: (pct, cap, min) => `${pct} % off${cap ? `, at most ${cap}` : ''}${min ? ` from ${min}` : ''}`,
  amount: (off, min) => `${off} off${min ? ` from ${min}` : ''}`,
  price: (member, list) => `member price ${member} (list ${list})`,
  vipOnly: ', VIP only',
  intro: ({ fee, date, tier, merchants }) =>
    `VIP card: ${fee} a year, "1 CNY a day" (source A5 §2). Offers for ${tier === 'vip' ? 'VIP' : 'standard'} members ` +
    `on ${date}, at ${merchants} sample partner merchants in Jinghong.`,
  worthIt: (yes, savings, fee, net) =>
    `${yes ? 'Worth it' : 'Not worth it'}: the card saves ${savings} a year against its fee of ${fee}, ${net} ${yes ? 'ahead' : 'short'}.`,
  standardFree: (savings) => `Standard membership is free: these offers save ${savings} a year.`,
  vipWould: (savings, fee, yes) =>
    `With the VIP card the same spend saves ${savings} a year for ${fee}: ${yes ? 'worth it' : 'not worth it'}.`,
  vipOnlyGain: (standard, gain, fee, more) =>
    `Standard members get ${standard} of that without the card; the VIP-only offers add ${gain}, ${more ? 'more' : 'less'} than the fee of ${fee}.`,
  upgrade: ({ date, joined, days, anniversary, daily, due, fee }) =>
    `Upgrade today (${date}), member since ${joined}: ${days} days to the anniversary on ${anniversary} at ${daily} a day ` +
    `= ${due} now, then ${fee} a year from ${anniversary}.`,
};

const zhHant = {
  header: ['類別', '年度消費', '次數', '每次', '年度節省', '最優商戶', '最優優惠'],
  total: '合計',
  none: '沒有適用的優惠',
  percent: (pct, cap, min, zhe) => `${min ? `滿${min}` : ''}${zhe}折${cap ? `，最多減${cap}` : ''}`,
  amount: (off, min) => (min ? `滿${min}減${off}` : `立減${off}`),
  price: (member, list) => `會員價${member}（原價${list}）`,
  vipOnly: '，限VIP',
  intro: ({ fee, date, tier, merchants }) =>
    `VIP卡年費${fee}，「1天1元錢」（來源A5 §2）。以下為${tier === 'vip' ? 'VIP' : '普通'}會員${date}在景洪${merchants}家示例特約商戶可享的優惠。`,
  worthIt: (yes, savings, fee, net) =>
    `${yes ? '划算' : '不划算'}：每年節省${savings}，年費${fee}，${yes ? '淨省' : '尚差'}${net}。`,
  standardFree: (savings) => `普通會員免費：這些優惠每年節省${savings}。`,
  vipWould: (savings, fee, yes) => `持VIP卡同樣消費每年節省${savings}，年費${fee}：${yes ? '划算' : '不划算'}。`,
  vipOnlyGain: (standard, gain, fee, more) =>
    `其中${standard}普通會員不持卡也能享有；VIP專屬優惠多省${gain}，${more ? '高於' : '低於'}年費${fee}。`,
  upgrade: ({ date, joined, days, anniversary, daily, due, fee }) =>
    `今天（${date}）升級，入會日${joined}：距週年日${anniversary}還有${days}天，每天${daily}，現付${due}，其後每年${fee}。`,
};

const zhHans = {
  ...zhHant,
  header: ['类别', '年度消费', '次数', '每次', '年度节省', '最优商户', '最优优惠'],
  total: '合计',
  none: '没有适用的优惠',
  percent: (pct, cap, min, zhe) => `${min ? `满${min}` : ''}${zhe}折${cap ? `，最多减${cap}` : ''}`,
  amount: (off, min) => (min ? `满${min}减${off}` : `立减${off}`),
  price: (member, list) => `会员价${member}（原价${list}）`,
  intro: ({ fee, date, tier, merchants }) =>
    `VIP卡年费${fee}，“1天1元钱”（来源A5 §2）。以下为${tier === 'vip' ? 'VIP' : '普通'}会员${date}在景洪${merchants}家示例特约商户可享的优惠。`,
  worthIt: (yes, savings, fee, net) =>
    `${yes ? '划算' : '不划算'}：每年节省${savings}，年费${fee}，${yes ? '净省' : '尚差'}${net}。`,
  standardFree: (savings) => `普通会员免费：这些优惠每年节省${savings}。`,
  vipWould: (savings, fee, yes) => `持VIP卡同样消费每年节省${savings}，年费${fee}：${yes ? '划算' : '不划算'}。`,
  vipOnlyGain: (standard, gain, fee, more) =>
    `其中${standard}普通会员不持卡也能享有；VIP专属优惠多省${gain}，${more ? '高于' : '低于'}年费${fee}。`,
  upgrade: ({ date, joined, days, anniversary, daily, due, fee }) =>
    `今天（${date}）升级，入会日${joined}：距周年日${anniversary}还有${days}天，每天${daily}，现付${due}，其后每年${fee}。`,
};

const WORDS = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

// --- flags -----------------------------------------------------------------------------------

const values = parseFlags(
  {
    spend: { type: 'string', multiple: true, default: [] },
    visits: { type: 'string', multiple: true, default: [] },
    tier: { type: 'string', default: 'vip' },
    date: { type: 'string' },
    joined: { type: 'string' },
    locale: { type: 'string', default: 'en' },
  },
  { usage: USAGE, help: HELP },
);

/** `CATEGORY=VALUE` pairs of a repeatable flag, checked. */
function categoryPairs(flag, pairs, parse) {
  const result = {};
  for (const pair of pairs) {
    const match = /^([a-z-]+)=(.*)$/.exec(pair);
    if (!match) fail(`--${flag} needs CATEGORY=VALUE, e.g. car-wash=960, got ${JSON.stringify(pair)}`, USAGE);
    const [, category, text] = match;
    if (!MERCHANT_CATEGORIES.includes(category)) {
      fail(`--${flag}: unknown category ${JSON.stringify(category)}; one of ${MERCHANT_CATEGORIES.join(', ')}`, USAGE);
    }
    result[category] = parse(text, category);
  }
  return result;
}

const spendYuan = categoryPairs('spend', values.spend, (text) => numberFlag('spend', text, USAGE, { min: 0 }));
const visits = categoryPairs('visits', values.visits, (text) =>
  numberFlag('visits', text, USAGE, { integer: true, min: 1 }),
);
if (!['vip', 'standard'].includes(values.tier))
  fail(`--tier must be vip or standard, got ${JSON.stringify(values.tier)}`, USAGE);
const tier = values.tier;
const locale = localeFlag(values.locale, USAGE);
// Core's rules never read the clock; the script does, once, for the default date.
const date = values.date === undefined ? dateOf(new Date()) : dateFlag('date', values.date, USAGE);
const joined =
  values.joined === undefined
    ? SAMPLE_JOINED <= date
      ? SAMPLE_JOINED
      : date
    : dateFlag('joined', values.joined, USAGE);
if (joined > date) fail(`--joined (${joined}) must not be after --date (${date})`, USAGE);

const spendFen = {};
const visitsPerYear = {};
for (const [category, { spend, visits: n }] of Object.entries(PROFILE)) {
  spendFen[category] = yuan(spend);
  visitsPerYear[category] = n;
}
for (const [category, amount] of Object.entries(spendYuan)) spendFen[category] = orFail(() => yuan(amount), USAGE);
Object.assign(visitsPerYear, visits);

// --- the estimate ----------------------------------------------------------------------------

const words = WORDS[locale];
const money = (fen) => formatMoney(fen, locale);
const count = new Intl.NumberFormat(locale);

const estimate = (forTier, feeFen) =>
  orFail(
    () => estimateYearlySavings({ spendFen, visitsPerYear, merchants: MERCHANTS, tier: forTier, feeFen, date }),
    USAGE,
  );
const vip = estimate('vip', VIP_ANNUAL_FEE_FEN);
const standard = estimate('standard', 0); // standard membership is free (SPEC: A3 ch.2)
const shown = tier === 'vip' ? vip : standard;

function describeOffer(offer) {
  const min = offer.minSpendFen === undefined ? undefined : money(offer.minSpendFen);
  let text;
  if (offer.kind === 'percent') {
    const zhe = String((100 - offer.percentOff) / 10); // 15 % off is "8.5折" in Chinese
    text = words.percent(
      String(offer.percentOff),
      offer.capFen === undefined ? undefined : money(offer.capFen),
      min,
      zhe,
    );
  } else if (offer.kind === 'amount') {
    text = words.amount(money(offer.amountOffFen), min);
  } else {
    text = words.price(money(offer.memberPriceFen), money(offer.listPriceFen));
  }
  return offer.tiers?.includes('standard') === false ? text + words.vipOnly : text;
}

const rows = shown.byCategory.map((line) => {
  const best = MERCHANTS.find((m) => m.id === line.merchantId);
  const offer = best?.offers.find((o) => o.id === line.offerId);
  return [
    categoryLabel(line.category, locale),
    money(line.spendFen),
    count.format(line.visits),
    money(Math.round(line.spendFen / line.visits)),
    money(line.savingFen),
    best ? best.name : '-',
    offer ? describeOffer(offer) : words.none,
  ];
});
const totalSpend = shown.byCategory.reduce((sum, line) => sum + line.spendFen, 0);
const footer = [words.total, money(totalSpend), '', '', money(shown.savingsFen), '', ''];

const fee = money(VIP_ANNUAL_FEE_FEN);
console.log(words.intro({ fee, date, tier, merchants: MERCHANTS.length }));
console.log();
console.log(formatTable(words.header, rows, { footer, align: 'lrrrrll' }));
console.log();

const gain = vip.savingsFen - standard.savingsFen;
if (tier === 'vip') {
  console.log(words.worthIt(vip.worthIt, money(vip.savingsFen), fee, money(Math.abs(vip.netFen))));
  console.log(words.vipOnlyGain(money(standard.savingsFen), money(gain), fee, gain > VIP_ANNUAL_FEE_FEN));
} else {
  console.log(words.standardFree(money(standard.savingsFen)));
  console.log(words.vipWould(money(vip.savingsFen), fee, vip.worthIt));
  console.log(words.vipOnlyGain(money(standard.savingsFen), money(gain), fee, gain > VIP_ANNUAL_FEE_FEN));
}

// An upgrade mid-term is charged by whole days up to the anniversary, then yearly (SPEC: fees).
const anniversary = orFail(() => nextAnniversary(joined, date), USAGE);
const due = orFail(() => proratedFee({ from: date, to: anniversary }), USAGE);
const daily = proratedFee({ from: date, to: addDays(date, 1) });
const days = daysBetween(date, anniversary);
console.log();
console.log(
  words.upgrade({ date, joined, days: count.format(days), anniversary, daily: money(daily), due: money(due), fee }),
);
