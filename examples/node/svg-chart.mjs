// The revenue projection as an SVG chart: members at each month end as a line, and the fees
// billed and recognized in each year as grouped bars. A pure function from a projection to a
// string: no I/O, no clock, the same SVG for the same data.
import { formatMoney, parseInput } from '@clubkit/core';
import { RevenueProjection } from '@clubkit/core/projection';

const WIDTH = 960;
const HEIGHT = 730;
const LEFT = 150;
const RIGHT = WIDTH - 40;
const MEMBERS = { top: 142, bottom: 350 };
const FEES = { top: 450, bottom: 680 };
const COLOURS = {
  members: '#1d6b52',
  billed: '#2b5f8a',
  recognized: '#a84a12',
  grid: '#d9dde3',
  axis: '#3c4650',
  text: '#1f2933',
};
const FONT =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";

const en = {
  title: (span) => `Car-owners' club branch: members and fees over ${span}`,
  span: (months) => (months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`),
  scenario: ({ joiners, fee, renewal, months }) =>
    `${joiners} new members a month · fee ${fee} a year · renewal ${renewal} · ${months} months`,
  members: 'Members at month end',
  billed: 'Billed (cash)',
  recognized: 'Recognized (accrual)',
  feesPanel: 'Membership fees by projection year',
  month: 'Month',
  membersAxis: 'Members',
  feesAxis: 'Fees (CNY)',
  year: (n, months) => (months < 12 ? `Year ${n} (${months} mo)` : `Year ${n}`),
  monthPoint: (month, members) => `Month ${month}: ${members} members`,
  bar: (year, what, money) => `${year}, ${what}: ${money}`,
  describe: ({ first, last, months, years }) =>
    `Members at month end rise from ${first} in month 1 to ${last} in month ${months}. ` +
    `Membership fees by year, billed (cash: each member pays at joining and at every anniversary) and recognized ` +
    `(accrual: members at each month end × fee / 12): ${years}.`,
  yearSummary: (year, billed, recognized) => `${year} billed ${billed}, recognized ${recognized}`,
};

const zhHant = {
  title: (span) => `車友俱樂部分部：${span}會員與會費預測`,
  span: (months) => (months % 12 === 0 ? `${months / 12}年` : `${months}個月`),
  scenario: ({ joiners, fee, renewal, months }) =>
    `每月新增${joiners}名會員 · 年費${fee} · 續會率${renewal} · ${months}個月`,
  members: '月末會員',
  billed: '收取會費（現金）',
  recognized: '確認收入（權責）',
  feesPanel: '各年度會費',
  month: '月份',
  membersAxis: '會員',
  feesAxis: '會費（人民幣）',
  year: (n, months) => (months < 12 ? `第${n}年（${months}個月）` : `第${n}年`),
  monthPoint: (month, members) => `第${month}月：${members}名會員`,
  bar: (year, what, money) => `${year}，${what}：${money}`,
  describe: ({ first, last, months, years }) =>
    `月末會員由第1月的${first}名增至第${months}月的${last}名。` +
    `各年度會費，收取（現金：入會及每個週年收費）與確認（權責：每月末會員 × 年費 / 12）：${years}。`,
  yearSummary: (year, billed, recognized) => `${year}收取${billed}，確認${recognized}`,
};

const zhHans = {
  ...zhHant,
  title: (span) => `车友俱乐部分部：${span}会员与会费预测`,
  span: (months) => (months % 12 === 0 ? `${months / 12}年` : `${months}个月`),
  scenario: ({ joiners, fee, renewal, months }) =>
    `每月新增${joiners}名会员 · 年费${fee} · 续会率${renewal} · ${months}个月`,
  members: '月末会员',
  billed: '收取会费（现金）',
  recognized: '确认收入（权责）',
  feesPanel: '各年度会费',
  membersAxis: '会员',
  feesAxis: '会费（人民币）',
  year: (n, months) => (months < 12 ? `第${n}年（${months}个月）` : `第${n}年`),
  monthPoint: (month, members) => `第${month}月：${members}名会员`,
  describe: ({ first, last, months, years }) =>
    `月末会员由第1月的${first}名增至第${months}月的${last}名。` +
    `各年度会费，收取（现金：入会及每个周年收费）与确认（权责：每月末会员 × 年费 / 12）：${years}。`,
  yearSummary: (year, billed, recognized) => `${year}收取${billed}，确认${recognized}`,
};

function wordsFor(locale) {
  const tag = new Intl.Locale(locale).maximize();
  if (tag.language !== 'zh') return en;
  return tag.script === 'Hant' ? zhHant : zhHans;
}

/** Text made safe for SVG content and attribute values. */
export function escapeXml(text) {
  return String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c],
  );
}

const n = (value) => String(Math.round(value * 10) / 10);

/** An element with attributes (in order) and optional children, already-escaped. */
function el(name, attributes, children) {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? n(value) : value)}"`)
    .join('');
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

const text = (attributes, content) => el('text', attributes, escapeXml(content));
const tooltip = (content) => el('title', {}, escapeXml(content));

/**
 * Evenly spaced axis values from 0 that cover `max`: steps of 1, 2, 2.5 or 5 × a power of ten,
 * about five of them. With `integer`, steps are whole numbers (for fen).
 */
export function axisTicks(max, { integer = false, target = 5 } = {}) {
  const top = max > 0 ? max : 1;
  const raw = top / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  let step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10) * magnitude;
  if (integer) step = Math.max(1, Math.ceil(step));
  const count = Math.ceil(top / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

function yAxis(panel, ticks, label, rotateLabel) {
  const top = ticks[ticks.length - 1];
  const y = (value) => panel.bottom - (value / top) * (panel.bottom - panel.top);
  const parts = ticks.map((value) =>
    [
      el('line', {
        x1: LEFT,
        y1: y(value),
        x2: RIGHT,
        y2: y(value),
        stroke: value === 0 ? COLOURS.axis : COLOURS.grid,
        'stroke-width': 1,
      }),
      text({ x: LEFT - 8, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 11 }, label(value)),
    ].join(''),
  );
  const middle = (panel.top + panel.bottom) / 2;
  parts.push(
    text(
      { x: 22, y: middle, transform: `rotate(-90 22 ${n(middle)})`, 'text-anchor': 'middle', 'font-size': 13 },
      rotateLabel,
    ),
  );
  return { svg: parts.join(''), y };
}

function membersPanel(data, words, count) {
  const { months } = data;
  const total = months.length;
  const ticks = axisTicks(Math.max(...months.map((m) => m.members)));
  const axis = yAxis(MEMBERS, ticks, (value) => count.format(value), words.membersAxis);
  const x = (month) => LEFT + (month / total) * (RIGHT - LEFT);
  const points = [[x(0), axis.y(0)], ...months.map((m) => [x(m.month), axis.y(m.members)])];
  const line = points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${n(px)} ${n(py)}`).join(' ');
  const area = `${line} L${n(x(total))} ${n(axis.y(0))} Z`;

  const step = total < 12 ? Math.max(1, Math.ceil(total / 6)) : 12 * Math.ceil(total / 120);
  const xTicks = [];
  for (let month = 0; month <= total; month += step) {
    xTicks.push(
      el('line', { x1: x(month), y1: MEMBERS.bottom, x2: x(month), y2: MEMBERS.bottom + 5, stroke: COLOURS.axis }) +
        text({ x: x(month), y: MEMBERS.bottom + 19, 'text-anchor': 'middle', 'font-size': 11 }, count.format(month)),
    );
  }
  // A marker at each year end (and the last month), each with its value as a tooltip.
  const markers = months
    .filter((m) => m.month % 12 === 0 || m.month === total)
    .map((m) =>
      el(
        'circle',
        { cx: x(m.month), cy: axis.y(m.members), r: 3.5, fill: COLOURS.members },
        tooltip(words.monthPoint(m.month, count.format(m.members))),
      ),
    );

  return el(
    'g',
    { id: 'members' },
    [
      text({ x: LEFT, y: MEMBERS.top - 14, 'font-size': 15, 'font-weight': 'bold' }, words.members),
      axis.svg,
      el('path', { d: area, fill: COLOURS.members, 'fill-opacity': 0.12, stroke: 'none' }),
      el('path', { d: line, fill: 'none', stroke: COLOURS.members, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }),
      ...markers,
      ...xTicks,
      text({ x: (LEFT + RIGHT) / 2, y: MEMBERS.bottom + 40, 'text-anchor': 'middle', 'font-size': 13 }, words.month),
    ].join(''),
  );
}

function feesPanel(data, words, money, yearLabel) {
  const { years } = data;
  const ticks = axisTicks(Math.max(...years.flatMap((y) => [y.billedFen, y.recognizedFen])), { integer: true });
  const axis = yAxis(FEES, ticks, money, words.feesAxis);
  const groupWidth = (RIGHT - LEFT) / years.length;
  const barWidth = Math.min(56, groupWidth * 0.36);
  const fontSize = 11;
  const labelled = barWidth >= fontSize + 3;

  const bar = (centre, fen, colour, title) => {
    const top = axis.y(fen);
    const height = FEES.bottom - top;
    const parts = [
      el('rect', { x: centre - barWidth / 2, y: top, width: barWidth, height, fill: colour }, tooltip(title)),
    ];
    if (labelled) {
      // Value labels run up the bar: inside it when it is tall enough, above it otherwise.
      const label = money(fen);
      const inside = height >= label.length * fontSize * 0.62 + 12;
      const at = inside ? top + 6 : top - 6;
      const x = centre + fontSize * 0.36;
      parts.push(
        text(
          {
            x,
            y: at,
            transform: `rotate(-90 ${n(x)} ${n(at)})`,
            'text-anchor': inside ? 'end' : 'start',
            'font-size': fontSize,
            fill: inside ? '#ffffff' : COLOURS.text,
          },
          label,
        ),
      );
    }
    return parts.join('');
  };

  // Every year is labelled up to 12 years; beyond that every few, so the labels do not collide.
  const labelEvery = Math.ceil(years.length / 12);
  const groups = years.map((y, i) => {
    const centre = LEFT + groupWidth * (i + 0.5);
    const label = yearLabel(y.year);
    const shown = y.year % labelEvery === 0 || labelEvery === 1;
    return el(
      'g',
      { id: `year-${y.year}` },
      [
        bar(centre - barWidth / 2 - 2, y.billedFen, COLOURS.billed, words.bar(label, words.billed, money(y.billedFen))),
        bar(
          centre + barWidth / 2 + 2,
          y.recognizedFen,
          COLOURS.recognized,
          words.bar(label, words.recognized, money(y.recognizedFen)),
        ),
        shown ? text({ x: centre, y: FEES.bottom + 19, 'text-anchor': 'middle', 'font-size': 12 }, label) : '',
      ].join(''),
    );
  });

  return el(
    'g',
    { id: 'fees' },
    [
      text({ x: LEFT, y: FEES.top - 14, 'font-size': 15, 'font-weight': 'bold' }, words.feesPanel),
      axis.svg,
      ...groups,
      el('line', { x1: LEFT, y1: FEES.bottom, x2: RIGHT, y2: FEES.bottom, stroke: COLOURS.axis }),
    ].join(''),
  );
}

function legend(words) {
  const items = [
    [el('line', { x1: 0, y1: -4, x2: 22, y2: -4, stroke: COLOURS.members, 'stroke-width': 2.5 }), words.members],
    [el('rect', { x: 4, y: -12, width: 14, height: 14, fill: COLOURS.billed }), words.billed],
    [el('rect', { x: 4, y: -12, width: 14, height: 14, fill: COLOURS.recognized }), words.recognized],
  ];
  let x = LEFT;
  const parts = items.map(([swatch, label]) => {
    const item = el(
      'g',
      { transform: `translate(${n(x)} 88)` },
      swatch + text({ x: 30, y: 0, 'font-size': 13 }, label),
    );
    x += 56 + label.length * (/[\u3000-\uffff]/.test(label) ? 13 : 7.6);
    return item;
  });
  return el('g', { id: 'legend' }, parts.join(''));
}

/**
 * Renders a revenue projection (a result of `projectRevenue`) as a self-contained SVG 1.1
 * document: a title and scenario line, a legend, members at each month end as a line, and
 * fees billed and recognized by year as grouped bars with their values, money through core's
 * `formatMoney`. `<title>` and `<desc>` carry the figures for screen readers. Throws core's
 * `invalid-input` ClubError for data that is not a projection or an unknown locale.
 *
 * @param projection - a result of `projectRevenue`
 * @param options - `locale`: `en` (default), `zh-Hant`, `zh-Hans` or any tag `Intl` knows
 * @example
 * writeFileSync('projection.svg', projectionChartSvg(projectRevenue(), { locale: 'en' }));
 */
export function projectionChartSvg(projection, { locale = 'en' } = {}) {
  const data = parseInput(RevenueProjection, projection, 'projection');
  const money = (fen) => formatMoney(fen, locale); // also rejects an unknown locale
  money(0);
  const words = wordsFor(locale);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const { input, months, years } = data;
  const yearLabel = (year) => words.year(year, Math.min(12, input.months - (year - 1) * 12));

  const title = words.title(words.span(input.months));
  const scenario = words.scenario({
    joiners: count.format(input.channels.reduce((sum, channel) => sum + channel.perMonth, 0)),
    fee: money(input.annualFeeFen),
    renewal: percent.format(input.renewalRate),
    months: count.format(input.months),
  });
  const description = words.describe({
    first: count.format(months[0]?.members ?? 0),
    last: count.format(months[months.length - 1]?.members ?? 0),
    months: count.format(input.months),
    years: years
      .map((y) => words.yearSummary(yearLabel(y.year), money(y.billedFen), money(y.recognizedFen)))
      .join('; '),
  });

  const body = [
    el('title', { id: 'chart-title' }, escapeXml(title)),
    el('desc', { id: 'chart-desc' }, escapeXml(`${scenario}. ${description}`)),
    el('rect', { width: WIDTH, height: HEIGHT, fill: '#ffffff' }),
    text({ x: WIDTH / 2, y: 36, 'text-anchor': 'middle', 'font-size': 21, 'font-weight': 'bold' }, title),
    text({ x: WIDTH / 2, y: 60, 'text-anchor': 'middle', 'font-size': 13, fill: '#52606d' }, scenario),
    legend(words),
    membersPanel(data, words, count),
    feesPanel(data, words, money, yearLabel),
  ];
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    version: '1.1',
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    'xml:lang': locale,
    'font-family': FONT,
    fill: COLOURS.text,
  };
  return `${el('svg', root, `\n${body.join('\n')}\n`)}\n`;
}
