import { describe, expect, it } from 'vitest';
import { isClubError, type ClubError } from '../shared/errors.js';
import { formatMoney } from '../shared/money.js';
import { projectRevenue } from './project.js';
import type { RevenueProjection } from './result.js';
import { formatProjectionTable, type ProjectionTableOptions } from './table.js';

function clubErrorOf(run: () => unknown): ClubError {
  try {
    run();
  } catch (error) {
    if (isClubError(error)) return error;
    throw error;
  }
  throw new Error('expected a ClubError');
}

/** Terminal width, counting CJK ideographs as two columns. */
const width = (line: string) => line.length + (line.match(/[\u3000-\u9fff]/gu)?.length ?? 0);
const cellsOf = (line: string | undefined) => (line ?? '').trim().split(/\s{2,}/u);

describe('formatProjectionTable', () => {
  const projection = projectRevenue();

  it('prints one row per year, a total row, and aligned columns', () => {
    const lines = formatProjectionTable(projection).split('\n');
    // header, rule, 5 years, rule, total
    expect(lines).toHaveLength(9);
    expect(cellsOf(lines[0])).toEqual([
      'Year',
      'New members',
      'Members',
      'Billed',
      'Recognized',
      'Cars',
      'Penetration',
    ]);
    expect(new Set(lines.map(width)).size).toBe(1);
    expect(cellsOf(lines[6])).toEqual([
      '5',
      '3,600',
      '18,000',
      formatMoney(657_000_000, 'en'),
      formatMoney(596_775_000, 'en'),
      '160,000',
      '11.25%',
    ]);
    expect(cellsOf(lines[8])).toEqual([
      'Total',
      '18,000',
      '18,000',
      formatMoney(projection.totals.billedFen, 'en'),
      formatMoney(projection.totals.recognizedFen, 'en'),
      '160,000',
      '11.25%',
    ]);
  });

  it('rounds fractional members for display only', () => {
    const decaying = projectRevenue({ renewalRate: 0.9 });
    expect(decaying.totals.membersAtEnd % 1).not.toBe(0);
    const lastYear = cellsOf(formatProjectionTable(decaying).split('\n')[6]);
    expect(lastYear[2]).toBe(Math.round(decaying.totals.membersAtEnd).toLocaleString('en'));
  });

  it('prints one row per month on request', () => {
    const lines = formatProjectionTable(projectRevenue({ months: 14 }), { by: 'month' }).split('\n');
    expect(lines).toHaveLength(14 + 4);
    expect(cellsOf(lines[0])[0]).toBe('Month');
    expect(cellsOf(lines[14])).toContain(formatMoney(2 * 300 * 36_500, 'en'));
  });

  it('marks a last year shorter than twelve months', () => {
    const lines = formatProjectionTable(projectRevenue({ months: 30 })).split('\n');
    expect(cellsOf(lines[4])[0]).toBe('3 (6 mo)');
  });

  it('adds an other income column only when the scenario has other income', () => {
    const table = formatProjectionTable(
      projectRevenue({ months: 12, otherIncome: [{ id: 'ads', yearlyFen: 1_200_000 }] }),
    );
    const lines = table.split('\n');
    expect(cellsOf(lines[0])).toContain('Other income');
    expect(cellsOf(lines[2])).toContain(formatMoney(1_200_000, 'en'));
    expect(formatProjectionTable(projection)).not.toContain('Other income');
  });

  it.each([
    ['zh-Hant', '年度', '收取會費', '滲透率'],
    ['zh-TW', '年度', '收取會費', '滲透率'],
    ['zh-Hans', '年度', '收取会费', '渗透率'],
  ])('uses %s headings and keeps wide characters aligned', (locale, year, billed, penetration) => {
    const lines = formatProjectionTable(projection, { locale }).split('\n');
    expect(cellsOf(lines[0])).toEqual(expect.arrayContaining([year, billed, penetration]));
    expect(cellsOf(lines[6])).toContain(formatMoney(657_000_000, locale));
    expect(new Set(lines.map(width)).size).toBe(1);
  });

  it('falls back to English headings with local number formats for other locales', () => {
    const lines = formatProjectionTable(projection, { locale: 'de' }).split('\n');
    expect(cellsOf(lines[0])[0]).toBe('Year');
    expect(cellsOf(lines[6])).toContain('18.000');
  });

  it.each([
    ['a malformed locale', { locale: 'not a locale!' }, 'locale'],
    ['an empty locale', { locale: '' }, 'locale'],
    ['an unknown row kind', { by: 'quarter' }, 'by'],
    ['an unknown option', { currency: 'USD' }, ''],
  ])('refuses %s with invalid-input', (_, options, path) => {
    const error = clubErrorOf(() => formatProjectionTable(projection, options as ProjectionTableOptions));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('refuses a projection that was tampered with', () => {
    const tampered = { ...projection, months: [{ ...projection.months[0], billedFen: 1.5 }] } as RevenueProjection;
    const error = clubErrorOf(() => formatProjectionTable(tampered));
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((i) => i.path.join('.'))).toContain('months.0.billedFen');
    expect(clubErrorOf(() => formatProjectionTable(null as unknown as RevenueProjection)).code).toBe('invalid-input');
  });
});
