import * as z from 'zod/mini';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { formatMoney } from '../shared/money.js';
import { parseInput } from '../shared/parse.js';
import { RevenueProjection } from './result.js';

/** Rows a projection table shows: one per projection year or one per month. */
export const ProjectionTableBy = { year: 'year', month: 'month' } as const;
/** Rows a projection table shows. */
export type ProjectionTableBy = (typeof ProjectionTableBy)[keyof typeof ProjectionTableBy];

/** Options of {@link formatProjectionTable}. */
export const ProjectionTableOptions = z.strictObject({
  /**
   * Locale of numbers, money and headings (`zh-Hant`, `zh-Hans`, `en` or any tag `Intl` knows;
   * headings fall back to English).
   * @default 'en'
   */
  locale: z._default(z.string().check(z.minLength(1), z.maxLength(64)), 'en'),
  /**
   * One row per projection year or per month.
   * @default 'year'
   */
  by: z._default(z.enum([ProjectionTableBy.year, ProjectionTableBy.month]), ProjectionTableBy.year),
});
/** Options of {@link formatProjectionTable}, as a caller passes them. */
export type ProjectionTableOptions = z.input<typeof ProjectionTableOptions>;

interface Words {
  year: string;
  month: string;
  partial: (months: number) => string;
  newMembers: string;
  members: string;
  billed: string;
  recognized: string;
  other: string;
  parc: string;
  penetration: string;
  total: string;
}

const en: Words = {
  year: 'Year',
  month: 'Month',
  partial: (n) => ` (${String(n)} mo)`,
  newMembers: 'New members',
  members: 'Members',
  billed: 'Billed',
  recognized: 'Recognized',
  other: 'Other income',
  parc: 'Cars',
  penetration: 'Penetration',
  total: 'Total',
};
const zhHant: Words = {
  year: '年度',
  month: '月份',
  partial: (n) => ` (${String(n)}個月)`,
  newMembers: '新增會員',
  members: '期末會員',
  billed: '收取會費',
  recognized: '確認收入',
  other: '其他收入',
  parc: '汽車保有量',
  penetration: '滲透率',
  total: '合計',
};
const zhHans: Words = {
  ...zhHant,
  partial: (n) => ` (${String(n)}个月)`,
  newMembers: '新增会员',
  members: '期末会员',
  billed: '收取会费',
  recognized: '确认收入',
  parc: '汽车保有量',
  penetration: '渗透率',
  total: '合计',
};

function wordsFor(locale: string): Words {
  const tag = new Intl.Locale(locale).maximize();
  if (tag.language !== 'zh') return en;
  return tag.script === 'Hant' ? zhHant : zhHans;
}

/** Terminal columns a string takes: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, alignRight: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? fill + text : text + fill;
}

interface Formats {
  count: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  words: Words;
}

const formatsByLocale = new Map<string, Formats>();

function formatsFor(locale: string): Formats {
  const cached = formatsByLocale.get(locale);
  if (cached) return cached;
  try {
    const formats = {
      count: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
      percent: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      words: wordsFor(locale),
    };
    formatsByLocale.set(locale, formats);
    return formats;
  } catch (cause) {
    const message = `Unknown locale ${JSON.stringify(locale)}`;
    throw new ClubError(INVALID_INPUT, `Invalid table options at locale: ${message}`, {
      issues: [{ path: ['locale'], code: 'invalid_value', message }],
      cause,
    });
  }
}

/**
 * Formats a projection as a plain-text table with fixed-width columns, for terminals and logs:
 * money through `formatMoney`, member counts rounded for display, a total row at the end.
 *
 * @param projection - a result of `projectRevenue`
 * @param options - locale and rows; see {@link ProjectionTableOptions}
 * @example
 * console.log(formatProjectionTable(projectRevenue(), { locale: 'zh-Hant' }));
 */
export function formatProjectionTable(projection: RevenueProjection, options?: ProjectionTableOptions): string {
  const { locale, by } = parseInput(ProjectionTableOptions, options === undefined ? {} : options, 'table options');
  const data = parseInput(RevenueProjection, projection, 'projection');
  const { count, percent, words } = formatsFor(locale);
  const money = (fen: number) => formatMoney(fen, locale);
  const withOther = data.input.otherIncome.length > 0;

  const header = [
    by === 'year' ? words.year : words.month,
    words.newMembers,
    words.members,
    words.billed,
    words.recognized,
  ];
  if (withOther) header.push(words.other);
  header.push(words.parc, words.penetration);

  const cells = (
    label: string,
    r: {
      newMembers: number;
      members: number;
      billedFen: number;
      recognizedFen: number;
      otherIncomeFen: number;
      parc: number;
      penetration: number;
    },
  ) => {
    const row = [
      label,
      count.format(r.newMembers),
      count.format(r.members),
      money(r.billedFen),
      money(r.recognizedFen),
    ];
    if (withOther) row.push(money(r.otherIncomeFen));
    row.push(count.format(r.parc), percent.format(r.penetration));
    return row;
  };

  const body =
    by === 'month'
      ? data.months.map((m) => cells(String(m.month), m))
      : data.years.map((y) => {
          const monthsInYear = Math.min(12, data.input.months - (y.year - 1) * 12);
          const label = String(y.year) + (monthsInYear < 12 ? words.partial(monthsInYear) : '');
          return cells(label, { ...y, members: y.membersAtEnd, parc: y.parcAtEnd, penetration: y.penetrationAtEnd });
        });
  const t = data.totals;
  const total = cells(words.total, {
    ...t,
    members: t.membersAtEnd,
    parc: t.parcAtEnd,
    penetration: t.penetrationAtEnd,
  });

  const rows = [header, ...body, total];
  const widths = header.map((_, col) => Math.max(...rows.map((row) => displayWidth(row[col] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, col) => pad(cell, widths[col] ?? 0, col > 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line), rule, line(total)].join('\n');
}
