import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { CLUB_REGIONS, regionLabel } from './region.js';
import { regionName } from './region-name.js';
import { REGION_NAMES_EN } from './region-names-en.js';
import { REGION_NAMES_ZH_HANS } from './region-names-zh-hans.js';
import { REGION_NAMES_ZH_HANT } from './region-names-zh-hant.js';

describe('regionLabel', () => {
  it('names every region the club covers in Traditional, Simplified and English', () => {
    expect(CLUB_REGIONS.map((r) => regionLabel(r, 'zh-Hant'))).toEqual(['景洪市', '勐海縣', '勐臘縣']);
    expect(CLUB_REGIONS.map((r) => regionLabel(r, 'zh-Hans'))).toEqual(['景洪市', '勐海县', '勐腊县']);
    expect(CLUB_REGIONS.map((r) => regionLabel(r, 'en'))).toEqual(['Jinghong', 'Menghai', 'Mengla']);
  });

  it('reads Traditional Chinese when no locale is given', () => {
    expect(regionLabel('mengla')).toBe('勐臘縣');
  });

  it('gives no label, never the raw code, for a region the club does not cover', () => {
    expect(regionLabel('atlantis', 'en')).toBeUndefined();
    expect(regionLabel('toString', 'zh-Hant')).toBeUndefined();
    expect(regionLabel('', 'zh-Hans')).toBeUndefined();
  });

  it('refuses a locale the kit does not ship labels for', () => {
    let error: unknown;
    try {
      regionLabel('menghai', 'fr' as 'en');
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('invalid-input');
  });
});

describe('regionName', () => {
  it('reads one locale’s table, and no inherited property or unknown code', () => {
    expect(regionName(REGION_NAMES_ZH_HANS, 'mengla')).toBe('勐腊县');
    expect(regionName(REGION_NAMES_EN, 'jinghong')).toBe('Jinghong');
    expect(regionName(REGION_NAMES_ZH_HANT, 'constructor')).toBeUndefined();
    expect(regionName(REGION_NAMES_ZH_HANT, 'atlantis')).toBeUndefined();
  });
});
