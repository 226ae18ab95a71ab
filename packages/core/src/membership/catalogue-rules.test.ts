import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { assertServiceNameFree, catalogueCounts, retireService, serviceNameKey } from './catalogue-rules.js';
import { SERVICE_CATEGORIES } from './catalogue-categories.js';
import type { ClubService } from './catalogue-records.js';
import { NewClubService, serviceCategoryLabel } from './service-catalogue.js';

const rescue: ClubService = {
  id: 'svc_rescue',
  category: 'car',
  name: '24小時道路救援',
  merchantIds: ['mch_tow'],
  status: 'active',
};
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return isClubError(error) ? error.code : 'not a club error';
  }
  return undefined;
};

describe('the catalogue categories', () => {
  it('are the three of the club report, labelled in every built-in locale', () => {
    expect(SERVICE_CATEGORIES).toEqual(['car', 'value-added', 'club']);
    expect(SERVICE_CATEGORIES.map((c) => serviceCategoryLabel(c))).toEqual(['汽車服務', '增值服務', '俱樂部專屬服務']);
    expect(serviceCategoryLabel('value-added', 'zh-Hans')).toBe('增值服务');
    expect(serviceCategoryLabel('club', 'en')).toBe('Club services');
  });

  it('refuses a service outside the three categories', () => {
    const result = NewClubService.safeParse({ category: 'insurance', name: '理賠' });
    expect(result.success).toBe(false);
    expect(() => serviceCategoryLabel('insurance' as never)).toThrow();
  });

  it('reads a new service with no merchants as one the club gives itself, and refuses a merchant listed twice', () => {
    expect(parseInput(NewClubService, { category: 'club', name: ' 自駕遊 ' })).toEqual({
      category: 'club',
      name: '自駕遊',
      merchantIds: [],
    });
    expect(NewClubService.safeParse({ category: 'car', name: '洗車', merchantIds: ['mch_a', 'mch_a'] }).success).toBe(
      false,
    );
    expect(NewClubService.safeParse({ category: 'car', name: '   ' }).success).toBe(false);
    expect(NewClubService.safeParse({ category: 'car', name: '字'.repeat(61) }).success).toBe(false);
    expect(NewClubService.safeParse({ category: 'car', name: '字'.repeat(60) }).success).toBe(true);
  });
});

describe('service names', () => {
  it('compare with full-width folded, spaces squeezed and letters in lower case', () => {
    expect(serviceNameKey(' ２４小時  道路救援 ')).toBe('24小時 道路救援');
    expect(serviceNameKey('KTV 包廂')).toBe(serviceNameKey('ｋｔｖ 包廂'));
  });

  it('are unique within a category, compared by that form', () => {
    expect(codeOf(() => assertServiceNameFree([rescue], { category: 'car', name: '２４小時道路救援' }))).toBe(
      'catalogue/duplicate-name',
    );
  });

  it('may repeat in another category, for the service itself when renamed, and after the holder is retired', () => {
    expect(codeOf(() => assertServiceNameFree([rescue], { category: 'club', name: '24小時道路救援' }))).toBeUndefined();
    expect(
      codeOf(() => assertServiceNameFree([rescue], { category: 'car', name: '24小時道路救援' }, rescue.id)),
    ).toBeUndefined();
    const retired = retireService(rescue, '2026-06-30');
    expect(codeOf(() => assertServiceNameFree([retired], { category: 'car', name: '24小時道路救援' }))).toBeUndefined();
  });
});

describe('retiring a service', () => {
  it('keeps the service with the day it was retired', () => {
    expect(retireService(rescue, '2026-06-30')).toEqual({ ...rescue, status: 'retired', retiredOn: '2026-06-30' });
  });

  it('is refused a second time', () => {
    const retired = retireService(rescue, '2026-06-30');
    expect(codeOf(() => retireService(retired, '2026-07-01'))).toBe('catalogue/service-retired');
  });
});

describe('catalogueCounts', () => {
  it('counts the offered services per category and in all, leaving retired ones out', () => {
    const services = [
      rescue,
      { ...rescue, id: 'svc_b' },
      { ...rescue, id: 'svc_c', category: 'value-added' as const },
      { ...rescue, id: 'svc_d', category: 'club' as const, status: 'retired' as const },
    ];
    expect(catalogueCounts(services)).toEqual({ car: 2, 'value-added': 1, club: 0, total: 3 });
    expect(catalogueCounts([])).toEqual({ car: 0, 'value-added': 0, club: 0, total: 0 });
  });
});
